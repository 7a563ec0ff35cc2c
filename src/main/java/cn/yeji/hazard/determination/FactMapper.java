package cn.yeji.hazard.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import cn.yeji.hazard.facts.AuthorityFinding;
import cn.yeji.hazard.facts.Building;
import cn.yeji.hazard.facts.BuildingGrade;
import cn.yeji.hazard.facts.Canteen;
import cn.yeji.hazard.facts.Channel;
import cn.yeji.hazard.facts.CoreFireClass;
import cn.yeji.hazard.facts.Decoration;
import cn.yeji.hazard.facts.ElementOption;
import cn.yeji.hazard.facts.EquipmentCategory;
import cn.yeji.hazard.facts.Facility;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.FireAcceptance;
import cn.yeji.hazard.facts.FireControlRoom;
import cn.yeji.hazard.facts.Inspection;
import cn.yeji.hazard.facts.InspectionStatus;
import cn.yeji.hazard.facts.Issuer;
import cn.yeji.hazard.facts.Management;
import cn.yeji.hazard.facts.MedicalUnit;
import cn.yeji.hazard.facts.Observation;
import cn.yeji.hazard.facts.SandwichPanel;
import cn.yeji.hazard.facts.Scope;
import cn.yeji.hazard.facts.SpecialEquipment;
import cn.yeji.hazard.facts.StaffAssignment;
import cn.yeji.hazard.facts.StaffRole;
import cn.yeji.hazard.facts.Unknown;
import cn.yeji.hazard.rules.ObservationCode;
import cn.yeji.hazard.rules.Ruleset;

/**
 * Maps a checked request to the facts the rules read. Generated types stop here: no DTO reaches DRL.
 * An omitted section becomes an {@link Unknown} fact, never an empty one.
 */
final class FactMapper {

	private FactMapper() {
	}

	static List<Object> facts(DeterminationRequestDto request, Inspection inspection, Ruleset ruleset) {
		List<Object> facts = new ArrayList<>();
		facts.add(inspection);
		facts.add(facility(request.getFacility()));
		addAll(facts, "buildings", request.getBuildings(), FactMapper::building);
		addAll(facts, "authorityFindings", request.getAuthorityFindings(), FactMapper::authorityFinding);
		addAll(facts, "specialEquipment", request.getSpecialEquipment(), FactMapper::equipment);
		addAll(facts, "staff", request.getStaff(), FactMapper::staff);
		addOne(facts, "medicalUnit", request.getMedicalUnit(),
				m -> new MedicalUnit("medicalUnit", m.getPresent(), m.getPracticeLicense(), m.getFiled()));
		addOne(facts, "canteen", request.getCanteen(),
				c -> new Canteen("canteen", c.getPresent(), c.getFoodBusinessLicense()));
		addOne(facts, "fireControlRoom", request.getFireControlRoom(), FactMapper::fireControlRoom);
		addOne(facts, "management", request.getManagement(), FactMapper::management);
		List<ObservationDto> observations = request.getObservations();
		if (observations != null) {
			for (int i = 0; i < observations.size(); i++) {
				facts.add(observation("observations[" + i + "]", observations.get(i), ruleset));
			}
		}
		return facts;
	}

	static Inspection inspection(InspectionDto dto, LocalDate today) {
		if (dto == null) {
			return new Inspection(today, null, null);
		}
		LocalDate date = dto.getDate() != null ? dto.getDate() : today;
		return new Inspection(date, convert(Channel.class, dto.getChannel()), dto.getInspector());
	}

	private static Facility facility(FacilityDto f) {
		return new Facility(f.getId(), f.getName(), f.getRegionCode(), f.getTownship(),
				convert(FacilityKind.class, f.getKind()) == null ? FacilityKind.INSTITUTION
						: convert(FacilityKind.class, f.getKind()),
				f.getBedCount(), f.getResidentCount(), f.getDependentResidentCount());
	}

