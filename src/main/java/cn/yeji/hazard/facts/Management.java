package cn.yeji.hazard.facts;

import java.time.LocalDate;

/** Daily safety management: duty, emergency plan, drills and training. */
public record Management(String path, Boolean duty24h, Boolean emergencyPlan, LocalDate lastEvacuationDrill,
		LocalDate lastStaffSafetyTraining) implements Fact {
}
