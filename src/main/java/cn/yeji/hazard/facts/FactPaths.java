package cn.yeji.hazard.facts;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders fact paths the way a reader expects: array indexes numerically, the rest by name. */
public final class FactPaths {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	/** {@code buildings[2].id} sorts before {@code buildings[10].id}. */
	public static final Comparator<String> ORDER = Comparator.comparing(FactPaths::sortKey);

	private FactPaths() {
	}

	private static String sortKey(String path) {
		Matcher m = INDEX.matcher(path);
		StringBuilder key = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(key, "[" + String.format("%09d", Integer.parseInt(m.group(1))) + "]");
		}
		m.appendTail(key);
		return key.toString();
	}

}
