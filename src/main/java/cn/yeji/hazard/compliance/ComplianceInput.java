package cn.yeji.hazard.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * What the cadence rules judge for one year: the institutions and townships, and the activities held.
 * The service builds it from the ledger; an example case writes it out.
 *
 * @param asOf periods ending on or after this day are not judged yet
 * @param townships townships to judge besides those the institutions name
 */
public record ComplianceInput(int year, LocalDate asOf, List<InstitutionEntry> institutions, List<String> townships,
		List<ActivityEntry> activities) {

	public ComplianceInput {
		institutions = institutions == null ? List.of() : List.copyOf(institutions);
		townships = townships == null ? List.of() : List.copyOf(townships);
		activities = activities == null ? List.of() : List.copyOf(activities);
	}

	/**
	 * @param knownSince the first day the ledger has a record for the institution; periods that ended before
	 * it are not judged for it ({@code null}: known all along)
	 */
	public record InstitutionEntry(String facilityId, String name, String township, LocalDate knownSince) {

		public InstitutionEntry(String facilityId, String name, String township) {
			this(facilityId, name, township, null);
		}

		/** Whether the ledger knew the institution before {@code periodEnd} was over. */
		boolean knownBy(LocalDate periodEnd) {
			return knownSince == null || !knownSince.isAfter(periodEnd);
		}

	}

	/** An activity: an institution's names its facility, a township's training of principals its township. */
	public record ActivityEntry(String kind, String facilityId, String township, LocalDate date) {
	}

}
