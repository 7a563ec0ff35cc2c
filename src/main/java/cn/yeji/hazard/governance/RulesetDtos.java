package cn.yeji.hazard.governance;

import java.time.ZoneOffset;
import java.util.List;

import cn.yeji.hazard.api.model.ReloadAttemptDto;
import cn.yeji.hazard.api.model.RuleChangeDto;
import cn.yeji.hazard.api.model.RuleProblemDto;
import cn.yeji.hazard.api.model.RulesetVersionDto;
import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.RulesetHolder;

/** Maps rule-set state to the API's types, for every endpoint that shows it. */
public final class RulesetDtos {

	private RulesetDtos() {
	}

	public static ReloadAttemptDto attempt(ReloadAttempt a) {
		return new ReloadAttemptDto().at(a.at().atOffset(ZoneOffset.UTC))
			.trigger(a.trigger())
			.outcome(ReloadAttemptDto.OutcomeEnum.fromValue(a.outcome().name()))
			.version(a.version())
			.millis(a.millis())
			.problems(problems(a.problems()));
	}

	public static List<RuleProblemDto> problems(List<RuleProblem> problems) {
		return problems.stream()
			.map(p -> new RuleProblemDto().file(p.file()).line(p.line()).message(p.message()))
			.toList();
	}

	static List<RuleChangeDto> ruleChanges(List<RuleChanges.Change> changes) {
		return changes.stream()
			.map(c -> new RuleChangeDto(RuleChangeDto.KindEnum.fromValue(c.kind()), c.subject(), c.field())
				.before(c.before())
				.after(c.after()))
			.toList();
	}

	static RulesetVersionDto version(RulesetHolder.ActivatedRuleset r) {
		return new RulesetVersionDto().version(r.version())
			.loadedAt(r.loadedAt().atOffset(ZoneOffset.UTC))
			.activatedAt(r.activatedAt().atOffset(ZoneOffset.UTC));
	}

}
