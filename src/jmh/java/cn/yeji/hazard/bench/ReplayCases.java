package cn.yeji.hazard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import cn.yeji.hazard.oracle.RequestGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes N generated cases (random valid requests, seeded) as example files, for timing the
 * {@code rules test} and {@code rules diff} replay path. Usage: {@code ReplayCases DIR N [SEED]}.
 */
public final class ReplayCases {

	private ReplayCases() {
	}

	public static void main(String[] args) throws Exception {
		// Maven passes -Dbench.args as one argument
		args = args.length == 1 ? (args[0].isBlank() ? new String[0] : args[0].trim().split("\\s+")) : args;
		Path dir = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42L);
		JsonMapper json = JsonMapper.builder().build();
		for (int i = 0; i < count; i++) {
			// 1,000 files a folder keeps directory listings fast
			Path folder = Files.createDirectories(dir.resolve(String.format("%04d", i / 1000)));
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("description", "生成的回放用例 " + i);
			file.put("request", RequestGenerator.random(random));
			file.put("expect", Map.of("verdict", "NO_HAZARD"));
			Files.writeString(folder.resolve("case-" + i + ".json"), json.writeValueAsString(file));
			if ((i + 1) % 10_000 == 0) {
				System.err.println("generated " + (i + 1) + "/" + count);
			}
		}
	}

}
