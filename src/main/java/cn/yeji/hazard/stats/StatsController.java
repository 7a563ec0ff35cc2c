package cn.yeji.hazard.stats;

import java.time.LocalDate;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.StatisticsApi;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.GroupByDto;
import cn.yeji.hazard.api.model.HazardStatisticsDto;
import cn.yeji.hazard.api.model.SlowInstitutionDto;
import cn.yeji.hazard.api.model.SlowProgressDto;
import cn.yeji.hazard.api.model.SlowTownshipDto;
import cn.yeji.hazard.api.model.StatsRowDto;
import cn.yeji.hazard.api.model.TrendPointDto;
import cn.yeji.hazard.export.Exports;

/**
 * {@code /api/v1/stats}, as the OpenAPI document declares it: the whole district, counted by {@link StatsService}
 * and written out in the API's types here, so the service knows nothing of them.
 */
@RestController
class StatsController implements StatisticsApi {

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@Override
	public ResponseEntity<HazardStatisticsDto> hazardStatistics(LocalDate from, LocalDate to, GroupByDto groupBy) {
		return ResponseEntity.ok(statistics(stats.figures(from, to, null).statistics(groupBy(groupBy))));
	}

	@Override
	public ResponseEntity<Resource> exportHazardStatistics(ExportFormatDto format, LocalDate from, LocalDate to,
			GroupByDto groupBy) {
		Statistics statistics = stats.figures(from, to, null).statistics(groupBy(groupBy));
		return Exports.response(StatsService.table(statistics), format.getValue(),
				"hazard-statistics-" + statistics.from() + "-" + statistics.to());
	}

	@Override
	public ResponseEntity<SlowProgressDto> slowProgress() {
		return ResponseEntity.ok(slow(stats.slowProgress(null)));
	}

	/**
	 * The API's grouping as the service takes it, {@code null} for none; the dashboard reads its
	 * {@code groupBy} parameter in the API's words too, and through here.
	 */
	static GroupBy groupBy(GroupByDto groupBy) {
		return groupBy == null ? null : switch (groupBy) {
			case TOWNSHIP -> GroupBy.TOWNSHIP;
			case RULE_ID -> GroupBy.RULE_ID;
			case CHANNEL -> GroupBy.CHANNEL;
			case STATUS -> GroupBy.STATUS;
		};
	}

	private static GroupByDto groupByDto(GroupBy groupBy) {
		return groupBy == null ? null : switch (groupBy) {
			case TOWNSHIP -> GroupByDto.TOWNSHIP;
			case RULE_ID -> GroupByDto.RULE_ID;
			case CHANNEL -> GroupByDto.CHANNEL;
			case STATUS -> GroupByDto.STATUS;
		};
	}

	private static HazardStatisticsDto statistics(Statistics s) {
		return new HazardStatisticsDto(s.from(), s.to(), s.asOf(), row(s.total()),
				s.groups().stream().map(StatsController::row).toList(),
				s.trend().stream().map(p -> new TrendPointDto(p.month().toString(), p.openMajor())).toList())
			.groupBy(groupByDto(s.groupBy()));
	}

	private static StatsRowDto row(HazardStatistics.Row r) {
		return new StatsRowDto(r.key(), r.found(), r.closed(), r.open(), r.overdue(), r.rectificationRate())
			.medianDaysToClose(r.medianDaysToClose());
	}

	private static SlowProgressDto slow(SlowProgress slow) {
		return new SlowProgressDto(slow.asOf(), slow.townships()
			.stream()
			.map(t -> new SlowTownshipDto(t.township(), t.overdue(), t.refused(), t.institutions()
				.stream()
				.map(i -> new SlowInstitutionDto(i.facilityId(), i.overdue(), i.refused(), i.hazardIds())
					.facilityName(i.facilityName()))
				.toList()))
			.toList());
	}

}
