package cn.yeji.hazard.determination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yeji.hazard.api.model.BuildingDto;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FacilityDto;
import cn.yeji.hazard.api.model.ManagementDto;
import cn.yeji.hazard.api.model.ObservationDto;
import cn.yeji.hazard.rules.ObservationCode;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * The contract's rules that a schema cannot state: observation codes and their variants come from the
 * catalog, a {@code buildingId} names a building, the dependent residents are among the residents, a drill or
 * training is not both "never held" and dated, no array holds a null. Every problem is collected, so one answer names every offending field.
 */
final class RequestChecks {

	private RequestChecks() {
	}

	static void check(DeterminationRequestDto request, Ruleset ruleset) {
		List<FieldProblem> problems = problems(request, ruleset);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	/** Every contract problem of a request whose schema checks may also have failed (nulls are tolerated). */
	static List<FieldProblem> problems(DeterminationRequestDto request, Ruleset ruleset) {
		List<FieldProblem> problems = new ArrayList<>();
		noNullItems("buildings", request.getBuildings(), problems);
		noNullItems("authorityFindings", request.getAuthorityFindings(), problems);
		noNullItems("specialEquipment", request.getSpecialEquipment(), problems);
		noNullItems("staff", request.getStaff(), problems);
		noNullItems("observations", request.getObservations(), problems);
		if (request.getFacility() != null) {
			checkResidents(request.getFacility(), problems);
		}
		if (request.getManagement() != null) {
			checkNeverHeld(request.getManagement(), problems);
		}
		checkObservations(request, ruleset, problems);
		return problems;
	}

	private static void noNullItems(String field, List<?> items, List<FieldProblem> problems) {
		if (items == null) {
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) == null) {
				problems.add(new FieldProblem(field + "[" + i + "]", null, "数组元素不能为 null"));
			}
		}
	}

	private static void checkResidents(FacilityDto facility, List<FieldProblem> problems) {
		Integer residents = facility.getResidentCount();
		Integer dependent = facility.getDependentResidentCount();
		if (residents != null && dependent != null && dependent > residents) {
			problems.add(new FieldProblem("facility.dependentResidentCount", dependent,
					"失能、半失能老年人数（" + dependent + "）不得大于入住老年人数（" + residents + "）"));
		}
	}

	/** "Never held" and a date of the last one contradict each other: both are named. */
	private static void checkNeverHeld(ManagementDto m, List<FieldProblem> problems) {
		if (Boolean.TRUE.equals(m.getEvacuationDrillNever()) && m.getLastEvacuationDrill() != null) {
			problems.add(new FieldProblem("management.evacuationDrillNever", true,
					"填写了从未组织疏散逃生演练，又填写了最近一次演练日期，二者只能填一项"));
			problems.add(new FieldProblem("management.lastEvacuationDrill", m.getLastEvacuationDrill().toString(),
					"填写了最近一次演练日期，又填写了从未组织疏散逃生演练，二者只能填一项"));
		}
		if (Boolean.TRUE.equals(m.getStaffSafetyTrainingNever()) && m.getLastStaffSafetyTraining() != null) {
			problems.add(new FieldProblem("management.staffSafetyTrainingNever", true,
					"填写了从未组织全员安全培训，又填写了最近一次培训日期，二者只能填一项"));
			problems.add(new FieldProblem("management.lastStaffSafetyTraining", m.getLastStaffSafetyTraining().toString(),
					"填写了最近一次培训日期，又填写了从未组织全员安全培训，二者只能填一项"));
		}
	}

	private static void checkObservations(DeterminationRequestDto request, Ruleset ruleset,
			List<FieldProblem> problems) {
		List<ObservationDto> observations = request.getObservations();
		if (observations == null) {
			return;
		}
		Set<String> buildingIds = buildingIds(request.getBuildings());
		for (int i = 0; i < observations.size(); i++) {
			ObservationDto o = observations.get(i);
			if (o == null) {
				continue;
			}
			Optional<ObservationCode> code = o.getCode() == null ? Optional.empty() : ruleset.observationCode(o.getCode());
			if (o.getCode() != null && code.isEmpty()) {
				problems.add(new FieldProblem("observations[" + i + "].code", o.getCode(),
						"检查项代码不在目录中（见 GET /api/v1/observation-codes）"));
			}
			if (o.getVariant() != null && code.isPresent() && code.get().variant(o.getVariant()).isEmpty()) {
				problems.add(new FieldProblem("observations[" + i + "].variant", o.getVariant(), code.get().variants().isEmpty()
						? "检查项 " + o.getCode() + " 没有细分情形，不填 variant"
						: "检查项 " + o.getCode() + " 的细分情形只能是 "
								+ code.get().variants().stream().map(ObservationCode.Variant::variant).collect(Collectors.joining("、"))));
			}
			if (o.getBuildingId() != null && !buildingIds.contains(o.getBuildingId())) {
				problems.add(new FieldProblem("observations[" + i + "].buildingId", o.getBuildingId(),
						"buildingId 未指向 buildings 中的任何建筑"));
			}
		}
	}

	private static Set<String> buildingIds(List<BuildingDto> buildings) {
		Set<String> ids = new HashSet<>();
		if (buildings != null) {
			buildings.stream().filter(b -> b != null && b.getId() != null).forEach(b -> ids.add(b.getId()));
		}
		return ids;
	}

}
