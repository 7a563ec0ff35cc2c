package cn.yeji.hazard.planning;

import java.time.LocalDate;
import java.util.List;

/** A planned task as stored, with the name of its institution; done once {@code completedOn} is set. */
public record TaskRow(long id, long planId, String facilityId, String facilityName, String township, int quarter,
		LocalDate dueOn, String assignee, List<String> departments, Long inspectionId, LocalDate completedOn) {

	/** Open past its due date. */
	public boolean overdue(LocalDate today) {
		return completedOn == null && dueOn.isBefore(today);
	}

}
