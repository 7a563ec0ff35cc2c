package cn.yeji.hazard.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DRL rules and a hand-written Java oracle judge thousands of random valid requests; they must
 * agree on the verdict, completeness, every finding (clause and level) and every indeterminate clause.
 */
class DifferentialTest {

	static final long SEED = 20261129L;

	static final int CASES = 4000;

	@Test
	void drl_rules_and_hand_written_oracle_agree_on_random_requests() {
		List<String> disagreements = disagreements(SEED, CASES);

		assertThat(disagreements).as("%d of %d random requests judged differently; first ones", disagreements.size(), CASES)
			.isEmpty();
	}

	static List<String> disagreements(long seed, int count) {
		DeterminationService service = TestRules.service();
		JsonMapper json = JsonMapper.builder().build();
		Random random = new Random(seed);
		List<String> found = new ArrayList<>();
		for (int i = 0; i < count && found.size() < 5; i++) {
			DeterminationRequestDto request = RequestGenerator.random(random);
			VerdictDto drl = service.determine(request);
			Oracle.Result oracle = Oracle.judge(request);
			String difference = difference(drl, oracle);
			if (!difference.isEmpty()) {
				found.add("#" + i + ": " + difference + "\n  request: " + json.writeValueAsString(request));
			}
		}
		return found;
	}

	private static String difference(VerdictDto drl, Oracle.Result oracle) {
		StringBuilder d = new StringBuilder();
		if (!drl.getVerdict().getValue().equals(oracle.verdict())) {
			d.append("verdict drl=").append(drl.getVerdict().getValue()).append(" oracle=").append(oracle.verdict()).append("; ");
		}
		if (drl.getComplete() != oracle.complete()) {
			d.append("complete drl=").append(drl.getComplete()).append(" oracle=").append(oracle.complete()).append("; ");
		}
		Set<String> findings = drl.getFindings().stream().map(f -> f.getRuleId() + ":" + f.getLevel().getValue())
			.collect(Collectors.toCollection(TreeSet::new));
		compare("findings", findings, oracle.findings(), d);
		Set<String> indeterminate = drl.getIndeterminate().stream().map(i -> i.getRuleId())
			.collect(Collectors.toCollection(TreeSet::new));
		compare("indeterminate", indeterminate, oracle.indeterminate(), d);
		return d.toString();
	}

	private static void compare(String what, Set<String> drl, Set<String> oracle, StringBuilder d) {
		Set<String> onlyDrl = new TreeSet<>(drl);
		onlyDrl.removeAll(oracle);
		Set<String> onlyOracle = new TreeSet<>(oracle);
		onlyOracle.removeAll(drl);
		if (!onlyDrl.isEmpty() || !onlyOracle.isEmpty()) {
			d.append(what).append(" only drl=").append(onlyDrl).append(" only oracle=").append(onlyOracle).append("; ");
		}
	}

}
