package cn.yeji.hazard.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;

/**
 * A measurement, not a test of speed (docs/performance.md, "Registry and plans"): a district's registry of 2,000
 * institutions imported from Excel over HTTP, imported again (nothing changes), and a year's plan drawn over them.
 * Off in {@code mvn verify}; run with
 * {@code mvn test -Dtest=RegistryScaleBench -Dhazard.bench.registry=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "hazard.bench.registry", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryScaleBench {

	private static final int INSTITUTIONS = 2_000;

	private static final String TOWNSHIP = "姚李镇";

	@TempDir
	static Path data;

	@LocalServerPort
	int port;

	/** Its own ledger: 2,000 institutions and 8,000 tasks must not land in the database the tests share. */
	@DynamicPropertySource
	static void ownLedger(DynamicPropertyRegistry registry) {
		registry.add("hazard.data.dir", () -> data.toString());
	}

	@Test
	void import_2000_institutions_then_again_then_plan_a_year_over_them() throws Exception {
		Api admin = new Api(port);
		String tag = "S" + UUID.randomUUID().toString().substring(0, 6);
		List<List<Object>> facilities = new ArrayList<>();
		List<List<Object>> buildings = new ArrayList<>();
		for (int i = 1; i <= INSTITUTIONS; i++) {
			facilities.add(RegistryTest.facility(tag + "-" + i, TOWNSHIP, String.valueOf(20 + i % 200)));
			buildings.add(RegistryTest.building(tag + "-" + i, "B1", i % 7 == 0 ? "C" : "A"));
		}
		byte[] workbook = RegistryTest.workbook(facilities, buildings);
		List<String> inspectors = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			inspectors.add("bench-" + tag.toLowerCase() + "-" + i);
			admin.createUser(inspectors.get(i - 1), "bench-password-1", "DISTRICT_OFFICER", null);
		}

		long t0 = System.nanoTime();
		Reply first = admin.upload("/api/v1/facilities/import", "file", "registry.xlsx", workbook);
		long t1 = System.nanoTime();
		Reply second = admin.upload("/api/v1/facilities/import", "file", "registry.xlsx", workbook);
		long t2 = System.nanoTime();
		Reply plan = admin.post("/api/v1/plans", """
				{"year": 2031, "township": "%s", "seed": 20260101, "inspectors": ["%s", "%s", "%s", "%s"]}"""
			.formatted(TOWNSHIP, inspectors.get(0), inspectors.get(1), inspectors.get(2), inspectors.get(3)));
		long t3 = System.nanoTime();

		JsonNode created = first.json();
		assertThat(created.get("created").asInt()).as("%s", first.body()).isEqualTo(INSTITUTIONS);
		assertThat(second.json().get("unchanged").asInt()).isEqualTo(INSTITUTIONS);
		assertThat(plan.status()).as("%s", plan.body()).isEqualTo(201);
		System.out.printf("registry bench: workbook %,d bytes; first import of %d institutions %d ms; "
				+ "same file again (all unchanged) %d ms; plan for a year over the township (%d tasks) %d ms%n",
				workbook.length, INSTITUTIONS, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
				plan.json().get("taskCount").asInt(),
				(t3 - t2) / 1_000_000);
	}

}
