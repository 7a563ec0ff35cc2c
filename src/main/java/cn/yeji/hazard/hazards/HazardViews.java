package cn.yeji.hazard.hazards;

import java.time.LocalDate;
import java.util.List;

import cn.yeji.hazard.api.model.AcceptanceDto;
import cn.yeji.hazard.api.model.ChannelDto;
import cn.yeji.hazard.api.model.EvidenceDto;
import cn.yeji.hazard.api.model.HazardDto;
import cn.yeji.hazard.api.model.HazardEventDto;
import cn.yeji.hazard.api.model.HazardLinkDto;
import cn.yeji.hazard.api.model.HazardStatusDto;
import cn.yeji.hazard.api.model.LevelDto;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Ledger records as the API shows them. */
public final class HazardViews {

	private static final TypeReference<List<EvidenceDto>> EVIDENCE = new TypeReference<>() {
	};

	private HazardViews() {
	}

	static HazardDto hazard(HazardRow row, LocalDate today, JsonMapper json) {
		HazardDto dto = new HazardDto(row.id(), row.facilityId(), row.ruleId(), LevelDto.fromValue(row.level()),
				row.title(), ChannelDto.fromValue(row.channel()), row.foundOn(), json.readValue(row.evidenceJson(), EVIDENCE),
				HazardStatusDto.fromValue(row.status().name()), row.escalated(), row.refusals(), row.overdueOn(today),
				row.version());
		dto.setFacilityName(row.facilityName());
		dto.setTownship(row.township());
		dto.setInspectionId(row.inspectionId());
		dto.setComplaintId(row.complaintId());
		dto.setRectificationUnit(row.rectificationUnit());
		dto.setResponsiblePerson(row.responsiblePerson());
		dto.setDeadline(row.deadline());
		dto.setMeasures(row.measures());
		dto.setFunding(row.funding());
		dto.setInterimControls(row.interimControls());
		dto.setEscalationReason(row.escalationReason());
		dto.setClosedOn(row.closedOn());
		if (row.acceptedBy() != null) {
			dto.setAcceptance(new AcceptanceDto(row.acceptedBy(), row.acceptedOn()).note(row.acceptanceNote()));
		}
		return dto;
	}

	static HazardDto hazardWithHistory(HazardRow row, List<HazardEventRow> history, LocalDate today, JsonMapper json) {
		HazardDto dto = hazard(row, today, json).history(history.stream().map(HazardViews::event).toList());
		if (dto.getAcceptance() != null) {
			// the acceptance is recorded by the move that closed the entry: its account is that event's
			history.stream()
				.filter(e -> e.toStatus() == HazardStatus.CLOSED)
				.reduce((first, last) -> last)
				.ifPresent(closing -> dto.getAcceptance().setRecordedBy(closing.actor()));
		}
		return dto;
	}

	static HazardEventDto event(HazardEventRow e) {
		return new HazardEventDto(e.at(), e.actor(), HazardEventDto.EventEnum.fromValue(e.event().name()))
			.onBehalfOf(e.onBehalfOf())
			.fromStatus(e.fromStatus() == null ? null : HazardStatusDto.fromValue(e.fromStatus().name()))
			.toStatus(e.toStatus() == null ? null : HazardStatusDto.fromValue(e.toStatus().name()))
			.note(e.note())
			.inspectionId(e.inspectionId())
			.complaintId(e.complaintId());
	}

	public static HazardLinkDto link(HazardLink link) {
		return new HazardLinkDto(link.hazardId(), link.ruleId(), link.opened());
	}

}
