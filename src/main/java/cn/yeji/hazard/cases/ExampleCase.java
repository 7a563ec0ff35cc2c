package cn.yeji.hazard.cases;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.compliance.ComplianceInput;

/**
 * One example file: what it shows (in Chinese), and either the request an inspector would send with
 * what the verdict must say, or a year of cadence records ({@code compliance}) with the shortfalls the
 * compliance pack must (or must not) report.
 *
 * @param name the file's path under the examples folder, e.g. {@code mca2023/4.1-grade-c.json}
 */
public record ExampleCase(String name, String description, DeterminationRequestDto request,
		ComplianceInput compliance, Expectation expect) {

	public boolean isCompliance() {
		return compliance != null;
	}

}
