package cn.yeji.hazard.registry;

import java.util.List;

import cn.yeji.hazard.api.model.FacilityChangeDto;
import cn.yeji.hazard.api.model.FacilityKindDto;
import cn.yeji.hazard.api.model.FacilityRecordDto;
import cn.yeji.hazard.api.model.FacilityRecordInputDto;
import cn.yeji.hazard.api.model.FacilityRecordUpdateDto;
import cn.yeji.hazard.api.model.FieldChangeDto;
import cn.yeji.hazard.api.model.RegisteredBuildingDto;

/** The registry's records to and from the API's types, at the boundary. */
final class FacilityDtos {

	private FacilityDtos() {
	}

	static FacilityRecord record(FacilityRecordInputDto d) {
		return new FacilityRecord(d.getId(), d.getName(), d.getKind() == null ? null : d.getKind().getValue(),
				d.getTownship(), d.getRegionCode(), d.getAddress(), d.getLegalRepresentative(), d.getPersonInCharge(),
				d.getPhone(), d.getBedCount(), d.getLicenceNo(), d.getStarRating(), d.getLatitude(), d.getLongitude(),
				d.getOperatingSince(), buildings(d.getBuildings()), 0, true, null);
	}

	static FacilityRecord record(String id, FacilityRecordUpdateDto d) {
		return new FacilityRecord(id, d.getName(), d.getKind() == null ? null : d.getKind().getValue(), d.getTownship(),
				d.getRegionCode(), d.getAddress(), d.getLegalRepresentative(), d.getPersonInCharge(), d.getPhone(),
				d.getBedCount(), d.getLicenceNo(), d.getStarRating(), d.getLatitude(), d.getLongitude(), d.getOperatingSince(),
				buildings(d.getBuildings()), d.getVersion(), true, null);
	}

	private static List<RegisteredBuilding> buildings(List<RegisteredBuildingDto> dtos) {
		return dtos == null ? List.of() : dtos.stream().map(b -> new RegisteredBuilding(b.getId(), b.getName(),
				b.getAppraisalGrade() == null ? null : b.getAppraisalGrade().getValue(), b.getAppraisedOn(),
				b.getFireAcceptance() == null ? null : b.getFireAcceptance().getValue())).toList();
	}

	static FacilityRecordDto dto(FacilityRecord f, List<FacilityChange> history) {
		FacilityRecordDto d = new FacilityRecordDto(f.id(), f.name(), f.township(), f.version(), f.registered())
			.kind(f.kind() == null ? null : FacilityKindDto.fromValue(f.kind()))
			.regionCode(f.regionCode())
			.address(f.address())
			.legalRepresentative(f.legalRepresentative())
			.personInCharge(f.personInCharge())
			.phone(f.phone())
			.bedCount(f.bedCount())
			.licenceNo(f.licenceNo())
			.starRating(f.starRating())
			.latitude(f.latitude())
			.longitude(f.longitude())
			.operatingSince(f.operatingSince())
			.updatedAt(f.updatedAt())
			.buildings(f.buildings().stream().map(FacilityDtos::dto).toList());
		return history == null ? d : d.history(history.stream().map(FacilityDtos::dto).toList());
	}

	private static RegisteredBuildingDto dto(RegisteredBuilding b) {
		return new RegisteredBuildingDto(b.id()).name(b.name())
			.appraisalGrade(b.appraisalGrade() == null ? null : RegisteredBuildingDto.AppraisalGradeEnum.fromValue(b.appraisalGrade()))
			.appraisedOn(b.appraisedOn())
			.fireAcceptance(b.fireAcceptance() == null ? null
					: RegisteredBuildingDto.FireAcceptanceEnum.fromValue(b.fireAcceptance()));
	}

	private static FacilityChangeDto dto(FacilityChange c) {
		return new FacilityChangeDto(c.at(), c.actor(), FacilityChangeDto.SourceEnum.fromValue(c.source()),
				c.changes().stream().map(f -> new FieldChangeDto(f.field()).before(f.before()).after(f.after())).toList());
	}

}
