package cn.yeji.hazard.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import cn.yeji.hazard.hazards.HazardFact;

/** Counts over ledger entries; pure, so the numbers can be checked by hand. */
final class HazardStatistics {

	static final String ALL = "全部";

	private HazardStatistics() {
	}

	/** One group's figures. {@code medianDaysToClose} is {@code null} when nothing closed. */
	record Row(String key, long found, long closed, long open, long overdue, double rectificationRate,
			Double medianDaysToClose) {
	}

	record Point(YearMonth month, long openMajor) {
	}

	static Row row(String key, List<HazardFact> facts, LocalDate today) {
		long closed = 0;
		long overdue = 0;
		List<Long> days = new ArrayList<>();
		for (HazardFact f : facts) {
			if (f.closed()) {
				closed++;
				days.add(ChronoUnit.DAYS.between(f.foundOn(), f.closedOn()));
			}
			else if (f.overdueOn(today)) {
				overdue++;
			}
		}
		long found = facts.size();
		double rate = found == 0 ? 0 : Math.round(closed * 10000.0 / found) / 10000.0;
		return new Row(key, found, closed, found - closed, overdue, rate, median(days));
	}

	/** One row per group, in the group's natural order (township name, rule id, channel, status). */
	static List<Row> grouped(List<HazardFact> facts, Function<HazardFact, String> groupOf, LocalDate today) {
		Map<String, List<HazardFact>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		for (HazardFact f : facts) {
			groups.computeIfAbsent(groupOf.apply(f), k -> new ArrayList<>()).add(f);
		}
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, members) -> rows.add(row(key == null ? "（未填）" : key, members, today)));
		return rows;
	}

	/**
	 * MAJOR entries open at each month's end from {@code from} to {@code to}; the running month is counted
	 * as of today.
	 */
	static List<Point> trend(List<HazardFact> major, LocalDate from, LocalDate to, LocalDate today) {
		List<Point> points = new ArrayList<>();
		LocalDate last = to.isAfter(today) ? today : to;
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
			LocalDate end = m.atEndOfMonth().isAfter(last) ? last : m.atEndOfMonth();
			long open = major.stream().filter(f -> f.openAt(end)).count();
			points.add(new Point(m, open));
		}
		return points;
	}

	static Double median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
	}

}
