package cn.yeji.hazard.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.yeji.hazard.api.model.GroupByDto;
import cn.yeji.hazard.hazards.HazardFacts;

/**
 * Time to compute the hazard statistics over a generated ledger (default 100,000 entries over 1,000
 * facilities in 10 townships, found across 2024-2026), on H2 (the embedded default) or PostgreSQL.
 * <pre>mvn -Pbench -DskipTests test-compile exec:exec -Dbench.main=cn.yeji.hazard.stats.StatsBench -Dbench.args="h2 100000"</pre>
 */
public final class StatsBench {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private static final String[] TOWNSHIPS = { "史河街道", "三元镇", "孙岗乡", "洪集镇", "姚李镇", "平岗街道", "新集镇", "镇东", "镇西",
			"开发区" };

	private static final String[] RULES = { "MCA2023-4.1", "MCA2023-4.2", "MCA2023-4.3", "MCA2023-4.4", "MCA2023-5.2",
			"YJ-2.1", "YJ-2.2", "YJ-3.1", "YJ-4.1", "GB35181-C3" };

	private static final String[] CHANNELS = { "SELF_CHECK", "SUPERVISORY_INSPECTION", "JOINT_INSPECTION",
			"PUBLIC_REPORT", "THIRD_PARTY_ASSESSMENT" };

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 && !args[0].isBlank() ? args[0] : "h2";
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		String schema = "hj_bench_" + System.nanoTime();
		DataSource ds = dataSource(database, schema);
		Flyway.configure().dataSource(ds).schemas(database.equals("postgres") ? new String[] { schema } : new String[0])
			.load()
			.migrate();
		long t0 = System.nanoTime();
		generate(new JdbcTemplate(ds), count);
		System.err.printf("generated %,d entries in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);

		StatsController stats = new StatsController(new StatsService(new HazardFacts(JdbcClient.create(ds)),
				Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"))));
		LocalDate from = LocalDate.of(2024, 1, 1);
		for (GroupByDto groupBy : new GroupByDto[] { GroupByDto.TOWNSHIP, GroupByDto.RULE_ID, GroupByDto.STATUS }) {
			report("stats groupBy=" + groupBy, () -> stats.hazardStatistics(from, TODAY, groupBy));
		}
		report("slow-progress", stats::slowProgress);
		report("stats export xlsx", () -> stats.exportHazardStatistics(cn.yeji.hazard.api.model.ExportFormatDto.XLSX, from,
				TODAY, GroupByDto.TOWNSHIP));
		if (database.equals("postgres")) {
			new JdbcTemplate(ds).execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private static void report(String what, Runnable work) {
		for (int i = 0; i < 3; i++) {
			work.run();
		}
		double[] ms = new double[10];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf("%-28s median %7.1f ms   min %7.1f ms   max %7.1f ms%n", what, (ms[4] + ms[5]) / 2, ms[0], ms[9]);
	}

	private static DataSource dataSource(String database, String schema) throws Exception {
		if (database.equals("postgres")) {
			return pool("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres");
		}
		Path dir = Path.of("target", "bench-stats");
		if (Files.exists(dir)) {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return pool("jdbc:h2:file:./" + dir + "/ledger", "sa");
	}

	/** Pooled as the service pools them: an H2 file closes, and is reopened, when its last connection does. */
	private static DataSource pool(String url, String user) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(url);
		ds.setUsername(user);
		ds.setPassword("");
		return ds;
	}

	/** Entries found over nearly three years; three in four closed, a third of the rest past their deadline. */
	private static void generate(JdbcTemplate jdbc, int count) {
		Random random = new Random(42);
		OffsetDateTime now = OffsetDateTime.of(2026, 11, 29, 0, 0, 0, 0, ZoneOffset.ofHours(8));
		List<Object[]> facilities = new ArrayList<>();
		for (int f = 0; f < 1000; f++) {
			facilities.add(new Object[] { "F" + f, "机构" + f, TOWNSHIPS[f % TOWNSHIPS.length], now });
		}
		jdbc.batchUpdate("INSERT INTO facility (id, name, township, updated_at) VALUES (?, ?, ?, ?)", facilities);
		List<Object[]> rows = new ArrayList<>();
		long span = TODAY.toEpochDay() - LocalDate.of(2024, 1, 1).toEpochDay();
		for (int i = 0; i < count; i++) {
			int f = random.nextInt(1000);
			LocalDate found = LocalDate.of(2024, 1, 1).plusDays(random.nextLong(span));
			LocalDate deadline = found.plusDays(30 + random.nextInt(60));
			boolean closed = random.nextInt(4) > 0;
			LocalDate closedOn = closed ? found.plusDays(1 + random.nextInt(90)) : null;
			if (closedOn != null && closedOn.isAfter(TODAY)) {
				closedOn = TODAY;
			}
			String rule = RULES[random.nextInt(RULES.length)];
			rows.add(new Object[] { "F" + f, TOWNSHIPS[f % TOWNSHIPS.length], rule, rule.startsWith("YJ-4") ? "REVIEW" : "MAJOR",
					"生成的隐患", CHANNELS[random.nextInt(CHANNELS.length)], Date.valueOf(found), "[]",
					closed ? "CLOSED" : "RECTIFYING", random.nextInt(10) == 0 ? 1 : 0, Date.valueOf(deadline),
					closedOn == null ? null : Date.valueOf(closedOn), closed ? null : "F" + f + "|" + rule + "|" + i, now });
			if (rows.size() == 5000) {
				insert(jdbc, rows);
				rows.clear();
			}
		}
		insert(jdbc, rows);
	}

	private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
		jdbc.batchUpdate("""
				INSERT INTO hazard (facility_id, township, rule_id, hazard_level, title, channel, found_on, evidence_json,
				       status, escalated, refusals, deadline, closed_on, open_key, opened_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, 0)""", rows);
	}

}
