package cn.yeji.hazard.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VarType;

/**
 * Checks one piece of Java a rule file holds (a consequence, or one side of a constraint) against
 * {@link AllowedNames}: which kinds of statement and expression it may use, and that every name in it is a
 * bound variable, a local, a property of the pattern's fact, or an allowed class and its members.
 */
final class JavaCodeCheck {

	/** Statements and expressions a rule may write; loops other than for-each, lambdas, classes, try, throw: no. */
	private static final Set<Class<? extends Node>> ALLOWED_NODES = Set.of(BlockStmt.class, ExpressionStmt.class,
			IfStmt.class, ForEachStmt.class, EmptyStmt.class, ReturnStmt.class, NameExpr.class, FieldAccessExpr.class,
			MethodCallExpr.class, ObjectCreationExpr.class, BinaryExpr.class, UnaryExpr.class, ConditionalExpr.class,
			EnclosedExpr.class, CastExpr.class, ArrayAccessExpr.class, AssignExpr.class, VariableDeclarationExpr.class,
			VariableDeclarator.class, InstanceOfExpr.class, ArrayCreationExpr.class, ArrayCreationLevel.class,
			ArrayInitializerExpr.class, ClassOrInterfaceType.class, PrimitiveType.class, ArrayType.class,
			VarType.class, SimpleName.class, Name.class, Modifier.class);

	/** Why some well-known names are refused, in the words the officers' lint always used. */
	private static final Map<String, String> HINTS = Map.of("System",
			"System is not available to rules (no exit, no console, no properties)", "Runtime",
			"Runtime is not available to rules", "Thread", "rules may not start, stop or sleep threads",
			"ProcessBuilder", "rules may not start processes", "Class", "rules may not use classes or class loaders",
			"ClassLoader", "rules may not use classes or class loaders", "drools",
			"drools gives a rule the whole engine; use insert(...) and Conclude");

	private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
			new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

	/** What the names in a piece of code may refer to. */
	record Names(TypeNames types, Set<String> bound, Set<String> patternProperties, boolean consequence) {
	}

	/** Resolves a simple or qualified class name the way the rule file's imports do. */
	interface TypeNames {

		Optional<Class<?>> resolve(String name);

	}

	/** One problem at a line of the code checked (1 = its first line). */
	record Offence(int line, String message) {
	}

	private final Names names;

	private final List<Offence> offences;

	private final Set<String> locals = new HashSet<>();

	private JavaCodeCheck(Names names, List<Offence> offences) {
		this.names = names;
		this.offences = offences;
	}

	/** A consequence: parsed as exactly one block, so a stray brace cannot open a class member. */
	static void block(String code, Names names, List<Offence> offences) {
		ParseResult<BlockStmt> result = PARSER.get().parseBlock("{" + code + "\n}");
		if (!result.isSuccessful() || result.getResult().isEmpty()) {
			offences.add(new Offence(firstProblemLine(result), "the consequence is not a plain block of Java statements: "
					+ result.getProblems().stream().findFirst().map(p -> p.getMessage().lines().findFirst().orElse(""))
						.orElse("")));
			return;
		}
		new JavaCodeCheck(names, offences).check(result.getResult().get());
	}

	/** One side of a constraint, or an accumulate argument. */
	static void expression(String code, Names names, List<Offence> offences) {
		ParseResult<Expression> result = PARSER.get().parseExpression(code);
		if (!result.isSuccessful() || result.getResult().isEmpty()) {
			offences.add(new Offence(1, "the expression \"" + code.strip() + "\" is not one a rule may use"));
			return;
		}
		new JavaCodeCheck(names, offences).check(result.getResult().get());
	}

	private static int firstProblemLine(ParseResult<?> result) {
		return result.getProblems().stream()
			.flatMap(p -> p.getLocation().stream())
			.flatMap(l -> l.getBegin().getRange().stream())
			.map(r -> r.begin.line)
			.findFirst()
			.orElse(1);
	}

	private void check(Node root) {
		root.walk(node -> {
			if (node instanceof VariableDeclarator v) {
				locals.add(v.getNameAsString());
			}
		});
		root.walk(this::checkNode);
	}

	private void checkNode(Node node) {
		if (node instanceof Comment || node instanceof LiteralExpr) {
			return;
		}
		if (!ALLOWED_NODES.contains(node.getClass())) {
			refuse(node, describe(node) + " is not allowed in a rule");
			return;
		}
		if (node instanceof NameExpr n) {
			checkName(n);
		}
		else if (node instanceof FieldAccessExpr f) {
			checkFieldAccess(f);
		}
		else if (node instanceof MethodCallExpr m) {
			checkMethodCall(m);
		}
		else if (node instanceof ClassOrInterfaceType t) {
			checkType(t);
		}
		else if (node instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
			refuse(o, "a class body is not allowed in a rule");
		}
		else if (node instanceof AssignExpr a && !(a.getTarget() instanceof NameExpr t && locals.contains(t.getNameAsString()))) {
			refuse(a, "a rule may assign only its own local variables");
		}
		else if (node instanceof ForEachStmt f) {
			f.getVariable().getVariables().forEach(v -> locals.add(v.getNameAsString()));
		}
	}

