package cn.yeji.hazard.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.yeji.hazard.api.model.GroupByDto;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The district officer's dashboard (统计分析): one period and one township filter every chart, the table
 * under it and the slow-progress list; each grouped table downloads as Excel or CSV. The numbers are
 * {@link StatsService}'s, the same the API answers.
 */
@ConsolePages
class StatsPages {

	private final StatsService stats;

	private final RulesetHolder rulesets;

	private final Townships townships;

	private final JsonMapper json;

	StatsPages(StatsService stats, RulesetHolder rulesets, Townships townships, JsonMapper json) {
		this.stats = stats;
		this.rulesets = rulesets;
		this.townships = townships;
		this.json = json;
	}

	/** The filter as read from the query: a day or township not given is {@code null}. */
	record Filter(LocalDate from, LocalDate to, String township) {
	}

	@GetMapping("/stats")
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String township, Model model, HttpServletResponse response) {
		try {
			Filter filter = filter(from, to, township, new ArrayList<>());
			show(stats.figures(filter.from(), filter.to(), filter.township()), filter.township(), model);
			return "stats/stats";
		}
		catch (InvalidRequestException ex) {
			return invalid(ex, from, to, township, model, response);
		}
	}

	/** A grouped table of the dashboard as a file; filters that cannot be read show the dashboard with its problems. */
	@GetMapping("/stats/export")
	String export(@RequestParam(required = false) String format, @RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String township, Model model, HttpServletResponse response) {
		try {
			List<FieldProblem> problems = new ArrayList<>();
			if (!"xlsx".equals(format) && !"csv".equals(format)) {
				problems.add(new FieldProblem("format", format, "导出格式只能是 xlsx 或 csv"));
			}
			GroupBy group = groupBy(groupBy, problems);
			Filter filter = filter(from, to, township, problems);
			Statistics statistics = stats.figures(filter.from(), filter.to(), filter.township()).statistics(group);
			String scope = filter.township() == null ? "" : filter.township() + "-";
			Exports.send(StatsService.table(statistics), format,
					"hazard-statistics-" + scope + statistics.from() + "-" + statistics.to(), response);
			return null;
		}
		catch (InvalidRequestException ex) {
			return invalid(ex, from, to, township, model, response);
		}
	}

	private void show(StatsService.Figures figures, String township, Model model) {
		List<HazardStatistics.Row> townships = figures.groups(GroupBy.TOWNSHIP);
		List<HazardStatistics.Row> channels = figures.groups(GroupBy.CHANNEL);
		List<HazardStatistics.Row> clauses = figures.groups(GroupBy.RULE_ID);
		model.addAttribute("form", Map.of("from", figures.from().toString(), "to", figures.to().toString(), "township",
				township == null ? "" : township));
		model.addAttribute("figures", figures);
		model.addAttribute("total", figures.total());
		model.addAttribute("byTownship", townships);
		model.addAttribute("byChannel", channels);
		model.addAttribute("byClause", clauses);
		model.addAttribute("trend", figures.trend());
		model.addAttribute("channelNames", channelNames(channels));
		model.addAttribute("clauseTitles", clauseTitles());
		model.addAttribute("slow", stats.slowProgress(township));
		model.addAttribute("json", island(StatsCharts.of(townships, figures.trend(), channels, clauses)));
	}

	private String invalid(InvalidRequestException ex, String from, String to, String township, Model model,
			HttpServletResponse response) {
		response.setStatus(400);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("from", from == null ? "" : from);
		typed.put("to", to == null ? "" : to);
		typed.put("township", township == null ? "" : township);
		model.addAttribute("form", typed);
		model.addAttribute("errors", FieldErrors.of(ex));
		return "stats/stats";
	}

	/** @throws InvalidRequestException naming every control that cannot be read, with {@code problems} found before */
	private Filter filter(String from, String to, String township, List<FieldProblem> problems) {
		LocalDate start = date("from", from, problems);
		LocalDate end = date("to", to, problems);
		String place = township == null || township.isBlank() ? null : township;
		townships.check("township", place).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Filter(start, end, place);
	}

	private static LocalDate date(String name, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, text, "请按“年-月-日”填写日期，例如 2026-01-01"));
			return null;
		}
	}

	/** The export's grouping, named as the API names it (township, ruleId, channel, status). */
	private static GroupBy groupBy(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return GroupBy.TOWNSHIP;
		}
		try {
			return StatsController.groupBy(GroupByDto.fromValue(text));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("groupBy", text, "分组只能是 township、ruleId、channel 或 status"));
			return null;
		}
	}


	private static Map<String, String> channelNames(List<HazardStatistics.Row> channels) {
		Map<String, String> names = new LinkedHashMap<>();
		channels.forEach(r -> names.put(r.key(), Labels.of(r.key())));
		return names;
	}

	private Map<String, String> clauseTitles() {
		Map<String, String> titles = new LinkedHashMap<>();
		for (RuleInfo rule : rulesets.current().rules()) {
			titles.putIfAbsent(rule.ruleId(), rule.title());
		}
		return titles;
	}

	/** JSON for a {@code <script type="application/json">}: a {@code <} cannot close the element early. */
	private String island(Object data) {
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

}
