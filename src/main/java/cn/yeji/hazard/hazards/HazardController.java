package cn.yeji.hazard.hazards;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.api.HazardsApi;
import cn.yeji.hazard.api.model.AssignmentDto;
import cn.yeji.hazard.api.model.ChannelDto;
import cn.yeji.hazard.api.model.EscalationRequestDto;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.HazardDto;
import cn.yeji.hazard.api.model.HazardPageDto;
import cn.yeji.hazard.api.model.HazardStatusDto;
import cn.yeji.hazard.api.model.TransitionDto;
import cn.yeji.hazard.hazards.HazardCommands.Assign;
import cn.yeji.hazard.hazards.HazardCommands.Escalate;
import cn.yeji.hazard.hazards.HazardCommands.Move;
import cn.yeji.hazard.security.Callers;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/hazards}, as the OpenAPI document declares it. */
@RestController
class HazardController implements HazardsApi {

	private final HazardLedger ledger;

	private final HazardStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final Callers callers;

	HazardController(HazardLedger ledger, HazardStore store, JsonMapper json, Clock clock, Callers callers) {
		this.ledger = ledger;
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<HazardPageDto> listHazards(String facilityId, String township, String ruleId,
			HazardStatusDto status, ChannelDto channel, Boolean overdue, Boolean escalated, LocalDate from, LocalDate to,
			Integer page, Integer size) {
		LocalDate today = LocalDate.now(clock);
		HazardFilter filter = HazardFilter.of(facilityId).township(callers.current().scope().narrow(township)).ruleId(ruleId)
			.status(status(status)).channel(channel == null ? null : channel.getValue()).overdue(overdue).escalated(escalated)
			.found(from, to);
		Page<HazardRow> rows = store.list(filter, today, page, size);
		return ResponseEntity.ok(new HazardPageDto(rows.page(), rows.size(), rows.total(),
				rows.items().stream().map(r -> HazardViews.hazard(r, today, json)).toList()));
	}

	@Override
	public ResponseEntity<Resource> exportHazards(ExportFormatDto format, String facilityId, String township,
			HazardStatusDto status, LocalDate from, LocalDate to) {
		HazardFilter filter = HazardFilter.of(facilityId).township(callers.current().scope().narrow(township))
			.status(status(status)).found(from, to);
		return ledger.export(filter, format.getValue());
	}

	@Override
	public ResponseEntity<HazardDto> getHazard(Long id) {
		return ResponseEntity.ok(withHistory(ledger.get(callers.current(), id)));
	}

	@Override
	public ResponseEntity<HazardDto> assignHazard(Long id, AssignmentDto a) {
		return ResponseEntity.ok(withHistory(ledger.assign(callers.current(), id, Assign.of(a))));
	}

	@Override
	public ResponseEntity<HazardDto> transitionHazard(Long id, TransitionDto t) {
		return ResponseEntity.ok(withHistory(ledger.move(callers.current(), id, Move.of(t))));
	}

	@Override
	public ResponseEntity<HazardDto> escalateHazard(Long id, EscalationRequestDto e) {
		return ResponseEntity.ok(withHistory(ledger.escalate(callers.current(), id, Escalate.of(e))));
	}

	private HazardDto withHistory(HazardRow row) {
		return HazardViews.hazardWithHistory(row, ledger.history(row.id()), LocalDate.now(clock), json);
	}

	private static HazardStatus status(HazardStatusDto dto) {
		return dto == null ? null : HazardStatus.valueOf(dto.getValue());
	}

}
