package cn.yeji.hazard.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.determination.InspectionForm;
import cn.yeji.hazard.rules.ObservationCode;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.planning.Plans;
import cn.yeji.hazard.planning.TaskRow;
import cn.yeji.hazard.registry.FacilityRecord;
import cn.yeji.hazard.registry.Registry;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.idempotency.IdempotentWrites;

/**
 * The on-site form (现场检查) and its verdict: 判定 judges only, 判定并记入台账 records the inspection with the
 * entries it opens, then shows the recorded verdict. A bad value comes back beside its control.
 */
@ConsolePages
class InspectionPages {


	private final DeterminationService determinations;

	private final InspectionRecorder recorder;

	private final InspectionStore inspections;

	private final RulesetHolder rulesets;

	private final Townships townships;

	private final JsonMapper json;

	private final Clock clock;

	private final IdempotentWrites writes;

	private final Plans plans;

	private final Registry registry;

	InspectionPages(DeterminationService determinations, InspectionRecorder recorder, InspectionStore inspections, RulesetHolder rulesets, Townships townships, JsonMapper json, Clock clock, IdempotentWrites writes,
			Plans plans, Registry registry) {
		this.writes = writes;
		this.plans = plans;
		this.registry = registry;
		this.determinations = determinations;
		this.recorder = recorder;
		this.inspections = inspections;
		this.rulesets = rulesets;
		this.townships = townships;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A new form; started from a planned task ({@code task}) or an institution's page ({@code facility}), it
	 * names the institution and its buildings from the registry. Facts about them stay 未查: the record is
	 * what was last filed, not what the inspector sees today.
	 */
	@GetMapping("/inspect")
	String form(Caller caller, @RequestParam(required = false) Long task, @RequestParam(required = false) String facility, Model model) {
		Map<String, String> values = new HashMap<>();
		townships.district().ifPresent(d -> values.put("facility.regionCode", d.regionCode()));
		String township = caller.scope().township();
		if (township != null) {
			values.put("facility.township", township);
		}
		values.put("facility.kind", "INSTITUTION");
		values.put("inspection.date", LocalDate.now(clock).toString());
		values.put("inspection.inspector", caller.username());
		Optional<TaskRow> planned = task == null ? Optional.empty() : plans.task(caller, task).filter(t -> t.completedOn() == null);
		planned.ifPresent(t -> {
			values.put("inspection.taskId", String.valueOf(t.id()));
			values.put("inspection.channel", t.departments().isEmpty() ? "SUPERVISORY_INSPECTION" : "JOINT_INSPECTION");
		});
		String id = planned.map(TaskRow::facilityId).orElse(facility);
		if (id != null) {
			prefill(values, registry.get(caller, id));
		}
		return form(caller, model, values, List.of(), Map.of(), Map.of(), id == null);
	}

	private static void prefill(Map<String, String> values, FacilityRecord f) {
		values.put("facility.id", f.id());
		values.put("facility.name", f.name());
		if (f.township() != null) {
			values.put("facility.township", f.township());
		}
		if (f.kind() != null) {
			values.put("facility.kind", f.kind());
		}
		if (f.regionCode() != null) {
			values.put("facility.regionCode", f.regionCode());
		}
		for (int i = 0; i < f.buildings().size(); i++) {
			values.put("buildings[" + i + "].id", f.buildings().get(i).id());
			if (f.buildings().get(i).name() != null) {
				values.put("buildings[" + i + "].name", f.buildings().get(i).name());
			}
		}
	}

	@PostMapping("/inspect")
	String submit(Caller caller, @RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "judge") String action,
			Model model, HttpServletResponse response) {
		if (action.startsWith("add:")) {
			return form(caller, model, params, action.substring(4));
		}
		InspectionForm form = InspectionForm.of(params);
		try {
			DeterminationRequestDto request = form.request(rulesets.current());
			if (action.equals("record")) {
				String key = params.getFirst(InspectionForm.KEY);
				long id = writes.write(caller, key == null || key.isBlank() ? null : key, "POST /api/v1/inspections", request,
						() -> record(caller, request, form).inspectionId()).id();
				return "redirect:/inspections/" + id + "?recorded";
			}
			// an officer judging on the spot sees the rule-by-rule account too (逐条判定过程), printable for a dispute
			VerdictDto verdict = determinations.determine(request, true);
			model.addAttribute("verdict", verdict);
			model.addAttribute("request", request);
			model.addAttribute("resubmit", resubmit(params));
			return "inspections/verdict";
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("errors", FieldErrors.of(ex.problems()));
			return form(caller, model, params, null);
		}
		catch (ForbiddenException ex) {
			response.setStatus(403);
			model.addAttribute("errors", FieldErrors.of(List.of(ex.problem())));
			return form(caller, model, params, null);
		}
	}

