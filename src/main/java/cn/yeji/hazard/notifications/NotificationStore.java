package cn.yeji.hazard.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.system.SqlFilter;

/** Notifications and their e-mail state, in SQL that runs on H2 and PostgreSQL alike. */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the notice unless it is there already. Two writers racing past the check meet the unique
	 * constraint instead ({@link org.springframework.dao.DuplicateKeyException}).
	 * @return whether a row was inserted
	 */
	boolean insert(Notice n, OffsetDateTime now, String mailState) {
		return jdbc.sql("""
				INSERT INTO notification (recipient, kind, subject_type, subject_id, occasion, title, body, created_at, mail_state)
				SELECT :recipient, :kind, :subjectType, :subjectId, :occasion, :title, :body, :now, :mailState
				FROM (VALUES (1)) one (x)
				WHERE NOT EXISTS (SELECT 1 FROM notification WHERE kind = :kind AND subject_type = :subjectType
				      AND subject_id = :subjectId AND occasion = :occasion AND recipient = :recipient)""")
			.param("recipient", n.recipient())
			.param("kind", n.kind().name())
			.param("subjectType", n.subjectType())
			.param("subjectId", n.subjectId())
			.param("occasion", n.occasion())
			.param("title", n.title())
			.param("body", n.body())
			.param("now", now)
			.param("mailState", mailState)
			.update() == 1;
	}

	Page<NotificationRow> inbox(String recipient, boolean unreadOnly, int page, int size) {
		SqlFilter where = new SqlFilter().and("n.recipient = :recipient", "recipient", recipient);
		if (unreadOnly) {
			where.and("n.read_at IS NULL");
		}
		return Page.fetch(jdbc, "SELECT n.* FROM notification n", "FROM notification n", where, "n.id DESC",
				NotificationStore::row, page, size);
	}

	long unread(String recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = :r AND read_at IS NULL")
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	Optional<NotificationRow> find(long id) {
		return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id).query(NotificationStore::row).optional();
	}

	/** Marks one of the recipient's notifications read; a second read keeps the first time. */
	void markRead(long id, String recipient, OffsetDateTime now) {
		jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND recipient = :r AND read_at IS NULL")
			.param("now", now)
			.param("id", id)
			.param("r", recipient)
			.update();
	}

	int markAllRead(String recipient, OffsetDateTime now) {
		return jdbc.sql("UPDATE notification SET read_at = :now WHERE recipient = :r AND read_at IS NULL")
			.param("now", now)
			.param("r", recipient)
			.update();
	}

	List<NotificationRow> mailPending(int limit) {
		return jdbc.sql("SELECT * FROM notification WHERE mail_state = 'PENDING' ORDER BY id LIMIT :limit")
			.param("limit", limit)
			.query(NotificationStore::row)
			.list();
	}

	/** Moves the e-mail state on only from {@code from}: whoever claims a row first sends it. */
	boolean mailState(long id, String from, String to) {
		return jdbc.sql("UPDATE notification SET mail_state = :to WHERE id = :id AND mail_state = :from")
			.param("to", to)
			.param("id", id)
			.param("from", from)
			.update() == 1;
	}

	private static NotificationRow row(ResultSet rs, int n) throws SQLException {
		return new NotificationRow(rs.getLong("id"), rs.getString("recipient"), NoticeKind.valueOf(rs.getString("kind")),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("occasion"), rs.getString("title"),
				rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("read_at", OffsetDateTime.class));
	}

}
