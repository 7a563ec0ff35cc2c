package cn.yeji.hazard.governance;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.RulesApi;
import cn.yeji.hazard.api.model.BasisDto;
import cn.yeji.hazard.api.model.LevelDto;
import cn.yeji.hazard.api.model.ModeDto;
import cn.yeji.hazard.api.model.FacilityKindDto;
import cn.yeji.hazard.api.model.ObservationCodeDto;
import cn.yeji.hazard.api.model.ObservationVariantDto;
import cn.yeji.hazard.api.model.PackDto;
import cn.yeji.hazard.api.model.RuleInfoDto;
import cn.yeji.hazard.api.model.RulesetDto;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.RuleInfo;
import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesetHolder;

/** The loaded rules, catalog and rule set, as the OpenAPI document declares them. */
@RestController
class RulesController implements RulesApi {

	private final RulesetHolder rulesets;

	RulesController(RulesetHolder rulesets) {
		this.rulesets = rulesets;
	}

	@Override
	public ResponseEntity<List<RuleInfoDto>> listRules() {
		return ResponseEntity.ok(rulesets.current().rules().stream().map(RulesController::dto).toList());
	}

	@Override
	public ResponseEntity<List<ObservationCodeDto>> listObservationCodes() {
		return ResponseEntity.ok(rulesets.current()
			.observationCodes()
			.stream()
			.map(c -> new ObservationCodeDto().code(c.code())
				.title(c.title())
				.description(c.description())
				.clause(c.clause())
				.crowded(c.crowded())
				.ratio(c.ratio())
				.group(c.group())
				.variants(c.variants().stream()
					.map(v -> new ObservationVariantDto().variant(v.variant()).title(v.title()).alsoCounts(v.alsoCounts()))
					.toList()))
			.toList());
	}

	@Override
	public ResponseEntity<RulesetDto> getRuleset() {
		Ruleset ruleset = rulesets.current();
		List<PackDto> packs = ruleset.packs()
			.stream()
			.map(p -> new PackDto().id(p.id())
				.name(p.name())
				.jurisdiction(p.jurisdiction())
				.rulePrefix(p.rulePrefix())
				.purpose(PackDto.PurposeEnum.fromValue(p.purpose()))
				.facilityKinds(p.facilityKinds().stream().map(k -> FacilityKindDto.fromValue(k.name())).toList())
				.ruleCount((int) (p.isCompliance() ? ruleset.complianceRules() : ruleset.rules()).stream()
					.filter(r -> r.pack().equals(p.id()))
					.count()))
			.toList();
		ReloadAttempt last = rulesets.lastAttempt();
		return ResponseEntity.ok(new RulesetDto().version(ruleset.version())
			.loadedAt(ruleset.loadedAt().atOffset(ZoneOffset.UTC))
			.ruleCount(ruleset.rules().size())
			.packs(packs)
			.lastReload(last == null ? null : RulesetDtos.attempt(last))
			.history(rulesets.history().stream().map(RulesetDtos::version).toList()));
	}

	private static RuleInfoDto dto(RuleInfo r) {
		return new RuleInfoDto().ruleId(r.ruleId())
			.name(r.name())
			.level(LevelDto.fromValue(r.level().name()))
			.mode(ModeDto.fromValue(r.mode().name()))
			.title(r.title())
			.basis(r.basis().stream().map(b -> new BasisDto().document(b.document()).clause(b.clause())).toList())
			.advice(r.advice())
			.confidence(RuleInfoDto.ConfidenceEnum.fromValue(r.confidence()))
			.pack(r.pack())
			.jurisdiction(r.jurisdiction())
			.file(r.file());
	}

}
