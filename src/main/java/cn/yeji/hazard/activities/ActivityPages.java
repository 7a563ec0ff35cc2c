package cn.yeji.hazard.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.api.model.ActivityRequestDto;
import cn.yeji.hazard.determination.InspectionForm;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.TownshipScope;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.console.FormBody;
import cn.yeji.hazard.console.LedgerLabels;
import cn.yeji.hazard.console.ListQuery;

/**
 * Checks, self-checks, training and drills (检查培训演练): the form to record one, through the same
 * {@link ActivityRecorder} as the API, and for district roles the list of what has been recorded (the API's
 * listing is theirs only, and so is this one).
 */
@ConsolePages
class ActivityPages {


	private static final List<String> ACTIVITY = List.of("kind", "township", "facility.id", "facility.name",
			"facility.regionCode", "heldOn", "conductedBy", "note");

	private final ActivityRecorder recorder;

	private final ActivityStore store;

	private final Townships townships;

	private final Clock clock;

	ActivityPages(ActivityRecorder recorder, ActivityStore store, Townships townships,
			Clock clock) {
		this.recorder = recorder;
		this.store = store;
		this.townships = townships;
		this.clock = clock;
	}

	@GetMapping("/activities")
	String page(Caller caller, @RequestParam Map<String, String> params, Model model) {
		return page(caller, params, Map.of("heldOn", LocalDate.now(clock).toString()), model);
	}

	@PostMapping("/activities")
	String record(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> typed = InspectionForm.values(params);
		Optional<ActivityRow> recorded = FormBody.attempt("activity",
				() -> recorder.record(caller, ActivityController.activity(body(params, typed))), model, response);
		if (recorded.isPresent()) {
			ActivityRow a = recorded.get();
			redirect.addFlashAttribute("notice", "已记录：" + a.heldOn() + " " + LedgerLabels.label("activity", a.kind()) + "（"
					+ (a.facilityId() == null ? a.township() : a.facilityId()) + "）");
			return "redirect:/activities";
		}
		return page(caller, Map.of(), typed, model);
	}

	/**
	 * The API's body: an institution's activity names its facility, in the township chosen beside it, so a
	 * facility new to the ledger is recorded in its township. Bound to the API's type so the form is validated
	 * as the API's body is; {@link ActivityController#activity} then reads it for the recorder.
	 */
	private static ActivityRequestDto body(MultiValueMap<String, String> params, Map<String, String> typed) {
		FormBody body = FormBody.of(params, ACTIVITY);
		if (typed.containsKey("facility.id") || typed.containsKey("facility.name")) {
			body.with("facility.township", typed.get("township"));
		}
		return body.bind(ActivityRequestDto.class);
	}

	private String page(Caller caller, Map<String, String> params, Map<String, String> typed, Model model) {
		TownshipScope scope = caller.scope();
		model.addAttribute("values", Map.of("activity", typed));
		if (scope.isDistrict()) {
			ListQuery query = ListQuery.of("/activities", params).choice("township", townships.names()).text("facilityId")
				.date("from").date("to");
			Page<ActivityRow> rows = store.page(query.value("facilityId"), query.value("township"), query.day("from"),
					query.day("to"), query.page(), query.size());
			query.describe(model, rows.total());
			model.addAttribute("rows", rows.items());
		}
		return "activities/activities";
	}

}
