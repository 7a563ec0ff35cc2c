package cn.yeji.hazard.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yeji.hazard.api.model.StatsRowDto;
import cn.yeji.hazard.api.model.TrendPointDto;
import cn.yeji.hazard.export.Labels;

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

	static Map<String, Chart> of(List<StatsRowDto> townships, List<TrendPointDto> trend, List<StatsRowDto> channels,
			List<StatsRowDto> clauses) {
		Map<String, Chart> charts = new LinkedHashMap<>();
		charts.put("township", new Chart("bar", true, false, keys(townships, StatsRowDto::getKey),
				List.of(series("found", "发现", townships, StatsRowDto::getFound),
						series("closed", "已销号", townships, StatsRowDto::getClosed),
						series("open", "未销号", townships, StatsRowDto::getOpen))));
		charts.put("trend", new Chart("line", false, false, trend.stream().map(TrendPointDto::getMonth).toList(),
				List.of(new Series("openMajor", "月末未销号重大隐患", trend.stream().map(TrendPointDto::getOpenMajor).toList()))));
		charts.put("overdue", new Chart("bar", true, true, keys(townships, StatsRowDto::getKey),
				List.of(series("overdue", "逾期未改", townships, StatsRowDto::getOverdue),
						series("onTime", "未销号、未逾期", townships, r -> r.getOpen() - r.getOverdue()))));
		charts.put("channel", new Chart("pie", false, false, keys(channels, r -> Labels.of(r.getKey())),
				List.of(series("found", "发现", channels, StatsRowDto::getFound))));
		charts.put("clause", new Chart("bar", true, false, keys(clauses, StatsRowDto::getKey),
				List.of(series("found", "发现", clauses, StatsRowDto::getFound),
						series("open", "未销号", clauses, StatsRowDto::getOpen))));
		return charts;
	}

	private static List<String> keys(List<StatsRowDto> rows, Function<StatsRowDto, String> name) {
		return rows.stream().map(name).toList();
	}

	private static Series series(String key, String name, List<StatsRowDto> rows, Function<StatsRowDto, Long> value) {
		return new Series(key, name, rows.stream().map(value).toList());
	}

}
