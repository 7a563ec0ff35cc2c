package cn.yeji.hazard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import cn.yeji.hazard.hazards.HazardFact;

class HazardStatisticsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static HazardFact entry(long id, String township, String status, String found, String deadline, String closed) {
		return new HazardFact(id, "F" + id, "机构" + id, township, "MCA2023-4.1", "MAJOR", "SUPERVISORY_INSPECTION", status,
				LocalDate.parse(found), deadline == null ? null : LocalDate.parse(deadline),
				closed == null ? null : LocalDate.parse(closed), 0);
	}

	private static final List<HazardFact> LEDGER = List.of(
			entry(1, "三元镇", "CLOSED", "2026-01-10", "2026-02-10", "2026-01-20"),
			entry(2, "三元镇", "CLOSED", "2026-03-01", "2026-04-01", "2026-03-31"),
			entry(3, "三元镇", "RECTIFYING", "2026-05-01", "2026-06-01", null),
			entry(4, "孙岗乡", "OPEN", "2026-10-01", null, null),
			entry(5, "孙岗乡", "CLOSED", "2026-02-01", "2026-03-01", "2026-02-15"));

	@Test
	void found_closed_open_overdue_rate_and_median_days_are_counted_per_group() {
		List<HazardStatistics.Row> rows = HazardStatistics.grouped(LEDGER, HazardFact::township, TODAY);

		assertThat(rows).containsExactly(
				new HazardStatistics.Row("三元镇", 3, 2, 1, 1, 0.6667, 20.0),
				new HazardStatistics.Row("孙岗乡", 2, 1, 1, 0, 0.5, 14.0));
	}

	@Test
	void the_total_takes_the_median_over_every_closed_entry_and_none_closed_has_no_median() {
		assertThat(HazardStatistics.row("全部", LEDGER, TODAY).medianDaysToClose()).isEqualTo(14.0);
		assertThat(HazardStatistics.row("全部", List.of(LEDGER.get(2)), TODAY).medianDaysToClose()).isNull();
		assertThat(HazardStatistics.row("全部", List.of(), TODAY).rectificationRate()).isZero();
	}

	@Test
	void the_trend_counts_major_entries_open_at_each_months_end() {
		List<HazardStatistics.Point> trend = HazardStatistics.trend(LEDGER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), TODAY);

		assertThat(trend).hasSize(11);
		assertThat(trend.get(0)).isEqualTo(new HazardStatistics.Point(YearMonth.of(2026, 1), 0)); // 1 opened and closed
		assertThat(trend.get(1).openMajor()).isZero(); // 5 closed 15 Feb
		assertThat(trend.get(2).openMajor()).isZero(); // 2 closed 31 Mar: not open at the month's end
		assertThat(trend.get(4).openMajor()).isEqualTo(1); // 3 from May
		assertThat(trend.get(10)).isEqualTo(new HazardStatistics.Point(YearMonth.of(2026, 11), 2)); // 3 and 4, as of today
	}

}
