package cn.yeji.hazard.ledger;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.yeji.hazard.planning.Plans;
import cn.yeji.hazard.registry.Registry;
import cn.yeji.hazard.system.ConsolePages;

/**
 * An institution's page (一院一档): its record and buildings from the registry with their history, and
 * everything the ledger holds of it — inspections and their verdicts, hazard entries, planned tasks,
 * activities and public reports.
 */
@ConsolePages
class FacilityPages {

	private static final int SHOWN = 50;

	private final Registry registry;

	private final InspectionStore inspections;

	private final HazardStore hazards;

	private final ActivityStore activities;

	private final ComplaintStore complaints;

	private final Plans plans;

	private final Clock clock;

	FacilityPages(Registry registry, InspectionStore inspections, HazardStore hazards, ActivityStore activities,
			ComplaintStore complaints, Plans plans, Clock clock) {
		this.registry = registry;
		this.inspections = inspections;
		this.hazards = hazards;
		this.activities = activities;
		this.complaints = complaints;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/facilities/{id}")
	String facility(@PathVariable String id, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("facility", registry.get(id));
		model.addAttribute("history", registry.history(id));
		model.addAttribute("inspections", inspections.list(id, null, null, null, 0, SHOWN).items());
		model.addAttribute("hazards", hazards.list(new HazardFilter(id, null, null, null, null, null, null, null, null, null), today,
				0, SHOWN).items());
		model.addAttribute("activities", activities.page(id, null, null, null, 0, SHOWN).items());
		model.addAttribute("complaints", complaints.list(id, null, null, 0, SHOWN).items());
		model.addAttribute("tasks", plans.tasks(null, null, null, null, null, id, 0, SHOWN).items());
		model.addAttribute("today", today);
		return "ledger/facility";
	}

}
