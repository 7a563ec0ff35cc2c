package cn.yeji.hazard.engine;

/**
 * One DRL file as its author wrote it.
 *
 * @param file the path officers know it by, relative to the rules folder (e.g. {@code mca2023/4-facilities.drl})
 * @param text the DRL
 */
public record DrlSource(String file, String text) {

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

}
