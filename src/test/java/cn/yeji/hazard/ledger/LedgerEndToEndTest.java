package cn.yeji.hazard.ledger;

import static cn.yeji.hazard.ledger.LedgerRequests.assignment;
import static cn.yeji.hazard.ledger.LedgerRequests.close;
import static cn.yeji.hazard.ledger.LedgerRequests.inspectionWithTwoMajorFindings;
import static cn.yeji.hazard.ledger.LedgerRequests.move;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.HazardJudgeApplication;
import tools.jackson.databind.JsonNode;

/**
 * The ledger's promise end to end, on the embedded default: what an inspector recorded and an officer
 * closed is still there after the service restarts on the same H2 file.
 */
class LedgerEndToEndTest {

	@TempDir
	Path data;

	@Test
	void an_inspection_becomes_two_entries_one_is_closed_the_statistics_agree_and_all_survive_a_restart() {
		String facility = LedgerRequests.newFacilityId();
		long closedId;
		long openId;
		try (ConfigurableApplicationContext service = start()) {
			Api api = api(service);
			// given an inspection with two MAJOR findings
			Reply recorded = api.post("/api/v1/inspections", inspectionWithTwoMajorFindings(facility, "三元镇", "2026-11-20"));
			assertThat(recorded.status()).isEqualTo(201);
			JsonNode ledger = api.get("/api/v1/hazards").json();
			assertThat(ledger.get("total").asLong()).isEqualTo(2);
			assertThat(ledger.get("items").findValuesAsString("status")).containsOnly("OPEN");
			closedId = recorded.json().get("hazards").get(0).get("hazardId").asLong();
			openId = recorded.json().get("hazards").get(1).get("hazardId").asLong();

			// when one is assigned and walked to closure with an acceptance record, the other only assigned
			JsonNode h = LedgerContract.ok(api.put("/api/v1/hazards/" + closedId + "/assignment", assignment(0, "2026-12-31")));
			h = LedgerContract.ok(api.post("/api/v1/hazards/" + closedId + "/transitions", move(h.get("version").asInt(), "RECTIFYING", "")));
			h = LedgerContract.ok(api.post("/api/v1/hazards/" + closedId + "/transitions", move(h.get("version").asInt(), "PENDING_ACCEPTANCE", "")));
			LedgerContract.ok(api.post("/api/v1/hazards/" + closedId + "/transitions", close(h.get("version").asInt(), "2026-11-28")));
			LedgerContract.ok(api.put("/api/v1/hazards/" + openId + "/assignment", assignment(0, "2026-12-31")));

			// then the statistics show one closed and one open
			assertStatistics(api);
		}

		// and after a restart on the same file, everything is still there
		try (ConfigurableApplicationContext again = start()) {
			Api api = api(again);
			assertStatistics(api);
			JsonNode closed = api.get("/api/v1/hazards/" + closedId).json();
			assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
			assertThat(closed.get("acceptance").get("acceptedOn").asString()).isEqualTo("2026-11-28");
			assertThat(LedgerContract.events(closed)).containsExactly("OPENED", "ESCALATED", "ASSIGNED", "STATUS_CHANGED",
					"STATUS_CHANGED", "CLOSED");
			assertThat(api.get("/api/v1/hazards/" + openId).json().get("responsiblePerson").asString()).isEqualTo("王院长");
			assertThat(api.get("/api/v1/inspections?facilityId=" + facility).json().get("total").asLong()).isEqualTo(1);
		}
	}

	private static void assertStatistics(Api api) {
		JsonNode stats = api.get("/api/v1/stats/hazards?from=2026-01-01&to=2026-12-31&groupBy=status").json();
		JsonNode total = stats.get("total");
		assertThat(total.get("found").asLong()).isEqualTo(2);
		assertThat(total.get("closed").asLong()).isEqualTo(1);
		assertThat(total.get("open").asLong()).isEqualTo(1);
		assertThat(total.get("rectificationRate").asDouble()).isEqualTo(0.5);
		assertThat(total.get("medianDaysToClose").asDouble()).isEqualTo(8.0);
		assertThat(stats.get("groups").findValuesAsString("key")).containsExactly("CLOSED", "OPEN");
		Reply xlsx = api.get("/api/v1/stats/hazards/export?format=xlsx&from=2026-01-01&to=2026-12-31&groupBy=status");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.raw().body()))) {
			var sheet = workbook.getSheet("隐患统计");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("状态");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("已销号");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("全部");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.0);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(HazardJudgeApplication.class).run("--server.port=0",
				"--hazard.data.dir=" + data, "--hazard.rules.watch=false");
	}

	private static Api api(ConfigurableApplicationContext service) {
		return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
	}

}
