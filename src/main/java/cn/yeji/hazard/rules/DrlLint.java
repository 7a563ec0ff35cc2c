package cn.yeji.hazard.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yeji.hazard.engine.DrlSource;
import cn.yeji.hazard.engine.RuleProblem;

/**
 * Checks that a rule file names only what the folder defines: observation codes of the catalog and
 * parameters of the packs, each reported with its file and line. What a rule may <em>do</em> is checked by
 * the engine's sandbox ({@code engine.RuleSandbox}) on the parsed file.
 */
final class DrlLint {

	private static final Pattern CODE_EQUALS = Pattern.compile("\\bcode\\s*==\\s*\"([^\"]*)\"");

	private static final Pattern CODE_IN = Pattern.compile("\\bcode\\s+in\\s*\\(([^)]*)\\)");

	private static final Pattern PARAMETER = Pattern.compile("\\bParameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

	private DrlLint() {
	}

	static void check(String file, String text, Set<String> catalogCodes, Set<String> parameterNames,
			List<RuleProblem> problems) {
		String code = DrlText.withoutComments(text);
		checkObservationCodes(file, text, code, catalogCodes, problems);
		Matcher p = PARAMETER.matcher(code);
		while (p.find()) {
			if (!parameterNames.contains(p.group(1))) {
				problems.add(new RuleProblem(file, DrlSource.lineOf(text, p.start(1)),
						"parameter " + p.group(1) + " is not defined in any pack's " + ParametersReader.FILE));
			}
		}
	}

	private static void checkObservationCodes(String file, String text, String code, Set<String> catalogCodes,
			List<RuleProblem> problems) {
		Matcher eq = CODE_EQUALS.matcher(code);
		while (eq.find()) {
			unknownCode(file, text, eq.group(1), eq.start(1), catalogCodes, problems);
		}
		Matcher in = CODE_IN.matcher(code);
		while (in.find()) {
			Matcher quoted = QUOTED.matcher(in.group(1));
			while (quoted.find()) {
				unknownCode(file, text, quoted.group(1), in.start(1) + quoted.start(1), catalogCodes, problems);
			}
		}
	}

	private static void unknownCode(String file, String text, String value, int offset, Set<String> catalogCodes,
			List<RuleProblem> problems) {
		if (!catalogCodes.contains(value)) {
			problems.add(new RuleProblem(file, DrlSource.lineOf(text, offset),
					"observation code " + value + " is not in " + CatalogReader.FILE));
		}
	}

}
