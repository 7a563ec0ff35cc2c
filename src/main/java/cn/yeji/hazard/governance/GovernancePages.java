package cn.yeji.hazard.governance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.HazardSettings;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.lifecycle.RulesetArchive;
import cn.yeji.hazard.lifecycle.RulesetVersions;
import cn.yeji.hazard.security.Caller;

/**
 * Rule governance in the console (规则版本与审批): revisions proposed by one policy officer and approved or
 * rejected by another, and every activation kept with who, when and why, with rollback to a stored version.
 * The pages call the same {@link Revisions} and {@link RulesetVersions} the API calls.
 */
@ConsolePages
class GovernancePages {

	private final Revisions revisions;

	private final RulesetVersions versions;

	private final RulesetHolder rulesets;

	private final RulesLabels labels;

	private final Path rulesDir;

	private final boolean approval;

	GovernancePages(Revisions revisions, RulesetVersions versions, RulesetHolder rulesets, RulesLabels labels,
			HazardSettings settings) {
		this.revisions = revisions;
		this.versions = versions;
		this.rulesets = rulesets;
		this.labels = labels;
		this.rulesDir = settings.rules().dir();
		this.approval = settings.rules().approval();
	}

	@GetMapping("/rules/history")
	String history(Model model) {
		return history(model, Map.of(), "", "");
	}

	@PostMapping("/rules/rollback")
	String rollback(Caller caller, @RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (reason.isBlank()) {
			response.setStatus(400);
			return history(model, Map.of("reason", "回退须写明理由"), version, reason);
		}
		ReloadAttempt attempt = versions.rollback(version, reason, caller.username());
		redirect.addFlashAttribute("notice", "回退到 " + version + "：" + labels.outcome(attempt.outcome())
				+ (attempt.problems().isEmpty() ? "" : "（" + attempt.problems().get(0) + "）"));
		return "redirect:/rules/history";
	}

	@GetMapping("/rules/revisions")
	String revisions(Model model) {
		return revisions(model, Map.of(), "", "");
	}

	@PostMapping("/rules/revisions")
	String propose(Caller caller, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "zip", required = false) MultipartFile zip,
			@RequestParam(name = "pack", defaultValue = "") String pack,
			@RequestParam(name = "reason", defaultValue = "") String reason, Model model, HttpServletResponse response) {
		if (reason.isBlank()) {
			response.setStatus(400);
			return revisions(model, Map.of("reason", "请写明修订理由，审批人据此审阅"), pack, reason);
		}
		try {
			Revisions.Revision proposed = revisions.propose(caller, RevisionFiles.placed(files, pack, rulesDir), zip, reason);
			return "redirect:/rules/revisions/" + proposed.id();
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			return revisions(model, FieldErrors.of(RevisionFiles.onControls(ex.problems())), pack, reason);
		}
	}

	@GetMapping("/rules/revisions/{id}")
	String revision(@PathVariable long id, Model model) {
		return revision(id, model, Map.of());
	}

	@PostMapping("/rules/revisions/{id}/approve")
	String approve(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Revisions.Revision decided = revisions.approve(caller, id, reason.isBlank() ? null : reason);
			redirect.addFlashAttribute("notice", "APPROVED".equals(decided.status()) ? "修订稿已批准并启用。"
					: "修订稿启用时校验未通过，已驳回：" + decided.decisionNote());
			return "redirect:/rules/revisions/" + id;
		}
		catch (ForbiddenException | ConflictException ex) {
			response.setStatus(ex instanceof ForbiddenException ? 403 : 409);
			return revision(id, model, Map.of("decision", message(ex)));
		}
	}

	@PostMapping("/rules/revisions/{id}/reject")
	String reject(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			revisions.reject(caller, id, reason);
			redirect.addFlashAttribute("notice", "修订稿已驳回。");
			return "redirect:/rules/revisions/" + id;
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			return revision(id, model, Map.of("reason", "驳回须写明理由"));
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return revision(id, model, Map.of("decision", ex.getMessage()));
		}
	}

	private String history(Model model, Map<String, String> errors, String version, String reason) {
		List<RulesetArchive.Activation> activations = versions.history();
		model.addAttribute("activations", activations);
		model.addAttribute("versions", activations.stream().map(RulesetArchive.Activation::version).distinct().toList());
		model.addAttribute("serving", rulesets.current().version());
		model.addAttribute("approval", approval);
		model.addAttribute("errors", errors);
		model.addAttribute("version", version);
		model.addAttribute("reason", reason);
		return "governance/history";
	}

	private String revisions(Model model, Map<String, String> errors, String pack, String reason) {
		model.addAttribute("revisions", revisions.list());
		model.addAttribute("packs", rulesets.current().packs());
		model.addAttribute("errors", errors);
		model.addAttribute("pack", pack);
		model.addAttribute("reason", reason);
		return "governance/revisions";
	}

	private String revision(long id, Model model, Map<String, String> errors) {
		model.addAttribute("revision", revisions.get(id));
		model.addAttribute("errors", errors);
		return "governance/revision-record";
	}

	private static String message(RuntimeException ex) {
		return ex instanceof ForbiddenException f ? f.problem().message() : ex.getMessage();
	}

}
