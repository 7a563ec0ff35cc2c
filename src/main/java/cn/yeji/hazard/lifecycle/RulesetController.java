package cn.yeji.hazard.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.api.RulesetApi;
import cn.yeji.hazard.api.model.ReloadAttemptDto;
import cn.yeji.hazard.api.model.ValidationDto;
import cn.yeji.hazard.rules.InvalidRulesException;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.system.HazardSettings;

/** {@code POST /api/v1/ruleset/reload} and {@code POST /api/v1/ruleset/validate}. */
@RestController
class RulesetController implements RulesetApi {

	private final RulesReloader reloader;

	private final Path rulesDir;

	private final Clock clock;

	RulesetController(RulesReloader reloader, HazardSettings settings, Clock clock) {
		this.reloader = reloader;
		this.rulesDir = settings.rules().dir();
		this.clock = clock;
	}

	@Override
	public ResponseEntity<ReloadAttemptDto> reloadRuleset() {
		return ResponseEntity.ok(RulesetDtos.attempt(reloader.reload("request")));
	}

	@Override
	public ResponseEntity<ValidationDto> validateRules(List<MultipartFile> files, MultipartFile zip) {
		try (UploadedRules upload = UploadedRules.of(files, zip, rulesDir)) {
			Ruleset ruleset = RulesFolder.load(upload.root(), clock);
			return ResponseEntity.ok(new ValidationDto().valid(true)
				.version(ruleset.version())
				.ruleCount(ruleset.rules().size())
				.problems(List.of()));
		}
		catch (InvalidRulesException ex) {
			return ResponseEntity.ok(new ValidationDto().valid(false).problems(RulesetDtos.problems(ex.problems())));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
