package cn.yeji.hazard.hazards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.hazards.HazardCommands.Assign;
import cn.yeji.hazard.hazards.HazardCommands.Escalate;
import cn.yeji.hazard.hazards.HazardCommands.Move;
import cn.yeji.hazard.notifications.Notice;
import cn.yeji.hazard.notifications.NoticeKind;
import cn.yeji.hazard.notifications.Notifier;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;

/**
 * Opens ledger entries and moves them along the rectification flow. Every change is made on the version
 * the officer saw and recorded in the entry's history with who, when and why.
 */
@Service
public class HazardLedger {

	private final HazardStore store;

	private final Clock clock;

	private final Notifier notifier;

	HazardLedger(HazardStore store, Clock clock, Notifier notifier) {
		this.store = store;
		this.clock = clock;
		this.notifier = notifier;
	}

	/**
	 * Opens an entry, or joins the facility's open entry for the same clause. Runs in the caller's
	 * transaction; a concurrent opening of the same entry surfaces as a DuplicateKeyException, on which
	 * the caller retries its transaction (and then joins).
	 */
	public HazardLink openOrJoin(Caller caller, NewHazard hazard) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<HazardRow> open = store.findOpen(hazard.facilityId(), hazard.ruleId());
		if (open.isPresent()) {
			store.addEvent(open.get().id(), event(now, caller, hazard.actor(), HazardEventKind.JOINED, null, null,
					null, hazard.inspectionId(), hazard.complaintId()));
			carryEscalation(caller, open.get().id(), hazard, now);
			return new HazardLink(open.get().id(), hazard.ruleId(), false);
		}
		long id = store.open(hazard, now);
		store.addEvent(id, event(now, caller, hazard.actor(), HazardEventKind.OPENED, null, HazardStatus.OPEN, null,
				hazard.inspectionId(), hazard.complaintId()));
		notifyOpened(store.find(id).orElseThrow());
		if (hazard.escalationReason() != null) {
			// opened escalated (version 0), so whoever assigns the new entry edits the version it was opened at
			store.addEvent(id, event(now, caller, hazard.actor(), HazardEventKind.ESCALATED, null, null, hazard.escalationReason(),
					hazard.inspectionId(), null));
			notifyEscalation(store.find(id).orElseThrow(), hazard.escalationReason());
		}
		return new HazardLink(id, hazard.ruleId(), true);
	}

	/** A history row by the caller's account; the name the caller typed is kept as on behalf of. */
	private static HazardEventRow event(OffsetDateTime at, Caller caller, String typed, HazardEventKind kind,
			HazardStatus from, HazardStatus to, String note, Long inspectionId, Long complaintId) {
		// no account only off the HTTP path (the command line, a test of the ledger alone)
		String actor = caller.username() != null ? caller.username() : typed;
		String onBehalfOf = typed == null || typed.isBlank() || typed.equals(actor) ? null : typed;
		return new HazardEventRow(at, actor, onBehalfOf, kind, from, to, note, inspectionId, complaintId);
	}

	/** The verdict asked for 提级治理: the entry says so from the start, with its own history event. */
	private void carryEscalation(Caller caller, long id, NewHazard hazard, OffsetDateTime now) {
		if (hazard.escalationReason() == null) {
			return;
		}
		HazardRow row = store.find(id).orElseThrow();
		if (!row.escalated()) {
			HazardRow escalated = write(caller, row.escalatedFor(hazard.escalationReason()), row.version(), event(now, caller, hazard.actor(),
					HazardEventKind.ESCALATED, null, null, hazard.escalationReason(), hazard.inspectionId(), null));
			notifyEscalation(escalated, hazard.escalationReason());
		}
	}

	/** The entry, if the caller may see it: another township's entry is as unknown as a missing one. */
	@Transactional(readOnly = true)
	HazardRow get(Caller caller, long id) {
		HazardRow row = store.find(id).orElseThrow(() -> new NotFoundException("隐患台账条目", id));
		caller.scope().check(row.township(), "隐患台账条目", id);
		return row;
	}

	/**
	 * The matching entries as the officer's spreadsheet (隐患台账), the one export the API and the console
	 * both serve. {@code filter} is narrowed to the caller's township already.
	 * @param format {@code csv} or {@code xlsx}
	 */
	@Transactional(readOnly = true)
	ResponseEntity<Resource> export(HazardFilter filter, String format) {
		LocalDate today = LocalDate.now(clock);
		return Exports.response(HazardTables.hazards(store.all(filter, today), today), format, "hazard-ledger-" + today);
	}

	@Transactional(readOnly = true)
	List<HazardEventRow> history(long id) {
		return store.history(id);
	}

	@Transactional
	HazardRow assign(Caller caller, long id, Assign cmd) {
		HazardRow row = current(caller, id, cmd.version());
		if (row.status() == HazardStatus.CLOSED) {
			throw new ConflictException("隐患 " + id + " 已销号，不能再变更整改责任");
		}
		if (cmd.deadline().isBefore(row.foundOn())) {
			throw new InvalidRequestException(List.of(new FieldProblem("deadline", cmd.deadline().toString(),
					"整改期限不得早于发现日期 " + row.foundOn())));
		}
		HazardRow changed = row.withAssignment(cmd.rectificationUnit(), cmd.responsiblePerson(), cmd.deadline(),
				cmd.measures(), cmd.funding(), cmd.interimControls());
		return write(caller, changed, cmd.version(), event(now(), caller, cmd.actor(), HazardEventKind.ASSIGNED, null, null,
				assignmentNote(cmd), null, null));
	}

	@Transactional
	HazardRow move(Caller caller, long id, Move cmd) {
		HazardRow row = current(caller, id, cmd.version());
		HazardStatus from = row.status();
		if (!from.canMoveTo(cmd.to())) {
			throw new ConflictException("隐患 " + id + " 当前为" + from.label() + "（" + from + "），不能变更为"
					+ cmd.to().label() + "（" + cmd.to() + "）");
		}
		if (from == HazardStatus.OPEN && !row.hasAssignment()) {
			throw new ConflictException("隐患 " + id + " 尚未落实整改责任单位、责任人和整改期限，请先分派（PUT assignment）");
		}
		checkMoveFields(row, cmd);
		if (cmd.to() == HazardStatus.CLOSED) {
			checkFourEyes(caller, id);
		}
		boolean refusal = from.isRefusal(cmd.to());
		boolean closing = cmd.to() == HazardStatus.CLOSED;
		var acceptance = cmd.acceptance();
		HazardRow changed = closing ? row.movedTo(cmd.to(), acceptance.acceptedBy(), acceptance.acceptedOn(), acceptance.note())
				: row.movedTo(cmd.to(), null, null, null);
		HazardEventKind kind = refusal ? HazardEventKind.ACCEPTANCE_REFUSED
				: closing ? HazardEventKind.CLOSED : HazardEventKind.STATUS_CHANGED;
		return write(caller, changed, cmd.version(), event(now(), caller, cmd.actor(), kind, from, cmd.to(), cmd.note(), null, null));
	}

	@Transactional
	HazardRow escalate(Caller caller, long id, Escalate cmd) {
		HazardRow row = current(caller, id, cmd.version());
		if (row.status() == HazardStatus.CLOSED) {
			throw new ConflictException("隐患 " + id + " 已销号，无需提级治理");
		}
		HazardRow changed = row.escalatedFor(cmd.reason());
		HazardRow escalated = write(caller, changed, cmd.version(),
				event(now(), caller, cmd.actor(), HazardEventKind.ESCALATED, null, null, cmd.reason(), null, null));
		notifyEscalation(escalated, cmd.reason());
		return escalated;
	}

	/**
	 * A new MAJOR or REVIEW entry tells its township's officers at once (发现重大事故隐患及时报告), and a MAJOR one the
	 * district officers too, in the opening's own transaction: an inspection that fails to record tells nobody.
	 * A finding joining an open entry is no news; a GENERAL one waits for the township's own list.
	 */
	private void notifyOpened(HazardRow h) {
		boolean major = "MAJOR".equals(h.level());
		if (!major && !"REVIEW".equals(h.level())) {
			return;
		}
		Set<String> to = new LinkedHashSet<>(notifier.officersOf(h.township()));
		if (major) {
			to.addAll(notifier.districtOfficers());
		}
		String where = h.township() == null ? "" : h.township() + " ";
		String what = (major ? "新发现重大事故隐患" : "新发现需专家论证的隐患") + "（" + h.ruleId() + "），请落实整改责任和期限";
		notifier.post(to.stream()
			.map(officer -> new Notice(NoticeKind.NEW_HAZARD, Notice.HAZARD, String.valueOf(h.id()), "opened", officer,
					h.facilityName() + " · " + h.title(), where + what))
			.toList());
	}

	/**
	 * Tells the district officers, in the escalation's own transaction: an escalation that rolls back (a lost
	 * race, a failed recording) tells nobody. The version escalated makes each escalation its own reminder.
	 */
	private void notifyEscalation(HazardRow h, String reason) {
		String where = h.township() == null ? "" : h.township() + " ";
		notifier.post(notifier.districtOfficers()
			.stream()
			.map(to -> new Notice(NoticeKind.ESCALATED, Notice.HAZARD, String.valueOf(h.id()), "v" + h.version(), to,
					h.facilityName() + " · " + h.title(), where + "隐患已提级治理：" + reason))
			.toList());
	}

	private void checkMoveFields(HazardRow row, Move cmd) {
		if (cmd.to() == HazardStatus.CLOSED) {
			if (cmd.acceptance() == null) {
				throw new InvalidRequestException(List.of(new FieldProblem("acceptance", null, "销号须附验收记录（验收人、验收日期）")));
			}
			LocalDate on = cmd.acceptance().acceptedOn();
			if (on.isBefore(row.foundOn())) {
				throw new InvalidRequestException(List.of(new FieldProblem("acceptance.acceptedOn", on.toString(),
						"验收日期不得早于发现日期 " + row.foundOn())));
			}
			LocalDate today = LocalDate.now(clock);
			if (on.isAfter(today)) {
				throw new InvalidRequestException(List.of(new FieldProblem("acceptance.acceptedOn", on.toString(),
						"验收日期不得晚于今天 " + today + "：销号记录的是已经完成的验收")));
			}
		}
		if (row.status().isRefusal(cmd.to()) && (cmd.note() == null || cmd.note().isBlank())) {
			throw new InvalidRequestException(List.of(new FieldProblem("note", cmd.note(), "验收不通过须写明原因")));
		}
	}

	/**
	 * The account that asked for acceptance does not close the entry itself: another person of the township,
	 * or a district officer, accepts the rectification.
	 */
	private void checkFourEyes(Caller caller, long id) {
		String me = caller.username();
		if (me == null || caller.isDistrict()) {
			return;
		}
		List<HazardEventRow> history = store.history(id);
		for (int i = history.size() - 1; i >= 0; i--) {
			HazardEventRow e = history.get(i);
			if (e.toStatus() == HazardStatus.PENDING_ACCEPTANCE) {
				if (me.equals(e.actor())) {
					throw new ForbiddenException(new FieldProblem("actor", me,
							"申请验收的账号不能自己验收销号：请由本乡镇另一名人员或区级人员验收销号"));
				}
				return;
			}
		}
	}

	/** The entry, if the officer's version is still its version. */
	private HazardRow current(Caller caller, long id, int version) {
		HazardRow row = get(caller, id);
		if (row.version() != version) {
			throw stale(id, version, row.version());
		}
		return row;
	}

	private HazardRow write(Caller caller, HazardRow changed, int version, HazardEventRow event) {
		if (!store.update(changed, version)) {
			// someone wrote between our read and our update; theirs stands
			throw stale(changed.id(), version, get(caller, changed.id()).version());
		}
		store.addEvent(changed.id(), event);
		return get(caller, changed.id());
	}

	private static ConflictException stale(long id, int submitted, int current) {
		return new ConflictException("隐患 " + id + " 已被他人修改（提交的版本 " + submitted + "，当前版本 " + current
				+ "），本次未写入；请刷新后重试");
	}

	private static String assignmentNote(Assign cmd) {
		String what = cmd.rectificationUnit() + " / " + cmd.responsiblePerson() + " / 期限 " + cmd.deadline();
		return cmd.note() == null || cmd.note().isBlank() ? what : what + "；" + cmd.note();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
