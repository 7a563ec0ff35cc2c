package cn.yeji.hazard.stats;

import java.time.LocalDate;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.StatisticsApi;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.GroupByDto;
import cn.yeji.hazard.api.model.HazardStatisticsDto;
import cn.yeji.hazard.api.model.SlowProgressDto;
import cn.yeji.hazard.export.Exports;

/** {@code /api/v1/stats}, as the OpenAPI document declares it: the whole district, counted by {@link StatsService}. */
@RestController
class StatsController implements StatisticsApi {

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@Override
	public ResponseEntity<HazardStatisticsDto> hazardStatistics(LocalDate from, LocalDate to, GroupByDto groupBy) {
		return ResponseEntity.ok(stats.figures(from, to, null).statistics(groupBy));
	}

	@Override
	public ResponseEntity<Resource> exportHazardStatistics(ExportFormatDto format, LocalDate from, LocalDate to,
			GroupByDto groupBy) {
		HazardStatisticsDto statistics = stats.figures(from, to, null).statistics(groupBy);
		return Exports.response(StatsService.table(statistics), format.getValue(),
				"hazard-statistics-" + statistics.getFrom() + "-" + statistics.getTo());
	}

	@Override
	public ResponseEntity<SlowProgressDto> slowProgress() {
		return ResponseEntity.ok(stats.slowProgress(null));
	}

}
