package cn.yeji.hazard.cases;

import cn.yeji.hazard.api.model.DeterminationRequestDto;

/**
 * One example file: what it shows (in Chinese), the request an inspector would send, and what the
 * verdict must say.
 *
 * @param name the file's path under the examples folder, e.g. {@code mca2023/4.1-grade-c.json}
 */
public record ExampleCase(String name, String description, DeterminationRequestDto request,
		Expectation expect) {
}