	@GetMapping("/inspections/{id}")
	String recorded(Caller caller, @PathVariable long id, @RequestParam(required = false) String recorded, Model model) {
		InspectionRow row = inspections.find(id).orElseThrow(() -> new NotFoundException("检查记录", id));
		caller.scope().check(row.township(), "检查记录", id);
		model.addAttribute("verdict", json.readValue(row.verdictJson(), VerdictDto.class));
		model.addAttribute("request", json.readValue(row.requestJson(), DeterminationRequestDto.class));
		model.addAttribute("inspection", row);
		model.addAttribute("links", inspections.links(id));
		// just recorded from this browser: its draft has become a record and can go
		model.addAttribute("justRecorded", recorded != null);
		return "inspections/verdict";
	}

	private InspectionRecorder.Recorded record(Caller caller, DeterminationRequestDto request, InspectionForm form) {
		try {
			return recorder.record(caller, request);
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException(form.controls(ex.problems()));
		}
	}

	/** The form again, as submitted, with one more row in {@code addRow} (the form's "add" without script). */
	private String form(Caller caller, Model model, MultiValueMap<String, String> params, String addRow) {
		Map<String, Integer> extra = addRow != null && InspectionForm.LISTS.contains(addRow) ? Map.of(addRow, 1) : Map.of();
		@SuppressWarnings("unchecked")
		Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
		List<String> observed = params.get("observation") == null ? List.of() : params.get("observation");
		return form(caller, model, InspectionForm.values(params), observed, extra, errors == null ? Map.of() : errors, false);
	}

	private String form(Caller caller, Model model, Map<String, String> values, List<String> observed, Map<String, Integer> extraRows,
			Map<String, String> errors, boolean fresh) {
		model.addAttribute("v", values);
		model.addAttribute("observed", new TreeSet<>(observed));
		model.addAttribute("rows", rows(values, extraRows));
		model.addAttribute("errors", errors);
		model.addAttribute("fresh", fresh);
		model.addAttribute("groups", groups(rulesets.current().observationCodes()));
		model.addAttribute("buildingIds", buildingIds(values));
		model.addAttribute("idempotencyKey", java.util.UUID.randomUUID().toString());
		return "inspections/inspect";
	}

	/** How many rows each list shows: as many as were submitted (at least one), plus any asked for. */
	private static Map<String, Integer> rows(Map<String, String> values, Map<String, Integer> extra) {
		Map<String, Integer> rows = new HashMap<>();
		for (String list : InspectionForm.LISTS) {
			int count = 1;
			for (String name : values.keySet()) {
				if (name.startsWith(list + "[")) {
					int close = name.indexOf(']');
					count = Math.max(count, Integer.parseInt(name.substring(list.length() + 1, close)) + 1);
				}
			}
			rows.put(list, count + extra.getOrDefault(list, 0));
		}
		return rows;
	}

	private static List<String> buildingIds(Map<String, String> values) {
		return values.entrySet().stream()
			.filter(e -> e.getKey().matches("buildings\\[\\d+]\\.id"))
			.map(Map.Entry::getValue)
			.distinct()
			.toList();
	}

	/** The checklist in the order of the inspector's walk: groups as the catalog first names them. */
	private static Map<String, List<ObservationCode>> groups(List<ObservationCode> codes) {
		Map<String, List<ObservationCode>> groups = new LinkedHashMap<>();
		for (String group : List.of("消防车道与建筑外部", "疏散通道与安全出口", "消防设施", "电气、燃气与动火", "老年人居住和活动场所")) {
			groups.put(group, new java.util.ArrayList<>());
		}
		codes.forEach(c -> groups.computeIfAbsent(c.group(), g -> new java.util.ArrayList<>()).add(c));
		groups.values().removeIf(List::isEmpty);
		return groups;
	}

	/** The controls as submitted, for the verdict page's "record it" button: the same form, posted again. */
	private static MultiValueMap<String, String> resubmit(MultiValueMap<String, String> params) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
		copy.remove("_csrf");
		copy.remove("action");
		// the judged form's key goes along: recording it twice from here records it once
		copy.putIfAbsent(InspectionForm.KEY, List.of(java.util.UUID.randomUUID().toString()));
		return copy;
	}

}
