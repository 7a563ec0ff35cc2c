package cn.yeji.hazard.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Chinese words for the project's codes, read from the one file that holds them
 * ({@value #FILE}), so that the console, the exports and the problem details name a code alike. A key is
 * {@code kind.CODE} ({@code channel.PUBLIC_REPORT}, {@code field.facility.name}); the order of a kind's lines
 * is the order a form offers its choices. The file is read once, when this class loads: a missing or faulty
 * file stops whatever first needs a word, rather than showing codes.
 */
public final class Labels {

	/** One choice of a kind of code: the value the API takes and its Chinese label. */
	public record Option(String value, String label) {
	}

	static final String FILE = "labels_zh.properties";

	/** {@code kind.CODE} → its words. */
	private static final Map<String, String> WORDS = load();

	/** A kind → its choices, in the file's order. */
	private static final Map<String, List<Option>> KINDS = byKind(WORDS);

	private Labels() {
	}

	/** {@code code} of {@code kind} in words; a code the file does not know is shown as it is, none as "". */
	public static String of(String kind, String code) {
		if (code == null) {
			return "";
		}
		return WORDS.getOrDefault(kind + "." + code, code);
	}

	/**
	 * A bare code in words, as the first of {@code kinds} that knows it names it: for the callers that hold a
	 * code without its kind (a spreadsheet column of levels, channels or statuses).
	 */
	public static String among(List<String> kinds, String code) {
		if (code == null) {
			return "";
		}
		return kinds.stream().filter(k -> has(k, code)).findFirst().map(k -> of(k, code)).orElse(code);
	}

	/** Whether the file has words for {@code code} of {@code kind}: what the test of every enum asks. */
	public static boolean has(String kind, String code) {
		return code != null && WORDS.containsKey(kind + "." + code);
	}

	/** The choices of one kind, in the order a form offers them; none for a kind the file does not know. */
	public static List<Option> options(String kind) {
		return KINDS.getOrDefault(kind, List.of());
	}

	private static Map<String, String> load() {
		InputStream in = Labels.class.getClassLoader().getResourceAsStream(FILE);
		if (in == null) {
			throw new IllegalStateException(FILE + " is not on the classpath: the codes would have no words");
		}
		try (Reader file = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return Collections.unmodifiableMap(read(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}

	/**
	 * The file's words, in the order of its lines. {@link Properties} reads the format (comments, {@code \ }
	 * in a key) but keeps no order, so the one loading hands on each entry as it reads it. A key written twice
	 * is refused, since the later line would silently win over the earlier; so is a key without words or
	 * without a kind.
	 */
	static Map<String, String> read(Reader file) throws IOException {
		Map<String, String> words = new LinkedHashMap<>();
		List<String> faults = new ArrayList<>();
		new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				faults.addAll(faults(String.valueOf(key), String.valueOf(value), words));
				words.putIfAbsent(String.valueOf(key), String.valueOf(value));
				return super.put(key, value);
			}

		}.load(file);
		if (!faults.isEmpty()) {
			throw new IllegalStateException(FILE + ": " + String.join("; ", faults));
		}
		return words;
	}

	private static List<String> faults(String key, String label, Map<String, String> before) {
		List<String> faults = new ArrayList<>();
		if (before.containsKey(key)) {
			faults.add(key + " is written twice");
		}
		if (label.isBlank()) {
			faults.add(key + " has no words");
		}
		if (key.indexOf('.') <= 0 || key.endsWith(".")) {
			faults.add(key + " is not kind.CODE");
		}
		return faults;
	}

	private static Map<String, List<Option>> byKind(Map<String, String> words) {
		Map<String, List<Option>> kinds = new LinkedHashMap<>();
		words.forEach((key, label) -> {
			int dot = key.indexOf('.');
			kinds.computeIfAbsent(key.substring(0, dot), k -> new ArrayList<>())
				.add(new Option(key.substring(dot + 1), label));
		});
		kinds.replaceAll((kind, options) -> List.copyOf(options));
		return Collections.unmodifiableMap(kinds);
	}

}