	private static Building building(String path, BuildingDto b) {
		return new Building(path, b.getId(), b.getName(), convert(BuildingGrade.class, b.getDangerousBuildingGrade()),
				b.getHousingAuthorityMajorRisk(), panel(b.getSandwichPanel()),
				convert(Decoration.class, b.getCombustibleDecoration()), b.getHighRise(), b.getUnderground(),
				b.getElderlyRoomsOnNonCompliantFloor(), b.getCommercialSelfBuilt(),
				convert(FireAcceptance.class, b.getFireAcceptance()));
	}

	private static SandwichPanel panel(SandwichPanelDto p) {
		return p == null ? null
				: new SandwichPanel(p.getPresent(), convert(CoreFireClass.class, p.getCoreFireClass()), p.getOccupied());
	}

	private static AuthorityFinding authorityFinding(String path, AuthorityFindingDto a) {
		return new AuthorityFinding(path, convert(Issuer.class, a.getIssuer()), convert(Scope.class, a.getScope()),
				a.getMajorHazard(), a.getDocumentNo(), a.getDate());
	}

	private static SpecialEquipment equipment(String path, SpecialEquipmentDto e) {
		return new SpecialEquipment(path, e.getId(), convert(EquipmentCategory.class, e.getCategory()),
				e.getInService(), e.getManufactureLicensed(), convert(InspectionStatus.class, e.getInspectionStatus()),
				e.getStateEliminated(), e.getScrapped());
	}

	private static StaffAssignment staff(String path, StaffAssignmentDto s) {
		return new StaffAssignment(path, s.getName(), convert(StaffRole.class, s.getRole()), s.getCertified());
	}

	private static FireControlRoom fireControlRoom(FireControlRoomDto r) {
		return new FireControlRoom("fireControlRoom", r.getPresent(), r.getStaffPerShift(), r.getStaffed24h());
	}

	private static Management management(ManagementDto m) {
		return new Management("management", m.getDuty24h(), m.getEmergencyPlan(), m.getLastEvacuationDrill(),
				m.getLastStaffSafetyTraining(), m.getEvacuationDrillNever(), m.getStaffSafetyTrainingNever());
	}

	/**
	 * An observation with what the catalog says of its code: the clause it feeds, and for a code with variants
	 * the element the chosen variant also counts as, or every variant's element when none was chosen.
	 */
	private static Observation observation(String path, ObservationDto o, Ruleset ruleset) {
		ObservationCode code = ruleset.observationCode(o.getCode()).orElseThrow();
		String alsoClause = null;
		boolean alsoCrowded = false;
		boolean open = false;
		List<ElementOption> options = new ArrayList<>();
		if (o.getVariant() != null) {
			ObservationCode.Variant v = code.variant(o.getVariant()).orElseThrow();
			alsoClause = v.alsoCounts();
			alsoCrowded = v.alsoCrowded();
		}
		else if (code.variants().stream().anyMatch(v -> v.alsoCounts() != null)) {
			open = true;
			code.variants().forEach(v -> options.add(new ElementOption(v.alsoCounts(), v.alsoCrowded())));
		}
		return new Observation(path, o.getCode(), code.clause(), code.crowded(), code.ratio(),
				Boolean.TRUE.equals(o.getCorrectableOnSpot()), o.getRatio(), o.getBuildingId(), o.getVariant(),
				alsoClause, alsoCrowded, open, options);
	}

	private static <D> void addAll(List<Object> facts, String field, List<D> items,
			java.util.function.BiFunction<String, D, Object> mapper) {
		if (items == null) {
			facts.add(new Unknown(field));
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			facts.add(mapper.apply(field + "[" + i + "]", items.get(i)));
		}
	}

	private static <D> void addOne(List<Object> facts, String field, D item, java.util.function.Function<D, Object> mapper) {
		facts.add(item == null ? new Unknown(field) : mapper.apply(item));
	}

	/** Generated enums and fact enums share constant names; the facts never see a generated type. */
	static <E extends Enum<E>> E convert(Class<E> type, Enum<?> dto) {
		return dto == null ? null : Enum.valueOf(type, dto.name());
	}

}
