package cn.yeji.hazard.facts;

import java.time.LocalDate;

/**
 * Daily safety management: duty, emergency plan, drills and training.
 *
 * @param evacuationDrillNever {@code true}: the institution has never held an evacuation drill (then
 * {@code lastEvacuationDrill} is {@code null}); {@code false} or {@code null}: a drill may have been held
 * @param staffSafetyTrainingNever the same for whole-staff safety training
 */
public record Management(String path, Boolean duty24h, Boolean emergencyPlan, LocalDate lastEvacuationDrill,
		LocalDate lastStaffSafetyTraining, Boolean evacuationDrillNever, Boolean staffSafetyTrainingNever)
		implements Fact {

	/** Management as contract v1 reported it (no "never held" answers). */
	public Management(String path, Boolean duty24h, Boolean emergencyPlan, LocalDate lastEvacuationDrill,
			LocalDate lastStaffSafetyTraining) {
		this(path, duty24h, emergencyPlan, lastEvacuationDrill, lastStaffSafetyTraining, null, null);
	}

}
