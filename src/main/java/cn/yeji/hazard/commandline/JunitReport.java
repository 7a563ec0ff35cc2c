package cn.yeji.hazard.commandline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.yeji.hazard.cases.CaseRunner.CaseResult;

/** A JUnit XML report of a case run, for CI servers that chart test results. */
final class JunitReport {

	private JunitReport() {
	}

	static void write(Path file, List<CaseResult> results) throws IOException {
		long failures = results.stream().filter(r -> !r.passed()).count();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<testsuite name=\"hazard-judge rules test\" tests=\"").append(results.size())
			.append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
		for (CaseResult r : results) {
			xml.append("  <testcase classname=\"examples\" name=\"").append(escape(r.name())).append('"');
			if (r.passed()) {
				xml.append("/>\n");
				continue;
			}
			xml.append(">\n    <failure message=\"").append(escape(r.failures().get(0))).append("\">")
				.append(escape(String.join("\n", r.failures()))).append("</failure>\n  </testcase>\n");
		}
		xml.append("</testsuite>\n");
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, xml, StandardCharsets.UTF_8);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
