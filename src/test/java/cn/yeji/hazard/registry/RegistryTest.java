package cn.yeji.hazard.registry;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.TestUsers;
import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;

/** The registry (一院一档) over real HTTP: records with history and optimistic locking, township scoping, Excel in and out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryTest {

	@LocalServerPort
	int port;

	/** The service's clock, in its zone. */
	@Autowired
	Clock clock;

	Api admin;

	String prefix;

	@BeforeEach
	void setUp() {
		admin = new Api(port);
		prefix = "R" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void a_registered_institution_keeps_its_record_and_every_change_with_who_made_it() {
		// given an institution registered with a building
		Reply created = admin.post("/api/v1/facilities", """
				{"id": "%s-1", "name": "史河街道敬老院", "township": "史河街道", "bedCount": 60, "starRating": 2,
				 "buildings": [{"id": "B1", "name": "1号楼", "appraisalGrade": "B", "appraisedOn": "2024-03-01"}]}"""
			.formatted(prefix));
		assertThat(created.status()).as(created.body() + "").isEqualTo(201);
		assertThat(created.json().get("regionCode").asString()).as("the district's code by default").isEqualTo("341504");
		assertThat(created.json().get("kind").asString()).isEqualTo("INSTITUTION");

		// when its beds change on the version read, and someone else then writes on the same old version
		Reply changed = admin.put("/api/v1/facilities/" + prefix + "-1", """
				{"id": "%s-1", "name": "史河街道敬老院", "township": "史河街道", "bedCount": 80, "starRating": 2, "version": 0,
				 "buildings": [{"id": "B1", "name": "1号楼", "appraisalGrade": "B", "appraisedOn": "2024-03-01"}]}"""
			.formatted(prefix));
		Reply stale = admin.put("/api/v1/facilities/" + prefix + "-1", """
				{"id": "%s-1", "name": "别的名字", "township": "史河街道", "version": 0}""".formatted(prefix));

		// then the first is kept with its history, and the second is 409 and changed nothing
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);
		assertThat(stale.status()).isEqualTo(409);
		JsonNode now = admin.get("/api/v1/facilities/" + prefix + "-1").json();
		assertThat(now.get("name").asString()).isEqualTo("史河街道敬老院");
		assertThat(now.get("bedCount").asInt()).isEqualTo(80);
		JsonNode history = now.get("history");
		assertThat(history).hasSize(2);
		assertThat(history.get(1).get("actor").asString()).isEqualTo("admin");
		assertThat(history.get(1).get("changes")).singleElement().satisfies(c -> {
			assertThat(c.get("field").asString()).isEqualTo("bedCount");
			assertThat(c.get("before").asString()).isEqualTo("60");
			assertThat(c.get("after").asString()).isEqualTo("80");
		});
	}

	@Test
	void a_township_officer_registers_only_in_their_township_and_never_sees_another() {
		Api officer = officer("三元镇");
		admin.post("/api/v1/facilities", """
				{"id": "%s-other", "name": "孙岗乡养老院", "township": "孙岗乡"}""".formatted(prefix));

		Reply elsewhere = officer.post("/api/v1/facilities", """
				{"id": "%s-x", "name": "别处", "township": "孙岗乡"}""".formatted(prefix));
		Reply own = officer.post("/api/v1/facilities", """
				{"id": "%s-own", "name": "三元镇养老院", "township": "三元镇"}""".formatted(prefix));
		Reply notOnList = admin.post("/api/v1/facilities", """
				{"id": "%s-y", "name": "某院", "township": "不存在镇"}""".formatted(prefix));

		assertThat(elsewhere.status()).isEqualTo(403);
		assertThat(elsewhere.json().get("errors").findValuesAsString("field")).containsExactly("township");
		assertThat(own.status()).isEqualTo(201);
		assertThat(notOnList.status()).isEqualTo(400);
		assertThat(officer.get("/api/v1/facilities/" + prefix + "-other").status()).isEqualTo(404);
		assertThat(officer.get("/api/v1/facilities?q=" + prefix + "&size=500").json().get("items").findValuesAsString("id"))
			.contains(prefix + "-own")
			.doesNotContain(prefix + "-other");
	}

	@Test
	void an_import_checks_every_cell_writes_nothing_with_any_problem_and_twice_changes_nothing() throws IOException {
		byte[] bad = workbook(List.of(facility(prefix + "-a", "三元镇", "40"), facility("bad id", "三元镇", "很多"),
				facility(prefix + "-c", "不存在镇", "10")), List.of(building(prefix + "-a", "B1", "D")));
		byte[] good = workbook(List.of(facility(prefix + "-a", "三元镇", "40"), facility(prefix + "-b", "孙岗乡", "30")),
				List.of(building(prefix + "-a", "B1", "D"), building(prefix + "-b", "B1", "未鉴定")));

		JsonNode refused = admin.upload("/api/v1/facilities/import", "file", "registry.xlsx", bad).json();
		JsonNode dry = admin.upload("/api/v1/facilities/import?dryRun=true", "file", "registry.xlsx", good).json();
		assertThat(admin.get("/api/v1/facilities/" + prefix + "-a").status()).as("nothing written yet").isEqualTo(404);
		JsonNode first = admin.upload("/api/v1/facilities/import", "file", "registry.xlsx", good).json();
		JsonNode again = admin.upload("/api/v1/facilities/import", "file", "registry.xlsx", good).json();

		assertThat(refused.get("problems")).extracting(p -> p.get("row").asInt() + " " + p.get("column").asString())
			.containsExactlyInAnyOrder("3 机构编号", "3 床位数", "4 所属乡镇（街道）");
		assertThat(refused.get("created").asInt()).isZero();
		assertThat(dry.get("dryRun").asBoolean()).isTrue();
		assertThat(dry.get("created").asInt()).isEqualTo(2);
		assertThat(first.get("created").asInt()).isEqualTo(2);
		assertThat(first.get("problems")).isEmpty();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
		JsonNode a = admin.get("/api/v1/facilities/" + prefix + "-a").json();
		assertThat(a.get("bedCount").asInt()).isEqualTo(40);
		assertThat(a.get("operatingSince").asString()).isEqualTo("2016-01-01");
		assertThat(a.get("buildings").get(0).get("appraisalGrade").asString()).isEqualTo("D");
		assertThat(a.get("history")).hasSize(1);
	}

	@Test
	void an_empty_township_filter_is_no_filter() {
		// given an institution on file
		admin.post("/api/v1/facilities", """
				{"id": "%s-f", "name": "三元镇空筛选养老院", "township": "三元镇"}""".formatted(prefix));

		// when the export and the list are asked with township= (as a form with nothing chosen sends it)
		String csv = new String(admin.get("/api/v1/facilities/export?format=csv&township=").raw().body(),
				java.nio.charset.StandardCharsets.UTF_8);
		JsonNode list = admin.get("/api/v1/facilities?township=&q=" + prefix + "-f").json();

		// then both hold it, as without the filter, instead of nothing but headers
		assertThat(csv).contains(prefix + "-f");
		assertThat(list.get("items").findValuesAsString("id")).containsExactly(prefix + "-f");
	}

	@Test
	void the_export_is_a_workbook_that_imports_back_unchanged() throws IOException {
		admin.post("/api/v1/facilities", """
				{"id": "%s-e", "name": "洪集镇养老院", "township": "洪集镇", "operatingSince": "2019-09-09", "starRating": 3,
				 "buildings": [{"id": "B1", "fireAcceptance": "MISSING"}]}""".formatted(prefix));

		Reply export = admin.get("/api/v1/facilities/export?format=xlsx&township=" + Api.encode("洪集镇"));
		JsonNode reimport = admin.upload("/api/v1/facilities/import", "file", "export.xlsx", export.raw().body()).json();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.raw().body()))) {
			Sheet sheet = book.getSheet("机构");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("机构编号");
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("an autofilter on the header").isTrue();
			assertThat(sheet.getColumnWidth(3)).as("wide enough for 所属乡镇（街道）").isGreaterThanOrEqualTo(16 * 256);
			Row row = rowOf(sheet, prefix + "-e");
			assertThat(row.getCell(14).getLocalDateTimeCellValue().toLocalDate()).as("a date cell").isEqualTo(LocalDate.of(2019, 9, 9));
		}
		assertThat(reimport.get("problems")).isEmpty();
		// an institution the ledger knew only from an inspection (another test's) is put on file by the first
		// import; from then on the file and the registry agree
		JsonNode again = admin.upload("/api/v1/facilities/import", "file", "export.xlsx", export.raw().body()).json();
		assertThat(again.get("unchanged").asInt()).isEqualTo(again.get("rows").asInt()).isPositive();
	}

	@Test
	void the_template_has_the_chinese_headers_and_one_example_row() throws IOException {
		Reply template = admin.get("/api/v1/facilities/import-template");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.raw().body()))) {
			assertThat(book.getSheet("机构").getLastRowNum()).isEqualTo(1);
			assertThat(book.getSheet("机构").getRow(0).getCell(1).getStringCellValue()).isEqualTo("机构名称");
			assertThat(book.getSheet("建筑").getRow(0).getCell(3).getStringCellValue()).isEqualTo("危险房屋鉴定等级");
		}
	}

	@Test
	void an_institution_never_inspected_falls_short_in_the_cadence_report_and_is_at_risk_in_the_running_year() {
		admin.post("/api/v1/facilities", """
				{"id": "%s-never", "name": "从未检查的养老院", "township": "姚李镇"}""".formatted(prefix));

		JsonNode lastYear = admin.get("/api/v1/compliance?year=" + (LocalDate.now(clock).getYear() - 1)).json();
		JsonNode thisYear = admin.get("/api/v1/compliance?year=" + LocalDate.now(clock).getYear()).json();

		assertThat(lastYear.get("shortfalls")).filteredOn(s -> s.get("subject").asString().equals(prefix + "-never"))
			.extracting(s -> s.get("ruleId").asString())
			.contains("CP-1", "CP-2", "CP-3", "CP-4");
		assertThat(thisYear.get("atRisk")).filteredOn(s -> s.get("subject").asString().equals(prefix + "-never"))
			.extracting(s -> s.get("ruleId").asString())
			.as("from the second quarter on, no check at all is behind the pace")
			.contains(LocalDate.now(clock).getDayOfYear() > 95 ? "CP-1" : "CP-4");
	}

	private static Row rowOf(Sheet sheet, String id) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + id);
	}

	private Api officer(String township) {
		String name = TestUsers.create(admin, "TOWNSHIP_OFFICER", township);
		return new Api(port, name, PASSWORD);
	}

	static List<Object> facility(String id, String township, String beds) {
		return List.of(id, "导入的养老院", "养老机构", township, "", "", "", "", "", beds, "", "", "", "", LocalDate.of(2016, 1, 1));
	}

	static List<Object> building(String facility, String id, String grade) {
		return List.of(facility, id, "", grade, "", "");
	}

	/** A workbook as an officer fills in the template: a date typed as a date cell, the rest as text. */
	static byte[] workbook(List<List<Object>> facilities, List<List<Object>> buildings) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
			sheet(book, "机构", FacilityWorkbook.FACILITY_HEADERS, facilities, date);
			sheet(book, "建筑", FacilityWorkbook.BUILDING_HEADERS, buildings, date);
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void sheet(XSSFWorkbook book, String name, List<String> headers, List<List<Object>> rows, CellStyle date) {
		Sheet sheet = book.createSheet(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			header.createCell(c).setCellValue(headers.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object v = rows.get(r).get(c);
				if (v instanceof LocalDate d) {
					row.createCell(c).setCellValue(d);
					row.getCell(c).setCellStyle(date);
				}
				else if (!"".equals(v)) {
					row.createCell(c).setCellValue(String.valueOf(v));
				}
			}
		}
	}

}
