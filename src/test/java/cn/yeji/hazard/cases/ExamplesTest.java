package cn.yeji.hazard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.compliance.ComplianceJudge;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;

/**
 * Every file under {@code examples/} is judged by the same rules and service production uses, and its
 * expectation must hold.
 */
class ExamplesTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@TestFactory
	Stream<DynamicTest> every_example_case_holds() {
		Path dir = TestRules.examplesDir();
		DeterminationService service = TestRules.service();
		return ExampleCases.listNonEmpty(dir).stream().map(file -> {
			String name = dir.relativize(file).toString();
			return DynamicTest.dynamicTest(name, file.toUri(), () -> {
				ExampleCase example = ExampleCases.read(dir, file);
				if (example.isCompliance()) {
					List<String> failures = CaseCheck.failures(example.expect(),
							ComplianceJudge.judge(TestRules.shipped(), example.compliance()));
					assertThat(failures).as("%s (%s)", name, example.description()).isEmpty();
					return;
				}
				Set<ConstraintViolation<DeterminationRequestDto>> invalid = VALIDATOR.validate(example.request());
				assertThat(invalid).as("%s: the request breaks the API schema", name).isEmpty();
				assertThat(example.request().getInspection()).as("%s: set inspection.date so the case never depends on today", name)
					.isNotNull();
				assertThat(example.request().getInspection().getDate()).as("%s: inspection.date", name).isNotNull();

				VerdictDto verdict = service.determine(example.request());

				List<String> failures = CaseCheck.failures(example.expect(), verdict);
				assertThat(failures).as("%s (%s)", name, example.description()).isEmpty();
			});
		});
	}

}
