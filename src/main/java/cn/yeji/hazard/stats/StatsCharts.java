package cn.yeji.hazard.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.stats.HazardStatistics.Point;
import cn.yeji.hazard.stats.HazardStatistics.Row;

/**
 * The dashboard's charts as plain data for {@code stats.js}: categories and named series taken from the
 * same rows as the tables under them, so a chart can never show other numbers than its table.
 */
final class StatsCharts {

	/** @param key what the series counts (found, closed, open, overdue, onTime, openMajor), which picks its colour */
	record Series(String key, String name, List<Long> data) {
	}

	/** @param kind {@code bar}, {@code line} or {@code pie}; a horizontal bar chart lists its categories down the side */
	record Chart(String kind, boolean horizontal, boolean stacked, List<String> categories, List<Series> series) {
	}

	private StatsCharts() {
	}

	static Map<String, Chart> of(List<Row> townships, List<Point> trend, List<Row> channels, List<Row> clauses) {
		Map<String, Chart> charts = new LinkedHashMap<>();
		charts.put("township", new Chart("bar", true, false, keys(townships, Row::key),
				List.of(series("found", "发现", townships, Row::found), series("closed", "已销号", townships, Row::closed),
						series("open", "未销号", townships, Row::open))));
		charts.put("trend", new Chart("line", false, false, trend.stream().map(p -> p.month().toString()).toList(),
				List.of(new Series("openMajor", "月末未销号重大隐患", trend.stream().map(Point::openMajor).toList()))));
		charts.put("overdue", new Chart("bar", true, true, keys(townships, Row::key),
				List.of(series("overdue", "逾期未改", townships, Row::overdue),
						series("onTime", "未销号、未逾期", townships, r -> r.open() - r.overdue()))));
		charts.put("channel", new Chart("pie", false, false, keys(channels, r -> Labels.of(r.key())),
				List.of(series("found", "发现", channels, Row::found))));
		charts.put("clause", new Chart("bar", true, false, keys(clauses, Row::key),
				List.of(series("found", "发现", clauses, Row::found), series("open", "未销号", clauses, Row::open))));
		return charts;
	}

	private static List<String> keys(List<Row> rows, Function<Row, String> name) {
		return rows.stream().map(name).toList();
	}

	private static Series series(String key, String name, List<Row> rows, Function<Row, Long> value) {
		return new Series(key, name, rows.stream().map(value).toList());
	}

}
