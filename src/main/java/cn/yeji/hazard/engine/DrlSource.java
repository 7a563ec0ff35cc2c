package cn.yeji.hazard.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DRL file as its author wrote it.
 *
 * @param file the path officers know it by, relative to the rules folder (e.g. {@code mca2023/4-facilities.drl})
 * @param text the DRL
 */
public record DrlSource(String file, String text) {

	/** Read once here for both its readers: KIE files a source under it, and a pack checks it against pack.yaml. */
	private static final Pattern PACKAGE = Pattern.compile("^[ \\t]*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

	/** The 1-based line of a character offset in {@code text}, as officers' editors count it. */
	public static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** The first package declaration in {@code text}; empty when the file declares none. */
	public static Optional<DrlPackage> packageOf(String text) {
		Matcher m = PACKAGE.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(new DrlPackage(m.group(1), lineOf(text, m.start(1))));
	}

}
