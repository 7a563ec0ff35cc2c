package cn.yeji.hazard.notifications;

/** What a reminder is about, with the label users read. */
public enum NoticeKind {

	/** a rectification deadline is near (hazard.notifications.deadline-days) */
	DEADLINE_NEAR("整改期限将至"),
	/** an entry's deadline has passed and it is not closed (township officers) */
	HAZARD_OVERDUE("隐患整改逾期"),
	/** an entry is overdue by hazard.notifications.district-after-days or more (district officers) */
	HAZARD_LONG_OVERDUE("隐患长期逾期未整改"),
	/** a planned inspection is past its due date and not done (its inspector) */
	TASK_OVERDUE("检查任务逾期"),
	/** an institution will fall short of a cadence at the current pace */
	AT_RISK("检查培训演练频次预警"),
	/** an entry was escalated (提级治理) */
	ESCALATED("隐患提级治理");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
