package cn.yeji.hazard.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.api.model.ComplaintRequestDto;
import cn.yeji.hazard.api.model.VerificationDto;
import cn.yeji.hazard.determination.InspectionForm;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.TownshipScope;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.console.FormBody;
import cn.yeji.hazard.console.ListQuery;

/**
 * Public reports (群众举报): the list, a report with its verification, and the forms to record a report and
 * its verification, through the same {@link ComplaintDesk} as the API. A report confirmed under a major
 * clause shows the ledger entry it opened.
 */
@ConsolePages
class ComplaintPages {

	private static final List<String> REPORT = List.of("facility.id", "facility.name", "facility.regionCode",
			"facility.township", "source", "receivedOn", "content");

	private static final List<String> VERIFICATION = List.of("version", "actor", "verifiedOn", "outcome", "ruleId",
			"note");

	private final ComplaintDesk desk;

	private final ComplaintStore store;

	private final RulesetHolder rulesets;

	private final Townships townships;

	private final Clock clock;

	ComplaintPages(ComplaintDesk desk, ComplaintStore store, RulesetHolder rulesets, Townships townships, Clock clock) {
		this.desk = desk;
		this.store = store;
		this.rulesets = rulesets;
		this.townships = townships;
		this.clock = clock;
	}

	@GetMapping("/complaints")
	String list(Caller caller, @RequestParam Map<String, String> params, Model model) {
		return list(caller, params, Map.of("receivedOn", LocalDate.now(clock).toString()), model);
	}

	@PostMapping("/complaints")
	String receive(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<Long> id = FormBody.attempt("report",
				() -> desk.receive(caller,
						ComplaintController.report(FormBody.of(params, REPORT).object("facility").bind(ComplaintRequestDto.class))),
				model, response);
		if (id.isPresent()) {
			redirect.addFlashAttribute("notice", "已登记群众举报 #" + id.get() + "，待核查");
			return "redirect:/complaints/" + id.get();
		}
		return list(caller, Map.of(), InspectionForm.values(params), model);
	}

	@GetMapping("/complaints/{id:\\d{1,18}}")
	String complaint(Caller caller, @PathVariable long id, Model model) {
		return complaint(caller, desk.get(caller, id), Map.of(), model);
	}

	@PostMapping("/complaints/{id:\\d{1,18}}/verification")
	String verify(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Optional<ComplaintRow> verified = FormBody.attempt("verification", () -> desk.verify(caller, id,
				ComplaintController.verification(FormBody.of(params, VERIFICATION).bind(VerificationDto.class))), model,
				response);
		if (verified.isPresent()) {
			ComplaintRow c = verified.get();
			redirect.addFlashAttribute("notice", "CONFIRMED".equals(c.status())
					? "核查结果已记录：查实" + (c.hazardId() == null ? "（一般隐患，不记入重大隐患台账）" : "，已记入隐患台账 #" + c.hazardId())
					: "核查结果已记录：不属实");
			return "redirect:/complaints/" + id;
		}
		return complaint(caller, desk.get(caller, id), InspectionForm.values(params), model);
	}

	private String list(Caller caller, Map<String, String> params, Map<String, String> typed, Model model) {
		TownshipScope scope = caller.scope();
		ListQuery query = ListQuery.of("/complaints", params);
		if (scope.isDistrict()) {
			query.choice("township", townships.names());
		}
		query.choice("status", Set.of("RECEIVED", "CONFIRMED", "UNFOUNDED")).text("facilityId");
		Page<ComplaintRow> rows = store.list(query.value("facilityId"), scope.narrow(query.value("township")),
				query.value("status"), query.page(), query.size());
		query.describe(model, rows.total());
		model.addAttribute("rows", rows.items());
		model.addAttribute("values", Map.of("report", typed));
		return "complaints/complaints";
	}

	private String complaint(Caller caller, ComplaintRow c, Map<String, String> typed, Model model) {
		Map<String, String> values = new HashMap<>();
		values.put("actor", caller.username());
		values.put("verifiedOn", LocalDate.now(clock).toString());
		values.putAll(typed);
		model.addAttribute("c", c);
		model.addAttribute("values", Map.of("verification", values));
		model.addAttribute("rules", clauses());
		return "complaints/complaint";
	}

	/** The clauses a confirmed report may fall under: one choice per clause, however many rules conclude it. */
	private List<RuleInfo> clauses() {
		Map<String, RuleInfo> byClause = new TreeMap<>();
		rulesets.current().rules().forEach(r -> byClause.putIfAbsent(r.ruleId(), r));
		return List.copyOf(byClause.values());
	}

}
