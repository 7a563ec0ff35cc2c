package cn.yeji.hazard.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a compiler's or the sandbox's message into the words of the officer who edits a rule file, and at
 * the line where the mistake most likely is. The parser notices a missing {@code )} only at the next
 * token it cannot fit, which is {@code then} on the line after the condition; an officer looks at the line
 * the report names, so the report names the condition's line. The original text stays in brackets, for
 * a search engine and for whoever supports the officer.
 */
final class OfficerMessages {

	private static final Pattern MISMATCHED = Pattern.compile("\\[ERR 102\\] Line (\\d+):(\\d+) mismatched input '(.*?)'.*",
			Pattern.DOTALL);

	private static final Pattern NO_VIABLE = Pattern.compile("\\[ERR 101\\] Line (\\d+):(\\d+) no viable alternative at input '(.*?)'.*",
			Pattern.DOTALL);

	private static final Pattern MISSING = Pattern.compile("\\[ERR 10\\d\\] Line (\\d+):(\\d+) missing (\\S+) at '(.*?)'.*",
			Pattern.DOTALL);

	private static final Pattern OUTSIDE_MODEL = Pattern.compile("(fact type )?(\\S+) is outside the fact model.*", Pattern.DOTALL);

	private static final Pattern NOT_A_FIELD = Pattern.compile("(\\S+) is not a field of the fact model.*", Pattern.DOTALL);

	private static final Pattern NOT_A_METHOD = Pattern.compile("(\\S+\\(…\\)) is not (allowed in a rule|a method a rule may call).*",
			Pattern.DOTALL);

	private static final Pattern NOT_JAVA = Pattern.compile("the consequence is not a plain block of Java statements: .*",
			Pattern.DOTALL);

	private OfficerMessages() {
	}

	/** The problem in Chinese, moved to the likelier line; unknown messages pass unchanged. */
	static RuleProblem explain(RuleProblem problem, String sourceText) {
		String text = problem.message();
		Matcher m;
		if ((m = MISMATCHED.matcher(text)).matches()) {
			return mismatched(problem, m.group(3), lines(sourceText));
		}
		if ((m = NO_VIABLE.matcher(text)).matches()) {
			return with(problem, problem.line(), "语法错误：写到“" + m.group(3) + "”时无法理解，常见原因是括号或引号没有成对、"
					+ "条件之间少了逗号，或关键字拼错");
		}
		if ((m = MISSING.matcher(text)).matches()) {
			return with(problem, problem.line(), "语法错误：“" + m.group(4) + "”之前缺少 " + m.group(3));
		}
		if ((m = OUTSIDE_MODEL.matcher(text)).matches()) {
			return with(problem, problem.line(), "“" + m.group(2) + "”不在事实模型中：请检查拼写；规则只能使用事实模型中的类型和字段、"
					+ "已绑定的变量、Conclude 和基本值类型（见 docs/rule-authoring.md 和 docs/security.md）");
		}
		if ((m = NOT_A_FIELD.matcher(text)).matches()) {
			return with(problem, problem.line(), "“" + m.group(1) + "”不是事实模型中的字段：请检查拼写（字段表见 docs/rule-authoring.md）");
		}
		if ((m = NOT_A_METHOD.matcher(text)).matches()) {
			return with(problem, problem.line(), "规则中不能调用 " + m.group(1) + "：请检查拼写；可用的只有 Conclude 的方法和基本值类型的方法");
		}
		if (NOT_JAVA.matcher(text).matches()) {
			return with(problem, problem.line(), "then 之后的语句有语法错误：常见原因是语句末尾缺少分号“;”，或括号、引号没有成对");
		}
		return problem;
	}

	private static RuleProblem mismatched(RuleProblem problem, String input, List<String> lines) {
		if (input.equals("then")) {
			int line = previousNonBlank(lines, problem.line());
			return with(problem, line, "条件（when 部分）的最后一行很可能缺少右括号“)”或引号：读到下一行的 then 时条件还没有结束");
		}
		if (input.equals("<eof>") || input.isEmpty()) {
			return with(problem, problem.line(), "文件在规则写完之前就结束了：很可能缺少 end，或前面有引号、括号没有成对");
		}
		if (input.equals(")")) {
			return with(problem, problem.line(), "多了一个右括号“)”，或前面缺少左括号“(”");
		}
		return with(problem, problem.line(), "语法错误：这里不应出现“" + input + "”，常见原因是前面的引号或括号没有成对");
	}

	/** The line before {@code line} that has text on it; the line itself when there is none. */
	private static int previousNonBlank(List<String> lines, int line) {
		for (int i = line - 1; i >= 1; i--) {
			if (i <= lines.size() && !lines.get(i - 1).isBlank()) {
				return i;
			}
		}
		return line;
	}

	private static RuleProblem with(RuleProblem problem, int line, String chinese) {
		return new RuleProblem(problem.file(), line, chinese + "（" + problem.message() + "）");
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().toList();
	}

}
