package cn.yeji.hazard.rules;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders rule ids the way the guideline reads: {@code YJ-2.2} before {@code YJ-2.10}. */
public final class RuleIds {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	public static final Comparator<String> ORDER = Comparator.comparing(RuleIds::sortKey);

	private RuleIds() {
	}

	private static String sortKey(String id) {
		Matcher m = NUMBER.matcher(id);
		StringBuilder key = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(key, String.format("%06d", Long.parseLong(m.group())));
		}
		m.appendTail(key);
		return key.toString();
	}

}
