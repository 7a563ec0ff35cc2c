package cn.yeji.hazard.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yeji.hazard.engine.RuleProblem;

/**
 * Rules are code that runs inside the service, so a rule file may reach the fact model and nothing else.
 * These checks read the DRL text (comments removed) and report every offence with its file and line.
 */
final class DrlLint {

	/** What a rule file may import: the fact model, the conclusion helper, and plain value types. */
	private static final Pattern ALLOWED_IMPORT = Pattern.compile(
			"cn\\.yeji\\.hazard\\.facts\\.(\\*|\\w+)|cn\\.yeji\\.hazard\\.engine\\.Conclude"
					+ "|java\\.util\\.(List|ArrayList|Set|HashSet|Map|HashMap|Collection|Collections)"
					+ "|java\\.time\\.(LocalDate|Period)|java\\.math\\.BigDecimal");

	private static final Pattern IMPORT = Pattern.compile("^[ \\t]*import\\s+(function\\s+)?([\\w.*]+)\\s*;?",
			Pattern.MULTILINE);

	private static final List<Forbidden> FORBIDDEN = List.of(
			new Forbidden("\\bSystem\\s*\\.", "System is not available to rules (no exit, no console, no properties)"),
			new Forbidden("\\bRuntime\\b", "Runtime is not available to rules"),
			new Forbidden("\\bThread\\b", "rules may not start, stop or sleep threads"),
			new Forbidden("\\bProcessBuilder\\b", "rules may not start processes"),
			new Forbidden("\\bClass\\b|\\.getClass\\s*\\(|\\bClassLoader\\b", "rules may not use classes or class loaders"),
			new Forbidden("java\\s*\\.\\s*lang\\s*\\.\\s*reflect|\\bgetDeclared\\w*\\s*\\(|\\bsetAccessible\\s*\\(",
					"rules may not use reflection"),
			new Forbidden("java\\s*\\.\\s*io\\b", "rules may not read or write files (java.io)"),
			new Forbidden("java\\s*\\.\\s*nio\\b", "rules may not read or write files (java.nio)"),
			new Forbidden("java\\s*\\.\\s*net\\b", "rules may not use the network (java.net)"),
			new Forbidden("\\beval\\s*\\(", "eval runs arbitrary code; write the condition as a constraint"),
			new Forbidden("\\bstr\\s*\\[", "the str[...] operator fails once Drools 10.2 JIT-compiles it (kie-drools#6711); "
					+ "write field.startsWith(\"...\") or field.endsWith(\"...\") instead"));

	private static final Pattern CODE_EQUALS = Pattern.compile("\\bcode\\s*==\\s*\"([^\"]*)\"");

	private static final Pattern CODE_IN = Pattern.compile("\\bcode\\s+in\\s*\\(([^)]*)\\)");

	private static final Pattern PARAMETER = Pattern.compile("\\bParameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

	private DrlLint() {
	}

	static void check(String file, String text, Set<String> catalogCodes, Set<String> parameterNames,
			List<RuleProblem> problems) {
		String code = DrlText.withoutComments(text);
		String bare = DrlText.withoutStrings(code);
		checkImports(file, code, problems);
		for (Forbidden f : FORBIDDEN) {
			Matcher m = f.pattern().matcher(bare);
			while (m.find()) {
				problems.add(new RuleProblem(file, RulesFolder.lineOf(text, m.start()), f.message()));
			}
		}
		checkObservationCodes(file, text, code, catalogCodes, problems);
		Matcher p = PARAMETER.matcher(code);
		while (p.find()) {
			if (!parameterNames.contains(p.group(1))) {
				problems.add(new RuleProblem(file, RulesFolder.lineOf(text, p.start(1)),
						"parameter " + p.group(1) + " is not defined in any pack's " + ParametersReader.FILE));
			}
		}
	}

	private static void checkImports(String file, String code, List<RuleProblem> problems) {
		Matcher m = IMPORT.matcher(code);
		while (m.find()) {
			String imported = m.group(2);
			if (m.group(1) != null || !ALLOWED_IMPORT.matcher(imported).matches()) {
				problems.add(new RuleProblem(file, RulesFolder.lineOf(code, m.start(2)),
						"import " + imported + " is outside the fact model; rules may import cn.yeji.hazard.facts.*, "
								+ "cn.yeji.hazard.engine.Conclude and plain java.util/java.time value types"));
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
			problems.add(new RuleProblem(file, RulesFolder.lineOf(text, offset),
					"observation code " + value + " is not in " + RulesFolder.CATALOG));
		}
	}

	private record Forbidden(Pattern pattern, String message) {

		Forbidden(String regex, String message) {
			this(Pattern.compile(regex), message);
		}

	}

}
