package cn.yeji.hazard.rules;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import cn.yeji.hazard.engine.RuleProblem;
import cn.yeji.hazard.facts.Parameter;

/**
 * Reads a pack's {@code parameters.yaml}: the numbers officers tune without editing DRL. Each value is
 * checked against its declared type and range, and every problem names the file and line.
 */
final class ParametersReader {

	static final String FILE = "parameters.yaml";

	private ParametersReader() {
	}

	static List<Parameter> read(Path folder, RulePack pack, List<RuleProblem> problems) {
		Path path = folder.resolve(FILE);
		if (!Files.isRegularFile(path)) {
			return List.of();
		}
		String file = pack.id() + "/" + FILE;
		Node root;
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			problems.add(new RuleProblem(file, line, "YAML syntax: " + ex.getProblem()));
			return List.of();
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new RuleProblem(file, 0, "cannot read: " + ex.getMessage()));
			return List.of();
		}
		if (root == null) {
			return List.of();
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(new RuleProblem(file, line(root), "expected parameter names, each with value, type, min and max"));
			return List.of();
		}
		List<Parameter> parameters = new ArrayList<>();
		for (NodeTuple entry : mapping.getValue()) {
			Parameter p = parameter(pack, file, entry, problems);
			if (p != null) {
				parameters.add(p);
			}
		}
		return List.copyOf(parameters);
	}

	private static Parameter parameter(RulePack pack, String file, NodeTuple entry, List<RuleProblem> problems) {
		String name = scalar(entry.getKeyNode());
		int line = line(entry.getKeyNode());
		if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) {
			problems.add(new RuleProblem(file, line, "parameter names are lowerCamelCase, e.g. drillIntervalMonths"));
			return null;
		}
		if (!(entry.getValueNode() instanceof MappingNode fields)) {
			problems.add(new RuleProblem(file, line, name + ": expected value, type, min and max"));
			return null;
		}
		Map<String, ScalarNode> byKey = new HashMap<>();
		for (NodeTuple t : fields.getValue()) {
			if (t.getValueNode() instanceof ScalarNode s) {
				byKey.put(scalar(t.getKeyNode()), s);
			}
		}
		String type = text(byKey.get("type"));
		if (!"integer".equals(type) && !"decimal".equals(type)) {
			problems.add(new RuleProblem(file, line, name + ": type must be integer or decimal"));
			return null;
		}
		BigDecimal value = number(byKey.get("value"), name + ".value", file, line, problems);
		BigDecimal min = number(byKey.get("min"), name + ".min", file, line, problems);
		BigDecimal max = number(byKey.get("max"), name + ".max", file, line, problems);
		if (value == null || min == null || max == null) {
			return null;
		}
		int valueLine = line(byKey.get("value"));
		if (type.equals("integer") && value.stripTrailingZeros().scale() > 0) {
			problems.add(new RuleProblem(file, valueLine, name + ": " + value.toPlainString() + " 不是整数（is not a whole number）"));
		}
		else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			problems.add(new RuleProblem(file, valueLine, name + ": " + value.toPlainString() + " 超出允许范围 "
					+ min.toPlainString() + ".." + max.toPlainString() + "（is outside " + min.toPlainString() + ".."
					+ max.toPlainString() + "）"));
		}
		// A wrong value is still a declared parameter: the rules that read it are not also "undefined" (the load
		// fails on the one problem above either way).
		return new Parameter(pack.id(), name, value.intValue(), value.doubleValue());
	}

	private static BigDecimal number(ScalarNode node, String what, String file, int line, List<RuleProblem> problems) {
		String text = text(node);
		if (text == null) {
			problems.add(new RuleProblem(file, line, what + " is required"));
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.add(new RuleProblem(file, line(node), what + ": " + text + " is not a number"));
			return null;
		}
	}

	private static String scalar(Node node) {
		return node instanceof ScalarNode s ? s.getValue() : null;
	}

	private static String text(ScalarNode node) {
		return node == null || node.getValue().isBlank() ? null : node.getValue().strip();
	}

	private static int line(Node node) {
		return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
	}

}
