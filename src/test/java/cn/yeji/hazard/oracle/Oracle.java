package cn.yeji.hazard.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.yaml.snakeyaml.Yaml;

import cn.yeji.hazard.api.model.AuthorityFindingDto;
import cn.yeji.hazard.api.model.BuildingDto;
import cn.yeji.hazard.api.model.CanteenDto;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FacilityDto;
import cn.yeji.hazard.api.model.FacilityKindDto;
import cn.yeji.hazard.api.model.FireControlRoomDto;
import cn.yeji.hazard.api.model.InspectionDto;
import cn.yeji.hazard.api.model.ManagementDto;
import cn.yeji.hazard.api.model.MedicalUnitDto;
import cn.yeji.hazard.api.model.ObservationDto;
import cn.yeji.hazard.api.model.SandwichPanelDto;
import cn.yeji.hazard.api.model.SpecialEquipmentDto;
import cn.yeji.hazard.api.model.StaffAssignmentDto;

/**
 * A hand-written oracle of determination contract v1 with its v1.1 amendments (the contract, determination-v1.md
 * §7, kept beside the repository in shared/spec; issue 14 "Legal fidelity"), written from the spec, the text
 * and the team's decisions, not from the DRL. Plain Java, three-valued logic: {@code F} (decided, does not
 * fire), {@code U} (indeterminate), {@code T} (fires). Where the DRL counts elements with a set-of-outcomes
 * table, this oracle enumerates every way the unknown facts could turn out.
 */
public final class Oracle {

