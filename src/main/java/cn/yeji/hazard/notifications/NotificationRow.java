package cn.yeji.hazard.notifications;

import java.time.OffsetDateTime;

/** A notification as stored; unread while {@code readAt} is null. */
record NotificationRow(long id, String recipient, NoticeKind kind, String subjectType, String subjectId,
		String occasion, String title, String body, OffsetDateTime createdAt, OffsetDateTime readAt) {

	String link() {
		return Notice.link(subjectType, subjectId);
	}

	boolean unread() {
		return readAt == null;
	}

}
