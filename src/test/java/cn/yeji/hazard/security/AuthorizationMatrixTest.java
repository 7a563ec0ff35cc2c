package cn.yeji.hazard.security;

import static cn.yeji.hazard.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import cn.yeji.hazard.ConsoleSession;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × own and other township, asserted from one table. An endpoint the service
 * serves that has no row fails the build, so nobody adds one without deciding who may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	private static final String OWN = "三元镇";

	private static final String OTHER = "孙岗乡";

	/** Who may call an endpoint: the lowest role, with every role above it in the hierarchy. */
	enum Allowed {

		INSPECTOR(EnumSet.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.DISTRICT_OFFICER, Role.ADMIN)),
		TOWNSHIP(EnumSet.of(Role.TOWNSHIP_OFFICER, Role.DISTRICT_OFFICER, Role.ADMIN)),
		DISTRICT(EnumSet.of(Role.DISTRICT_OFFICER, Role.ADMIN)),
		RULES(EnumSet.of(Role.RULE_ADMIN, Role.ADMIN)),
		READ_RULES(EnumSet.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.DISTRICT_OFFICER, Role.RULE_ADMIN, Role.ADMIN)),
		ADMIN(EnumSet.of(Role.ADMIN)),
		ANY_USER(EnumSet.allOf(Role.class));

		final Set<Role> roles;

		Allowed(Set<Role> roles) {
			this.roles = roles;
		}

	}

	/** How an endpoint treats another township's records, for township-bound roles. */
	enum Scoping {
		/** not tied to a township */
		NONE,
		/** reads or changes a record: another township's is 404 */
		RECORD,
		/** creates a record: for another township it is 403 */
		CREATE
	}

	/** Test data of one township: an inspection, its hazard, a complaint. */
	record Fixture(String facility, String township, long inspection, long hazard, long complaint) {
	}

	record Row(String method, String pattern, Allowed allowed, Scoping scoping, Function<Fixture, String> path,
			Function<Fixture, String> body) {
	}

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Fixture own;

	Fixture other;

	private static final List<Row> TABLE = List.of(
			row("POST", "/api/v1/determinations", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/determinations",
					f -> determination(f.facility(), OWN)),
			row("GET", "/api/v1/rules", Allowed.READ_RULES, Scoping.NONE, f -> "/api/v1/rules", null),
			row("GET", "/api/v1/observation-codes", Allowed.READ_RULES, Scoping.NONE, f -> "/api/v1/observation-codes", null),
			row("GET", "/api/v1/ruleset", Allowed.READ_RULES, Scoping.NONE, f -> "/api/v1/ruleset", null),
			row("POST", "/api/v1/ruleset/reload", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/reload", f -> ""),
			row("POST", "/api/v1/ruleset/validate", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/validate", f -> "{}"),
			row("GET", "/api/v1/ruleset/history", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/history", null),
			// a version nobody stored: an allowed caller gets 404 and nothing changes
			row("POST", "/api/v1/ruleset/rollback", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/rollback",
					f -> "{\"version\": \"sha256:0000000000000000\", \"reason\": \"matrix\"}"),
			// not a multipart body: an allowed caller gets 4xx and nothing is proposed
			row("POST", "/api/v1/ruleset/revisions", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/revisions", f -> "{}"),
			row("GET", "/api/v1/ruleset/revisions", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/revisions", null),
			row("GET", "/api/v1/ruleset/revisions/{id}", Allowed.RULES, Scoping.NONE, f -> "/api/v1/ruleset/revisions/987654321", null),
			row("POST", "/api/v1/ruleset/revisions/{id}/approve", Allowed.RULES, Scoping.NONE,
					f -> "/api/v1/ruleset/revisions/987654321/approve", f -> "{}"),
			row("POST", "/api/v1/ruleset/revisions/{id}/reject", Allowed.RULES, Scoping.NONE,
					f -> "/api/v1/ruleset/revisions/987654321/reject", f -> "{\"reason\": \"matrix\"}"),
			row("POST", "/api/v1/inspections/{id}/rejudge", Allowed.INSPECTOR, Scoping.RECORD,
					f -> "/api/v1/inspections/" + f.inspection() + "/rejudge", f -> ""),
			row("POST", "/api/v1/inspections", Allowed.INSPECTOR, Scoping.CREATE, f -> "/api/v1/inspections",
					f -> determination(f.facility(), township(f))),
			row("GET", "/api/v1/inspections", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/inspections", null),
			row("GET", "/api/v1/inspections/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/api/v1/inspections/" + f.inspection(), null),
			row("GET", "/api/v1/hazards", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/hazards", null),
			row("GET", "/api/v1/hazards/export", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/hazards/export?format=csv", null),
			row("GET", "/api/v1/hazards/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/api/v1/hazards/" + f.hazard(), null),
			row("PUT", "/api/v1/hazards/{id}/assignment", Allowed.TOWNSHIP, Scoping.RECORD,
					f -> "/api/v1/hazards/" + f.hazard() + "/assignment", f -> """
							{"version": 9999, "actor": "x", "rectificationUnit": "u", "responsiblePerson": "p", "deadline": "2027-01-01"}"""),
			row("POST", "/api/v1/hazards/{id}/transitions", Allowed.TOWNSHIP, Scoping.RECORD,
					f -> "/api/v1/hazards/" + f.hazard() + "/transitions", f -> """
							{"version": 9999, "actor": "x", "to": "RECTIFYING"}"""),
			row("POST", "/api/v1/hazards/{id}/escalation", Allowed.TOWNSHIP, Scoping.RECORD,
					f -> "/api/v1/hazards/" + f.hazard() + "/escalation", f -> """
							{"version": 9999, "actor": "x", "reason": "r"}"""),
			row("POST", "/api/v1/complaints", Allowed.TOWNSHIP, Scoping.CREATE, f -> "/api/v1/complaints", f -> complaint(f)),
			row("GET", "/api/v1/complaints", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/complaints", null),
			row("GET", "/api/v1/complaints/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/api/v1/complaints/" + f.complaint(), null),
			row("POST", "/api/v1/complaints/{id}/verification", Allowed.TOWNSHIP, Scoping.RECORD,
					f -> "/api/v1/complaints/" + f.complaint() + "/verification", f -> """
							{"version": 9999, "actor": "x", "verifiedOn": "2026-11-20", "outcome": "UNFOUNDED"}"""),
			row("GET", "/api/v1/stats/hazards", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/stats/hazards", null),
			row("GET", "/api/v1/stats/hazards/export", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/stats/hazards/export?format=csv", null),
			row("GET", "/api/v1/stats/slow-progress", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/stats/slow-progress", null),
			row("POST", "/api/v1/activities", Allowed.TOWNSHIP, Scoping.CREATE, f -> "/api/v1/activities", f -> """
					{"kind": "STAFF_TRAINING", "facility": {"id": "%s", "name": "院", "township": "%s"}, "heldOn": "2025-03-01",
					 "conductedBy": "院方"}""".formatted(f.facility(), township(f))),
			row("GET", "/api/v1/activities", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/activities", null),
			row("GET", "/api/v1/compliance", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/compliance?year=2025", null),
			row("GET", "/api/v1/compliance/export", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/compliance/export?format=csv&year=2025", null),
			row("GET", "/api/v1/facilities", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/facilities", null),
			// registers the fixture's facility the first time, then 409: either is an allowed answer
			row("POST", "/api/v1/facilities", Allowed.TOWNSHIP, Scoping.CREATE, f -> "/api/v1/facilities", f -> """
					{"id": "%s", "name": "测试养老院", "township": "%s"}""".formatted(f.facility(), township(f))),
			row("GET", "/api/v1/facilities/{facilityId}", Allowed.INSPECTOR, Scoping.RECORD,
					f -> "/api/v1/facilities/" + f.facility(), null),
			// a stale version: an allowed caller gets 409 and nothing changes
			row("PUT", "/api/v1/facilities/{facilityId}", Allowed.TOWNSHIP, Scoping.RECORD,
					f -> "/api/v1/facilities/" + f.facility(), f -> """
							{"id": "%s", "name": "改名", "township": "%s", "version": 9999}""".formatted(f.facility(), township(f))),
			row("GET", "/api/v1/facilities/export", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/facilities/export?format=csv", null),
			row("GET", "/api/v1/facilities/import-template", Allowed.INSPECTOR, Scoping.NONE,
					f -> "/api/v1/facilities/import-template", null),
			// not a workbook: an allowed caller gets 4xx for the body, and nothing is imported
			row("POST", "/api/v1/facilities/import", Allowed.TOWNSHIP, Scoping.NONE, f -> "/api/v1/facilities/import", f -> "{}"),
			// a dry run: an allowed caller sees a draw (or 400 when nothing is registered), and nothing is written
			row("POST", "/api/v1/plans", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/plans?dryRun=true",
					f -> "{\"year\": 2027, \"inspectors\": [\"matrix-inspector\"]}"),
			row("GET", "/api/v1/plans", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/plans", null),
			// an unknown plan: an allowed caller gets 404
			row("GET", "/api/v1/plans/{id}", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/plans/987654321", null),
			row("GET", "/api/v1/tasks", Allowed.INSPECTOR, Scoping.NONE, f -> "/api/v1/tasks?assignee=me", null),
			row("GET", "/api/v1/users", Allowed.ADMIN, Scoping.NONE, f -> "/api/v1/users", null),
			// an invalid body: an allowed caller gets 400, and no user is created
			row("POST", "/api/v1/users", Allowed.ADMIN, Scoping.NONE, f -> "/api/v1/users", f -> "{\"username\": \"x\"}"),
			// an unknown user: an allowed caller gets 404, and nobody is disabled
			row("PUT", "/api/v1/users/{username}/enabled", Allowed.ADMIN, Scoping.NONE, f -> "/api/v1/users/no-such-user/enabled",
					f -> "{\"enabled\": false}"),
			// too short: nobody's password changes
			row("PUT", "/api/v1/users/me/password", Allowed.ANY_USER, Scoping.NONE, f -> "/api/v1/users/me/password",
					f -> "{\"newPassword\": \"short\"}"),
			row("POST", "/api/v1/tokens", Allowed.ANY_USER, Scoping.NONE, f -> "/api/v1/tokens", f -> "{\"name\": \"matrix\"}"),
			row("GET", "/api/v1/tokens", Allowed.ANY_USER, Scoping.NONE, f -> "/api/v1/tokens", null),
			// an unknown token: an allowed caller gets 404, and nothing is revoked
			row("DELETE", "/api/v1/tokens/{id}", Allowed.ANY_USER, Scoping.NONE, f -> "/api/v1/tokens/987654321", null),
			row("GET", "/api/v1/audit", Allowed.DISTRICT, Scoping.NONE, f -> "/api/v1/audit", null),
			// everyone's own reminders; another's or an unknown one is 404
			row("GET", "/api/v1/notifications", Allowed.ANY_USER, Scoping.NONE, f -> "/api/v1/notifications", null),
			row("POST", "/api/v1/notifications/{id}/read", Allowed.ANY_USER, Scoping.NONE,
					f -> "/api/v1/notifications/987654321/read", null),
			row("POST", "/api/v1/notifications/read-all", Allowed.ANY_USER, Scoping.NONE, f -> "/api/v1/notifications/read-all",
					null));

	@BeforeAll
	void usersAndRecords() {
		Api admin = new Api(port);
		for (Role role : Role.values()) {
			if (role != Role.ADMIN) {
				String township = role.isTownshipBound() ? OWN : null;
				Reply r = admin.createUser(user(role), PASSWORD, role.name(), township);
				assertThat(r.status()).as("%s", r.body()).isIn(201, 409);
			}
		}
		own = fixture(admin, OWN);
		other = fixture(admin, OTHER);
	}

	@Test
	void a_path_that_does_not_exist_is_404_while_a_real_one_above_the_role_stays_403() {
		Api inspector = new Api(port, user(Role.INSPECTOR), PASSWORD);

		Reply missing = inspector.get("/api/v1/no-such-thing");
		Reply missingWrite = inspector.post("/api/v1/hazards/1/no-such-action", "{}");
		Reply aboveRole = inspector.get("/api/v1/users");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(missingWrite.status()).isEqualTo(404);
		assertThat(aboveRole.status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/v1/no-such-thing").status()).as("nobody signed in: 401 first").isEqualTo(401);
	}

	@Test
	void every_endpoint_the_service_serves_has_a_row() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/bench/")) {
					info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
				}
			}
		});
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach(r -> inTable.add(r.method() + " " + r.pattern()));

		assertThat(served).as("endpoints without a row in the authorization matrix").isSubsetOf(inTable);
		assertThat(inTable).as("rows for endpoints the service does not serve").isSubsetOf(served);
	}

	@Test
	void without_credentials_every_endpoint_is_401_and_the_document_and_health_are_open() {
		Api anonymous = Api.anonymous(port);
		for (Row row : TABLE) {
			Reply reply = anonymous.send(row.method(), row.path().apply(own), row.body() == null ? null : row.body().apply(own));
			assertThat(reply.status()).as("%s %s", row.method(), row.pattern()).isEqualTo(401);
			assertThat(reply.json().get("status").asInt()).isEqualTo(401);
		}
		assertThat(anonymous.get("/openapi.yaml").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(Api.basic(port, "admin", "wrong-password").get("/api/v1/rules").status()).isEqualTo(401);
		assertThat(Api.basic(port, "nobody", "x").get("/api/v1/rules").status()).isEqualTo(401);
		assertThat(anonymous.send("GET", "/api/v1/rules", null).status()).isEqualTo(401);
		JsonNode audit = new Api(port).get("/api/v1/audit?size=500").json();
		assertThat(audit.get("items")).anySatisfy(e -> {
			assertThat(e.get("status").asInt()).isEqualTo(401);
			assertThat(e.path("actor").isMissingNode() || e.path("actor").isNull()).isTrue();
			assertThat(e.get("path").asString()).isEqualTo("/api/v1/hazards/" + own.hazard() + "/assignment");
		});
	}

	@Test
	void every_role_gets_exactly_what_the_table_allows_in_its_own_and_another_township() {
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Role role : Role.values()) {
			Api api = role == Role.ADMIN ? new Api(port) : new Api(port, user(role), PASSWORD);
			for (Row row : TABLE) {
				for (Fixture target : List.of(own, other)) {
					cells++;
					int expected = expected(row, role, target == other);
					String body = row.body() == null ? null : row.body().apply(target);
					Reply reply = api.send(row.method(), row.path().apply(target), body);
					boolean allowedAnswer = reply.status() < 500 && reply.status() != 401 && reply.status() != 403
							&& (reply.status() != 404 || UNKNOWN_TARGET.contains(row.pattern()));
					boolean ok = expected == 0 ? allowedAnswer : reply.status() == expected;
					if (!ok) {
						wrong.add(role + " " + row.method() + " " + row.path().apply(target) + " -> " + reply.status()
								+ " (expected " + (expected == 0 ? "allowed" : expected) + ")");
					}
				}
			}
		}
		assertThat(cells).isEqualTo(Role.values().length * TABLE.size() * 2);
		assertThat(wrong).isEmpty();
		// writes refused by role are in the audit log too
		JsonNode refused = new Api(port).get("/api/v1/audit?actor=" + user(Role.INSPECTOR) + "&size=500").json();
		assertThat(refused.get("items").findValues("status")).extracting(JsonNode::asInt).contains(403);
	}

	/** A console page or form: who may open or submit it, and what of the fixture it names. */
	record Page(String method, String pattern, Allowed allowed, Scoping scoping, Function<Fixture, String> path) {
	}

	/**
	 * Every console route. A GET is a page; a POST is a form, sent empty (an allowed caller gets the form back
	 * with its problems, a redirect or a 404 for a target nobody has, and nothing changes).
	 */
	private static final List<Page> CONSOLE = List.of(
			page("GET", "/inspect", Allowed.INSPECTOR, Scoping.NONE, f -> "/inspect"),
			page("POST", "/inspect", Allowed.INSPECTOR, Scoping.NONE, f -> "/inspect"),
			page("GET", "/inspections/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/inspections/" + f.inspection()),
			page("GET", "/tasks", Allowed.INSPECTOR, Scoping.NONE, f -> "/tasks"),
			page("GET", "/plans", Allowed.DISTRICT, Scoping.NONE, f -> "/plans"),
			page("POST", "/plans", Allowed.DISTRICT, Scoping.NONE, f -> "/plans"),
			page("GET", "/plans/{id}", Allowed.DISTRICT, Scoping.NONE, f -> "/plans/987654321"),
			page("GET", "/hazards", Allowed.INSPECTOR, Scoping.NONE, f -> "/hazards"),
			page("GET", "/hazards/export", Allowed.INSPECTOR, Scoping.NONE, f -> "/hazards/export?format=csv"),
			page("GET", "/hazards/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/hazards/" + f.hazard()),
			page("POST", "/hazards/{id}/assignment", Allowed.TOWNSHIP, Scoping.RECORD, f -> "/hazards/" + f.hazard() + "/assignment"),
			page("POST", "/hazards/{id}/transition", Allowed.TOWNSHIP, Scoping.RECORD, f -> "/hazards/" + f.hazard() + "/transition"),
			page("POST", "/hazards/{id}/escalation", Allowed.TOWNSHIP, Scoping.RECORD, f -> "/hazards/" + f.hazard() + "/escalation"),
			page("GET", "/facilities", Allowed.INSPECTOR, Scoping.NONE, f -> "/facilities"),
			page("GET", "/facilities/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/facilities/" + f.facility()),
			page("GET", "/facilities/{id}/edit", Allowed.TOWNSHIP, Scoping.RECORD, f -> "/facilities/" + f.facility() + "/edit"),
			page("GET", "/facilities/export", Allowed.INSPECTOR, Scoping.NONE, f -> "/facilities/export?format=csv"),
			page("GET", "/facilities/import-template", Allowed.INSPECTOR, Scoping.NONE, f -> "/facilities/import-template"),
			page("POST", "/facilities", Allowed.TOWNSHIP, Scoping.NONE, f -> "/facilities"),
			page("POST", "/facilities/{id}", Allowed.TOWNSHIP, Scoping.RECORD, f -> "/facilities/" + f.facility()),
			page("POST", "/facilities/import", Allowed.TOWNSHIP, Scoping.NONE, f -> "/facilities/import"),
			page("GET", "/complaints", Allowed.INSPECTOR, Scoping.NONE, f -> "/complaints"),
			page("POST", "/complaints", Allowed.TOWNSHIP, Scoping.NONE, f -> "/complaints"),
			page("GET", "/complaints/{id}", Allowed.INSPECTOR, Scoping.RECORD, f -> "/complaints/" + f.complaint()),
			page("POST", "/complaints/{id}/verification", Allowed.TOWNSHIP, Scoping.RECORD,
					f -> "/complaints/" + f.complaint() + "/verification"),
			page("GET", "/activities", Allowed.TOWNSHIP, Scoping.NONE, f -> "/activities"),
			page("POST", "/activities", Allowed.TOWNSHIP, Scoping.NONE, f -> "/activities"),
			page("GET", "/compliance", Allowed.DISTRICT, Scoping.NONE, f -> "/compliance"),
			page("GET", "/compliance/export", Allowed.DISTRICT, Scoping.NONE, f -> "/compliance/export?format=csv&year=2025"),
			page("GET", "/stats", Allowed.DISTRICT, Scoping.NONE, f -> "/stats"),
			page("GET", "/stats/export", Allowed.DISTRICT, Scoping.NONE, f -> "/stats/export?format=csv"),
			page("GET", "/rules", Allowed.RULES, Scoping.NONE, f -> "/rules"),
			page("GET", "/rules/{ruleId}", Allowed.RULES, Scoping.NONE, f -> "/rules/MCA2023-4.1"),
			page("POST", "/rules/revision", Allowed.RULES, Scoping.NONE, f -> "/rules/revision"),
			page("POST", "/rules/reload", Allowed.RULES, Scoping.NONE, f -> "/rules/reload"),
			page("GET", "/rules/history", Allowed.RULES, Scoping.NONE, f -> "/rules/history"),
			page("POST", "/rules/rollback", Allowed.RULES, Scoping.NONE, f -> "/rules/rollback"),
			page("GET", "/rules/revisions", Allowed.RULES, Scoping.NONE, f -> "/rules/revisions"),
			page("POST", "/rules/revisions", Allowed.RULES, Scoping.NONE, f -> "/rules/revisions"),
			page("GET", "/rules/revisions/{id}", Allowed.RULES, Scoping.NONE, f -> "/rules/revisions/987654321"),
			page("POST", "/rules/revisions/{id}/approve", Allowed.RULES, Scoping.NONE, f -> "/rules/revisions/987654321/approve"),
			page("POST", "/rules/revisions/{id}/reject", Allowed.RULES, Scoping.NONE, f -> "/rules/revisions/987654321/reject"),
			page("GET", "/users", Allowed.ADMIN, Scoping.NONE, f -> "/users"),
			page("POST", "/users", Allowed.ADMIN, Scoping.NONE, f -> "/users"),
			page("POST", "/users/{username}/enabled", Allowed.ADMIN, Scoping.NONE, f -> "/users/no-such-user/enabled"),
			page("POST", "/users/tokens/{id}/revocation", Allowed.ADMIN, Scoping.NONE, f -> "/users/tokens/987654321/revocation"),
			page("GET", "/", Allowed.ANY_USER, Scoping.NONE, f -> "/"),
			page("GET", "/account/password", Allowed.ANY_USER, Scoping.NONE, f -> "/account/password"),
			page("POST", "/account/password", Allowed.ANY_USER, Scoping.NONE, f -> "/account/password"),
			page("GET", "/notifications", Allowed.ANY_USER, Scoping.NONE, f -> "/notifications"),
			page("POST", "/notifications/{id}/read", Allowed.ANY_USER, Scoping.NONE, f -> "/notifications/987654321/read"),
			page("POST", "/notifications/read-all", Allowed.ANY_USER, Scoping.NONE, f -> "/notifications/read-all"));

	/** Console rows that name a target nobody has: an allowed caller gets the 404 page. */
	private static final Set<String> CONSOLE_UNKNOWN_TARGET = Set.of("/plans/{id}", "/notifications/{id}/read",
			"/users/{username}/enabled", "/users/tokens/{id}/revocation", "/rules/revisions/{id}",
			"/rules/revisions/{id}/approve", "/rules/revisions/{id}/reject");

	@Test
	void every_console_page_the_service_serves_has_a_row() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().isAnnotationPresent(cn.yeji.hazard.system.ConsolePages.class)) {
				for (String pattern : info.getPatternValues()) {
					info.getMethodsCondition().getMethods()
						.forEach(m -> served.add(m.name() + " " + pattern.replaceAll("\\{([a-zA-Z]+):[^/]*}", "{$1}")));
				}
			}
		});
		served.remove("GET /login");
		Set<String> inTable = new TreeSet<>();
		CONSOLE.forEach(r -> inTable.add(r.method() + " " + r.pattern()));

		assertThat(served).as("console routes without a row").isSubsetOf(inTable);
		assertThat(inTable).as("rows for console routes the service does not serve").isSubsetOf(served);
	}

	@Test
	void every_role_opens_exactly_the_console_pages_the_table_allows_and_nobody_signed_in_is_sent_to_sign_in() {
		List<String> wrong = new ArrayList<>();
		ConsoleSession anonymous = ConsoleSession.anonymous(port);
		for (Page page : CONSOLE) {
			int status = page.method().equals("GET") ? anonymous.get(page.path().apply(own))
					: anonymous.post(page.path().apply(own), java.util.Map.of());
			if (status != 302 && status != 403) {
				wrong.add("anonymous " + page.method() + " " + page.pattern() + " -> " + status);
			}
		}
		for (Role role : Role.values()) {
			ConsoleSession session = role == Role.ADMIN ? ConsoleSession.signIn(port, "admin", Api.ADMIN_PASSWORD)
					: ConsoleSession.signIn(port, user(role), PASSWORD);
			for (Page page : CONSOLE) {
				for (Fixture target : List.of(own, other)) {
					Row asRow = new Row(page.method(), page.pattern(), page.allowed(), page.scoping(), page.path(), null);
					int expected = expected(asRow, role, target == other);
					String path = page.path().apply(target);
					int status = page.method().equals("GET") ? session.get(path) : session.post(path, java.util.Map.of());
					boolean allowedAnswer = status < 500 && status != 401 && status != 403
							&& (status != 404 || CONSOLE_UNKNOWN_TARGET.contains(page.pattern()));
					boolean ok = expected == 0 ? allowedAnswer : status == expected;
					if (!ok) {
						wrong.add(role + " " + page.method() + " " + path + " -> " + status + " (expected "
								+ (expected == 0 ? "allowed" : expected) + ")");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static Page page(String method, String pattern, Allowed allowed, Scoping scoping, Function<Fixture, String> path) {
		return new Page(method, pattern, allowed, scoping, path);
	}

	/** Rows that name a target nobody has, so that an allowed caller gets 404 and nothing changes. */
	private static final Set<String> UNKNOWN_TARGET = Set.of("/api/v1/users/{username}/enabled", "/api/v1/tokens/{id}",
			"/api/v1/plans/{id}", "/api/v1/notifications/{id}/read", "/api/v1/ruleset/rollback", "/api/v1/ruleset/revisions/{id}",
			"/api/v1/ruleset/revisions/{id}/approve", "/api/v1/ruleset/revisions/{id}/reject");

	/** 0 means allowed (any answer but 401, 403, 404 or 5xx, or 404 for a row in {@link #UNKNOWN_TARGET}). */
	private static int expected(Row row, Role role, boolean otherTownship) {
		if (!row.allowed().roles.contains(role)) {
			return 403;
		}
		if (otherTownship && role.isTownshipBound()) {
			return switch (row.scoping()) {
				case RECORD -> 404;
				case CREATE -> 403;
				case NONE -> 0;
			};
		}
		return 0;
	}

	private Fixture fixture(Api admin, String township) {
		String facility = "M-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		Reply inspection = admin.post("/api/v1/inspections", determination(facility, township));
		assertThat(inspection.status()).as("%s", inspection.body()).isEqualTo(201);
		Reply complaint = admin.post("/api/v1/complaints", complaint(new Fixture(facility, township, 0, 0, 0), township));
		assertThat(complaint.status()).isEqualTo(201);
		return new Fixture(facility, township, inspection.json().get("id").asLong(),
				inspection.json().get("hazards").get(0).get("hazardId").asLong(), complaint.json().get("id").asLong());
	}

	private static String township(Fixture f) {
		return f.township();
	}

	private static String user(Role role) {
		return "matrix-" + role.name().toLowerCase().replace('_', '-');
	}

	private static String determination(String facility, String township) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "341504", "township": "%s"},
				 "inspection": {"date": "2026-11-20", "channel": "SUPERVISORY_INSPECTION", "inspector": "张三"},
				 "buildings": [{"id": "B1", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false}]}
				""".formatted(facility, township);
	}

	private static String complaint(Fixture f) {
		return complaint(f, f.township());
	}

	private static String complaint(Fixture f, String township) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "township": "%s"}, "source": "HOTLINE_12345",
				 "receivedOn": "2026-11-18", "content": "举报内容"}""".formatted(f.facility(), township);
	}

	private static Row row(String method, String pattern, Allowed allowed, Scoping scoping, Function<Fixture, String> path,
			Function<Fixture, String> body) {
		return new Row(method, pattern, allowed, scoping, path, body);
	}

}
