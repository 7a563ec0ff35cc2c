package cn.yeji.hazard.complaints;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.api.ComplaintsApi;
import cn.yeji.hazard.api.model.ComplaintDto;
import cn.yeji.hazard.api.model.ComplaintPageDto;
import cn.yeji.hazard.api.model.ComplaintRequestDto;
import cn.yeji.hazard.api.model.ComplaintStatusDto;
import cn.yeji.hazard.api.model.FacilityRefDto;
import cn.yeji.hazard.api.model.VerificationDto;
import cn.yeji.hazard.idempotency.IdempotentWrites;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.Callers;

/** {@code /api/v1/complaints}, as the OpenAPI document declares it. */
@RestController
class ComplaintController implements ComplaintsApi {

	private final ComplaintDesk desk;

	private final ComplaintStore store;

	private final IdempotentWrites writes;

	private final Callers callers;

	ComplaintController(ComplaintDesk desk, ComplaintStore store, IdempotentWrites writes, Callers callers) {
		this.writes = writes;
		this.desk = desk;
		this.store = store;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<ComplaintDto> recordComplaint(ComplaintRequestDto request, String idempotencyKey) {
		Caller caller = callers.current();
		long id = writes.write(caller, idempotencyKey, "POST /api/v1/complaints", request, () -> desk.receive(caller, report(request))).id();
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + id)).body(view(desk.get(caller, id)));
	}

	@Override
	public ResponseEntity<ComplaintDto> getComplaint(Long id) {
		return ResponseEntity.ok(view(desk.get(callers.current(), id)));
	}

	@Override
	public ResponseEntity<ComplaintPageDto> listComplaints(String facilityId, ComplaintStatusDto status, Integer page,
			Integer size) {
		Page<ComplaintRow> rows = store.list(facilityId, callers.current().scope().narrow(null), status == null ? null : status.getValue(),
				page, size);
		return ResponseEntity.ok(new ComplaintPageDto(rows.page(), rows.size(), rows.total(),
				rows.items().stream().map(ComplaintController::view).toList()));
	}

	@Override
	public ResponseEntity<ComplaintDto> verifyComplaint(Long id, VerificationDto v) {
		return ResponseEntity.ok(view(desk.verify(callers.current(), id, verification(v))));
	}

	/**
	 * The API's body as the desk takes it. The console's form is bound to the same body (so it is validated the
	 * same way) and read here too, so the two cannot read it differently.
	 */
	static NewComplaint report(ComplaintRequestDto request) {
		FacilityRefDto f = request.getFacility();
		return new NewComplaint(new NewComplaint.Facility(f.getId(), f.getName(), f.getRegionCode(), f.getTownship()),
				request.getSource().getValue(), request.getReceivedOn(), request.getContent());
	}

	/** The API's verification body as the desk takes it; the console's form is read here too, as {@link #report} is. */
	static ComplaintDesk.Verification verification(VerificationDto v) {
		return new ComplaintDesk.Verification(v.getVersion(), v.getActor(), v.getVerifiedOn(),
				v.getOutcome() == VerificationDto.OutcomeEnum.CONFIRMED, v.getRuleId(), v.getNote());
	}

	private static ComplaintDto view(ComplaintRow c) {
		return new ComplaintDto(c.id(), c.facilityId(), c.source(), c.receivedOn(), c.content(),
				ComplaintStatusDto.fromValue(c.status()), c.version())
			.facilityName(c.facilityName())
			.township(c.township())
			.verifiedBy(c.verifiedBy())
			.recordedBy(c.recordedBy())
			.verificationRecordedBy(c.verificationRecordedBy())
			.verifiedOn(c.verifiedOn())
			.verificationNote(c.verificationNote())
			.ruleId(c.ruleId())
			.hazardId(c.hazardId());
	}

}
