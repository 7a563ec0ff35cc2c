package cn.yeji.hazard.rules;

/**
 * A view of DRL text for the lint, the same length as the original so offsets map to the same lines.
 */
final class DrlText {

	private DrlText() {
	}

	/** Comments blanked out (newlines kept); string literals kept. */
	static String withoutComments(String text) {
		StringBuilder out = new StringBuilder(text);
		int i = 0;
		while (i < out.length()) {
			char c = out.charAt(i);
			if (c == '"') {
				i = skipString(out, i);
			}
			else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
				while (i < out.length() && out.charAt(i) != '\n') {
					out.setCharAt(i++, ' ');
				}
			}
			else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
				while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
					blank(out, i++);
				}
				if (i < out.length()) {
					out.setCharAt(i++, ' ');
					out.setCharAt(i++, ' ');
				}
			}
			else {
				i++;
			}
		}
		return out.toString();
	}

	/** The index just past the string literal that starts at {@code start}. */
	private static int skipString(CharSequence s, int start) {
		int i = start + 1;
		while (i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\n') {
			i += s.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i + 1, s.length());
	}

	private static void blank(StringBuilder out, int i) {
		if (out.charAt(i) != '\n') {
			out.setCharAt(i, ' ');
		}
	}

}
