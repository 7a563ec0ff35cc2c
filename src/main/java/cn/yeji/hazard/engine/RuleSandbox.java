package cn.yeji.hazard.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The wall between a rule file and the service: a rule may read facts and insert conclusions, and nothing
 * else. The file is parsed with Drools' own DRL parser, exactly as the compiler will read it; every construct
 * that could run code of its own (functions, queries, globals, declared types, MVEL, inline accumulate code,
 * {@code from} over an expression, {@code eval}, timers) is refused, and every constraint and consequence is
 * parsed as Java and checked against {@link AllowedNames}. Nothing is compiled while a problem stands.
 */
public final class RuleSandbox {

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*(\\\\u+[0-9a-fA-F]{4})");

	/** Accumulate functions a rule may call (Drools' built-ins that only count and gather). */
	private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
			"collectList", "collectSet");

	/** Constraint operators; Drools' pluggable and temporal operators are not among them. */
	private static final Set<String> OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "in", "contains",
			"memberOf", "matches");

	private static final Pattern SALIENCE = Pattern.compile("-?\\d{1,6}");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\[^u\\n])*\"");

	private RuleSandbox() {
	}

	/** Every reason this file may not be compiled, with its line; empty when it may. */
	public static List<RuleProblem> check(DrlSource source) {
		List<RuleProblem> problems = new ArrayList<>();
		String file = source.file();
		Matcher escape = UNICODE_ESCAPE.matcher(source.text());
		while (escape.find()) {
			problems.add(new RuleProblem(file, DrlSource.lineOf(source.text(), escape.start(1)), "unicode escape "
					+ escape.group(1) + " is not allowed: the compiler turns it into code before any check reads it; "
					+ "write the character itself"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		DrlParser parser = new DrlParser();
		PackageDescr pkg;
		try {
			pkg = parser.parse(false, source.text());
		}
		catch (DroolsParserException ex) {
			pkg = null;
		}
		if (pkg == null || parser.hasErrors()) {
			// The compiler reads the same text with the same parser and reports the syntax error at its line;
			// a file that does not parse never becomes a rule.
			return problems;
		}
		new FileCheck(file, pkg, problems).run();
		return problems;
	}

	/** The checks of one parsed file. */
	private static final class FileCheck implements JavaCodeCheck.TypeNames {

		private final String file;

		private final PackageDescr pkg;

		private final List<RuleProblem> problems;

		private final Map<String, Class<?>> imported = new java.util.HashMap<>();

		private boolean factsWildcard;

		FileCheck(String file, PackageDescr pkg, List<RuleProblem> problems) {
			this.file = file;
			this.pkg = pkg;
			this.problems = problems;
		}

		void run() {
			imports();
			refuseAll(pkg.getFunctionImports(), "import function is not allowed: a rule file may import only the fact model, Conclude and plain value types");
			refuseAll(pkg.getAccumulateImports(), "import accumulate is not allowed: use count, sum, min, max, average, collectList or collectSet");
			refuseAll(pkg.getGlobals(), "global is not allowed: rules read facts and insert conclusions, and share nothing else");
			refuseAll(pkg.getFunctions(), "function is not allowed: a rule file holds rules only");
			refuseAll(pkg.getTypeDeclarations(), "declare is not allowed: the fact model is fixed (cn.yeji.hazard.facts)");
			refuseAll(pkg.getEnumDeclarations(), "declare enum is not allowed: the fact model is fixed (cn.yeji.hazard.facts)");
			refuseAll(pkg.getEntryPointDeclarations(), "entry points are not allowed");
			refuseAll(pkg.getWindowDeclarations(), "windows are not allowed");
			for (AttributeDescr attribute : pkg.getAttributes()) {
				dialect(attribute);
				if (!"dialect".equals(attribute.getName())) {
					add(attribute, "package attribute " + attribute.getName() + " is not allowed");
				}
			}
			for (RuleDescr rule : pkg.getRules()) {
				rule(rule);
			}
		}

		private void imports() {
			for (ImportDescr i : pkg.getImports()) {
				String target = i.getTarget();
				if ((AllowedNames.FACTS_PACKAGE + ".*").equals(target)) {
					factsWildcard = true;
					continue;
				}
				Optional<Class<?>> type = AllowedNames.get().type(target);
				if (type.isPresent()) {
					imported.put(type.get().getSimpleName(), type.get());
				}
				else {
					add(i, "import " + target + " is outside the fact model; rules may import cn.yeji.hazard.facts.*, "
							+ "cn.yeji.hazard.engine.Conclude and plain java.util/java.time value types");
				}
			}
		}

		@Override
		public Optional<Class<?>> resolve(String name) {
			String[] parts = name.split("\\.", 2);
			Optional<Class<?>> first = simple(parts[0]);
			if (first.isPresent()) {
				return parts.length == 1 ? first : AllowedNames.get().type(first.get().getName().replace('$', '.') + "." + parts[1]);
			}
			return AllowedNames.get().type(name);
		}

		private Optional<Class<?>> simple(String name) {
			Class<?> type = imported.get(name);
			if (type != null) {
				return Optional.of(type);
			}
			Optional<Class<?>> lang = AllowedNames.get().type("java.lang." + name);
			if (lang.isPresent()) {
				return lang;
			}
			return factsWildcard ? AllowedNames.get().type(AllowedNames.FACTS_PACKAGE + "." + name) : Optional.empty();
		}

		private void rule(RuleDescr rule) {
			if (rule.isQuery()) {
				add(rule, "query is not allowed: a rule file holds rules only");
				return;
			}
			if (rule.hasParent()) {
				add(rule, "rule " + rule.getName() + " extends another rule; write its conditions out in full");
			}
			if (!rule.getNamedConsequences().isEmpty()) {
				add(rule, "named consequences (do[...]) are not allowed; write one rule per conclusion");
			}
			for (AttributeDescr attribute : rule.getAttributes().values()) {
				attribute(attribute);
			}
			for (AnnotationDescr annotation : rule.getAnnotations()) {
				annotation(annotation);
			}
			Set<String> bound = new HashSet<>();
			bindings(rule.getLhs(), bound);
			lhs(rule.getLhs(), bound);
			if (rule.getConsequence() instanceof String code) {
				List<JavaCodeCheck.Offence> offences = new ArrayList<>();
				JavaCodeCheck.block(code, new JavaCodeCheck.Names(this, bound, Set.of(), true), offences);
				// Drools counts the consequence's lines from the line before its text begins.
				int first = Math.max(rule.getConsequenceLine(), 0) + 1;
				offences.forEach(o -> problems.add(new RuleProblem(file, first + o.line() - 1, o.message())));
			}
			else if (rule.getConsequence() != null) {
				add(rule, "the consequence is not Java");
			}
		}

		private void attribute(AttributeDescr attribute) {
			switch (attribute.getName()) {
				case "salience" -> {
					if (!SALIENCE.matcher(attribute.getValue().strip()).matches()) {
						add(attribute, "salience must be a whole number, not an expression");
					}
				}
				case "no-loop" -> {
					// a flag, no code
				}
				case "dialect" -> dialect(attribute);
				default -> add(attribute, "rule attribute " + attribute.getName() + " is not allowed");
			}
		}

		private void dialect(AttributeDescr attribute) {
			if ("dialect".equals(attribute.getName()) && !"java".equals(unquote(attribute.getValue()))) {
				add(attribute, "dialect " + attribute.getValue() + " is not allowed: rules are written in the java dialect");
			}
		}

		private void annotation(AnnotationDescr annotation) {
			for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
				if (!(value.getValue() instanceof String text) || !STRING_LITERAL.matcher(text.strip()).matches()) {
					add(annotation, "@" + annotation.getName() + " must hold a quoted text, not an expression");
				}
			}
		}

		/** Every name the conditions bind, so conditions and the consequence may refer to them. */
		private void bindings(BaseDescr descr, Set<String> bound) {
			if (descr instanceof PatternDescr p) {
				if (p.getIdentifier() != null) {
					bound.add(p.getIdentifier());
				}
				for (BaseDescr c : p.getDescrs()) {
					if (c instanceof BindingDescr b) {
						bound.add(b.getVariable());
					}
					else if (c instanceof ExprConstraintDescr e) {
						parse(e.getExpression()).ifPresent(tree -> boundIn(tree, bound));
					}
				}
				if (p.getSource() instanceof AccumulateDescr a) {
					a.getFunctions().stream().map(AccumulateDescr.AccumulateFunctionCallDescr::getBind)
						.filter(java.util.Objects::nonNull).forEach(bound::add);
					bindings(a.getInput(), bound);
				}
				else if (p.getSource() instanceof CollectDescr c) {
					bindings(c.getInputPattern(), bound);
				}
			}
			else if (descr instanceof ConditionalElementDescr ce) {
				ce.getDescrs().forEach(d -> bindings((BaseDescr) d, bound));
			}
		}

		private void boundIn(BaseDescr tree, Set<String> bound) {
			if (tree instanceof BindingDescr b) {
				bound.add(b.getVariable());
			}
			else if (tree instanceof ConstraintConnectiveDescr c) {
				c.getDescrs().forEach(d -> boundIn(d, bound));
			}
			else if (tree instanceof RelationalExprDescr r) {
				boundIn(r.getLeft(), bound);
				boundIn(r.getRight(), bound);
			}
		}

		private void lhs(BaseDescr descr, Set<String> bound) {
			if (descr instanceof PatternDescr p) {
				pattern(p, bound);
			}
			else if (descr instanceof EvalDescr) {
				add(descr, "eval runs arbitrary code; write the condition as a constraint");
			}
			else if (descr instanceof ForallDescr || descr.getClass().getSimpleName().matches("(And|Or|Not|Exists)Descr")) {
				((ConditionalElementDescr) descr).getDescrs().forEach(d -> lhs((BaseDescr) d, bound));
			}
			else {
				add(descr, descr.getClass().getSimpleName().replace("Descr", "") + " is not allowed in a condition");
			}
		}

		private void pattern(PatternDescr p, Set<String> bound) {
			Optional<Class<?>> type = resolve(p.getObjectType());
			if (type.isEmpty()) {
				add(p, "fact type " + p.getObjectType() + " is outside the fact model");
			}
			if (p.isQuery()) {
				add(p, "queries are not allowed in a condition");
			}
			if (!p.getBehaviors().isEmpty()) {
				add(p, "windows and sliding behaviours are not allowed");
			}
			Set<String> properties = type.map(AllowedNames::propertiesOf).orElse(Set.of());
			JavaCodeCheck.Names names = new JavaCodeCheck.Names(this, bound, properties, false);
			for (BaseDescr c : p.getDescrs()) {
				if (c instanceof ExprConstraintDescr e) {
					constraint(c, e.getExpression(), names);
				}
				else if (c instanceof BindingDescr b) {
					constraint(c, b.getExpression(), names);
				}
				else {
					add(c, c.getClass().getSimpleName().replace("Descr", "") + " is not allowed in a pattern");
				}
			}
			source(p, bound);
		}

		private void source(PatternDescr p, Set<String> bound) {
			BaseDescr source = p.getSource();
			if (source == null) {
				return;
			}
			if (source instanceof CollectDescr c) {
				pattern(c.getInputPattern(), bound);
			}
			else if (source instanceof AccumulateDescr a) {
				accumulate(a, bound);
			}
			else if (source instanceof FromDescr f) {
				String expr = f.getExpression() == null ? "" : f.getExpression().strip();
				if (!bound.contains(expr)) {
					add(f, "from may only read facts a condition has already bound (from $list), not \"" + expr + "\"");
				}
			}
			else {
				add(source, source.getClass().getSimpleName().replace("Descr", "") + " is not allowed as a source");
			}
		}

		private void accumulate(AccumulateDescr a, Set<String> bound) {
			if (!a.isExternalFunction() || a.getInitCode() != null || a.getActionCode() != null
					|| a.getResultCode() != null || a.getReverseCode() != null) {
				add(a, "inline accumulate code (init/action/reverse/result) is not allowed; use count, sum, min, max, "
						+ "average, collectList or collectSet");
				return;
			}
			lhs(a.getInput(), bound);
			JavaCodeCheck.Names names = new JavaCodeCheck.Names(this, bound, Set.of(), false);
			for (AccumulateDescr.AccumulateFunctionCallDescr call : a.getFunctions()) {
				if (!ACCUMULATE_FUNCTIONS.contains(call.getFunction())) {
					add(a, "accumulate function " + call.getFunction() + " is not allowed; use count, sum, min, max, "
							+ "average, collectList or collectSet");
				}
				for (String param : call.getParams()) {
					if (!param.isBlank()) {
						code(a.getLine(), offences -> JavaCodeCheck.expression(param, names, offences));
					}
				}
			}
		}

		private void constraint(BaseDescr at, String expression, JavaCodeCheck.Names names) {
			Optional<BaseDescr> tree = parse(expression);
			if (tree.isEmpty()) {
				add(at, "the constraint \"" + expression.strip() + "\" is not one a rule may use");
				return;
			}
			constraintTree(at, tree.get(), names);
		}

		private void constraintTree(BaseDescr at, BaseDescr tree, JavaCodeCheck.Names names) {
			if (tree instanceof ConstraintConnectiveDescr c) {
				c.getDescrs().forEach(d -> constraintTree(at, d, names));
			}
			else if (tree instanceof RelationalExprDescr r) {
				String operator = r.getOperator();
				if (!OPERATORS.contains(operator) || (r.getParameters() != null && !r.getParameters().isEmpty())) {
					add(at, "operator " + operator + (OPERATORS.contains(operator) ? "[…]" : "") + " is not allowed"
							+ ("str".equals(operator) ? ": the str[...] operator fails once Drools 10.2 JIT-compiles it "
									+ "(kie-drools#6711); write field.startsWith(\"...\") or field.endsWith(\"...\") instead" : ""));
				}
				constraintTree(at, r.getLeft(), names);
				constraintTree(at, r.getRight(), names);
			}
			else if (tree instanceof BindingDescr b) {
				code(at.getLine(), offences -> JavaCodeCheck.expression(b.getExpression(), names, offences));
			}
			else if (tree instanceof AtomicExprDescr atom) {
				if (!atom.isLiteral()) {
					code(at.getLine(), offences -> JavaCodeCheck.expression(atom.getExpression(), names, offences));
				}
			}
			else {
				add(at, "the constraint part " + tree + " is not one a rule may use");
			}
		}

		private Optional<BaseDescr> parse(String expression) {
			DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
			ConstraintConnectiveDescr result = parser.parse(expression);
			return parser.hasErrors() || result == null ? Optional.empty() : Optional.of(result);
		}

		private void code(int line, java.util.function.Consumer<List<JavaCodeCheck.Offence>> check) {
			List<JavaCodeCheck.Offence> offences = new ArrayList<>();
			check.accept(offences);
			int first = Math.max(line, 1);
			offences.forEach(o -> problems.add(new RuleProblem(file, first + o.line() - 1, o.message())));
		}

		private void refuseAll(java.util.Collection<? extends BaseDescr> descrs, String message) {
			descrs.forEach(d -> add(d, message));
		}

		private void add(BaseDescr at, String message) {
			problems.add(new RuleProblem(file, Math.max(at.getLine(), 1), message));
		}

		private static String unquote(String value) {
			String v = value == null ? "" : value.strip();
			return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
		}

	}

}
