package cn.yeji.hazard.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.yeji.hazard.export.Table;

/**
 * The registry as a workbook: a sheet 机构 (one institution per row) and a sheet 建筑 (one building per row,
 * by institution id), under Chinese headers. The import template, the export and the import read the same
 * columns, so an export imports back unchanged. Cells are parsed with a message per bad cell.
 */
final class FacilityWorkbook {

	static final String FACILITIES = "机构";

	static final String BUILDINGS = "建筑";

	static final List<String> FACILITY_HEADERS = List.of("机构编号", "机构名称", "机构类型", "所属乡镇（街道）", "行政区划代码", "地址",
			"法定代表人", "主要负责人", "联系电话", "床位数", "设立许可证号或备案号", "星级", "纬度", "经度", "开业或备案日期");

	static final List<String> BUILDING_HEADERS = List.of("机构编号", "建筑编号", "建筑名称", "危险房屋鉴定等级", "鉴定日期", "消防验收或备案");

	/** Headers a row must fill. */
	static final List<String> REQUIRED = List.of("机构编号", "机构名称", "所属乡镇（街道）", "建筑编号");

	private static final Map<String, String> KINDS = Map.of("养老机构", "INSTITUTION", "社区养老服务设施", "COMMUNITY_FACILITY");

	private static final Map<String, String> GRADES = Map.of("A", "A", "B", "B", "C", "C", "D", "D", "未鉴定", "NOT_APPRAISED");

	private static final Map<String, String> ACCEPTANCES = Map.of("已验收", "ACCEPTED", "已备案", "FILED", "未取得", "MISSING",
			"无需", "NOT_REQUIRED");

	private FacilityWorkbook() {
	}

	/** The import template: both sheets with one example row each. */
	static List<Table> template() {
		FacilityRecord example = new FacilityRecord("YJ-0001", "叶集区示例养老院", "INSTITUTION", "三元镇", "341504",
				"叶集区三元镇示例路 1 号", "张三", "李四", "0564-0000000", 120, "示例备案号 001", 2, 31.85, 115.91,
				LocalDate.of(2015, 6, 1), List.of(new RegisteredBuilding("B1", "1号楼", "B", LocalDate.of(2023, 5, 10), "ACCEPTED")),
				0, true, null);
		return tables(List.of(example));
	}

	static List<Table> tables(List<FacilityRecord> facilities) {
		List<List<Object>> rows = new ArrayList<>();
		List<List<Object>> buildings = new ArrayList<>();
		for (FacilityRecord f : facilities) {
			rows.add(Arrays.asList(f.id(), f.name(), label(KINDS, f.kind()), f.township(), f.regionCode(), f.address(),
					f.legalRepresentative(), f.personInCharge(), f.phone(), f.bedCount(), f.licenceNo(), f.starRating(),
					f.latitude(), f.longitude(), f.operatingSince()));
			for (RegisteredBuilding b : f.buildings()) {
				buildings.add(Arrays.asList(f.id(), b.id(), b.name(), label(GRADES, b.appraisalGrade()), b.appraisedOn(),
						label(ACCEPTANCES, b.fireAcceptance())));
			}
		}
		return List.of(new Table(FACILITIES, FACILITY_HEADERS, rows), new Table(BUILDINGS, BUILDING_HEADERS, buildings));
	}

	private static String label(Map<String, String> labels, String code) {
		return code == null ? null
				: labels.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst().orElse(code);
	}

	/** One row of a sheet as read: its Excel row number and its cells by header. */
	record SheetRow(int number, Map<String, String> cells) {

		String get(String header) {
			String v = cells.get(header);
			return v == null || v.isBlank() ? null : v.strip();
		}

	}

	/** A bad cell: its Excel row, its column's header, what is wrong in Chinese. */
	record Problem(int row, String column, String message) {
	}

	/** Reads the cells of one row of 机构; every bad cell adds a problem. */
	static FacilityRecord facility(SheetRow row, List<RegisteredBuilding> buildings, List<Problem> problems) {
		Cells c = new Cells(row, problems);
		return new FacilityRecord(c.id("机构编号"), c.text("机构名称", 200), c.choice("机构类型", KINDS), c.text("所属乡镇（街道）", 100),
				c.regionCode("行政区划代码"), c.text("地址", 300), c.text("法定代表人", 100), c.text("主要负责人", 100),
				c.text("联系电话", 40), c.integer("床位数", 0, 100_000), c.text("设立许可证号或备案号", 100), c.integer("星级", 0, 5),
				c.decimal("纬度", -90, 90), c.decimal("经度", -180, 180), c.date("开业或备案日期"), buildings, 0, true, null);
	}

	/** Reads the cells of one row of 建筑. */
	static RegisteredBuilding building(SheetRow row, List<Problem> problems) {
		Cells c = new Cells(row, problems);
		return new RegisteredBuilding(c.id("建筑编号"), c.text("建筑名称", 200), c.choice("危险房屋鉴定等级", GRADES),
				c.date("鉴定日期"), c.choice("消防验收或备案", ACCEPTANCES));
	}

	/** Parses the cells of one row, each against its column's rule. */
	private record Cells(SheetRow row, List<Problem> problems) {

		private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
				DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy年M月d日"),
				DateTimeFormatter.ofPattern("yyyy.M.d"));

		private void bad(String header, String message) {
			problems.add(new Problem(row.number(), header, message));
		}

		String text(String header, int max) {
			String v = row.get(header);
			if (v == null && REQUIRED.contains(header)) {
				bad(header, "必填");
			}
			else if (v != null && v.length() > max) {
				bad(header, "不得超过 " + max + " 个字");
				return null;
			}
			return v;
		}

		String id(String header) {
			String v = text(header, 64);
			if (v != null && !v.matches("[A-Za-z0-9_-]{1,64}")) {
				bad(header, "只能包含字母、数字、下划线和连字符");
				return null;
			}
			return v;
		}

		String regionCode(String header) {
			String v = row.get(header);
			if (v != null && !v.matches("[0-9]{6}")) {
				bad(header, "须为6位数字的行政区划代码");
				return null;
			}
			return v;
		}

		String choice(String header, Map<String, String> labels) {
			String v = row.get(header);
			if (v == null) {
				return null;
			}
			if (labels.containsKey(v)) {
				return labels.get(v);
			}
			if (labels.containsValue(v)) {
				return v;
			}
			bad(header, "须为以下之一：" + String.join("、", labels.keySet().stream().sorted().toList()));
			return null;
		}

		Integer integer(String header, int min, int max) {
			String v = row.get(header);
			if (v == null) {
				return null;
			}
			try {
				int n = new BigDecimal(v).intValueExact();
				if (n >= min && n <= max) {
					return n;
				}
			}
			catch (NumberFormatException | ArithmeticException ex) {
				// reported below
			}
			bad(header, "须为 " + min + " 到 " + max + " 之间的整数");
			return null;
		}

		Double decimal(String header, double min, double max) {
			String v = row.get(header);
			if (v == null) {
				return null;
			}
			try {
				double d = Double.parseDouble(v);
				if (d >= min && d <= max) {
					return d;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			bad(header, "须为 " + min + " 到 " + max + " 之间的数");
			return null;
		}

		LocalDate date(String header) {
			String v = row.get(header);
			if (v == null) {
				return null;
			}
			for (DateTimeFormatter f : DATES) {
				try {
					return LocalDate.parse(v, f);
				}
				catch (DateTimeParseException ex) {
					// try the next way of writing a date
				}
			}
			bad(header, "须为日期（日期格式的单元格，或写作 2024-06-01）");
			return null;
		}

	}

}
