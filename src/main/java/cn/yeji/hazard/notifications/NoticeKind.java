package cn.yeji.hazard.notifications;

import cn.yeji.hazard.system.Labels;

/** What a reminder is about; the label users read is {@code noticeKind.*} in the one label dictionary. */
public enum NoticeKind {

	/** a rectification deadline is near (hazard.notifications.deadline-days) */
	DEADLINE_NEAR,
	/** an entry's deadline has passed and it is not closed (township officers) */
	HAZARD_OVERDUE,
	/** an entry is overdue by hazard.notifications.district-after-days or more (district officers) */
	HAZARD_LONG_OVERDUE,
	/** a planned inspection is past its due date and not done (its inspector) */
	TASK_OVERDUE,
	/** an institution will fall short of a cadence at the current pace */
	AT_RISK,
	/** an entry was escalated (提级治理) */
	ESCALATED,
	/** a MAJOR or REVIEW entry was opened (its township's officers; the district officers for MAJOR) */
	NEW_HAZARD;

	public String label() {
		return Labels.of("noticeKind", name());
	}

}
