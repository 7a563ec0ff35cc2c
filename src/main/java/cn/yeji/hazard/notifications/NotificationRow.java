package cn.yeji.hazard.notifications;

import java.time.OffsetDateTime;

/** A notification as stored; unread while {@code readAt} is null. Public for the page's template to read. */
public record NotificationRow(long id, String recipient, NoticeKind kind, String subjectType, String subjectId,
		String occasion, String title, String body, OffsetDateTime createdAt, OffsetDateTime readAt) {

	public String link() {
		return Notice.link(subjectType, subjectId);
	}

	public boolean unread() {
		return readAt == null;
	}

}
