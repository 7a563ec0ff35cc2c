package cn.yeji.hazard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The echo endpoint is compiled for {@link EchoControllerTest}, so only pom.xml keeps it out of the jar operators
 * run; {@code @Profile("bench")} alone would still ship it.
 */
class ProductionJarIT {

	private static final String CLASSES = "BOOT-INF/classes/cn/yeji/hazard/";

	@Test
	void the_packaged_jar_holds_the_service_but_no_benchmark_class() throws IOException {
		try (JarFile jar = new JarFile(System.getProperty("hazard.jar", "target/hazard-judge.jar"))) {
			List<String> classes = jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(CLASSES)).toList();

			assertThat(classes).contains(CLASSES + "HazardJudgeApplication.class")
				.noneMatch(n -> n.startsWith(CLASSES + "bench/"));
		}
	}

}
