package cn.yeji.hazard.export;

import java.util.List;

/**
 * The Chinese words a report uses for the API's codes; an unknown code is shown as it is. A report's column
 * holds a bare code without its kind, so the code is looked up in the kinds a report shows, in the shared
 * words ({@link cn.yeji.hazard.system.Labels}) the console reads too.
 */
public final class Labels {

	/** The kinds a report's codes are of; the one code two of them share (INSTITUTION) has one word in both. */
	private static final List<String> KINDS = List.of("level", "channel", "status", "subjectType", "facilityKind");

	private Labels() {
	}

	/** {@code code} in words; none stays none, so that an empty cell stays empty. */
	public static String of(String code) {
		return code == null ? null : cn.yeji.hazard.system.Labels.among(KINDS, code);
	}

}
