package cn.yeji.hazard.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.api.model.ActivityKindDto;
import cn.yeji.hazard.api.model.ActivityRequestDto;
import cn.yeji.hazard.api.model.FacilityRefDto;
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
	ActivityRow record(Caller caller, ActivityRequestDto request) {
		check(request);
		FacilityRefDto f = request.getFacility();
		String township = f != null && f.getTownship() != null ? f.getTownship() : request.getTownship();
		facilities.checkWritable(caller, f != null ? "facility.township" : "township", f == null ? null : f.getId(),
				f == null ? null : f.getRegionCode(), township);
		if (f != null) {
			facilities.save(f.getId(), f.getName(), f.getRegionCode(), f.getTownship(), null, request.getHeldOn());
		}
		ActivityRow row = new ActivityRow(0, request.getKind().getValue(), f == null ? null : f.getId(), township,
				request.getHeldOn(), request.getConductedBy(), request.getNote(), OffsetDateTime.now(clock));
		long id = store.insert(row);
		return new ActivityRow(id, row.kind(), row.facilityId(), row.township(), row.heldOn(), row.conductedBy(),
				row.note(), row.recordedAt());
	}

	private void check(ActivityRequestDto request) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean townshipTraining = request.getKind() == ActivityKindDto.PRINCIPAL_TRAINING;
		if (townshipTraining && (request.getTownship() == null || request.getTownship().isBlank())) {
			problems.add(new FieldProblem("township", request.getTownship(), "乡镇（街道）组织的主要负责人培训须填写乡镇（街道）"));
		}
		if (!townshipTraining && request.getFacility() == null) {
			problems.add(new FieldProblem("facility", null, "机构的检查、自查、培训和演练须填写机构"));
		}
		if (request.getHeldOn().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("heldOn", request.getHeldOn().toString(), "不得晚于今天"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

}
