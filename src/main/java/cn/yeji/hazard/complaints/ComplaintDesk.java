package cn.yeji.hazard.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.registry.FacilityStore;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.hazards.HazardLedger;
import cn.yeji.hazard.hazards.NewHazard;

/**
 * Records public reports and their verification. A report confirmed under a MAJOR or REVIEW clause
 * opens a ledger entry with channel PUBLIC_REPORT, or joins the facility's open entry for that clause.
 */
@Service
class ComplaintDesk {

	private static final int ATTEMPTS = 3;

	private final ComplaintStore complaints;

	private final FacilityStore facilities;

	private final HazardLedger ledger;

	private final RulesetHolder rulesets;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	ComplaintDesk(ComplaintStore complaints, FacilityStore facilities, HazardLedger ledger, RulesetHolder rulesets,
			TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.complaints = complaints;
		this.facilities = facilities;
		this.ledger = ledger;
		this.rulesets = rulesets;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** A report as the API's body (or a console form bound to it) gives it; its id. */
	long receive(Caller caller, NewComplaint report) {
		NewComplaint.Facility facility = report.facility();
		LocalDate receivedOn = report.receivedOn();
		facilities.checkWritable(caller, "facility.township", facility.id(), facility.regionCode(), facility.township());
		notAfterToday("receivedOn", receivedOn);
		return transactions.execute(status -> {
			facilities.save(facility.id(), facility.name(), facility.regionCode(), facility.township(), null, receivedOn);
			return complaints.insert(new ComplaintRow(0, facility.id(), facility.name(), facility.township(),
					report.source(), receivedOn, report.content(), "RECEIVED", null, null, null, null, null,
					OffsetDateTime.now(clock), 0, caller.username(), null));
		});
	}

	ComplaintRow get(Caller caller, long id) {
		ComplaintRow row = complaints.find(id).orElseThrow(() -> new NotFoundException("举报记录", id));
		caller.scope().check(row.township(), "举报记录", id);
		return row;
	}

	ComplaintRow verify(Caller caller, long id, Verification v) {
		Optional<RuleInfo> rule = v.confirmed() ? Optional.of(rule(v.ruleId())) : Optional.empty();
		for (int attempt = 1;; attempt++) {
			try {
				transactions.executeWithoutResult(status -> record(caller, id, v, rule));
				return get(caller, id);
			}
			catch (DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private void record(Caller caller, long id, Verification v, Optional<RuleInfo> rule) {
		ComplaintRow c = get(caller, id);
		if (c.version() != v.version()) {
			throw new ConflictException("举报 " + id + " 已被他人修改（提交的版本 " + v.version() + "，当前版本 " + c.version()
					+ "），本次未写入；请刷新后重试");
		}
		if (!"RECEIVED".equals(c.status())) {
			throw new ConflictException("举报 " + id + " 已核查（" + c.status() + "），不能再次核查");
		}
		notAfterToday("verifiedOn", v.verifiedOn());
		if (v.verifiedOn().isBefore(c.receivedOn())) {
			throw new InvalidRequestException(List.of(new FieldProblem("verifiedOn", v.verifiedOn().toString(),
					"核查日期不得早于受理日期 " + c.receivedOn())));
		}
		Long hazardId = null;
		if (rule.isPresent() && rule.get().level() != Level.GENERAL) {
			RuleInfo r = rule.get();
			hazardId = ledger.openOrJoin(caller, new NewHazard(c.facilityId(), c.township(), r.ruleId(), r.level().name(), r.title(),
					"PUBLIC_REPORT", v.verifiedOn(), evidence(c, v), null, id, v.actor(), null)).hazardId();
		}
		if (!complaints.verify(id, v.version(), v.confirmed() ? "CONFIRMED" : "UNFOUNDED", v.actor(), v.verifiedOn(),
				v.note(), rule.map(RuleInfo::ruleId).orElse(null), hazardId, caller.username())) {
			throw new ConflictException("举报 " + id + " 已被他人修改，本次未写入；请刷新后重试");
		}
	}

	/** A report is not received, nor verified, on a day that has not come: a typo, or a record made up ahead. */
	private void notAfterToday(String field, LocalDate day) {
		if (day.isAfter(LocalDate.now(clock))) {
			throw new InvalidRequestException(List.of(new FieldProblem(field, day.toString(), "不得晚于今天")));
		}
	}

	private String evidence(ComplaintRow c, Verification v) {
		List<Evidence> evidence = new ArrayList<>();
		evidence.add(new Evidence("complaint.content", c.content()));
		if (v.note() != null) {
			evidence.add(new Evidence("verification.note", v.note()));
		}
		return json.writeValueAsString(evidence);
	}

	private RuleInfo rule(String ruleId) {
		if (ruleId == null || ruleId.isBlank()) {
			throw new InvalidRequestException(List.of(new FieldProblem("ruleId", ruleId, "举报查实须注明所依据的条款编号")));
		}
		return rulesets.current().rules().stream()
			.filter(r -> r.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException(
					List.of(new FieldProblem("ruleId", ruleId, "不是已加载规则中的条款编号，见 GET /api/v1/rules"))));
	}

	/**
	 * A verification as the API's body (or a console form bound to it) gives it, on the version the officer
	 * last saw.
	 *
	 * @param confirmed the report is true (CONFIRMED), under clause {@code ruleId}; otherwise UNFOUNDED
	 */
	record Verification(int version, String actor, LocalDate verifiedOn, boolean confirmed, String ruleId, String note) {
	}

}
