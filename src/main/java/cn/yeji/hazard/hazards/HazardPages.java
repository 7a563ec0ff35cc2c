package cn.yeji.hazard.hazards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.api.model.AssignmentDto;
import cn.yeji.hazard.api.model.ChannelDto;
import cn.yeji.hazard.api.model.EscalationRequestDto;
import cn.yeji.hazard.api.model.HazardDto;
import cn.yeji.hazard.api.model.HazardEventDto;
import cn.yeji.hazard.api.model.HazardStatusDto;
import cn.yeji.hazard.api.model.LevelDto;
import cn.yeji.hazard.api.model.TransitionDto;
import cn.yeji.hazard.determination.InspectionForm;
import cn.yeji.hazard.hazards.HazardCommands.Assign;
import cn.yeji.hazard.hazards.HazardCommands.Escalate;
import cn.yeji.hazard.hazards.HazardCommands.Move;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.TownshipScope;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.Page;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.console.FormBody;
import cn.yeji.hazard.console.ListQuery;

/**
 * The hazard ledger (隐患台账) as officers work it: the list with the overdue entries on top, and each entry
 * with its history and the changes the signed-in role may make, through the same {@link HazardLedger} as
 * the API. A change refused (a bad value, a stale version, the four-eyes rule) shows the entry as it is now
 * with what was typed kept.
 */
@ConsolePages
class HazardPages {

	/** Where "back to the ledger" goes: the list as the user last filtered it. */
	private static final String BACK = "hazards.back";

	private static final List<String> ASSIGNMENT = List.of("version", "rectificationUnit", "responsiblePerson",
			"deadline", "measures", "funding", "interimControls", "note");

	private static final List<String> TRANSITION = List.of("version", "to", "note", "acceptance.acceptedBy",
			"acceptance.acceptedOn", "acceptance.note");

	private static final List<String> ESCALATION = List.of("version", "reason");

	/** The filters' choices are the contract's values, so a value the API adds is a filter at once. */
	private static final Set<String> STATUSES = Stream.of(HazardStatus.values()).map(Enum::name).collect(Collectors.toSet());

	private static final Set<String> LEVELS = Stream.of(LevelDto.values()).map(LevelDto::getValue).collect(Collectors.toSet());

	private static final Set<String> CHANNELS = Stream.of(ChannelDto.values()).map(ChannelDto::getValue)
		.collect(Collectors.toSet());

	private final HazardLedger ledger;

	private final HazardStore store;

	private final Townships townships;

	private final JsonMapper json;

	private final Clock clock;