	/** The answer, in the shape the differential test compares. */
	public record Result(String verdict, boolean complete, Set<String> findings /* "RULEID:LEVEL" */,
			Set<String> indeterminate /* rule ids */, Set<String> escalations /* rule ids */) {
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

	/**
	 * Some element of a list fires the clause: the or over the elements; U when the list was not given, since
	 * only an empty array is known-empty (contract §1). Every clause over a list of the request folds this way.
	 */
	private static <E> int anyOf(List<E> list, ToIntFunction<? super E> value) {
		if (list == null) {
			return U;
		}
		int r = F;
		for (E e : list) {
			r = or(r, value.applyAsInt(e));
		}
		return r;
	}

	/** An enum fact is one of {@code values}; U when it was not given (unknown is not false, contract §1). */
	@SafeVarargs
	private static <E extends Enum<E>> int is(E fact, E... values) {
		if (fact == null) {
			return U;
		}
		for (E v : values) {
			if (fact == v) {
				return T;
			}
		}
		return F;
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

	/**
	 * Contract §7 item 6 and the catalog's variants: the GB 35181 element a variant also counts as (null: none).
	 * FIRE_FACILITY_SHUT_OFF is the element of the system shut off; EVACUATION_ROUTE_BLOCKED of a locked or
	 * sealed exit is 7.3.3.
	 */
	static final Map<String, Map<String, String>> VARIANTS;

	/** The crowded-place subset (§5.3.3 a): 7.3.1-7.3.9 and 7.5. */
	static final Set<String> CROWDED_CLAUSES;

	static {
		Map<String, String> shutOff = new LinkedHashMap<>();
		shutOff.put("FIRE_ALARM", "GB35181-7.7");
		shutOff.put("SPRINKLER", "GB35181-7.4b");
		shutOff.put("HYDRANT", "GB35181-7.4a");
		Map<String, String> blocked = new LinkedHashMap<>();
		blocked.put("OCCUPIED_OR_BLOCKED", null);
		blocked.put("LOCKED_OR_SEALED", "GB35181-7.3.3");
		VARIANTS = Map.of("FIRE_FACILITY_SHUT_OFF", Collections.unmodifiableMap(shutOff), "EVACUATION_ROUTE_BLOCKED",
				Collections.unmodifiableMap(blocked));
		Set<String> crowded = new TreeSet<>();
		for (int i = 0; i < GB_RULE.length; i++) {
			if (GB_CROWDED[i]) {
				crowded.add(GB_RULE[i]);
			}
		}
		CROWDED_CLAUSES = Collections.unmodifiableSet(crowded);
	}

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

		final Set<String> escalations = new TreeSet<>();

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

		void capAtReview(String prefix) {
			Set<String> all = new TreeSet<>(findings);
			findings.clear();
			major = false;
			review = false;
			general = false;
			for (String f : all) {
				int colon = f.lastIndexOf(':');
				String ruleId = f.substring(0, colon);
				String level = f.substring(colon + 1);
				finding(ruleId, ruleId.startsWith(prefix) && level.equals("MAJOR") ? "REVIEW" : level);
			}
		}

		boolean hasMajor(String ruleId) {
			return findings.contains(ruleId + ":MAJOR");
		}
	}

	/**
	 * The MAJOR clauses about fire safety that suppress YJ-4.1 (contract §7 item 8): GB35181-C3/C4 and 6.x,
	 * MCA2023-4.2/4.3, YJ-2.1 to 2.5, YJ-3.1. A canteen licence or a dangerous building does not.
	 */
	static final List<String> FIRE_MAJORS = List.of("GB35181-C3", "GB35181-C4", "GB35181-6.8", "GB35181-6.9",
			"GB35181-6.10", "MCA2023-4.2", "MCA2023-4.3", "YJ-2.1", "YJ-2.2", "YJ-2.3", "YJ-2.4", "YJ-2.5", "YJ-3.1");

	/** The packs' windows as the contract states them (§7 item 1); GB 35181-2017 starts 2018-07-01, before any generated date. */
	static final LocalDate MCA_FROM = LocalDate.of(2023, 11, 27);

	static final LocalDate GB_TO = LocalDate.of(2025, 10, 31);

	public Result evaluate(DeterminationRequestDto request, LocalDate today) {
		Out out = new Out();
		FacilityDto facility = request.getFacility();
		boolean yeji = YEJI_REGION.equals(facility.getRegionCode());
		// §7 item 10: the MCA 2023 standard is written for 养老机构; a community facility is outside it
		boolean institution = facility.getKind() == null || facility.getKind() == FacilityKindDto.INSTITUTION;
		InspectionDto inspection = request.getInspection();
		LocalDate ref = inspection != null && inspection.getDate() != null ? inspection.getDate() : today;
		List<BuildingDto> buildings = request.getBuildings();
		List<ObservationDto> observations = request.getObservations() == null ? List.of() : request.getObservations();

		// ---------- MCA2023 (from 2023-11-27, §7 item 1) ----------
		int mca41 = F;
		int mca42 = F;
		if (institution && !ref.isBefore(MCA_FROM)) {
			mca41 = or(mca41(buildings), housingStructureMajor(request.getAuthorityFindings()));
			mca42 = mca42(request.getAuthorityFindings());
			out.clause("MCA2023-4.1", "MAJOR", mca41);
			out.clause("MCA2023-4.2", "MAJOR", mca42);
			out.clause("MCA2023-4.3", "MAJOR", mca43(buildings));
			out.clause("MCA2023-4.4", "MAJOR", mca44(request.getSpecialEquipment()));
			out.clause("MCA2023-5.1", "MAJOR", mca51(request.getMedicalUnit()));
			out.clause("MCA2023-5.2", "MAJOR", mca52(request.getCanteen()));
			out.clause("MCA2023-5.3", "MAJOR", mca53(request.getSpecialEquipment(), request.getStaff()));
		}

		// ---------- GB 35181 direct elements (§7 item 4) ----------
		boolean hazmat = false;
		boolean hazmatNotCorrectable = false;
		for (ObservationDto o : observations) {
			if ("HAZMAT_IN_RESIDENT_AREA".equals(o.getCode())) {
				hazmat = true;
				hazmatNotCorrectable |= !Boolean.TRUE.equals(o.getCorrectableOnSpot());
			}
		}
		if (hazmatNotCorrectable) {
			out.finding("GB35181-6.8", "MAJOR");
		}
		else if (hazmat) {
			out.finding("GB35181-6.8", "GENERAL"); // corrected on the spot: a general hazard (§7 item 5)
		}
		out.clause("GB35181-6.9", "MAJOR", gb69(buildings));
		out.clause("GB35181-6.10", "MAJOR", gb610(buildings));

		// ---------- GB 35181 comprehensive elements ----------
		// Each observation is a set of alternatives: the element clauses it counts as, one set per way the
		// facts nobody gave could turn out (a ratio past or not past its threshold, the system shut off, ...).
		List<List<Set<String>>> counting = new ArrayList<>();
		List<List<Set<String>>> every = new ArrayList<>();
		Yeji yj = new Yeji();
		for (ObservationDto o : observations) {
			Integer idx = CODE_INDEX.get(o.getCode());
			if (idx == null) {
				throw new IllegalArgumentException("observation code not in catalog v1: " + o.getCode());
			}
			boolean correctable = Boolean.TRUE.equals(o.getCorrectableOnSpot());
			List<Set<String>> alternatives = alternatives(idx, o, buildings);
			every.add(alternatives);
			if (!correctable) {
				counting.add(alternatives); // §7 item 5: a correctable element never counts
			}
			if (idx >= 100) {
				yj.seen(idx - 100, correctable);
			}
		}
		// one GENERAL finding per element clause, corrected on the spot or not
		for (int i = 0; i < GB_CODES.length; i++) {
			out.clause(GB_RULE[i], "GENERAL", elementValue(GB_RULE[i], every));
		}
		int[] crowded = countRange(counting, true);
		int[] any = countRange(counting, false);
		int c3 = atLeast(crowded[0], crowded[1], p.crowdedElementsForMajor());
		int c4 = atLeast(any[0], any[1], p.anyElementsForMajor());
		out.clause("GB35181-C3", "MAJOR", c3);
		out.clause("GB35181-C4", "MAJOR", c4);

		// ---------- Yeji district pack ----------
		if (yeji) {
			if (mca41 == T) {
				out.escalations.add("MCA2023-4.1"); // §7 item 11 / plan task (二): 提级治理 under the district pack
			}
			if (mca42 == T) {
				out.escalations.add("MCA2023-4.2");
			}
			out.clause("YJ-2.1", "MAJOR", yj21(request.getFireControlRoom(), request.getStaff()));
			for (int y = 0; y < YJ_CODES.length; y++) {
				if (y == YJ_SUSPECTED) {
					continue;
				}
				if (YJ_MAJOR[y] && yj.notCorrectable[y]) {
					out.finding(YJ_RULE[y], "MAJOR");
				}
				else if (yj.any[y]) {
					out.finding(YJ_RULE[y], "GENERAL");
				}
			}
			ManagementDto m = request.getManagement();
			out.clause("YJ-2.9", "GENERAL", m == null ? U : not(of(m.getDuty24h())));
			out.clause("YJ-2.10", "GENERAL", m == null ? U
					: or(not(of(m.getEmergencyPlan())),
							overdue(m.getLastEvacuationDrill(), m.getEvacuationDrillNever(), ref, p.drillIntervalMonths())));
			out.clause("YJ-2.11", "GENERAL", m == null ? U
					: overdue(m.getLastStaffSafetyTraining(), m.getStaffSafetyTrainingNever(), ref, p.trainingIntervalMonths()));
			out.clause("YJ-3.1", "MAJOR", yj31(buildings));
			out.clause("YJ-4.2", "REVIEW", yj.notCorrectable[YJ_SUSPECTED] ? not(covered(request.getAuthorityFindings())) : F);
			out.clause("YJ-4.3", "REVIEW", yj43(buildings));
			int yj44 = yj44(buildings);
			out.clause("YJ-4.4", "REVIEW", yj44);
			if (yj44 == T) {
				out.escalations.add("YJ-4.4");
			}
			// YJ-4.1 last: only a MAJOR about fire safety that fired suppresses it; a combined MAJOR that is
			// still open leaves it open (§7 item 8)
			int yj41;
			if (FIRE_MAJORS.stream().anyMatch(out::hasMajor)) {
				yj41 = F;
			}
			else {
				int elements = or(exactly(crowded[0], crowded[1], p.reviewCrowdedElements()),
						exactly(any[0], any[1], p.reviewAnyElements()));
				yj41 = and(and(elements, vulnerable(facility)), not(or(c3, c4)));
			}
			out.clause("YJ-4.1", "REVIEW", yj41);
		}

		// §7 item 1: past 2025-10-31 GB 35181-2017 judges as reference only. The rules above saw its findings as the text
		// concludes them (a reference C3/C4 still suppresses YJ-4.1); only the verdict caps them at REVIEW.
		if (ref.isAfter(GB_TO)) {
			out.capAtReview("GB35181-");
		}
		String verdict = out.major ? "MAJOR_HAZARD"
				: out.review ? "EXPERT_REVIEW" : out.general ? "GENERAL_HAZARD" : "NO_HAZARD";
		return new Result(verdict, out.indeterminate.isEmpty(), out.findings, out.indeterminate, out.escalations);
	}

	/** What the Yeji observation codes were seen as. */
	private static final class Yeji {

		final boolean[] any = new boolean[YJ_CODES.length];

		final boolean[] notCorrectable = new boolean[YJ_CODES.length];

		void seen(int y, boolean correctable) {
			any[y] = true;
			if (!correctable) {
				notCorrectable[y] = true;
			}
		}
	}

	/**
	 * The element clauses one observation counts as, one set per way the unknown facts could turn out:
	 * its own GB clause (past its threshold or not) and, for a code with variants, the element of the
	 * variant the inspector chose, or of any variant when none was chosen (§7 item 6).
	 */
	private List<Set<String>> alternatives(int idx, ObservationDto o, List<BuildingDto> buildings) {
		List<Set<String>> own = new ArrayList<>();
		if (idx < 100) {
			int v = counts(idx, o, buildings);
			if (v != T) {
				own.add(Set.of());
			}
			if (v != F) {
				own.add(Set.of(GB_RULE[idx]));
			}
		}
		else {
			own.add(Set.of());
		}
		Map<String, String> variants = VARIANTS.get(o.getCode());
		if (variants == null) {
			return own;
		}
		List<Set<String>> also = new ArrayList<>();
		if (o.getVariant() != null) {
			String clause = variants.get(o.getVariant());
			also.add(clause == null ? Set.of() : Set.of(clause));
		}
		else {
			for (String clause : variants.values()) {
				also.add(clause == null ? Set.of() : Set.of(clause));
			}
		}
		List<Set<String>> product = new ArrayList<>();
		for (Set<String> a : own) {
			for (Set<String> b : also) {
				Set<String> union = new TreeSet<>(a);
				union.addAll(b);
				if (!product.contains(union)) {
					product.add(union);
				}
			}
		}
		return product;
	}

	/** T when some observation is that element whatever the unknowns, U when some might be. */
	private static int elementValue(String clause, List<List<Set<String>>> observations) {
		int r = F;
		for (List<Set<String>> alternatives : observations) {
			boolean all = alternatives.stream().allMatch(a -> a.contains(clause));
			boolean some = alternatives.stream().anyMatch(a -> a.contains(clause));
			r = or(r, all ? T : some ? U : F);
		}
		return r;
	}

	/**
	 * The least and the most distinct element clauses (crowded ones only, or all) the counting observations
	 * can make, over every way the unknowns could turn out: brute force over the alternatives.
	 */
	private static int[] countRange(List<List<Set<String>>> observations, boolean crowdedOnly) {
		int[] range = { Integer.MAX_VALUE, Integer.MIN_VALUE };
		enumerate(observations, 0, new TreeSet<>(), crowdedOnly, range);
		return range;
	}

	private static void enumerate(List<List<Set<String>>> observations, int i, Set<String> chosen, boolean crowdedOnly,
			int[] range) {
		if (i == observations.size()) {
			int n = (int) chosen.stream().filter(c -> !crowdedOnly || CROWDED_CLAUSES.contains(c)).count();
			range[0] = Math.min(range[0], n);
			range[1] = Math.max(range[1], n);
			return;
		}
		for (Set<String> alternative : observations.get(i)) {
			Set<String> next = new TreeSet<>(chosen);
			next.addAll(alternative);
			enumerate(observations, i + 1, next, crowdedOnly, range);
		}
	}

	// ---------- MCA2023 ----------

	private static int mca41(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> or(is(b.getDangerousBuildingGrade(), BuildingDto.DangerousBuildingGradeEnum.C,
				BuildingDto.DangerousBuildingGradeEnum.D), of(b.getHousingAuthorityMajorRisk())));
	}

