package cn.yeji.hazard.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;

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
 * A hand-written oracle of determination contract v1 (docs: /work/shared/spec/determination-v1.md),
 * written from the spec and the team's decisions, not from the DRL. Plain Java, three-valued logic:
 * {@code F} (decided, does not fire), {@code U} (indeterminate), {@code T} (fires).
 */
public final class Oracle {

	/** The answer, in the shape the differential test compares. */
	public record Result(String verdict, boolean complete, Set<String> findings /* "RULEID:LEVEL" */,
			Set<String> indeterminate /* rule ids */) {
	}

	/** The tunable numbers of rules/gb35181-2017/parameters.yaml and rules/yeji-341504/parameters.yaml. */
	public record Params(int crowdedElementsForMajor, int anyElementsForMajor, double fireDoorsDamagedShare,
			double signsDamagedShare, double signsDamagedShareHighRiseOrUnderground, double stairDoorsDamagedShare,
			double stairDoorsDamagedShareHighRise, int fireControlRoomStaffPerShift, int drillIntervalMonths,
			int trainingIntervalMonths, int reviewCrowdedElements, int reviewAnyElements, double vulnerableShare) {

		/** Reads the two parameters.yaml files below {@code rulesDir}. */
		public static Params load(Path rulesDir) {
			Map<String, Number> v = new HashMap<>();
			read(rulesDir.resolve("gb35181-2017/parameters.yaml"), v);
			read(rulesDir.resolve("yeji-341504/parameters.yaml"), v);
			return new Params(i(v, "crowdedElementsForMajor"), i(v, "anyElementsForMajor"),
					d(v, "fireDoorsDamagedShare"), d(v, "signsDamagedShare"),
					d(v, "signsDamagedShareHighRiseOrUnderground"), d(v, "stairDoorsDamagedShare"),
					d(v, "stairDoorsDamagedShareHighRise"), i(v, "fireControlRoomStaffPerShift"),
					i(v, "drillIntervalMonths"), i(v, "trainingIntervalMonths"), i(v, "reviewCrowdedElements"),
					i(v, "reviewAnyElements"), d(v, "vulnerableShare"));
		}

		@SuppressWarnings("unchecked")
		private static void read(Path file, Map<String, Number> into) {
			try (InputStream in = Files.newInputStream(file)) {
				Map<String, Object> doc = new Yaml().load(in);
				for (Map.Entry<String, Object> e : doc.entrySet()) {
					Object value = ((Map<String, Object>) e.getValue()).get("value");
					into.put(e.getKey(), (Number) value);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static int i(Map<String, Number> v, String name) {
			Number n = v.get(name);
			if (n == null) {
				throw new IllegalStateException("parameter missing: " + name);
			}
			return n.intValue();
		}

		private static double d(Map<String, Number> v, String name) {
			Number n = v.get(name);
			if (n == null) {
				throw new IllegalStateException("parameter missing: " + name);
			}
			return n.doubleValue();
		}
	}

	// ---- three-valued logic: F < U < T; or = max, and = min, not = 2 - x ----
	static final int F = 0;

	static final int U = 1;

	static final int T = 2;

	private static int of(Boolean b) {
		return b == null ? U : (b ? T : F);
	}

	private static int not(int x) {
		return 2 - x;
	}

	private static int and(int a, int b) {
		return Math.min(a, b);
	}

	private static int or(int a, int b) {
		return Math.max(a, b);
	}

	// ---- observation catalog v1, from spec section 4 ----
	/** Kind of threshold a ratio code uses. */
	private static final int NOT_RATIO = 0, RATIO_FIRE_DOORS = 1, RATIO_SIGNS = 2, RATIO_STAIR_DOORS = 3;

	/** GB 35181 elements: code, clause, crowded, ratio kind. */
	static final String[] GB_CODES = { "FIRE_LANE_BLOCKED", "FIRE_DOORS_DAMAGED", "REFUGE_NONCOMPLIANT",
			"EVACUATION_STAIR_NONCOMPLIANT", "EXITS_INSUFFICIENT", "INDEPENDENT_EXIT_MISSING",
			"EVACUATION_SIGNS_DAMAGED", "STAIR_DOORS_DAMAGED", "EVACUATION_FINISH_NONCOMPLIANT", "ROUTE_BARRIER",
			"WINDOW_OBSTRUCTED", "SMOKE_CONTROL_DEFECT", "HYDRANT_DEFECT", "SPRINKLER_DEFECT", "FIRE_ALARM_DEFECT",
			"FIRE_POWER_SUPPLY_DEFECT" };

	private static final String[] GB_RULE = { "GB35181-7.1.1", "GB35181-7.2.2", "GB35181-7.3.1", "GB35181-7.3.2",
			"GB35181-7.3.3", "GB35181-7.3.4", "GB35181-7.3.6", "GB35181-7.3.7", "GB35181-7.3.8", "GB35181-7.3.9",
			"GB35181-7.3.10", "GB35181-7.5", "GB35181-7.4a", "GB35181-7.4b", "GB35181-7.7", "GB35181-7.6" };

	private static final boolean[] GB_CROWDED = { false, false, true, true, true, true, true, true, true, true,
			false, true, false, false, false, false };

	private static final int[] GB_RATIO = { NOT_RATIO, RATIO_FIRE_DOORS, NOT_RATIO, NOT_RATIO, NOT_RATIO, NOT_RATIO,
			RATIO_SIGNS, RATIO_STAIR_DOORS, NOT_RATIO, NOT_RATIO, NOT_RATIO, NOT_RATIO, NOT_RATIO, NOT_RATIO,
			NOT_RATIO, NOT_RATIO };

	/** Yeji observation codes (no GB element). */
	static final String[] YJ_CODES = { "FIRE_FACILITY_SHUT_OFF", "EVACUATION_ROUTE_BLOCKED", "ILLEGAL_HOT_WORK",
			"HAZMAT_IN_RESIDENT_AREA", "EBIKE_INDOOR_CHARGING", "GAS_SAFETY_DEFECT", "ELECTRICAL_WIRING_DEFECT",
			"SUSPECTED_FIRE_TECH_DEFICIENCY" };

	private static final String[] YJ_RULE = { "YJ-2.2", "YJ-2.3", "YJ-2.4", "YJ-2.5", "YJ-2.6", "YJ-2.7", "YJ-2.8",
			"YJ-4.2" };

	/** true: MAJOR unless correctable (then GENERAL); false: GENERAL either way. */
	private static final boolean[] YJ_MAJOR = { true, true, true, true, false, false, false, false };

	private static final int YJ_SUSPECTED = 7;

	/** code → index; GB codes 0..15, Yeji codes 100..107. */
	private static final Map<String, Integer> CODE_INDEX;

	static {
		Map<String, Integer> m = new HashMap<>();
		for (int i = 0; i < GB_CODES.length; i++) {
			m.put(GB_CODES[i], i);
		}
		for (int i = 0; i < YJ_CODES.length; i++) {
			m.put(YJ_CODES[i], 100 + i);
		}
		CODE_INDEX = Collections.unmodifiableMap(m);
	}

	static final String YEJI_REGION = "341504";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static volatile Oracle defaultOracle;

	private final Params p;

	public Oracle(Params params) {
		this.p = params;
	}

	/** The oracle with the shipped parameters (rules folder under system property hazard.project.dir). */
	public static Oracle shipped() {
		Oracle o = defaultOracle;
		if (o == null) {
			synchronized (Oracle.class) {
				o = defaultOracle;
				if (o == null) {
					Path dir = Path.of(System.getProperty("hazard.project.dir", ".")).toAbsolutePath().normalize();
					o = new Oracle(Params.load(dir.resolve("rules")));
					defaultOracle = o;
				}
			}
		}
		return o;
	}

	/** Judges with the shipped parameters; a request without inspection date is judged as of today in Shanghai. */
	public static Result judge(DeterminationRequestDto request) {
		return shipped().evaluate(request, LocalDate.now(SHANGHAI));
	}

	/** Judges with the shipped parameters; {@code today} is the reference date when the request sets none. */
	public static Result judge(DeterminationRequestDto request, LocalDate today) {
		return shipped().evaluate(request, today);
	}

	/** Collects findings and indeterminate clauses of one request. */
	private static final class Out {

		final Set<String> findings = new TreeSet<>();

		final Set<String> indeterminate = new TreeSet<>();

		boolean major;

		boolean review;

		boolean general;

		/** Records a clause of level {@code level} (MAJOR, GENERAL or REVIEW) evaluated to {@code value}. */
		void clause(String ruleId, String level, int value) {
			if (value == T) {
				finding(ruleId, level);
			}
			else if (value == U) {
				indeterminate.add(ruleId);
			}
		}

		void finding(String ruleId, String level) {
			findings.add(ruleId + ":" + level);
			switch (level) {
				case "MAJOR" -> major = true;
				case "REVIEW" -> review = true;
				default -> general = true;
			}
		}
	}

	public Result evaluate(DeterminationRequestDto request, LocalDate today) {
		Out out = new Out();
		FacilityDto facility = request.getFacility();
		boolean yeji = YEJI_REGION.equals(facility.getRegionCode());
		InspectionDto inspection = request.getInspection();
		LocalDate ref = inspection != null && inspection.getDate() != null ? inspection.getDate() : today;
		List<BuildingDto> buildings = request.getBuildings();
		List<ObservationDto> observations = request.getObservations();

		// ---------- MCA2023 ----------
		out.clause("MCA2023-4.1", "MAJOR", mca41(buildings));
		out.clause("MCA2023-4.2", "MAJOR", mca42(request.getAuthorityFindings()));
		out.clause("MCA2023-4.3", "MAJOR", mca43(buildings));
		out.clause("MCA2023-4.4", "MAJOR", mca44(request.getSpecialEquipment()));
		out.clause("MCA2023-5.1", "MAJOR", mca51(request.getMedicalUnit()));
		out.clause("MCA2023-5.2", "MAJOR", mca52(request.getCanteen()));
		out.clause("MCA2023-5.3", "MAJOR", mca53(request.getSpecialEquipment(), request.getStaff()));

		// ---------- observations: GB elements and Yeji codes ----------
		int[] element = new int[GB_CODES.length]; // F by default
		boolean[] yjAny = new boolean[YJ_CODES.length];
		boolean[] yjNotCorrectable = new boolean[YJ_CODES.length];
		if (observations != null) {
			for (ObservationDto o : observations) {
				Integer idx = CODE_INDEX.get(o.getCode());
				if (idx == null) {
					throw new IllegalArgumentException("observation code not in catalog v1: " + o.getCode());
				}
				boolean correctable = Boolean.TRUE.equals(o.getCorrectableOnSpot());
				if (idx >= 100) {
					int y = idx - 100;
					yjAny[y] = true;
					if (!correctable) {
						yjNotCorrectable[y] = true;
					}
				}
				else if (!correctable) {
					element[idx] = or(element[idx], counts(idx, o, buildings));
				}
			}
		}
		int crowdedDefinite = 0, crowdedPossible = 0, anyDefinite = 0, anyPossible = 0;
		for (int i = 0; i < GB_CODES.length; i++) {
			int e = element[i];
			out.clause(GB_RULE[i], "GENERAL", e);
			if (e == T) {
				anyDefinite++;
				anyPossible++;
				if (GB_CROWDED[i]) {
					crowdedDefinite++;
					crowdedPossible++;
				}
			}
			else if (e == U) {
				anyPossible++;
				if (GB_CROWDED[i]) {
					crowdedPossible++;
				}
			}
		}
		out.clause("GB35181-C3", "MAJOR", atLeast(crowdedDefinite, crowdedPossible, p.crowdedElementsForMajor()));
		out.clause("GB35181-C4", "MAJOR", atLeast(anyDefinite, anyPossible, p.anyElementsForMajor()));

		// ---------- Yeji district pack ----------
		if (yeji) {
			out.clause("YJ-2.1", "MAJOR", yj21(request.getFireControlRoom(), request.getStaff()));
			for (int y = 0; y < YJ_CODES.length; y++) {
				if (y == YJ_SUSPECTED) {
					continue;
				}
				if (YJ_MAJOR[y] && yjNotCorrectable[y]) {
					out.finding(YJ_RULE[y], "MAJOR");
				}
				else if (yjAny[y]) {
					out.finding(YJ_RULE[y], "GENERAL");
				}
			}
			ManagementDto m = request.getManagement();
			out.clause("YJ-2.9", "GENERAL", m == null ? U : not(of(m.getDuty24h())));
			out.clause("YJ-2.10", "GENERAL", m == null ? U
					: or(not(of(m.getEmergencyPlan())), olderThan(m.getLastEvacuationDrill(), ref, p.drillIntervalMonths())));
			out.clause("YJ-2.11", "GENERAL",
					m == null ? U : olderThan(m.getLastStaffSafetyTraining(), ref, p.trainingIntervalMonths()));
			out.clause("YJ-3.1", "MAJOR", yj31(buildings));
			out.clause("YJ-4.2", "REVIEW", yjNotCorrectable[YJ_SUSPECTED] ? not(covered(request.getAuthorityFindings())) : F);
			out.clause("YJ-4.3", "REVIEW", yj43(buildings));
			out.clause("YJ-4.4", "REVIEW", yj44(buildings));
			// YJ-4.1 last: it needs to know whether any MAJOR finding exists (an indeterminate MAJOR clause is none).
			int yj41;
			if (out.major) {
				yj41 = F;
			}
			else {
				int elements = or(exactly(crowdedDefinite, crowdedPossible, p.reviewCrowdedElements()),
						exactly(anyDefinite, anyPossible, p.reviewAnyElements()));
				yj41 = and(elements, vulnerable(facility));
			}
			out.clause("YJ-4.1", "REVIEW", yj41);
		}

		String verdict = out.major ? "MAJOR_HAZARD"
				: out.review ? "EXPERT_REVIEW" : out.general ? "GENERAL_HAZARD" : "NO_HAZARD";
		return new Result(verdict, out.indeterminate.isEmpty(), out.findings, out.indeterminate);
	}

	// ---------- MCA2023 ----------

	private static int mca41(List<BuildingDto> buildings) {
		if (buildings == null) {
			return U;
		}
		int r = F;
		for (BuildingDto b : buildings) {
			int grade = b.getDangerousBuildingGrade() == null ? U
					: switch (b.getDangerousBuildingGrade()) {
						case C, D -> T;
						default -> F;
					};
			r = or(r, or(grade, of(b.getHousingAuthorityMajorRisk())));
		}
		return r;
	}

	private static int mca42(List<AuthorityFindingDto> findings) {
		if (findings == null) {
			return U;
		}
		int r = F;
		for (AuthorityFindingDto f : findings) {
			r = or(r, and(of(f.getMajorHazard()), fireElectricalGas(f.getScope())));
		}
		return r;
	}

	private static int fireElectricalGas(AuthorityFindingDto.ScopeEnum scope) {
		if (scope == null) {
			return U;
		}
		return switch (scope) {
			case FIRE_DESIGN, FIRE_SYSTEMS, ELECTRICAL, GAS -> T;
			default -> F;
		};
	}

	private static int mca43(List<BuildingDto> buildings) {
		if (buildings == null) {
			return U;
		}
		int r = F;
		for (BuildingDto b : buildings) {
			SandwichPanelDto sp = b.getSandwichPanel();
			int panel;
			if (sp == null) {
				panel = U;
			}
			else {
				int notA = sp.getCoreFireClass() == null ? U
						: (sp.getCoreFireClass() == SandwichPanelDto.CoreFireClassEnum.A ? F : T);
				panel = and(and(of(sp.getPresent()), of(sp.getOccupied())), notA);
			}
			int decoration = b.getCombustibleDecoration() == null ? U
					: (b.getCombustibleDecoration() == BuildingDto.CombustibleDecorationEnum.EXTENSIVE ? T : F);
			r = or(r, or(panel, decoration));
		}
		return r;
	}

	private static int mca44(List<SpecialEquipmentDto> equipment) {
		if (equipment == null) {
			return U;
		}
		int r = F;
		for (SpecialEquipmentDto e : equipment) {
			int status = e.getInspectionStatus() == null ? U
					: (e.getInspectionStatus() == SpecialEquipmentDto.InspectionStatusEnum.PASSED ? F : T);
			int defect = or(or(not(of(e.getManufactureLicensed())), status),
					or(of(e.getStateEliminated()), of(e.getScrapped())));
			r = or(r, and(of(e.getInService()), defect));
		}
		return r;
	}

	private static int mca51(MedicalUnitDto m) {
		if (m == null) {
			return U;
		}
		return and(of(m.getPresent()), and(not(of(m.getPracticeLicense())), not(of(m.getFiled()))));
	}

	private static int mca52(CanteenDto c) {
		if (c == null) {
			return U;
		}
		return and(of(c.getPresent()), not(of(c.getFoodBusinessLicense())));
	}

	private static int mca53(List<SpecialEquipmentDto> equipment, List<StaffAssignmentDto> staff) {
		int hasEquipment = equipment == null ? U : (equipment.isEmpty() ? F : T);
		if (hasEquipment == F) {
			return F;
		}
		int uncertified;
		if (staff == null) {
			uncertified = U;
		}
		else {
			uncertified = F;
			for (StaffAssignmentDto s : staff) {
				int seRole = s.getRole() == null ? U
						: (s.getRole() == StaffAssignmentDto.RoleEnum.FIRE_CONTROL_ROOM_OPERATOR ? F : T);
				uncertified = or(uncertified, and(seRole, not(of(s.getCertified()))));
			}
		}
		return and(hasEquipment, uncertified);
	}

	// ---------- GB 35181 ----------

	/** Whether one non-correctable observation of GB element {@code idx} counts. */
	private int counts(int idx, ObservationDto o, List<BuildingDto> buildings) {
		int kind = GB_RATIO[idx];
		if (kind == NOT_RATIO) {
			return T;
		}
		Double ratio = o.getRatio();
		if (ratio == null) {
			return U;
		}
		double r = ratio;
		if (kind == RATIO_FIRE_DOORS) {
			return r > p.fireDoorsDamagedShare() ? T : F;
		}
		double normal, special;
		if (kind == RATIO_SIGNS) {
			normal = p.signsDamagedShare();
			special = p.signsDamagedShareHighRiseOrUnderground();
		}
		else {
			normal = p.stairDoorsDamagedShare();
			special = p.stairDoorsDamagedShareHighRise();
		}
		int ifNormal = r > normal ? T : F;
		int ifSpecial = r > special ? T : F;
		if (ifNormal == ifSpecial) {
			return ifNormal;
		}
		int flag = specialBuilding(kind, o.getBuildingId(), buildings);
		if (flag == U) {
			return U;
		}
		return flag == T ? ifSpecial : ifNormal;
	}

	/** Signs: high-rise or underground; stair doors: high-rise only. */
	private static int specialBuilding(int kind, String buildingId, List<BuildingDto> buildings) {
		if (buildingId == null || buildings == null) {
			return U;
		}
		int r = F;
		boolean found = false;
		for (BuildingDto b : buildings) {
			if (buildingId.equals(b.getId())) {
				found = true;
				int flag = kind == RATIO_SIGNS ? or(of(b.getHighRise()), of(b.getUnderground())) : of(b.getHighRise());
				r = or(r, flag);
			}
		}
		return found ? r : U;
	}

	private static int atLeast(int definite, int possible, int threshold) {
		if (definite >= threshold) {
			return T;
		}
		return possible >= threshold ? U : F;
	}

	private static int exactly(int definite, int possible, int target) {
		if (definite == target && possible == target) {
			return T;
		}
		return definite <= target && target <= possible ? U : F;
	}

	// ---------- Yeji ----------

	private int yj21(FireControlRoomDto room, List<StaffAssignmentDto> staff) {
		int roomDefect;
		if (room == null) {
			roomDefect = U;
		}
		else {
			Integer perShift = room.getStaffPerShift();
			int fewStaff = perShift == null ? U : (perShift < p.fireControlRoomStaffPerShift() ? T : F);
			roomDefect = and(of(room.getPresent()), or(fewStaff, not(of(room.getStaffed24h()))));
		}
		int uncertifiedOperator;
		if (staff == null) {
			uncertifiedOperator = U;
		}
		else {
			uncertifiedOperator = F;
			for (StaffAssignmentDto s : staff) {
				int operator = s.getRole() == null ? U
						: (s.getRole() == StaffAssignmentDto.RoleEnum.FIRE_CONTROL_ROOM_OPERATOR ? T : F);
				uncertifiedOperator = or(uncertifiedOperator, and(operator, not(of(s.getCertified()))));
			}
		}
		return or(roomDefect, uncertifiedOperator);
	}

	/** "more than N months before the reference date": date &lt; ref.minusMonths(N). */
	private static int olderThan(LocalDate date, LocalDate ref, int months) {
		if (date == null) {
			return U;
		}
		return date.isBefore(ref.minusMonths(months)) ? T : F;
	}

	private static int yj31(List<BuildingDto> buildings) {
		if (buildings == null) {
			return U;
		}
		int r = F;
		for (BuildingDto b : buildings) {
			r = or(r, of(b.getElderlyRoomsOnNonCompliantFloor()));
		}
		return r;
	}

	/** Whether some authority finding covers fire, electrical or gas (whatever its conclusion). */
	private static int covered(List<AuthorityFindingDto> findings) {
		if (findings == null) {
			return U;
		}
		int r = F;
		for (AuthorityFindingDto f : findings) {
			r = or(r, fireElectricalGas(f.getScope()));
		}
		return r;
	}

	private static int yj43(List<BuildingDto> buildings) {
		if (buildings == null) {
			return U;
		}
		int r = F;
		for (BuildingDto b : buildings) {
			int notAppraised = b.getDangerousBuildingGrade() == null ? U
					: (b.getDangerousBuildingGrade() == BuildingDto.DangerousBuildingGradeEnum.NOT_APPRAISED ? T : F);
			r = or(r, and(of(b.getCommercialSelfBuilt()), notAppraised));
		}
		return r;
	}

	private static int yj44(List<BuildingDto> buildings) {
		if (buildings == null) {
			return U;
		}
		int r = F;
		for (BuildingDto b : buildings) {
			int missing = b.getFireAcceptance() == null ? U
					: (b.getFireAcceptance() == BuildingDto.FireAcceptanceEnum.MISSING ? T : F);
			r = or(r, missing);
		}
		return r;
	}

	/** dependentResidentCount &gt;= residentCount * vulnerableShare. */
	private int vulnerable(FacilityDto f) {
		Integer residents = f.getResidentCount();
		Integer dependent = f.getDependentResidentCount();
		if (residents == null) {
			return U; // residents may be any number >= dependent
		}
		if (dependent == null) {
			// dependent lies in 0..residents: decided only when even 0 dependents reach the share
			return residents * p.vulnerableShare() <= 0 ? T : U;
		}
		return dependent >= residents * p.vulnerableShare() ? T : F;
	}

}
