package cn.yeji.hazard.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.yeji.hazard.api.model.AuthorityFindingDto;
import cn.yeji.hazard.api.model.BuildingDto;
import cn.yeji.hazard.api.model.CanteenDto;
import cn.yeji.hazard.api.model.ChannelDto;
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
 * Random but valid determination requests. Each request draws its own "hazard rate" and "unknown rate", so
 * the stream mixes clean facilities (where review clauses can fire), badly run ones and sparsely reported ones.
 */
public final class RequestGenerator {

	private static final double[] RATIOS = { 0.0, 0.2, 0.21, 0.3, 0.31, 0.35, 0.4, 0.5, 0.51, 0.6, 1.0 };

	private static final String[] GB_CODES = Oracle.GB_CODES;

	private static final String[] YJ_CODES = Oracle.YJ_CODES;

	private RequestGenerator() {
	}

	/** Per-request knobs. */
	private static final class G {

		final Random rnd;

		/** probability that a field is bad (hazardous) */
		final double hazard;

		/** probability that an optional field is omitted */
		final double unknown;

		/** a well-run, fully reported facility whose observations are mostly GB 35181 elements */
		final boolean elements;

		G(Random rnd) {
			this.rnd = rnd;
			this.elements = rnd.nextDouble() < 0.3;
			if (elements) {
				this.hazard = pick(new double[] { 0.0, 0.0, 0.01 });
				this.unknown = pick(new double[] { 0.0, 0.0, 0.01, 0.05 });
			}
			else {
				this.hazard = pick(new double[] { 0.0, 0.03, 0.08, 0.15, 0.3, 0.5 });
				this.unknown = pick(new double[] { 0.0, 0.0, 0.03, 0.1, 0.25, 0.5 });
			}
		}

		double pick(double[] values) {
			return values[rnd.nextInt(values.length)];
		}

		boolean chance(double p) {
			return rnd.nextDouble() < p;
		}

		boolean omit() {
			return chance(unknown);
		}

		boolean bad() {
			return chance(hazard);
		}

		/** A boolean that is "good" when {@code good}, bad at the hazard rate, unknown at the unknown rate. */
		Boolean flag(boolean good) {
			if (omit()) {
				return null;
			}
			return bad() ? !good : good;
		}

		<E> E one(E[] values) {
			return values[rnd.nextInt(values.length)];
		}
	}

