package cn.yeji.hazard.differential;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import cn.yeji.hazard.api.model.AuthorityFindingDto;
import cn.yeji.hazard.api.model.BuildingDto;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FireControlRoomDto;
import cn.yeji.hazard.api.model.ManagementDto;
import cn.yeji.hazard.api.model.ObservationDto;
import cn.yeji.hazard.api.model.SpecialEquipmentDto;
import cn.yeji.hazard.api.model.StaffAssignmentDto;

/**
 * The contract v1 clauses written directly in Java from the specification, with three-valued logic for
 * unknown facts. Test and benchmark code only: it is the independent oracle the DRL rules are checked
 * against, and the baseline they are timed against. Thresholds are the shipped parameters' values.
 */
final class Oracle {

	private static final Map<String, Element> ELEMENTS = Map.ofEntries(
			Map.entry("FIRE_LANE_BLOCKED", new Element("GB35181-7.1.1", false)),
			Map.entry("FIRE_DOORS_DAMAGED", new Element("GB35181-7.2.2", false)),
			Map.entry("REFUGE_NONCOMPLIANT", new Element("GB35181-7.3.1", true)),
			Map.entry("EVACUATION_STAIR_NONCOMPLIANT", new Element("GB35181-7.3.2", true)),
			Map.entry("EXITS_INSUFFICIENT", new Element("GB35181-7.3.3", true)),
			Map.entry("INDEPENDENT_EXIT_MISSING", new Element("GB35181-7.3.4", true)),
			Map.entry("EVACUATION_SIGNS_DAMAGED", new Element("GB35181-7.3.6", true)),
			Map.entry("STAIR_DOORS_DAMAGED", new Element("GB35181-7.3.7", true)),
			Map.entry("EVACUATION_FINISH_NONCOMPLIANT", new Element("GB35181-7.3.8", true)),
			Map.entry("ROUTE_BARRIER", new Element("GB35181-7.3.9", true)),
			Map.entry("WINDOW_OBSTRUCTED", new Element("GB35181-7.3.10", false)),
			Map.entry("SMOKE_CONTROL_DEFECT", new Element("GB35181-7.5", true)),
			Map.entry("HYDRANT_DEFECT", new Element("GB35181-7.4a", false)),
			Map.entry("SPRINKLER_DEFECT", new Element("GB35181-7.4b", false)),
			Map.entry("FIRE_ALARM_DEFECT", new Element("GB35181-7.7", false)),
			Map.entry("FIRE_POWER_SUPPLY_DEFECT", new Element("GB35181-7.6", false)));

	private static final Set<String> SE_ROLES = Set.of("SPECIAL_EQUIPMENT_SAFETY_MANAGER", "SPECIAL_EQUIPMENT_OPERATOR",
			"SPECIAL_EQUIPMENT_TESTER");

	private static final Set<String> FIRE_SCOPES = Set.of("FIRE_DESIGN", "FIRE_SYSTEMS", "ELECTRICAL", "GAS");

	private Oracle() {
	}

	/** What the contract says of a request: verdict, completeness, findings as "ID:LEVEL", indeterminate ids. */
	record Result(String verdict, boolean complete, Set<String> findings, Set<String> indeterminate) {
	}

