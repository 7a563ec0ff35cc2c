package cn.yeji.hazard.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.rules.ReloadAttempt.Outcome;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.system.HazardSettings;

class RulesReloaderTest {

	private static final String DAILY = "yeji-341504/2.1-fire-control-room.drl";

	@TempDir
	Path tmp;

	@Test
	void a_candidate_that_breaks_an_example_case_is_rejected_naming_the_case() throws IOException {
		// given a revision that compiles but shortens the drill period the examples rely on
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		Path file = rules.resolve("yeji-341504/parameters.yaml");
		Files.writeString(file, Files.readString(file).replace("drillIntervalMonths:\n  value: 12", "drillIntervalMonths:\n  value: 3"));
		RulesetHolder holder = new RulesetHolder(TestRules.shipped());

		// when
		ReloadAttempt attempt = reloader(holder, rules).reload("test", null);

		// then
		assertThat(attempt.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(attempt.problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("examples/common/clean-facility-no-hazard.json");
			assertThat(p.message()).contains("verdict: expected NO_HAZARD but was GENERAL_HAZARD");
		});
		assertThat(holder.current()).isSameAs(TestRules.shipped());
		assertThat(holder.lastAttempt()).isEqualTo(attempt);
	}

	@Test
	void a_good_candidate_is_activated_and_remembered() throws IOException {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		Path file = rules.resolve(DAILY);
		Files.writeString(file, Files.readString(file) + "\n// 修订说明：无实质变化\n");
		RulesetHolder holder = new RulesetHolder(TestRules.shipped());

		ReloadAttempt attempt = reloader(holder, rules).reload("test", null);

		assertThat(attempt.outcome()).isEqualTo(Outcome.ACTIVATED);
		assertThat(holder.current().version()).isEqualTo(attempt.version()).isNotEqualTo(TestRules.shipped().version());
		assertThat(holder.history()).extracting(RulesetHolder.ActivatedRuleset::version)
			.containsExactly(attempt.version(), TestRules.shipped().version());
	}

	@Test
	void a_rule_that_throws_while_the_examples_run_is_rejected_naming_a_case() throws IOException {
		// given a revision that compiles and passes the sandbox but throws whenever buildings go unreported
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		Path file = rules.resolve("yeji-341504/3.1-buildings.drl");
		Files.writeString(file, Files.readString(file).replace("    insert(Conclude.missing(kcontext, \"buildings\"));",
				"    Integer.parseInt(\"不是数字\");\n    insert(Conclude.missing(kcontext, \"buildings\"));"));
		RulesetHolder holder = new RulesetHolder(TestRules.shipped());

		// when
		ReloadAttempt attempt = reloader(holder, rules).reload("test", null);

		// then
		assertThat(attempt.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(attempt.problems()).anySatisfy(p -> {
			assertThat(p.file()).startsWith("examples/");
			assertThat(p.message()).startsWith("the rules failed on this case: ").contains("NumberFormatException");
		});
		assertThat(holder.current()).isSameAs(TestRules.shipped());
	}

	@Test
	void example_cases_that_outrun_the_gate_reject_the_candidate() throws IOException {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		Path file = rules.resolve(DAILY);
		Files.writeString(file, Files.readString(file) + "\n// 修订说明：无实质变化\n");
		RulesetHolder holder = new RulesetHolder(TestRules.shipped());

		ReloadAttempt attempt = new RulesReloader(holder,
				TestRules.settings(rules, TestRules.examplesDir(), Duration.ofNanos(1)), TestRules.CLOCK, ActivationLog.NONE).reload("test", null);

		assertThat(attempt.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(attempt.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("did not finish within").contains("hazard.rules.gate-timeout"));
		assertThat(holder.current()).isSameAs(TestRules.shipped());
	}

	@Test
	void a_vanished_rules_folder_leaves_the_old_rules_serving() {
		RulesetHolder holder = new RulesetHolder(TestRules.shipped());

		ReloadAttempt attempt = reloader(holder, tmp.resolve("gone")).reload("test", null);

		assertThat(attempt.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(holder.current()).isSameAs(TestRules.shipped());
	}

	@Test
	void under_approval_a_changed_folder_is_reported_and_never_activated() throws IOException {
		// given a service that activates rules only by a second officer's approval, and its folder edited
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		Path file = rules.resolve(DAILY);
		Files.writeString(file, Files.readString(file) + "\n// 在目录中直接修改\n");
		RulesetHolder holder = new RulesetHolder(TestRules.shipped());
		HazardSettings watch = TestRules.settings(rules, TestRules.examplesDir(), Duration.ofSeconds(60));
		HazardSettings approval = new HazardSettings(watch.zone(), new HazardSettings.Rules(rules, true,
				watch.rules().debounce(), watch.rules().gateTimeout(), HazardSettings.Activation.APPROVAL,
				watch.rules().poll()), watch.examples(), watch.data(), watch.limits(), watch.security(),
				watch.notifications());

		// when the watcher (or anyone) asks for the folder to be reloaded
		ReloadAttempt attempt = new RulesReloader(holder, approval, TestRules.CLOCK, ActivationLog.NONE)
			.reload("file change", null);

		// then it is refused, said why in Chinese and recorded, and the rules serving stay
		assertThat(attempt.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(attempt.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("审批"));
		assertThat(holder.lastAttempt()).isSameAs(attempt);
		assertThat(holder.current()).isSameAs(TestRules.shipped());
	}

	private static RulesReloader reloader(RulesetHolder holder, Path rules) {
		return new RulesReloader(holder, TestRules.settings(rules, TestRules.examplesDir(), Duration.ofSeconds(60)),
				TestRules.CLOCK, ActivationLog.NONE);
	}

}
