package cn.yeji.hazard.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.yeji.hazard.api.model.AuthorityFindingDto;
import cn.yeji.hazard.api.model.BuildingDto;
import cn.yeji.hazard.api.model.CanteenDto;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FacilityDto;
import cn.yeji.hazard.api.model.FireControlRoomDto;
import cn.yeji.hazard.api.model.InspectionDto;
import cn.yeji.hazard.api.model.ManagementDto;
import cn.yeji.hazard.api.model.MedicalUnitDto;
import cn.yeji.hazard.api.model.ObservationDto;
import cn.yeji.hazard.api.model.SandwichPanelDto;
import cn.yeji.hazard.api.model.SpecialEquipmentDto;
import cn.yeji.hazard.api.model.StaffAssignmentDto;

/**
 * Random but valid determination requests from a seed: every section sometimes omitted, every field
 * sometimes null, values clustered at the thresholds where clauses change their minds.
 */
public final class RequestGenerator {

	static final LocalDate REFERENCE = LocalDate.of(2026, 11, 20);

	private static final String[] CODES = { "FIRE_FACILITY_SHUT_OFF", "EVACUATION_ROUTE_BLOCKED", "ILLEGAL_HOT_WORK",
			"HAZMAT_IN_RESIDENT_AREA", "EBIKE_INDOOR_CHARGING", "GAS_SAFETY_DEFECT", "ELECTRICAL_WIRING_DEFECT",
			"SUSPECTED_FIRE_TECH_DEFICIENCY", "FIRE_LANE_BLOCKED", "FIRE_DOORS_DAMAGED", "REFUGE_NONCOMPLIANT",
			"EVACUATION_STAIR_NONCOMPLIANT", "EXITS_INSUFFICIENT", "INDEPENDENT_EXIT_MISSING", "EVACUATION_SIGNS_DAMAGED",
			"STAIR_DOORS_DAMAGED", "EVACUATION_FINISH_NONCOMPLIANT", "ROUTE_BARRIER", "WINDOW_OBSTRUCTED",
			"SMOKE_CONTROL_DEFECT", "HYDRANT_DEFECT", "SPRINKLER_DEFECT", "FIRE_ALARM_DEFECT", "FIRE_POWER_SUPPLY_DEFECT" };

	private static final double[] RATIOS = { 0.1, 0.2, 0.21, 0.3, 0.31, 0.4, 0.5, 0.51, 0.75, 1.0 };

	private RequestGenerator() {
	}

	public static DeterminationRequestDto random(Random rnd) {
		DeterminationRequestDto r = new DeterminationRequestDto();
		r.setFacility(facility(rnd));
		r.setInspection(new InspectionDto().date(REFERENCE).channel(cn.yeji.hazard.api.model.ChannelDto.SUPERVISORY_INSPECTION));
		List<BuildingDto> buildings = sometimes(rnd, () -> list(rnd, 3, i -> building(rnd, i)));
		r.setBuildings(buildings);
		r.setAuthorityFindings(sometimes(rnd, () -> list(rnd, 2, i -> authority(rnd))));
		r.setSpecialEquipment(sometimes(rnd, () -> list(rnd, 2, i -> equipment(rnd, i))));
		r.setStaff(sometimes(rnd, () -> list(rnd, 3, i -> staff(rnd))));
		r.setMedicalUnit(sometimes(rnd, () -> new MedicalUnitDto().present(bool(rnd)).practiceLicense(bool(rnd)).filed(bool(rnd))));
		r.setCanteen(sometimes(rnd, () -> new CanteenDto().present(bool(rnd)).foodBusinessLicense(bool(rnd))));
		r.setFireControlRoom(sometimes(rnd, () -> new FireControlRoomDto().present(bool(rnd))
			.staffPerShift(rnd.nextInt(5) == 0 ? null : rnd.nextInt(4))
			.staffed24h(bool(rnd))));
		r.setManagement(sometimes(rnd, () -> new ManagementDto().duty24h(bool(rnd)).emergencyPlan(bool(rnd))
			.lastEvacuationDrill(date(rnd, 12))
			.lastStaffSafetyTraining(date(rnd, 6))));
		r.setObservations(observations(rnd, buildings));
		return r;
	}

	private static FacilityDto facility(Random rnd) {
		Integer residents = rnd.nextInt(5) == 0 ? null : rnd.nextInt(120);
		Integer dependent = residents == null || rnd.nextInt(5) == 0 ? null
				: Math.max(0, Math.min(residents, residents / 2 + rnd.nextInt(3) - 1));
		return new FacilityDto().id("F-" + rnd.nextInt(100_000))
			.name("生成的养老机构")
			.regionCode(rnd.nextInt(6) == 0 ? "341502" : "341504")
			.residentCount(residents)
			.dependentResidentCount(dependent);
	}