	HazardPages(HazardLedger ledger, HazardStore store, Townships townships, JsonMapper json,
			Clock clock) {
		this.ledger = ledger;
		this.store = store;
		this.townships = townships;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/hazards")
	String list(@RequestParam Map<String, String> params, TownshipScope scope, Model model, HttpSession session) {
		ListQuery query = query(params, scope);
		LocalDate today = LocalDate.now(clock);
		Page<HazardRow> rows = store.worklist(filter(query, scope), today, query.page(), query.size());
		session.setAttribute(BACK, query.href());
		query.describe(model, rows.total());
		model.addAttribute("rows", rows.items().stream().map(r -> HazardViews.hazard(r, today, json)).toList());
		model.addAttribute("csvHref", query.href("/hazards/export", "format", "csv"));
		model.addAttribute("xlsxHref", query.href("/hazards/export", "format", "xlsx"));
		return "hazards/hazards";
	}

	/** The list's export: the same filters, every page, through the API's own export. */
	@GetMapping("/hazards/export")
	ResponseEntity<Resource> export(@RequestParam Map<String, String> params, TownshipScope scope) {
		return ledger.export(filter(query(params, scope), scope), "xlsx".equals(params.get("format")) ? "xlsx" : "csv");
	}

	/** The list's filters; a township-bound role's township is its own, whatever is asked. */
	private ListQuery query(Map<String, String> params, TownshipScope scope) {
		ListQuery query = ListQuery.of("/hazards", params);
		if (scope.isDistrict()) {
			query.choice("township", townships.names());
		}
		return query.choice("status", STATUSES).choice("level", LEVELS).choice("channel", CHANNELS)
			.choice("overdue", Set.of("true", "false")).text("facilityId");
	}

	private static HazardFilter filter(ListQuery q, TownshipScope scope) {
		String status = q.value("status");
		String overdue = q.value("overdue");
		return HazardFilter.of(q.value("facilityId")).township(scope.narrow(q.value("township"))).level(q.value("level"))
			.status(status == null ? null : HazardStatus.valueOf(status)).channel(q.value("channel"))
			.overdue(overdue == null ? null : Boolean.valueOf(overdue));
	}

	@GetMapping("/hazards/{id:\\d{1,18}}")
	String entry(@PathVariable long id, Caller caller, Model model, HttpSession session) {
		return entry(ledger.get(caller, id), null, Map.of(), model, session);
	}

	@PostMapping("/hazards/{id:\\d{1,18}}/assignment")
	String assign(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Caller caller, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		return change(caller, id, "assignment", params, () -> {
			AssignmentDto body = FormBody.of(params, ASSIGNMENT).with("actor", caller.username()).bind(AssignmentDto.class);
			ledger.assign(caller, id, Assign.of(body));
			return "已落实整改责任：" + body.getRectificationUnit() + " / " + body.getResponsiblePerson() + "，整改期限 "
					+ body.getDeadline();
		}, model, redirect, response, session);
	}

	@PostMapping("/hazards/{id:\\d{1,18}}/transition")
	String move(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Caller caller, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		String form = transitionForm(params.getFirst("to"), params.getFirst("form"));
		return change(caller, id, form, params, () -> {
			FormBody body = FormBody.of(params, TRANSITION).with("actor", caller.username());
			if (form.equals("close")) {
				body.object("acceptance");
			}
			HazardRow moved = ledger.move(caller, id, Move.of(body.bind(TransitionDto.class)));
			return switch (moved.status()) {
				case RECTIFYING -> form.equals("refuse") ? "验收不通过，已退回整改" : "已开始整改";
				case PENDING_ACCEPTANCE -> "已申请验收，请由本乡镇另一名人员或区级人员验收";
				case CLOSED -> "已验收销号";
				case OPEN -> "已变更为" + moved.status().label();
			};
		}, model, redirect, response, session);
	}

	@PostMapping("/hazards/{id:\\d{1,18}}/escalation")
	String escalate(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Caller caller, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		return change(caller, id, "escalation", params, () -> {
			ledger.escalate(caller, id, Escalate.of(FormBody.of(params, ESCALATION).with("actor", caller.username())
				.bind(EscalationRequestDto.class)));
			return "已提级治理";
		}, model, redirect, response, session);
	}

	/**
	 * Makes one change and goes back to the entry with a notice; a refused change shows the entry as it is
	 * now, the typed values kept in {@code form}, and why: beside the fields (400, 403) or above (409).
	 */
	private String change(Caller caller, long id, String form, MultiValueMap<String, String> params, Supplier<String> write, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		Optional<String> notice = FormBody.attempt(form, write, model, response);
		if (notice.isPresent()) {
			redirect.addFlashAttribute("notice", notice.get());
			return "redirect:/hazards/" + id;
		}
		return entry(ledger.get(caller, id), form, InspectionForm.values(params), model, session);
	}

	private String entry(HazardRow row, String submitted, Map<String, String> typed, Model model, HttpSession session) {
		HazardDto h = HazardViews.hazardWithHistory(row, ledger.history(row.id()), LocalDate.now(clock), json);
		Map<String, Map<String, String>> values = defaults(h);
		if (submitted != null) {
			values.put(submitted, new HashMap<>(typed));
		}
		model.addAttribute("h", h);
		model.addAttribute("values", values);
		model.addAttribute("submitted", submitted);
		model.addAttribute("requestedBy", requestedBy(h));
		model.addAttribute("backHref", session.getAttribute(BACK) instanceof String back ? back : "/hazards");
		return "hazards/hazard";
	}

	/** What each form shows before anything is typed: the entry's own values, and today for an acceptance. */
	private Map<String, Map<String, String>> defaults(HazardDto h) {
		Map<String, Map<String, String>> values = new HashMap<>();
		Map<String, String> assignment = new HashMap<>();
		putIfPresent(assignment, "rectificationUnit", h.getRectificationUnit());
		putIfPresent(assignment, "responsiblePerson", h.getResponsiblePerson());
		putIfPresent(assignment, "deadline", h.getDeadline());
		putIfPresent(assignment, "measures", h.getMeasures());
		putIfPresent(assignment, "funding", h.getFunding());
		putIfPresent(assignment, "interimControls", h.getInterimControls());
		values.put("assignment", assignment);
		Map<String, String> close = new HashMap<>();
		putIfPresent(close, "acceptance.acceptedOn", LocalDate.now(clock));
		values.put("close", close);
		Map<String, String> escalation = new HashMap<>();
		putIfPresent(escalation, "reason", h.getEscalationReason());
		values.put("escalation", escalation);
		values.put("transition", new HashMap<>());
		values.put("refuse", new HashMap<>());
		return values;
	}

	/** The account that last asked for acceptance: it may not close the entry itself. */
	private static String requestedBy(HazardDto h) {
		String by = null;
		for (HazardEventDto e : h.getHistory()) {
			if (e.getToStatus() == HazardStatusDto.PENDING_ACCEPTANCE) {
				by = e.getActor();
			}
		}
		return by;
	}

	/** Which of the entry's transition forms was sent: the acceptance, its refusal, or the plain next step. */
	private static String transitionForm(String to, String form) {
		if ("CLOSED".equals(to)) {
			return "close";
		}
		return "refuse".equals(form) ? "refuse" : "transition";
	}

	private static void putIfPresent(Map<String, String> values, String name, Object value) {
		if (value != null) {
			values.put(name, value.toString());
		}
	}

}
