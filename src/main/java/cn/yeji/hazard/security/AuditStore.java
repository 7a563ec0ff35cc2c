package cn.yeji.hazard.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.system.SqlFilter;

/** The append-only audit log: there is no update or delete here, nor anywhere else. */
@Repository
class AuditStore {

	private final JdbcClient jdbc;

	AuditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Entry(long id, OffsetDateTime at, String actor, String method, String path, int status, String remoteAddr) {
	}

	void append(OffsetDateTime at, String actor, String method, String path, int status, String remoteAddr) {
		jdbc.sql("""
				INSERT INTO audit_log (happened_at, actor, method, path, status, remote_addr)
				VALUES (:at, :actor, :method, :path, :status, :remote)""")
			.param("at", at)
			.param("actor", actor)
			.param("method", method)
			.param("path", path.length() > 500 ? path.substring(0, 500) : path)
			.param("status", status)
			.param("remote", remoteAddr)
			.update();
	}

	Page<Entry> page(String actor, LocalDate from, LocalDate to, ZoneId zone, int page, int size) {
		return Page.fetch(jdbc, "SELECT * FROM audit_log", "FROM audit_log", filter(actor, from, to, zone), "id DESC",
				(rs, n) -> new Entry(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class),
						rs.getString("actor"), rs.getString("method"), rs.getString("path"), rs.getInt("status"),
						rs.getString("remote_addr")),
				page, size);
	}

	private static SqlFilter filter(String actor, LocalDate from, LocalDate to, ZoneId zone) {
		return new SqlFilter().and("actor = :actor", "actor", actor)
			.and("happened_at >= :from", "from", from == null ? null : from.atStartOfDay(zone).toOffsetDateTime())
			.and("happened_at < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
	}

}