	static Result judge(DeterminationRequestDto r) {
		Judgement j = new Judgement();
		List<BuildingDto> buildings = r.getBuildings();
		j.clause("MCA2023-4.1", "MAJOR", any(buildings, b -> grade(b, "C", "D").or(Tri.of(b.getHousingAuthorityMajorRisk()))));
		j.clause("MCA2023-4.2", "MAJOR", any(r.getAuthorityFindings(),
				a -> Tri.of(a.getMajorHazard()).and(in(a.getScope() == null ? null : a.getScope().getValue(), FIRE_SCOPES))));
		j.clause("MCA2023-4.3", "MAJOR", any(buildings, Oracle::panelOrDecoration));
		j.clause("MCA2023-4.4", "MAJOR", any(r.getSpecialEquipment(), Oracle::badEquipment));
		j.clause("MCA2023-5.1", "MAJOR", r.getMedicalUnit() == null ? Tri.UNKNOWN
				: Tri.of(r.getMedicalUnit().getPresent()).and(Tri.of(r.getMedicalUnit().getPracticeLicense()).not())
					.and(Tri.of(r.getMedicalUnit().getFiled()).not()));
		j.clause("MCA2023-5.2", "MAJOR", r.getCanteen() == null ? Tri.UNKNOWN
				: Tri.of(r.getCanteen().getPresent()).and(Tri.of(r.getCanteen().getFoodBusinessLicense()).not()));
		Tri hasEquipment = r.getSpecialEquipment() == null ? Tri.UNKNOWN : Tri.of(!r.getSpecialEquipment().isEmpty());
		j.clause("MCA2023-5.3", "MAJOR", hasEquipment.and(any(r.getStaff(),
				s -> in(s.getRole() == null ? null : s.getRole().getValue(), SE_ROLES).and(Tri.of(s.getCertified()).not()))));
		Tally tally = elements(r, j);
		j.clause("GB35181-C3", "MAJOR", atLeast(tally.crowded, tally.possibleCrowded, 3));
		j.clause("GB35181-C4", "MAJOR", atLeast(tally.any, tally.possibleAny, 4));
		if ("341504".equals(r.getFacility().getRegionCode())) {
			yeji(r, j, tally);
		}
		return j.result();
	}

	private static void yeji(DeterminationRequestDto r, Judgement j, Tally tally) {
		FireControlRoomDto room = r.getFireControlRoom();
		Tri roomShort = room == null ? Tri.UNKNOWN
				: Tri.of(room.getPresent()).and(lessThan(room.getStaffPerShift(), 2).or(Tri.of(room.getStaffed24h()).not()));
		boolean noRoom = room != null && Boolean.FALSE.equals(room.getPresent());
		Tri operators = r.getStaff() == null ? (noRoom ? Tri.FALSE : Tri.UNKNOWN)
				: any(r.getStaff(), s -> (s.getRole() == null ? Tri.UNKNOWN
						: Tri.of(s.getRole() == StaffAssignmentDto.RoleEnum.FIRE_CONTROL_ROOM_OPERATOR))
					.and(Tri.of(s.getCertified()).not()));
		j.clause("YJ-2.1", "MAJOR", roomShort.or(operators));
		observed(r, j, "YJ-2.2", "FIRE_FACILITY_SHUT_OFF", true);
		observed(r, j, "YJ-2.3", "EVACUATION_ROUTE_BLOCKED", true);
		observed(r, j, "YJ-2.4", "ILLEGAL_HOT_WORK", true);
		observed(r, j, "YJ-2.5", "HAZMAT_IN_RESIDENT_AREA", true);
		observed(r, j, "YJ-2.6", "EBIKE_INDOOR_CHARGING", false);
		observed(r, j, "YJ-2.7", "GAS_SAFETY_DEFECT", false);
		observed(r, j, "YJ-2.8", "ELECTRICAL_WIRING_DEFECT", false);
		ManagementDto m = r.getManagement();
		LocalDate ref = r.getInspection().getDate();
		j.clause("YJ-2.9", "GENERAL", m == null ? Tri.UNKNOWN : Tri.of(m.getDuty24h()).not());
		j.clause("YJ-2.10", "GENERAL", m == null ? Tri.UNKNOWN
				: Tri.of(m.getEmergencyPlan()).not().or(olderThan(m.getLastEvacuationDrill(), ref, 12)));
		j.clause("YJ-2.11", "GENERAL", m == null ? Tri.UNKNOWN : olderThan(m.getLastStaffSafetyTraining(), ref, 6));
		j.clause("YJ-3.1", "MAJOR", any(r.getBuildings(), b -> Tri.of(b.getElderlyRoomsOnNonCompliantFloor())));
		j.clause("YJ-4.1", "REVIEW", review(r, j, tally));
		boolean suspected = observations(r).stream()
			.anyMatch(o -> o.getCode().equals("SUSPECTED_FIRE_TECH_DEFICIENCY") && !correctable(o));
		Tri covered = any(r.getAuthorityFindings(), a -> in(a.getScope() == null ? null : a.getScope().getValue(), FIRE_SCOPES));
		j.clause("YJ-4.2", "REVIEW", Tri.of(suspected).and(covered.not()));
		j.clause("YJ-4.3", "REVIEW", any(r.getBuildings(),
				b -> Tri.of(b.getCommercialSelfBuilt()).and(grade(b, "NOT_APPRAISED"))));
		j.clause("YJ-4.4", "REVIEW", any(r.getBuildings(), b -> b.getFireAcceptance() == null ? Tri.UNKNOWN
				: Tri.of(b.getFireAcceptance() == BuildingDto.FireAcceptanceEnum.MISSING)));
	}

