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

import org.springframework.stereotype.Service;

import cn.yeji.hazard.export.Labels;
import cn.yeji.hazard.export.Percent;
import cn.yeji.hazard.export.Table;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.hazards.HazardFact;
import cn.yeji.hazard.hazards.HazardFacts;

/**
 * The statistics the API and the dashboard (统计分析) both show, so their numbers cannot drift apart: one
 * period, the whole district or one township.
 */
@Service
class StatsService {

	private final HazardFacts store;

	private final Clock clock;

	StatsService(HazardFacts store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The entries of a period (this year up to today when a day is not given) in {@code township}, or in
	 * every township when it is {@code null}.
	 *
	 * @throws InvalidRequestException naming {@code from} when it lies after {@code to}
	 */
	Figures figures(LocalDate from, LocalDate to, String township) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		if (start.isAfter(end)) {
			throw new InvalidRequestException(List.of(new FieldProblem("from", start.toString(), "起始日期不得晚于截止日期 " + end)));
		}
		return new Figures(start, end, today, store.foundBetween(start, end, township),
				store.majorOpenDuring(start, end, township));
	}

	/** Entries found in a period, and the MAJOR ones open during it, counted as of {@code today}. */
	record Figures(LocalDate from, LocalDate to, LocalDate today, List<HazardFact> found, List<HazardFact> major) {

		HazardStatistics.Row total() {
			return HazardStatistics.row(HazardStatistics.ALL, found, today);
		}

		/** One row per group, none when {@code groupBy} is {@code null}. */
		List<HazardStatistics.Row> groups(GroupBy groupBy) {
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

		/** MAJOR entries open at each month's end: the 动态清零 trend. */
		List<HazardStatistics.Point> trend() {
			return HazardStatistics.trend(major, from, to, today);
		}

		Statistics statistics(GroupBy groupBy) {
			return new Statistics(from, to, today, groupBy, total(), groups(groupBy), trend());
		}

	}

	/** The grouped statistics with the total last, under Chinese headers, for a CSV or Excel download. */
	static Table table(Statistics stats) {
		List<List<Object>> rows = new ArrayList<>();
		for (HazardStatistics.Row r : stats.groups()) {
			rows.add(cells(r));
		}
		rows.add(cells(stats.total()));
		return new Table("隐患统计", List.of(groupHeader(stats.groupBy()), "发现数", "已销号", "未销号", "逾期未改", "整改率",
				"销号用时中位数（天）"), rows);
	}

	static String groupHeader(GroupBy groupBy) {
		return groupBy == null ? "分组" : switch (groupBy) {
			case TOWNSHIP -> "乡镇（街道）";
			case RULE_ID -> "条款";
			case CHANNEL -> "发现渠道";
			case STATUS -> "状态";
		};
	}

	private static List<Object> cells(HazardStatistics.Row r) {
		return Arrays.asList(Labels.of(r.key()), r.found(), r.closed(), r.open(), r.overdue(),
				new Percent(r.rectificationRate()), r.medianDaysToClose());
	}

	/**
	 * Townships with an entry past its deadline or refused at acceptance, worst first, as of today: what
	 * 通报 and 约谈 are decided on. Only {@code township} when one is given.
	 */
	SlowProgress slowProgress(String township) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Map<String, List<HazardFact>>> byTownship = new TreeMap<>();
		for (HazardFact f : store.slow(today, township)) {
			byTownship.computeIfAbsent(f.township() == null ? "（未填）" : f.township(), k -> new TreeMap<>())
				.computeIfAbsent(f.facilityId(), k -> new ArrayList<>())
				.add(f);
		}
		List<SlowProgress.Township> townships = new ArrayList<>();
		byTownship.forEach((name, institutions) -> townships.add(township(name, institutions, today)));
		townships.sort(Comparator.comparingInt((SlowProgress.Township t) -> t.overdue() + t.refused()).reversed());
		return new SlowProgress(today, townships);
	}

	private static SlowProgress.Township township(String township, Map<String, List<HazardFact>> institutions,
			LocalDate today) {
		List<SlowProgress.Institution> list = new ArrayList<>();
		int overdue = 0;
		int refused = 0;
		for (List<HazardFact> facts : institutions.values()) {
			int o = (int) facts.stream().filter(f -> f.overdueOn(today)).count();
			int r = (int) facts.stream().filter(f -> f.refusals() > 0).count();
			overdue += o;
			refused += r;
			list.add(new SlowProgress.Institution(facts.get(0).facilityId(), facts.get(0).facilityName(), o, r,
					facts.stream().map(HazardFact::id).toList()));
		}
		list.sort(Comparator.comparingInt((SlowProgress.Institution i) -> i.overdue() + i.refused()).reversed());
		return new SlowProgress.Township(township, overdue, refused, list);
	}

}
