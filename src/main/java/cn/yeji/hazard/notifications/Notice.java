package cn.yeji.hazard.notifications;

/**
 * One reminder for one user. Kind, subject, occasion and recipient make it once: posting it again changes nothing.
 *
 * @param subjectType {@code HAZARD}, {@code TASK} or {@code FACILITY}
 * @param occasion what makes this reminder new, e.g. the deadline it is about: a new deadline is a new reminder
 */
public record Notice(NoticeKind kind, String subjectType, String subjectId, String occasion, String recipient,
		String title, String body) {

	public static final String HAZARD = "HAZARD";

	public static final String TASK = "TASK";

	public static final String FACILITY = "FACILITY";

	/** The console page the reminder is about. */
	public static String link(String subjectType, String subjectId) {
		return switch (subjectType) {
			case HAZARD -> "/hazards/" + subjectId;
			case FACILITY -> "/facilities/" + subjectId;
			default -> "/tasks";
		};
	}

}
