package cn.yeji.hazard.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one period, as the API answers them and the export lists them.
 *
 * @param asOf the day open and overdue entries are counted on
 * @param groupBy what {@code groups} is grouped by; {@code null} when no grouping was asked for, and then
 * {@code groups} is empty
 */
record Statistics(LocalDate from, LocalDate to, LocalDate asOf, GroupBy groupBy, HazardStatistics.Row total,
		List<HazardStatistics.Row> groups, List<HazardStatistics.Point> trend) {
}
