package cn.yeji.hazard.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.security.Caller;

/**
 * An institution's page (一院一档): its record and buildings with their history, and every section the
 * features keep of it — inspections and their verdicts, hazard entries, planned tasks, activities and public
 * reports.
 */
@ConsolePages
class FacilityPages {

	private static final int SHOWN = 50;

	private final Registry registry;

	private final List<FacilitySection> sections;

	private final Clock clock;

	FacilityPages(Registry registry, List<FacilitySection> sections, Clock clock) {
		this.registry = registry;
		this.sections = sections;
		this.clock = clock;
	}

	@GetMapping("/facilities/{id}")
	String facility(Caller caller, @PathVariable String id, Model model) {
		model.addAttribute("facility", registry.get(caller, id));
		model.addAttribute("history", registry.history(caller, id));
		sections.forEach(section -> model.addAttribute(section.name(), section.newest(caller, id, SHOWN)));
		model.addAttribute("today", LocalDate.now(clock));
		return "registry/facility";
	}

}
