package cn.yeji.hazard.ledger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.yeji.hazard.LocalPostgres;

/** The same ledger promises on PostgreSQL, the production database, in a schema of the test's own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresLedgerTest extends LedgerContract {

	private static final String SCHEMA = LocalPostgres.newSchema();

	@BeforeAll
	static void postgres() {
		LocalPostgres.require();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> LocalPostgres.url(SCHEMA));
		registry.add("spring.datasource.username", () -> LocalPostgres.USER);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
	}

	@AfterAll
	static void dropSchema() {
		LocalPostgres.drop(SCHEMA);
	}

}
