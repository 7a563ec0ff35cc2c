package cn.yeji.hazard.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.facts.ActivityKind;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.registry.FacilityStore;
import cn.yeji.hazard.security.Caller;

/**
 * Records a check, self-check, training or drill for the cadence report: an institution's activity names
 * the facility, a township's principal training names the township; both only within the caller's own.
 */
@Service
class ActivityRecorder {

	private final ActivityStore store;

	private final FacilityStore facilities;

	private final Clock clock;

	ActivityRecorder(ActivityStore store, FacilityStore facilities, Clock clock) {
		this.store = store;
		this.facilities = facilities;
		this.clock = clock;
	}

	@Transactional
	ActivityRow record(Caller caller, NewActivity activity) {
		check(activity);
		NewActivity.Facility f = activity.facility();
		String township = f != null && f.township() != null ? f.township() : activity.township();
		facilities.checkWritable(caller, f != null ? "facility.township" : "township", f == null ? null : f.id(),
				f == null ? null : f.regionCode(), township);
		if (f != null) {
			facilities.save(f.id(), f.name(), f.regionCode(), f.township(), null, activity.heldOn());
		}
		ActivityRow row = new ActivityRow(0, activity.kind().name(), f == null ? null : f.id(), township,
				activity.heldOn(), activity.conductedBy(), activity.note(), OffsetDateTime.now(clock));
		long id = store.insert(row);
		return new ActivityRow(id, row.kind(), row.facilityId(), row.township(), row.heldOn(), row.conductedBy(),
				row.note(), row.recordedAt());
	}

	private void check(NewActivity activity) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean townshipTraining = activity.kind() == ActivityKind.PRINCIPAL_TRAINING;
		if (townshipTraining && (activity.township() == null || activity.township().isBlank())) {
			problems.add(new FieldProblem("township", activity.township(), "乡镇（街道）组织的主要负责人培训须填写乡镇（街道）"));
		}
		if (!townshipTraining && activity.facility() == null) {
			problems.add(new FieldProblem("facility", null, "机构的检查、自查、培训和演练须填写机构"));
		}
		if (activity.heldOn().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("heldOn", activity.heldOn().toString(), "不得晚于今天"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

}