	private static Tri review(DeterminationRequestDto r, Judgement j, Tally t) {
		if (j.hasMajor()) {
			return Tri.FALSE;
		}
		boolean definite = t.crowded == 2 && t.possibleCrowded == 0 || t.any == 3 && t.possibleAny == 0;
		boolean possible = t.crowded <= 2 && t.crowded + t.possibleCrowded >= 2 || t.any <= 3 && t.any + t.possibleAny >= 3;
		Tri elements = definite ? Tri.TRUE : possible ? Tri.UNKNOWN : Tri.FALSE;
		Integer residents = r.getFacility().getResidentCount();
		Integer dependent = r.getFacility().getDependentResidentCount();
		Tri share = residents == null || dependent == null ? Tri.UNKNOWN : Tri.of(dependent >= residents * 0.5);
		return elements.and(share);
	}

	private static void observed(DeterminationRequestDto r, Judgement j, String ruleId, String code, boolean majorUnlessCorrected) {
		for (ObservationDto o : observations(r)) {
			if (o.getCode().equals(code)) {
				j.clause(ruleId, majorUnlessCorrected && !correctable(o) ? "MAJOR" : "GENERAL", Tri.TRUE);
			}
		}
	}

	/** Elements per code, and the GENERAL finding of each GB 35181 clause that counts. */
	private static Tally elements(DeterminationRequestDto r, Judgement j) {
		Map<String, Tri> byCode = new HashMap<>();
		for (ObservationDto o : observations(r)) {
			Element e = ELEMENTS.get(o.getCode());
			if (e != null && !correctable(o)) {
				byCode.merge(o.getCode(), counts(o, r.getBuildings()), Tri::or);
			}
		}
		Tally t = new Tally();
		byCode.forEach((code, counts) -> {
			Element e = ELEMENTS.get(code);
			j.clause(e.clause(), "GENERAL", counts);
			if (counts == Tri.TRUE) {
				t.any++;
				t.crowded += e.crowded() ? 1 : 0;
			}
			else if (counts == Tri.UNKNOWN) {
				t.possibleAny++;
				t.possibleCrowded += e.crowded() ? 1 : 0;
			}
		});
		return t;
	}

	private static Tri counts(ObservationDto o, List<BuildingDto> buildings) {
		Double ratio = o.getRatio();
		return switch (o.getCode()) {
			case "FIRE_DOORS_DAMAGED" -> ratio == null ? Tri.UNKNOWN : Tri.of(ratio > 0.50);
			case "EVACUATION_SIGNS_DAMAGED" -> ratio == null ? Tri.UNKNOWN : ratio > 0.50 ? Tri.TRUE
					: ratio <= 0.30 ? Tri.FALSE : building(o, buildings, b -> Tri.of(b.getHighRise()).or(Tri.of(b.getUnderground())));
			case "STAIR_DOORS_DAMAGED" -> ratio == null ? Tri.UNKNOWN : ratio > 0.50 ? Tri.TRUE
					: ratio <= 0.20 ? Tri.FALSE : building(o, buildings, b -> Tri.of(b.getHighRise()));
			default -> Tri.TRUE;
		};
	}

	private static Tri building(ObservationDto o, List<BuildingDto> buildings, Function<BuildingDto, Tri> test) {
		if (o.getBuildingId() == null || buildings == null) {
			return Tri.UNKNOWN;
		}
		return buildings.stream().filter(b -> o.getBuildingId().equals(b.getId())).map(test).reduce(Tri.FALSE, Tri::or);
	}

