package cn.yeji.hazard.facts;

import java.util.Comparator;

/**
 * Orders fact paths and rule ids the way a reader expects: runs of digits compare as numbers, so
 * {@code buildings[2]} comes before {@code buildings[10]} and {@code YJ-2.2} before {@code YJ-2.10}.
 * Written without regular expressions or allocation: it runs for every evidence entry of every verdict.
 */
public final class FactPaths {

	public static final Comparator<String> ORDER = FactPaths::compare;

	private FactPaths() {
	}

	static int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (isDigit(ca) && isDigit(cb)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byNumber = compareNumbers(a, i, endA, b, j, endB);
				if (byNumber != 0) {
					return byNumber;
				}
				i = endA;
				j = endB;
			}
			else if (ca != cb) {
				return Character.compare(ca, cb);
			}
			else {
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
		while (i < endA - 1 && a.charAt(i) == '0') {
			i++;
		}
		while (j < endB - 1 && b.charAt(j) == '0') {
			j++;
		}
		int byLength = Integer.compare(endA - i, endB - j);
		if (byLength != 0) {
			return byLength;
		}
		for (; i < endA; i++, j++) {
			if (a.charAt(i) != b.charAt(j)) {
				return Character.compare(a.charAt(i), b.charAt(j));
			}
		}
		return 0;
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
