package cn.yeji.hazard.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

import cn.yeji.hazard.engine.RuleProblem;

/** Reads the small YAML files officers edit, reporting syntax errors with file and line. */
final class YamlFiles {

	private YamlFiles() {
	}

	static Map<String, Object> readMap(Path path, String file, List<RuleProblem> problems) {
		Object value = read(path, file, problems);
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) map;
			return typed;
		}
		if (value != null) {
			problems.add(new RuleProblem(file, 1, "expected a mapping of keys to values"));
		}
		return null;
	}

	/**
	 * Leaves {@code 2023-11-27} as text: SnakeYAML's own timestamps are lenient (2023-02-30 becomes 2023-03-02), so
	 * the readers parse dates strictly and name the file and key of a bad one.
	 */
	private static final class DatesAsText extends SafeConstructor {

		DatesAsText() {
			super(new LoaderOptions());
			this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
		}

	}

	static Object read(Path path, String file, List<RuleProblem> problems) {
		// SafeConstructor: a rules file can never instantiate arbitrary classes.
		Yaml yaml = new Yaml(new DatesAsText());
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Object value = yaml.load(reader);
			if (value == null) {
				problems.add(new RuleProblem(file, 1, "file is empty"));
			}
			return value;
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			problems.add(new RuleProblem(file, line, "YAML syntax: " + ex.getProblem()));
		}
		catch (YAMLException | IOException ex) {
			problems.add(new RuleProblem(file, 0, "cannot read: " + ex.getMessage()));
		}
		return null;
	}

}
