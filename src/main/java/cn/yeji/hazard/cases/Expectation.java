package cn.yeji.hazard.cases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a case expects of its verdict. Lists name clauses that must (or must not) appear; a
 * {@code null} list or flag is not checked.
 *
 * @param verdict the verdict, e.g. {@code MAJOR_HAZARD}
 * @param complete whether every clause was decided
 * @param findings findings that must be present (with level and evidence where given)
 * @param absentFindings rule ids that must not be findings
 * @param indeterminate clauses that must be indeterminate (with exactly these missing facts where given)
 * @param notIndeterminate rule ids that must not be indeterminate
 * @param escalations the rule ids escalated, exactly
 * @param shortfalls for a compliance case: shortfalls that must be reported (subject and period where given)
 * @param absentShortfalls for a compliance case: shortfalls that must not be reported
 * @param coverage the packs that must have judged (with their status) and the articles that must (not) be listed as
 * unencoded
 */
public record Expectation(String verdict, Boolean complete, List<ExpectedFinding> findings,
		List<String> absentFindings, List<ExpectedIndeterminate> indeterminate, List<String> notIndeterminate,
		List<String> escalations, List<ExpectedShortfall> shortfalls, List<ExpectedShortfall> absentShortfalls,
		ExpectedCoverage coverage) {

	/**
	 * What a verdict's coverage must say: {@code packs} maps a pack id to its status (IN_FORCE, REFERENCE, DRAFT, or
	 * NOT_APPLICABLE for a pack that must not be listed); {@code notEncoded} must be listed, {@code absentNotEncoded}
	 * must not (document and clause matched as a finding's basis is).
	 */
	public record ExpectedCoverage(java.util.Map<String, String> packs, List<ExpectedBasis> notEncoded,
			List<ExpectedBasis> absentNotEncoded) {
	}

	/** A cadence shortfall; {@code subject} (facility id or township) and {@code period} are checked when given. */
	public record ExpectedShortfall(String ruleId, String subject, String period) {

		/** A bare rule id: {@code "CP-1"}. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ExpectedShortfall of(String ruleId) {
			return new ExpectedShortfall(ruleId, null, null);
		}

		boolean matches(cn.yeji.hazard.facts.Shortfall s) {
			return ruleId.equals(s.ruleId()) && (subject == null || subject.equals(s.subject()))
					&& (period == null || period.equals(s.period()));
		}

		@Override
		public String toString() {
			return ruleId + (subject == null ? "" : " " + subject) + (period == null ? "" : " " + period);
		}

	}

	/**
	 * A finding that must be present; {@code level}, {@code mode}, {@code evidence}, {@code basis} (sources it must
	 * cite) and {@code notBasis} (sources it must not cite) are checked when given.
	 */
	public record ExpectedFinding(String ruleId, String level, String mode, List<ExpectedEvidence> evidence,
			List<ExpectedBasis> basis, List<ExpectedBasis> notBasis) {

		/** A bare rule id: {@code "MCA2023-4.1"}. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ExpectedFinding of(String ruleId) {
			return new ExpectedFinding(ruleId, null, null, null, null, null);
		}

	}

	/**
	 * A source a finding cites: {@code document} is found inside the cited document's name (e.g. 特种设备安全法);
	 * {@code clause} is the cited clause exactly or followed by a note in brackets (7.4 matches
	 * "7.4（消火栓系统…）", never "7.4a"). Either may be omitted.
	 */
	public record ExpectedBasis(String document, String clause) {

		boolean matches(String actualDocument, String actualClause) {
			return (document == null || (actualDocument != null && actualDocument.contains(document)))
					&& (clause == null || clause.equals(actualClause)
							|| (actualClause != null && (actualClause.startsWith(clause + "（") || actualClause.startsWith(clause + "("))));
		}

		@Override
		public String toString() {
			return (document == null ? "" : document + " ") + (clause == null ? "" : clause);
		}

	}

	/** Evidence a finding must cite. */
	public record ExpectedEvidence(String path, Object value) {
	}

	/** A clause that must be indeterminate; {@code missingFacts} is compared exactly when given. */
	public record ExpectedIndeterminate(String ruleId, List<String> missingFacts) {

		/** A bare rule id: {@code "MCA2023-4.1"}. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ExpectedIndeterminate of(String ruleId) {
			return new ExpectedIndeterminate(ruleId, null);
		}

	}

}
