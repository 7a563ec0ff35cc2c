package cn.yeji.hazard.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.console.ListQuery;
import cn.yeji.hazard.security.Account;
import cn.yeji.hazard.security.Directory;
import cn.yeji.hazard.security.Role;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.security.Caller;

/** Plans (检查计划, district officers) and the tasks they make (检查任务, every inspector's own list). */
@ConsolePages
class PlanPages {

	/** Tasks a page shows unless its address asks for another size. */
	private static final int PAGE_SIZE = 100;

	/** Whose tasks: blank is everyone's the caller sees (not given is the caller's own, as {@code me} is). */
	private static final Set<String> EVERYONE = Set.of("");

	private static final Set<String> STATUSES = Set.of("OPEN", "OVERDUE", "DONE");

	/** The years a plan may be made for. */
	private static final List<String> YEARS = IntStream.rangeClosed(2000, 2100).mapToObj(String::valueOf).toList();

	private final Plans plans;

	private final Directory directory;

	PlanPages(Plans plans, Directory directory) {
		this.plans = plans;
		this.directory = directory;
	}

	@GetMapping("/plans")
	String plans(Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("year", String.valueOf(plans.today().getYear() + 1));
		return plansPage(values, List.of(), Map.of(), null, model);
	}

	@PostMapping("/plans")
	String make(Caller caller, @RequestParam Map<String, String> params, @RequestParam(required = false) List<String> inspectors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<String> chosen = inspectors == null ? List.of() : inspectors;
		try {
			Plans.Request request = new Plans.Request(integer(params, "year", 2000, 2100, true),
					integer(params, "checksPerFacility", 1, 52, false), chosen, seed(params), departments(params),
					blank(params.get("township")));
			if (chosen.isEmpty()) {
				throw new InvalidRequestException(List.of(new FieldProblem("inspectors", null, "至少选择一名检查人员")));
			}
			boolean dryRun = "true".equals(params.get("dryRun"));
			Plans.Made made = plans.make(caller, request, dryRun);
			if (dryRun) {
				return plansPage(params, chosen, Map.of(), made, model);
			}
			redirect.addFlashAttribute("notice", "已生成检查计划：" + made.facilities() + " 家机构，" + made.tasks().size() + " 项任务。");
			return "redirect:/plans/" + made.id();
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			return plansPage(params, chosen, FieldErrors.of(ex), null, model);
		}
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", plans.plan(id));
		model.addAttribute("tasks", plans.tasksOf(id));
		model.addAttribute("today", plans.today());
		return "planning/plan";
	}

	@GetMapping("/tasks")
	String tasks(Caller caller, @RequestParam Map<String, String> params, Model model) {
		Map<String, String> sized = new HashMap<>(params);
		sized.putIfAbsent("size", String.valueOf(PAGE_SIZE));
		ListQuery query = ListQuery.of("/tasks", sized).choice("assignee", EVERYONE).text("assignee")
			.choice("status", STATUSES).choice("year", YEARS);
		String assignee = query.value("assignee");
		String who = assignee == null ? "me" : assignee.isEmpty() ? null : assignee;
		Page<TaskRow> rows = plans.tasks(caller, who, query.value("status"), null,
				query.value("year") == null ? null : Integer.valueOf(query.value("year")), null, null, query.page(),
				query.size());
		query.describe(model, rows.total());
		model.addAttribute("rows", rows);
		model.addAttribute("today", plans.today());
		return "planning/tasks";
	}

	private String plansPage(Map<String, String> values, List<String> chosen, Map<String, String> errors, Plans.Made draw,
			Model model) {
		model.addAttribute("plans", plans.plans());
		model.addAttribute("values", Map.of("", values));
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("draw", draw);
		model.addAttribute("inspectors", candidates());
		return "planning/plans";
	}

	/** Who can be drawn: the district's officers and every inspector. */
	private List<Account> candidates() {
		List<Account> all = new ArrayList<>(directory.withRole(Role.DISTRICT_OFFICER, null));
		all.addAll(directory.withRole(Role.INSPECTOR, null));
		return all;
	}

	private static Integer integer(Map<String, String> params, String name, int min, int max, boolean required) {
		String v = blank(params.get(name));
		if (v == null) {
			if (required) {
				throw new InvalidRequestException(List.of(new FieldProblem(name, null, "必填")));
			}
			return null;
		}
		try {
			int n = Integer.parseInt(v);
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidRequestException(List.of(new FieldProblem(name, v, "须为 " + min + " 到 " + max + " 之间的整数")));
	}

	private static Long seed(Map<String, String> params) {
		String v = blank(params.get("seed"));
		try {
			return v == null ? null : Long.parseLong(v);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(List.of(new FieldProblem("seed", v, "须为整数（留空则随机）")));
		}
	}

	private static List<String> departments(Map<String, String> params) {
		String v = blank(params.get("departments"));
		return v == null ? List.of() : List.of(v.split("[，,、\\s]+"));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