	/** §7 item 7: a housing authority's finding of a major structural hazard is MCA 4(一) too. */
	private static int housingStructureMajor(List<AuthorityFindingDto> findings) {
		return anyOf(findings, f -> and(of(f.getMajorHazard()),
				and(is(f.getIssuer(), AuthorityFindingDto.IssuerEnum.HOUSING),
						is(f.getScope(), AuthorityFindingDto.ScopeEnum.STRUCTURE))));
	}

	private static int mca42(List<AuthorityFindingDto> findings) {
		return anyOf(findings, f -> and(of(f.getMajorHazard()), fireElectricalGas(f.getScope())));
	}

	private static int fireElectricalGas(AuthorityFindingDto.ScopeEnum scope) {
		return is(scope, AuthorityFindingDto.ScopeEnum.FIRE_DESIGN, AuthorityFindingDto.ScopeEnum.FIRE_SYSTEMS,
				AuthorityFindingDto.ScopeEnum.ELECTRICAL, AuthorityFindingDto.ScopeEnum.GAS);
	}

	private static int mca43(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> or(panelCoreBelowA(b.getSandwichPanel()),
				is(b.getCombustibleDecoration(), BuildingDto.CombustibleDecorationEnum.EXTENSIVE)));
	}

	/**
	 * A sandwich panel that is present, occupied and has a core below class A: GB 6.10, which MCA 4.3 cites and
	 * asks too (contract §5.1).
	 */
	private static int panelCoreBelowA(SandwichPanelDto sp) {
		if (sp == null) {
			return U;
		}
		int notA = not(is(sp.getCoreFireClass(), SandwichPanelDto.CoreFireClassEnum.A));
		return and(and(of(sp.getPresent()), of(sp.getOccupied())), notA);
	}

	private static int mca44(List<SpecialEquipmentDto> equipment) {
		return anyOf(equipment, e -> {
			int status = not(is(e.getInspectionStatus(), SpecialEquipmentDto.InspectionStatusEnum.PASSED));
			int defect = or(or(not(of(e.getManufactureLicensed())), status),
					or(of(e.getStateEliminated()), of(e.getScrapped())));
			return and(of(e.getInService()), defect);
		});
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
		// MCA 5.3 is about special-equipment staff: anyone listed who is not a fire control room operator
		int uncertified = anyOf(staff, s -> and(not(operator(s)), not(of(s.getCertified()))));
		return and(hasEquipment, uncertified);
	}

	// ---------- GB 35181 ----------

	/** 6.9: elderly activity rooms on a floor the fire code forbids. */
	private static int gb69(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> of(b.getElderlyRoomsOnNonCompliantFloor()));
	}

	/** 6.10: living quarters of sandwich panel with a core below class A (present, occupied, core not A). */
	private static int gb610(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> panelCoreBelowA(b.getSandwichPanel()));
	}

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

	/**
	 * Signs: high-rise or underground; stair doors: high-rise only. Without a buildingId the closed buildings
	 * list decides when every listed building gives the same answer (§7 item 9); an empty list has no
	 * high-rise or underground building.
	 */
	private static int specialBuilding(int kind, String buildingId, List<BuildingDto> buildings) {
		if (buildings == null) {
			return U;
		}
		boolean found = false;
		boolean allT = true;
		boolean allF = true;
		for (BuildingDto b : buildings) {
			if (buildingId == null || buildingId.equals(b.getId())) {
				found = true;
				int flag = kind == RATIO_SIGNS ? or(of(b.getHighRise()), of(b.getUnderground())) : of(b.getHighRise());
				allT &= flag == T;
				allF &= flag == F;
			}
		}
		if (!found) {
			return buildingId == null ? F : U;
		}
		return allT ? T : allF ? F : U;
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

	/**
	 * YJ-2.1 (§7 item 8 of the issue): only where there is a fire control room; the room's staffing or an
	 * uncertified operator fires it; "2 per shift" with no certified FIRE_CONTROL_ROOM_OPERATOR listed does
	 * not decide it compliant.
	 */
	private int yj21(FireControlRoomDto room, List<StaffAssignmentDto> staff) {
		int present = room == null ? U : of(room.getPresent());
		int roomDefect;
		if (room == null) {
			roomDefect = U;
		}
		else {
			Integer perShift = room.getStaffPerShift();
			int fewStaff = perShift == null ? U : (perShift < p.fireControlRoomStaffPerShift() ? T : F);
			roomDefect = or(fewStaff, not(of(room.getStaffed24h())));
		}
		int uncertifiedOperator = anyOf(staff, s -> and(operator(s), not(of(s.getCertified()))));
		int certifiedOperatorListed = anyOf(staff, s -> and(operator(s), of(s.getCertified())));
		// nobody certified listed can only leave the clause open, never fire it
		int undecidedStaffing = Math.min(not(certifiedOperatorListed), U);
		return and(present, or(or(roomDefect, uncertifiedOperator), undecidedStaffing));
	}

	/** The staff member is a fire control room operator; every other role is a special-equipment role. */
	private static int operator(StaffAssignmentDto s) {
		return is(s.getRole(), StaffAssignmentDto.RoleEnum.FIRE_CONTROL_ROOM_OPERATOR);
	}

	/**
	 * "more than N months before the reference date": date &lt; ref.minusMonths(N); never held decides it
	 * (§7, issue item 4). A last date after the reference date says nothing of the N months before the
	 * inspection: open.
	 */
	private static int overdue(LocalDate date, Boolean never, LocalDate ref, int months) {
		if (Boolean.TRUE.equals(never)) {
			return T;
		}
		if (date == null || date.isAfter(ref)) {
			return U;
		}
		return date.isBefore(ref.minusMonths(months)) ? T : F;
	}

	/** The district's own wording of GB 6.9: the same fact, a clause of its own. */
	private static int yj31(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> of(b.getElderlyRoomsOnNonCompliantFloor()));
	}

	/** Whether some authority finding covers fire, electrical or gas (whatever its conclusion). */
	private static int covered(List<AuthorityFindingDto> findings) {
		return anyOf(findings, f -> fireElectricalGas(f.getScope()));
	}

	private static int yj43(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> and(of(b.getCommercialSelfBuilt()),
				is(b.getDangerousBuildingGrade(), BuildingDto.DangerousBuildingGradeEnum.NOT_APPRAISED)));
	}

	private static int yj44(List<BuildingDto> buildings) {
		return anyOf(buildings, b -> is(b.getFireAcceptance(), BuildingDto.FireAcceptanceEnum.MISSING));
	}

	/**
	 * dependentResidentCount &gt;= residentCount * vulnerableShare, and never with no residents (§7 item 8).
	 * Unknown counts are any count the known ones allow (0 &lt;= dependent &lt;= residents).
	 */
	private int vulnerable(FacilityDto f) {
		Integer residents = f.getResidentCount();
		Integer dependent = f.getDependentResidentCount();
		double share = p.vulnerableShare();
		if (residents != null) {
			if (residents == 0) {
				return F;
			}
			if (dependent != null) {
				return dependent >= residents * share ? T : F;
			}
			// dependent in 0..residents: even 0 reaches a share of 0; residents always reach any share <= 1
			return share <= 0 ? T : U;
		}
		if (dependent == null) {
			return U; // 0 residents (does not apply) or many
		}
		if (dependent == 0) {
			// residents 0: does not apply; residents > 0: 0 reaches only a share of 0
			return share <= 0 ? U : F;
		}
		// residents >= dependent > 0: residents == dependent reaches the share, many residents do not
		return share <= 0 ? T : U;
	}

}