	private static BuildingDto building(Random rnd, int i) {
		return new BuildingDto().id("B" + i)
			.dangerousBuildingGrade(pick(rnd, BuildingDto.DangerousBuildingGradeEnum.values()))
			.housingAuthorityMajorRisk(bool(rnd))
			.sandwichPanel(rnd.nextInt(4) == 0 ? null
					: new SandwichPanelDto().present(bool(rnd)).occupied(bool(rnd))
						.coreFireClass(pick(rnd, SandwichPanelDto.CoreFireClassEnum.values())))
			.combustibleDecoration(pick(rnd, BuildingDto.CombustibleDecorationEnum.values()))
			.highRise(bool(rnd))
			.underground(bool(rnd))
			.elderlyRoomsOnNonCompliantFloor(bool(rnd))
			.commercialSelfBuilt(bool(rnd))
			.fireAcceptance(pick(rnd, BuildingDto.FireAcceptanceEnum.values()));
	}

	private static AuthorityFindingDto authority(Random rnd) {
		return new AuthorityFindingDto().issuer(pick(rnd, AuthorityFindingDto.IssuerEnum.values()))
			.scope(pick(rnd, AuthorityFindingDto.ScopeEnum.values()))
			.majorHazard(rnd.nextBoolean());
	}

	private static SpecialEquipmentDto equipment(Random rnd, int i) {
		return new SpecialEquipmentDto().id("E" + i)
			.category(pick(rnd, SpecialEquipmentDto.CategoryEnum.values()))
			.inService(bool(rnd))
			.manufactureLicensed(mostly(rnd, true))
			.inspectionStatus(rnd.nextInt(3) == 0 ? pick(rnd, SpecialEquipmentDto.InspectionStatusEnum.values())
					: SpecialEquipmentDto.InspectionStatusEnum.PASSED)
			.stateEliminated(mostly(rnd, false))
			.scrapped(mostly(rnd, false));
	}

	private static StaffAssignmentDto staff(Random rnd) {
		return new StaffAssignmentDto().name("人员").role(pick(rnd, StaffAssignmentDto.RoleEnum.values())).certified(mostly(rnd, true));
	}

	private static List<ObservationDto> observations(Random rnd, List<BuildingDto> buildings) {
		if (rnd.nextInt(8) == 0) {
			return null;
		}
		List<ObservationDto> list = new ArrayList<>();
		int n = rnd.nextInt(7);
		for (int i = 0; i < n; i++) {
			ObservationDto o = new ObservationDto().code(CODES[rnd.nextInt(CODES.length)]);
			if (rnd.nextInt(4) == 0) {
				o.setCorrectableOnSpot(true);
			}
			if (rnd.nextInt(6) != 0) {
				o.setRatio(RATIOS[rnd.nextInt(RATIOS.length)]);
			}
			if (buildings != null && !buildings.isEmpty() && rnd.nextInt(4) != 0) {
				o.setBuildingId(buildings.get(rnd.nextInt(buildings.size())).getId());
			}
			list.add(o);
		}
		return list;
	}

	/** A date near the edge of a period of {@code months}: a few days either side, or unknown. */
	private static LocalDate date(Random rnd, int months) {
		return rnd.nextInt(6) == 0 ? null : REFERENCE.minusMonths(months).plusDays(rnd.nextInt(5) - 2);
	}

	private static Boolean bool(Random rnd) {
		int x = rnd.nextInt(5);
		return x == 0 ? null : x % 2 == 0;
	}

	private static Boolean mostly(Random rnd, boolean value) {
		int x = rnd.nextInt(6);
		return x == 0 ? null : x == 1 ? !value : value;
	}

	private static <T> T pick(Random rnd, T[] values) {
		return rnd.nextInt(6) == 0 ? null : values[rnd.nextInt(values.length)];
	}

	private static <T> T sometimes(Random rnd, java.util.function.Supplier<T> make) {
		return rnd.nextInt(7) == 0 ? null : make.get();
	}

	private static <T> List<T> list(Random rnd, int max, java.util.function.IntFunction<T> make) {
		List<T> items = new ArrayList<>();
		int n = rnd.nextInt(max + 1);
		for (int i = 0; i < n; i++) {
			items.add(make.apply(i));
		}
		return items;
	}

}
