package cn.yeji.hazard.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.compliance.ComplianceInput;
import cn.yeji.hazard.system.ApiRequests;
import cn.yeji.hazard.system.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finds and reads example files: every {@code *.json} below the examples folder is one case. */
public final class ExampleCases {

	/** The envelope (description, expect, …); the request inside is read as HTTP reads it. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private ExampleCases() {
	}

	/** The case files below {@code dir}, in path order. */
	public static List<Path> list(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads one case; an unknown key is an error, so a typo in an expectation never silently checks
	 * nothing.
	 * @throws InvalidExampleException naming the file and what is wrong
	 */
	public static ExampleCase read(Path dir, Path file) {
		String name = name(dir, file);
		CaseFile parsed;
		try {
			parsed = JSON.readValue(file.toFile(), CaseFile.class);
		}
		catch (JacksonException ex) {
			throw new InvalidExampleException(name, ex.getOriginalMessage());
		}
		if (parsed.description() == null || parsed.description().isBlank()) {
			throw new InvalidExampleException(name, "description is required");
		}
		if (parsed.expect() == null) {
			throw new InvalidExampleException(name, "expect is required");
		}
		if (parsed.compliance() != null) {
			return complianceCase(name, parsed);
		}
		if (parsed.request() == null || parsed.expect().verdict() == null) {
			throw new InvalidExampleException(name, "request and expect.verdict are required");
		}
		return new ExampleCase(name, parsed.description(), request(name, parsed.request()), null, parsed.expect());
	}

	/** The file's path under the examples folder, with forward slashes. */
	static String name(Path dir, Path file) {
		return dir.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * The request as {@code POST /api/v1/determinations} would read it (same strictness, same schema
	 * checks), dated, so the case never depends on the day it runs.
	 */
	private static DeterminationRequestDto request(String name, JsonNode node) {
		DeterminationRequestDto request;
		try {
			request = ApiRequests.read(JSON.writeValueAsBytes(node), DeterminationRequestDto.class);
		}
		catch (InvalidRequestException ex) {
			throw new InvalidExampleException(name, "the request breaks the API contract: " + ex.getMessage());
		}
		if (request.getInspection() == null || request.getInspection().getDate() == null) {
			throw new InvalidExampleException(name, "set request.inspection.date so the case never depends on today");
		}
		return request;
	}

	private static ExampleCase complianceCase(String name, CaseFile parsed) {
		if (parsed.request() != null) {
			throw new InvalidExampleException(name, "a case has either request or compliance, not both");
		}
		if (parsed.expect().shortfalls() == null && parsed.expect().absentShortfalls() == null) {
			throw new InvalidExampleException(name, "a compliance case needs expect.shortfalls or expect.absentShortfalls");
		}
		ComplianceInput input;
		try {
			input = JSON.treeToValue(parsed.compliance(), ComplianceInput.class);
		}
		catch (JacksonException ex) {
			throw new InvalidExampleException(name, ex.getOriginalMessage());
		}
		if (input.asOf() == null || input.year() == 0) {
			throw new InvalidExampleException(name, "compliance.year and compliance.asOf are required");
		}
		for (ComplianceInput.ActivityEntry a : input.activities()) {
			if (a.kind() == null || a.date() == null || !ACTIVITY_KINDS.contains(a.kind())) {
				throw new InvalidExampleException(name, "every activity needs a date and a kind of " + ACTIVITY_KINDS);
			}
		}
		return new ExampleCase(name, parsed.description(), null, input, parsed.expect());
	}

	private static final Set<String> ACTIVITY_KINDS = java.util.Arrays.stream(cn.yeji.hazard.facts.ActivityKind.values())
		.map(Enum::name)
		.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

	/** Every rule id a case names anywhere in its expectation. */
	public static Set<String> ruleIdsNamed(Expectation expect) {
		Set<String> ids = new LinkedHashSet<>();
		if (expect.findings() != null) {
			expect.findings().forEach(f -> ids.add(f.ruleId()));
		}
		addAll(ids, expect.absentFindings());
		if (expect.indeterminate() != null) {
			expect.indeterminate().forEach(i -> ids.add(i.ruleId()));
		}
		addAll(ids, expect.notIndeterminate());
		addAll(ids, expect.escalations());
		if (expect.shortfalls() != null) {
			expect.shortfalls().forEach(f -> ids.add(f.ruleId()));
		}
		if (expect.absentShortfalls() != null) {
			expect.absentShortfalls().forEach(f -> ids.add(f.ruleId()));
		}
		return ids;
	}

	private static void addAll(Set<String> ids, List<String> more) {
		if (more != null) {
			ids.addAll(more);
		}
	}

	/** The file as written; the request is bound to the API type after the envelope is read. */
	record CaseFile(String description, JsonNode request, JsonNode compliance, Expectation expect) {
	}

	/** Lists the example files in a folder, failing loudly if there are none. */
	public static List<Path> listNonEmpty(Path dir) {
		List<Path> files = new ArrayList<>(list(dir));
		if (files.isEmpty()) {
			throw new InvalidExampleException(dir.toString(), "no example files");
		}
		return files;
	}

}
