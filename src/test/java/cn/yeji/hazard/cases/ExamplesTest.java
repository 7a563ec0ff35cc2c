package cn.yeji.hazard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.cases.CaseRunner.CaseResult;

/**
 * Every file under {@code examples/} is read as HTTP reads a request, judged by the shipped rules through
 * the service production uses, and its expectation must hold: the same runner as {@code rules test} and
 * the reload gate.
 */
class ExamplesTest {

	@TestFactory
	Stream<DynamicTest> every_example_case_holds() {
		Path dir = TestRules.examplesDir();
		CaseRunner runner = new CaseRunner(TestRules.shipped(), TestRules.CLOCK);
		return ExampleCases.listNonEmpty(dir).stream().map(file -> {
			String name = ExampleCases.name(dir, file);
			return DynamicTest.dynamicTest(name, file.toUri(), () -> {
				CaseResult result = runner.check(CaseRunner.read(dir, file));

				assertThat(result.failures()).as("%s (%s)", name, result.description()).isEmpty();
			});
		});
	}

}