	public static DeterminationRequestDto random(Random rnd) {
		G g = new G(rnd);
		DeterminationRequestDto r = new DeterminationRequestDto();
		r.setFacility(facility(g));
		LocalDate ref = referenceDate(g);
		if (!g.chance(0.04)) {
			InspectionDto in = new InspectionDto();
			if (!g.chance(0.04)) {
				in.setDate(ref);
			}
			if (g.chance(0.7)) {
				in.setChannel(g.one(ChannelDto.values()));
			}
			if (g.chance(0.5)) {
				in.setInspector("检查组" + g.rnd.nextInt(10));
			}
			r.setInspection(in);
		}
		if (!g.omit()) {
			int n = g.chance(0.1) ? 0 : 1 + g.rnd.nextInt(g.chance(0.3) ? 4 : 2);
			List<BuildingDto> buildings = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				buildings.add(building(g, "B" + (i + 1)));
			}
			r.setBuildings(buildings);
		}
		if (!g.omit()) {
			List<AuthorityFindingDto> list = new ArrayList<>();
			int n = g.chance(0.5) ? 0 : 1 + g.rnd.nextInt(3);
			for (int i = 0; i < n; i++) {
				list.add(authorityFinding(g));
			}
			r.setAuthorityFindings(list);
		}
		if (!g.omit()) {
			List<SpecialEquipmentDto> list = new ArrayList<>();
			int n = g.chance(0.3) ? 0 : 1 + g.rnd.nextInt(3);
			for (int i = 0; i < n; i++) {
				list.add(equipment(g, "E" + (i + 1)));
			}
			r.setSpecialEquipment(list);
		}
		if (!g.omit()) {
			MedicalUnitDto m = new MedicalUnitDto();
			m.setPresent(g.omit() ? null : g.chance(0.5));
			m.setPracticeLicense(g.flag(true));
			m.setFiled(g.omit() ? null : g.chance(0.5));
			if (g.chance(0.2)) { // a present unit with neither licence nor filing
				m.setPracticeLicense(g.omit() ? null : g.chance(0.3));
				m.setFiled(g.omit() ? null : g.chance(0.3));
			}
			r.setMedicalUnit(m);
		}
		if (!g.omit()) {
			CanteenDto c = new CanteenDto();
			c.setPresent(g.omit() ? null : g.chance(0.7));
			c.setFoodBusinessLicense(g.flag(true));
			r.setCanteen(c);
		}
		if (!g.omit()) {
			List<StaffAssignmentDto> list = new ArrayList<>();
			int n = g.chance(0.15) ? 0 : 1 + g.rnd.nextInt(4);
			for (int i = 0; i < n; i++) {
				StaffAssignmentDto s = new StaffAssignmentDto();
				if (g.chance(0.8)) {
					s.setName("员工" + i);
				}
				s.setRole(g.chance(g.unknown / 2) ? null : g.one(StaffAssignmentDto.RoleEnum.values()));
				s.setCertified(g.flag(true));
				list.add(s);
			}
			r.setStaff(list);
		}
		if (!g.omit()) {
			FireControlRoomDto f = new FireControlRoomDto();
			f.setPresent(g.omit() ? null : g.chance(0.6));
			if (!g.omit()) {
				f.setStaffPerShift(g.bad() ? g.rnd.nextInt(2) : 2 + g.rnd.nextInt(3));
			}
			f.setStaffed24h(g.flag(true));
			r.setFireControlRoom(f);
		}
		if (!g.omit()) {
			ManagementDto m = new ManagementDto();
			m.setDuty24h(g.flag(true));
			m.setEmergencyPlan(g.flag(true));
			if (!g.omit()) {
				m.setLastEvacuationDrill(periodDate(g, ref, 12));
			}
			m.setEvacuationDrillNever(never(g, m.getLastEvacuationDrill() != null));
			if (!g.omit()) {
				m.setLastStaffSafetyTraining(periodDate(g, ref, 6));
			}
			m.setStaffSafetyTrainingNever(never(g, m.getLastStaffSafetyTraining() != null));
			r.setManagement(m);
		}
		if (!g.chance(g.unknown / 2)) {
			r.setObservations(observations(g, r.getBuildings()));
		}
		return r;
	}

	/** "Never held": only without a date (both is a 400); sometimes false beside a date or without one. */
	private static Boolean never(G g, boolean dated) {
		if (dated) {
			return g.chance(0.1) ? Boolean.FALSE : null;
		}
		return g.chance(0.4) ? Boolean.valueOf(g.chance(0.5)) : null;
	}

	private static FacilityDto facility(G g) {
		FacilityDto f = new FacilityDto();
		f.setId(g.one(new String[] { "YJ-DEMO-001", "F_", "abc-123", "X" }) + g.rnd.nextInt(1000));
		f.setName(g.one(new String[] { "叶集区示范养老院", "史河街道社区养老服务站", "A" }));
		double region = g.rnd.nextDouble();
		f.setRegionCode(region < 0.8 ? "341504" : region < 0.95 ? "341502" : "110101");
		if (g.chance(0.5)) {
			f.setTownship(g.one(new String[] { "史河街道", "孙岗乡", "三元镇" }));
		}
		if (!g.omit()) {
			f.setKind(g.one(FacilityKindDto.values()));
		}
		if (!g.omit()) {
			f.setBedCount(g.rnd.nextInt(300));
		}
		Integer residents = g.omit() ? null : (g.chance(0.05) ? 0 : 1 + g.rnd.nextInt(200));
		f.setResidentCount(residents);
		if (!g.omit()) {
			int dependent;
			if (residents == null) {
				dependent = g.rnd.nextInt(120);
			}
			else {
				int half = residents / 2;
				int[] near = { 0, residents, half, half + 1, half - 1, (residents + 1) / 2, g.rnd.nextInt(residents + 1) };
				dependent = Math.max(0, Math.min(residents, near[g.rnd.nextInt(near.length)]));
			}
			f.setDependentResidentCount(dependent);
		}
		return f;
	}

	private static LocalDate referenceDate(G g) {
		LocalDate[] edges = { LocalDate.of(2026, 8, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2028, 2, 29),
				LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 20),
				LocalDate.of(2025, 5, 31), LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 1), LocalDate.of(2023, 11, 26),
				LocalDate.of(2023, 11, 27) };
		if (g.chance(0.4)) {
			return g.one(edges);
		}
		return LocalDate.of(2023, 7, 1).plusDays(g.rnd.nextInt(4 * 365));
	}

	/** A drill/training date, often next to the "more than N months" edge. */
	private static LocalDate periodDate(G g, LocalDate ref, int months) {
		LocalDate edge = ref.minusMonths(months);
		double x = g.rnd.nextDouble();
		if (x < 0.4) {
			return edge.plusDays(g.rnd.nextInt(5) - 2);
		}
		if (x < 0.5) {
			return ref.minusMonths(months + 1 + g.rnd.nextInt(24));
		}
		if (x < 0.55) {
			return ref.plusDays(g.rnd.nextInt(30)); // after the reference date
		}
		return ref.minusDays(g.rnd.nextInt(months * 31 + 60));
	}

	private static BuildingDto building(G g, String id) {
		BuildingDto b = new BuildingDto();
		b.setId(id);
		if (g.chance(0.5)) {
			b.setName(id + "号楼");
		}
		if (!g.omit()) {
			b.setDangerousBuildingGrade(g.bad() ? g.one(BuildingDto.DangerousBuildingGradeEnum.values())
					: g.chance(0.15) ? BuildingDto.DangerousBuildingGradeEnum.NOT_APPRAISED
							: g.chance(0.6) ? BuildingDto.DangerousBuildingGradeEnum.A
									: BuildingDto.DangerousBuildingGradeEnum.B);
		}
		b.setHousingAuthorityMajorRisk(g.flag(false));
		if (!g.omit()) {
			SandwichPanelDto sp = new SandwichPanelDto();
			sp.setPresent(g.omit() ? null : (g.bad() || g.chance(0.2)));
			if (g.chance(0.6)) {
				sp.setCoreFireClass(g.omit() ? null
						: g.bad() ? g.one(SandwichPanelDto.CoreFireClassEnum.values()) : SandwichPanelDto.CoreFireClassEnum.A);
			}
			if (g.chance(0.6)) {
				sp.setOccupied(g.omit() ? null : g.chance(0.5));
			}
			b.setSandwichPanel(sp);
		}
		if (!g.omit()) {
			b.setCombustibleDecoration(g.bad() ? g.one(BuildingDto.CombustibleDecorationEnum.values())
					: g.chance(0.7) ? BuildingDto.CombustibleDecorationEnum.NONE
							: BuildingDto.CombustibleDecorationEnum.LIMITED);
		}
		b.setHighRise(g.omit() ? null : g.chance(0.35));
		b.setUnderground(g.omit() ? null : g.chance(0.2));
		b.setElderlyRoomsOnNonCompliantFloor(g.flag(false));
		b.setCommercialSelfBuilt(g.omit() ? null : g.chance(0.2));
		if (!g.omit()) {
			b.setFireAcceptance(g.bad() ? g.one(BuildingDto.FireAcceptanceEnum.values())
					: g.one(new BuildingDto.FireAcceptanceEnum[] { BuildingDto.FireAcceptanceEnum.ACCEPTED,
							BuildingDto.FireAcceptanceEnum.FILED, BuildingDto.FireAcceptanceEnum.NOT_REQUIRED }));
		}
		return b;
	}

	private static AuthorityFindingDto authorityFinding(G g) {
		AuthorityFindingDto a = new AuthorityFindingDto();
		if (!g.omit()) {
			a.setIssuer(g.one(AuthorityFindingDto.IssuerEnum.values()));
		}
		if (!g.omit()) {
			a.setScope(g.one(AuthorityFindingDto.ScopeEnum.values()));
		}
		a.setMajorHazard(g.bad() || g.chance(0.1)); // required
		if (g.chance(0.5)) {
			a.setDocumentNo("叶消字〔2026〕" + g.rnd.nextInt(100) + "号");
		}
		if (g.chance(0.5)) {
			a.setDate(LocalDate.of(2025, 1, 1).plusDays(g.rnd.nextInt(700)));
		}
		return a;
	}

	private static SpecialEquipmentDto equipment(G g, String id) {
		SpecialEquipmentDto e = new SpecialEquipmentDto();
		e.setId(id);
		if (!g.omit()) {
			e.setCategory(g.one(SpecialEquipmentDto.CategoryEnum.values()));
		}
		e.setInService(g.omit() ? null : g.chance(0.8));
		e.setManufactureLicensed(g.flag(true));
		if (!g.omit()) {
			e.setInspectionStatus(g.bad() ? g.one(SpecialEquipmentDto.InspectionStatusEnum.values())
					: SpecialEquipmentDto.InspectionStatusEnum.PASSED);
		}
		e.setStateEliminated(g.flag(false));
		e.setScrapped(g.flag(false));
		return e;
	}

	private static List<ObservationDto> observations(G g, List<BuildingDto> buildings) {
		List<ObservationDto> list = new ArrayList<>();
		double x = g.rnd.nextDouble();
		int n = g.elements ? 1 + g.rnd.nextInt(6) : x < 0.2 ? 0 : x < 0.75 ? 1 + g.rnd.nextInt(4) : g.rnd.nextInt(9);
		String repeat = null;
		for (int i = 0; i < n; i++) {
			String code;
			if (repeat != null && g.chance(0.25)) {
				code = repeat; // duplicate code
			}
			else if (g.chance(g.elements ? 0.05 : 0.3)) {
				code = g.one(YJ_CODES);
			}
			else if (g.chance(0.35)) {
				code = g.one(new String[] { "FIRE_DOORS_DAMAGED", "EVACUATION_SIGNS_DAMAGED", "STAIR_DOORS_DAMAGED" });
			}
			else {
				code = g.one(GB_CODES);
			}
			repeat = code;
			ObservationDto o = new ObservationDto();
			o.setCode(code);
			java.util.Map<String, String> variants = Oracle.VARIANTS.get(code);
			if (variants != null && !g.chance(0.2 + g.unknown / 2)) {
				o.setVariant(g.one(variants.keySet().toArray(new String[0])));
			}
			double c = g.rnd.nextDouble();
			o.setCorrectableOnSpot(c < 0.6 ? null : c < (g.elements ? 0.9 : 0.8) ? Boolean.FALSE : Boolean.TRUE);
			boolean ratioCode = code.endsWith("_DAMAGED");
			if (ratioCode ? !g.chance(0.1 + g.unknown / 2) : g.chance(0.05)) {
				o.setRatio(g.chance(0.75) ? g.pick(RATIOS) : Math.round(g.rnd.nextDouble() * 100) / 100.0);
			}
			if (buildings != null && !buildings.isEmpty() && !g.chance(0.15 + g.unknown / 2)) {
				o.setBuildingId(buildings.get(g.rnd.nextInt(buildings.size())).getId());
			}
			if (g.chance(0.4)) {
				o.setLocation("1层" + i + "号");
			}
			if (g.chance(0.2)) {
				o.setNote("备注");
			}
			list.add(o);
		}
		return list;
	}

}