	private boolean isValueName(String name) {
		return locals.contains(name) || names.bound().contains(name) || names.patternProperties().contains(name)
				|| "kcontext".equals(name);
	}

	private void checkName(NameExpr n) {
		String name = n.getNameAsString();
		if ("kcontext".equals(name)) {
			if (!isArgumentOfConclude(n)) {
				refuse(n, "kcontext may only be handed to Conclude (Conclude.finding(kcontext, …))");
			}
			return;
		}
		if (isValueName(name) || typeRef(n).isPresent()) {
			return;
		}
		// The root of a qualified name: fine when the chain above it names an allowed class.
		Node top = n;
		while (top.getParentNode().orElse(null) instanceof FieldAccessExpr parent && parent.getScope() == top) {
			if (typeRef(parent).isPresent()) {
				return;
			}
			top = parent;
		}
		String shown = top instanceof Expression e && dotted(e) != null ? dotted(e) : name;
		refuse(n, HINTS.getOrDefault(name, shown + " is outside the fact model: a rule may name its bound variables, "
				+ "the fields of its facts, the fact model, Conclude and plain value types (docs/security.md)"));
	}

	private boolean isArgumentOfConclude(NameExpr n) {
		return n.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getArguments().contains(n)
				&& call.getScope().flatMap(this::typeRef).filter(Conclude.class::equals).isPresent();
	}

	private void checkFieldAccess(FieldAccessExpr f) {
		if (typeRef(f).isPresent()) {
			return;
		}
		Expression scope = f.getScope();
		Optional<Class<?>> type = typeRef(scope);
		if (type.isPresent()) {
			if (!AllowedNames.staticField(type.get(), f.getNameAsString())) {
				refuse(f, type.get().getSimpleName() + "." + f.getNameAsString() + " is not a constant a rule may use");
			}
		}
		else if (!isUnresolvedQualifiedName(scope) && !AllowedNames.get().property(f.getNameAsString())) {
			refuse(f, "." + f.getNameAsString() + " is not a field of the fact model");
		}
	}

	private void checkMethodCall(MethodCallExpr m) {
		String method = m.getNameAsString();
		if (m.getScope().isEmpty()) {
			boolean allowed = names.consequence() ? "insert".equals(method) : AllowedNames.get().method(method);
			if (!allowed) {
				refuse(m, method + "(…) is not allowed in a rule" + (names.consequence()
						? ": a consequence may only insert(…) conclusions, built with Conclude or the fact model" : ""));
			}
			return;
		}
		Expression scope = m.getScope().get();
		Optional<Class<?>> type = typeRef(scope);
		if (type.isPresent()) {
			if (!AllowedNames.staticMethod(type.get(), method)) {
				refuse(m, type.get().getSimpleName() + "." + method + "(…) is not allowed in a rule");
			}
		}
		else if (!isUnresolvedQualifiedName(scope) && !AllowedNames.get().method(method)) {
			refuse(m, "." + method + "(…) is not a method a rule may call");
		}
	}

	/** A dotted name whose root is no value: the root's check reports it, once. */
	private boolean isUnresolvedQualifiedName(Expression scope) {
		String dotted = dotted(scope);
		return dotted != null && !isValueName(dotted.split("\\.", 2)[0]);
	}

	private void checkType(ClassOrInterfaceType t) {
		if (t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer && outer.getScope().orElse(null) == t) {
			return;
		}
		String name = t.getNameWithScope();
		if (names.types().resolve(name).isEmpty()) {
			String simple = t.getNameAsString();
			refuse(t, HINTS.getOrDefault(simple, name + " is outside the fact model: a rule may use the fact model, "
					+ "Conclude and plain value types (docs/security.md)"));
		}
	}

	/** The class an expression names, when it is a (qualified) class name rather than a value. */
	private Optional<Class<?>> typeRef(Expression e) {
		String dotted = dotted(e);
		if (dotted == null || isValueName(dotted.split("\\.", 2)[0])) {
			return Optional.empty();
		}
		return names.types().resolve(dotted);
	}

	/** {@code a.b.c} for a chain of names, else null. */
	private static String dotted(Expression e) {
		if (e instanceof NameExpr n) {
			return n.getNameAsString();
		}
		if (e instanceof FieldAccessExpr f) {
			String scope = dotted(f.getScope());
			return scope == null ? null : scope + "." + f.getNameAsString();
		}
		return null;
	}

	private static String describe(Node node) {
		String kind = node.getClass().getSimpleName().replaceAll("(Expr|Stmt)$", "");
		String text = node.toString().lines().findFirst().orElse("").strip();
		return kind + " (" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + ")";
	}

	private void refuse(Node node, String message) {
		offences.add(new Offence(node.getBegin().map(p -> p.line).orElse(1), message));
	}

}