	private static Tri atLeast(int known, int possible, int threshold) {
		return known >= threshold ? Tri.TRUE : known + possible >= threshold ? Tri.UNKNOWN : Tri.FALSE;
	}

	private static Tri panelOrDecoration(BuildingDto b) {
		Tri panel = Tri.UNKNOWN;
		if (b.getSandwichPanel() != null) {
			var p = b.getSandwichPanel();
			Tri core = p.getCoreFireClass() == null ? Tri.UNKNOWN : Tri.of(p.getCoreFireClass() != cn.yeji.hazard.api.model.SandwichPanelDto.CoreFireClassEnum.A);
			panel = Tri.of(p.getPresent()).and(Tri.of(p.getOccupied())).and(core);
		}
		Tri decoration = b.getCombustibleDecoration() == null ? Tri.UNKNOWN
				: Tri.of(b.getCombustibleDecoration() == BuildingDto.CombustibleDecorationEnum.EXTENSIVE);
		return panel.or(decoration);
	}

	private static Tri badEquipment(SpecialEquipmentDto e) {
		Tri status = e.getInspectionStatus() == null ? Tri.UNKNOWN
				: Tri.of(e.getInspectionStatus() != SpecialEquipmentDto.InspectionStatusEnum.PASSED);
		Tri defect = Tri.of(e.getManufactureLicensed()).not().or(status).or(Tri.of(e.getStateEliminated()))
			.or(Tri.of(e.getScrapped()));
		return Tri.of(e.getInService()).and(defect);
	}

	private static Tri grade(BuildingDto b, String... grades) {
		if (b.getDangerousBuildingGrade() == null) {
			return Tri.UNKNOWN;
		}
		return Tri.of(Set.of(grades).contains(b.getDangerousBuildingGrade().getValue()));
	}

	private static Tri in(String value, Set<String> set) {
		return value == null ? Tri.UNKNOWN : Tri.of(set.contains(value));
	}

	private static Tri lessThan(Integer value, int bound) {
		return value == null ? Tri.UNKNOWN : Tri.of(value < bound);
	}

	private static Tri olderThan(LocalDate date, LocalDate ref, int months) {
		return date == null ? Tri.UNKNOWN : Tri.of(date.isBefore(ref.minusMonths(months)));
	}

	private static <T> Tri any(List<T> items, Function<T, Tri> test) {
		if (items == null) {
			return Tri.UNKNOWN;
		}
		Tri result = Tri.FALSE;
		for (T item : items) {
			result = result.or(test.apply(item));
		}
		return result;
	}

	private static List<ObservationDto> observations(DeterminationRequestDto r) {
		return r.getObservations() == null ? List.of() : r.getObservations();
	}

	private static boolean correctable(ObservationDto o) {
		return Boolean.TRUE.equals(o.getCorrectableOnSpot());
	}

	private record Element(String clause, boolean crowded) {
	}

	private static final class Tally {

		int crowded;

		int any;

		int possibleCrowded;

		int possibleAny;

	}

	/** Collects clause outcomes; a clause with any finding is decided, whatever else was unknown. */
	private static final class Judgement {

		private final Set<String> findings = new TreeSet<>();

		private final Set<String> unknown = new TreeSet<>();

		void clause(String ruleId, String level, Tri outcome) {
			if (outcome == Tri.TRUE) {
				findings.add(ruleId + ":" + level);
			}
			else if (outcome == Tri.UNKNOWN) {
				unknown.add(ruleId);
			}
		}

		boolean hasMajor() {
			return findings.stream().anyMatch(f -> f.endsWith(":MAJOR"));
		}

		Result result() {
			Set<String> decided = new TreeSet<>();
			findings.forEach(f -> decided.add(f.substring(0, f.indexOf(':'))));
			Set<String> indeterminate = new TreeSet<>(unknown);
			indeterminate.removeAll(decided);
			String verdict = hasMajor() ? "MAJOR_HAZARD" : findings.stream().anyMatch(f -> f.endsWith(":REVIEW"))
					? "EXPERT_REVIEW" : findings.isEmpty() ? "NO_HAZARD" : "GENERAL_HAZARD";
			return new Result(verdict, indeterminate.isEmpty(), findings, indeterminate);
		}

	}

}
