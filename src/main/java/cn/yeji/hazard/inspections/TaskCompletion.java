package cn.yeji.hazard.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.planning.Plans;
import cn.yeji.hazard.activities.ActivityRow;
import cn.yeji.hazard.activities.ActivityStore;
import cn.yeji.hazard.security.Caller;

/**
 * An inspection recorded for a planned task completes the task and is one of the institution's district
 * checks (CP-1), in the recording's own transaction: the task is done exactly when its inspection is on file.
 */
@Component
class TaskCompletion {

	private final Plans plans;

	private final ActivityStore activities;

	private final Clock clock;

	TaskCompletion(Plans plans, ActivityStore activities, Clock clock) {
		this.plans = plans;
		this.activities = activities;
		this.clock = clock;
	}

	void complete(Caller caller, long taskId, DeterminationRequestDto request, long inspectionId, LocalDate on) {
		plans.complete(caller, taskId, request.getFacility().getId(), inspectionId, on);
		activities.insert(new ActivityRow(0, "DISTRICT_CHECK", request.getFacility().getId(), request.getFacility().getTownship(),
				on, request.getInspection().getInspector(), "检查任务 " + taskId + "，检查记录 " + inspectionId,
				OffsetDateTime.now(clock)));
	}

}
