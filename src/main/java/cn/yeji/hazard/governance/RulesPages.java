package cn.yeji.hazard.governance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.cases.CaseRunner;
import cn.yeji.hazard.cases.ExampleCases;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.RulePack;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.lifecycle.RulesReloader;
import cn.yeji.hazard.security.Caller;

/**
 * The policy officer's rules (判定规则): the rule set serving with every rule and the example cases that
 * name it, the last reload, a revision's review (upload: checked and compared, never activated) and reload.
 */
@ConsolePages
class RulesPages {

	private final RulesetHolder rulesets;

	private final RulesReloader reloader;

	private final RevisionReview revisions;

	private final Path examplesDir;

	private final Clock clock;

	private final RulesLabels labels;

	RulesPages(RulesetHolder rulesets, RulesReloader reloader, RevisionReview revisions, HazardSettings settings,
			Clock clock, RulesLabels labels) {
		this.labels = labels;
		this.rulesets = rulesets;
		this.reloader = reloader;
		this.revisions = revisions;
		this.examplesDir = settings.examples().dir();
		this.clock = clock;
	}

	/** An example case as the rules page lists it under the rules it names. */
	record CaseRef(String name, String description) {
	}

	/** A rule with the example cases that name it. */
	record RuleView(RuleInfo rule, List<CaseRef> cases) {
	}

	/** A pack with its rules. */
	record PackView(RulePack pack, List<RuleView> rules) {
	}

	@GetMapping("/rules")
	String rules(Model model) {
		return rules(model, Map.of(), "");
	}

	@GetMapping("/rules/{ruleId}")
	String rule(@PathVariable String ruleId, Model model) {
		Ruleset ruleset = rulesets.current();
		RuleInfo rule = Stream.concat(ruleset.rules().stream(), ruleset.complianceRules().stream())
			.filter(r -> r.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("规则", ruleId));
		model.addAttribute("rule", new RuleView(rule, casesByRule().getOrDefault(ruleId, List.of())));
		return "governance/rule";
	}

	@PostMapping("/rules/revision")
	String revision(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "zip", required = false) MultipartFile zip,
			@RequestParam(name = "pack", defaultValue = "") String pack, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("review", revisions.review(files, pack, zip));
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			return rules(model, FieldErrors.of(RevisionFiles.onControls(ex.problems())), pack);
		}
		return "governance/revision";
	}

	@PostMapping("/rules/reload")
	String reload(Caller caller, RedirectAttributes redirect) {
		ReloadAttempt attempt = reloader.reload("console", caller.username());
		redirect.addFlashAttribute("notice", "重新加载：" + labels.outcome(attempt.outcome()));
		return "redirect:/rules#reload";
	}

	private String rules(Model model, Map<String, String> errors, String pack) {
		Ruleset ruleset = rulesets.current();
		Map<String, List<CaseRef>> cases = casesByRule();
		List<PackView> packs = ruleset.packs().stream().map(p -> new PackView(p,
				Stream.concat(ruleset.rules().stream(), ruleset.complianceRules().stream())
					.filter(r -> r.pack().equals(p.id()))
					.map(r -> new RuleView(r, cases.getOrDefault(r.ruleId(), List.of())))
					.toList()))
			.toList();
		model.addAttribute("ruleset", ruleset);
		model.addAttribute("loadedAt", at(ruleset.loadedAt()));
		model.addAttribute("packs", packs);
		ReloadAttempt last = rulesets.lastAttempt();
		model.addAttribute("last", last);
		model.addAttribute("lastAt", last == null ? null : at(last.at()));
		model.addAttribute("errors", errors);
		model.addAttribute("pack", pack);
		return "governance/rules";
	}

	/** The example cases naming each rule id, in path order; unreadable cases name nothing. */
	private Map<String, List<CaseRef>> casesByRule() {
		Map<String, List<CaseRef>> byRule = new HashMap<>();
		if (!Files.isDirectory(examplesDir)) {
			return byRule;
		}
		for (CaseRunner.CaseFile file : CaseRunner.read(examplesDir)) {
			if (file.example() != null) {
				CaseRef ref = new CaseRef(file.name(), file.example().description());
				ExampleCases.ruleIdsNamed(file.example().expect())
					.forEach(id -> byRule.computeIfAbsent(id, k -> new ArrayList<>()).add(ref));
			}
		}
		return byRule;
	}

	private ZonedDateTime at(Instant instant) {
		return instant.atZone(clock.getZone());
	}

}
