package cn.yeji.hazard.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Seeded differential test: the shipped DRL rules against a hand-written oracle of the contract. */
class DifferentialTest {

	private static final long SEED = 42;

	private static final int COUNT = 10_000;

	@Test
	void drl_rules_and_hand_written_oracle_agree_on_random_requests() {
		List<String> disagreements = Differential.disagreements(SEED, COUNT);
		assertThat(disagreements)
			.withFailMessage(() -> disagreements.size() + " of " + COUNT + " random requests (seed " + SEED
					+ ") judged differently; first ones:\n" + String.join("\n", disagreements.subList(0,
							Math.min(5, disagreements.size()))))
			.isEmpty();
	}

}
