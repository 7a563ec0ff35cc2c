package cn.yeji.hazard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import cn.yeji.hazard.rules.Ruleset;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.system.Folders;

/**
 * Compile and lint time of the shipped rules folder, and of the same folder plus a pack of N generated
 * rules (default 1,000), four rounds each in one JVM. Usage: {@code ReloadBench [N]}.
 */
public final class ReloadBench {

	private ReloadBench() {
	}

	public static void main(String[] args) throws Exception {
		args = args.length == 1 ? (args[0].isBlank() ? new String[0] : args[0].trim().split("\\s+")) : args;
		int generated = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path shipped = Path.of(System.getProperty("hazard.project.dir", ".")).resolve("rules");
		for (int n : new int[] { 0, generated }) {
			Path dir = Folders.copy(shipped, Files.createTempDirectory("reload-bench").resolve("rules"));
			if (n > 0) {
				generate(dir, n);
			}
			for (int round = 1; round <= 4; round++) {
				long start = System.nanoTime();
				Ruleset ruleset = RulesFolder.load(dir, Clock.systemUTC());
				System.out.printf("generated rules %5d, round %d: %5d rules compiled and linted in %5d ms%n", n, round,
						ruleset.rules().size(), (System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	private static void generate(Path dir, int n) throws Exception {
		Path pack = Files.createDirectories(dir.resolve("generated-9"));
		Files.writeString(pack.resolve("pack.yaml"),
				"id: generated-9\nname: 生成的测试规则包\njurisdiction: \"9\"\nrulePrefix: GEN-\npackage: rules.generated\n");
		StringBuilder drl = new StringBuilder(
				"package rules.generated;\nimport cn.yeji.hazard.facts.*;\nimport cn.yeji.hazard.engine.Conclude;\n");
		for (int i = 0; i < n; i++) {
			drl.append("rule \"GEN-").append(i).append(" 生成规则").append(i).append("\"\n    @ruleId(\"GEN-").append(i)
				.append("\") @level(\"GENERAL\") @mode(\"DIRECT\") @basis(\"生成|").append(i)
				.append("\") @advice(\"无\") @confidence(\"DISTRICT_CLAUSE\")\nwhen\n    $f : Facility(bedCount == ").append(i)
				.append(")\n    Observation(code == \"EXITS_INSUFFICIENT\")\nthen\n    insert(Conclude.finding(kcontext, Conclude.ev($f.at(\"bedCount\"), ")
				.append(i).append(")));\nend\n");
		}
		Files.writeString(pack.resolve("gen.drl"), drl);
	}


}
