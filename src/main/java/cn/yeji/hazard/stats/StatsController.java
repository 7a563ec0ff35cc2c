package cn.yeji.hazard.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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
import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.export.Percent;
import cn.yeji.hazard.export.Table;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;

/** {@code /api/v1/stats}, as the OpenAPI document declares it. */
@RestController
class StatsController implements StatisticsApi {

	private final StatsStore store;

	private final Clock clock;

	StatsController(StatsStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public ResponseEntity<HazardStatisticsDto> hazardStatistics(LocalDate from, LocalDate to, GroupByDto groupBy) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		checkRange(start, end);
		List<HazardFact> found = store.foundBetween(start, end);
		HazardStatisticsDto dto = new HazardStatisticsDto(start, end, today, row(HazardStatistics.row(HazardStatistics.ALL, found, today)),
				groups(found, groupBy, today).stream().map(StatsController::row).toList(),
				HazardStatistics.trend(store.majorOpenDuring(start, end), start, end, today)
					.stream()
					.map(p -> new TrendPointDto(p.month().toString(), p.openMajor()))
					.toList());
		return ResponseEntity.ok(dto.groupBy(groupBy));
	}

	@Override
	public ResponseEntity<Resource> exportHazardStatistics(ExportFormatDto format, LocalDate from, LocalDate to,
			GroupByDto groupBy) {
		HazardStatisticsDto stats = hazardStatistics(from, to, groupBy).getBody();
		List<List<Object>> rows = new ArrayList<>();
		for (StatsRowDto r : stats.getGroups()) {
			rows.add(cells(r));
		}
		rows.add(cells(stats.getTotal()));
		String groupHeader = groupBy == null ? "分组" : switch (groupBy) {
			case TOWNSHIP -> "乡镇（街道）";
			case RULE_ID -> "条款";
			case CHANNEL -> "发现渠道";
			case STATUS -> "状态";
		};
		Table table = new Table("隐患统计", List.of(groupHeader, "发现数", "已销号", "未销号", "逾期未改", "整改率", "销号用时中位数（天）"),
				rows);
		return Exports.response(table, format.getValue(), "hazard-statistics-" + stats.getFrom() + "-" + stats.getTo());
	}

	@Override
	public ResponseEntity<SlowProgressDto> slowProgress() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Map<String, List<HazardFact>>> byTownship = new TreeMap<>();
		for (HazardFact f : store.slow(today)) {
			byTownship.computeIfAbsent(f.township() == null ? "（未填）" : f.township(), k -> new TreeMap<>())
				.computeIfAbsent(f.facilityId(), k -> new ArrayList<>())
				.add(f);
		}
		List<SlowTownshipDto> townships = new ArrayList<>();
		byTownship.forEach((township, institutions) -> townships.add(township(township, institutions, today)));
		townships.sort(Comparator.comparing((SlowTownshipDto t) -> t.getOverdue() + t.getRefused()).reversed());
		return ResponseEntity.ok(new SlowProgressDto(today, townships));
	}

	private static SlowTownshipDto township(String township, Map<String, List<HazardFact>> institutions, LocalDate today) {
		List<SlowInstitutionDto> list = new ArrayList<>();
		int overdue = 0;
		int refused = 0;
		for (List<HazardFact> facts : institutions.values()) {
			int o = (int) facts.stream().filter(f -> f.overdueOn(today)).count();
			int r = (int) facts.stream().filter(f -> f.refusals() > 0).count();
			overdue += o;
			refused += r;
			list.add(new SlowInstitutionDto(facts.get(0).facilityId(), o, r, facts.stream().map(HazardFact::id).toList())
				.facilityName(facts.get(0).facilityName()));
		}
		list.sort(Comparator.comparing((SlowInstitutionDto i) -> i.getOverdue() + i.getRefused()).reversed());
		return new SlowTownshipDto(township, overdue, refused, list);
	}

	private static List<HazardStatistics.Row> groups(List<HazardFact> found, GroupByDto groupBy, LocalDate today) {
		if (groupBy == null) {
			return List.of();
		}
		Function<HazardFact, String> key = switch (groupBy) {
			case TOWNSHIP -> HazardFact::township;
			case RULE_ID -> HazardFact::ruleId;
			case CHANNEL -> HazardFact::channel;
			case STATUS -> HazardFact::status;
		};
		return HazardStatistics.grouped(found, key, today);
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidRequestException(List.of(new FieldProblem("from", from.toString(), "起始日期不得晚于截止日期 " + to)));
		}
	}

	private static StatsRowDto row(HazardStatistics.Row r) {
		return new StatsRowDto(r.key(), r.found(), r.closed(), r.open(), r.overdue(), r.rectificationRate())
			.medianDaysToClose(r.medianDaysToClose());
	}

	private static List<Object> cells(StatsRowDto r) {
		return Arrays.asList(Labels.of(r.getKey()), r.getFound(), r.getClosed(), r.getOpen(), r.getOverdue(),
				r.getRectificationRate() == null ? null : new Percent(r.getRectificationRate()), r.getMedianDaysToClose());
	}

}
