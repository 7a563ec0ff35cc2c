package cn.yeji.hazard.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Which facts each rule's conditions read, taken from the DRL once at compile time. Drools tells which facts
 * completed a match (its agenda listeners see only full matches), never which facts a rule looked at and
 * found wanting; so "why did this clause not fire" is answered from the conditions as written: the fact
 * types and fields they name, read back from the facts of one evaluation.
 */
final class RuleReads {

	private static final Pattern CHAIN = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

	private RuleReads() {
	}

	/** The patterns of every rule, keyed by {@link #key(String, String)}; a file that does not parse adds nothing. */
	static Map<String, List<PatternRead>> of(List<DrlSource> sources) {
		Map<String, List<PatternRead>> reads = new HashMap<>();
		for (DrlSource source : sources) {
			PackageDescr pkg = parse(source.text());
			if (pkg == null) {
				continue;
			}
			for (RuleDescr rule : pkg.getRules()) {
				List<PatternRead> patterns = new ArrayList<>();
				lhs(rule.getLhs(), patterns);
				reads.put(key(pkg.getName(), rule.getName()), List.copyOf(patterns));
			}
		}
		return reads;
	}

	static String key(String drlPackage, String ruleName) {
		return drlPackage + "/" + ruleName;
	}

	private static PackageDescr parse(String text) {
		DrlParser parser = new DrlParser();
		try {
			PackageDescr pkg = parser.parse(false, text);
			return parser.hasErrors() ? null : pkg;
		}
		catch (DroolsParserException ex) {
			return null;
		}
	}

	private static void lhs(BaseDescr descr, List<PatternRead> patterns) {
		if (descr instanceof PatternDescr p) {
			pattern(p).ifPresent(patterns::add);
		}
		else if (descr instanceof ConditionalElementDescr ce) {
			ce.getDescrs().forEach(d -> lhs((BaseDescr) d, patterns));
		}
	}

	private static Optional<PatternRead> pattern(PatternDescr p) {
		Optional<Class<?>> type = AllowedNames.get().type(AllowedNames.FACTS_PACKAGE + "." + p.getObjectType());
		if (type.isEmpty() || !type.get().isRecord()) {
			return Optional.empty();
		}
		Map<String, PatternRead.Chain> fields = new LinkedHashMap<>();
		List<PatternRead.Literal> literals = new ArrayList<>();
		List<String> written = new ArrayList<>();
		for (BaseDescr c : p.getDescrs()) {
			String expression = c instanceof ExprConstraintDescr e ? e.getExpression()
					: c instanceof BindingDescr b ? b.getExpression() : null;
			if (expression == null) {
				continue;
			}
			written.add(expression.strip().replaceAll("\\s+", " "));
			DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
			ConstraintConnectiveDescr tree = parser.parse(expression);
			if (parser.hasErrors() || tree == null) {
				continue;
			}
			names(tree, type.get(), fields);
			if (tree.getConnective() == ConnectiveType.AND) {
				tree.getDescrs().forEach(d -> literal(d, type.get(), literals));
			}
		}
		String text = p.getObjectType() + "(" + String.join(", ", written) + ")";
		return Optional.of(new PatternRead(type.get(), List.copyOf(fields.values()), List.copyOf(literals), text));
	}

	/** Every record component (or chain of them) the constraint names. */
	private static void names(BaseDescr tree, Class<?> type, Map<String, PatternRead.Chain> fields) {
		if (tree instanceof ConstraintConnectiveDescr c) {
			c.getDescrs().forEach(d -> names(d, type, fields));
		}
		else if (tree instanceof RelationalExprDescr r) {
			names(r.getLeft(), type, fields);
			names(r.getRight(), type, fields);
		}
		else if (tree instanceof BindingDescr b) {
			chain(b.getExpression(), type).ifPresent(c -> fields.putIfAbsent(c.name(), c));
		}
		else if (tree instanceof AtomicExprDescr atom && !atom.isLiteral()) {
			chain(atom.getExpression(), type).ifPresent(c -> fields.putIfAbsent(c.name(), c));
		}
	}

	/**
	 * {@code field == "text"} at the top of the constraint: it names which fact the pattern means (an observation
	 * code, a parameter, an omitted section). An attribute compared with anything else (an enum, a boolean, a
	 * number) is what decides, so a fact that fails it is exactly the one to show.
	 */
	private static void literal(BaseDescr d, Class<?> type, List<PatternRead.Literal> literals) {
		if (d instanceof RelationalExprDescr r && "==".equals(r.getOperator())
				&& r.getLeft() instanceof AtomicExprDescr left && !left.isLiteral()
				&& r.getRight() instanceof AtomicExprDescr right) {
			Optional<PatternRead.Chain> field = chain(left.getExpression(), type)
				.filter(f -> f.name().equals(left.getExpression().strip()));
			String value = right.getExpression().strip();
			if (field.isEmpty()) {
				return;
			}
			if (right.isLiteral() && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
				literals.add(new PatternRead.Literal(field.get(), value.substring(1, value.length() - 1)));
			}
		}
	}

	/** The longest run of record components the expression starts with, e.g. {@code sandwichPanel.present}. */
	static Optional<PatternRead.Chain> chain(String expression, Class<?> type) {
		Matcher m = CHAIN.matcher(expression.strip());
		if (!m.find()) {
			return Optional.empty();
		}
		List<String> resolved = new ArrayList<>();
		List<java.lang.reflect.Method> accessors = new ArrayList<>();
		Class<?> current = type;
		for (String part : m.group().split("\\.")) {
			RecordComponent component = component(current, part);
			if (component == null) {
				break;
			}
			resolved.add(part);
			java.lang.reflect.Method accessor = component.getAccessor();
			// public accessors of public records; skipping the access check per call halves the cost of a read
			accessor.setAccessible(true);
			accessors.add(accessor);
			current = component.getType();
		}
		return resolved.isEmpty() ? Optional.empty()
				: Optional.of(new PatternRead.Chain(String.join(".", resolved), List.copyOf(accessors)));
	}

	static RecordComponent component(Class<?> type, String name) {
		if (!type.isRecord()) {
			return null;
		}
		for (RecordComponent c : type.getRecordComponents()) {
			if (c.getName().equals(name)) {
				return c;
			}
		}
		return null;
	}

}
