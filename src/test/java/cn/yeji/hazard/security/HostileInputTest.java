package cn.yeji.hazard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yeji.hazard.Api;
import cn.yeji.hazard.Api.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * 10,000 malformed or hostile requests (seeded) against the determination and ledger endpoints, over
 * real HTTP: wrong types, huge numbers, deep nesting, unicode oddities, SQL and script fragments,
 * duplicate keys, truncation, oversized strings and bodies. None may be answered 5xx; every 4xx must be an
 * RFC 9457 problem, and every 400 must name each offending field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hazard.limits.writes-per-minute=1000000")
class HostileInputTest {

	static final int REQUESTS = 10_000;

	static final long SEED = 20261129L;

	private static final String[] STRINGS = { "'; DROP TABLE hazard; --", "\" OR 1=1 --", "<script>alert(1)</script>",
			"${jndi:ldap://127.0.0.1/x}", "\u202Eevil\u202C", "\u200B\u200D", "😀🏚️", "\\u0000", "Ａ全角", "\uFEFF",
			"%s%s%n", "../../etc/passwd", "", " ", "null", "NaN", "x".repeat(5000) };

	private static final Object[] NUMBERS = { -1, 0, 2147483648L, -9223372036854775808L, 1e308, -1e308, 0.5, 1.0000001,
			new java.math.BigInteger("99999999999999999999999999999999") };

	@LocalServerPort
	int port;

	record Target(String method, String path, String validBody) {
	}

	@Test
	void ten_thousand_hostile_requests_get_no_5xx_and_every_4xx_names_what_is_wrong() {
		Api api = new Api(port);
		String facility = "H-" + port;
		Reply seed = api.post("/api/v1/inspections", validInspection(facility));
		assertThat(seed.status()).isEqualTo(201);
		long hazard = seed.json().get("hazards").get(0).get("hazardId").asLong();
		long complaint = api.post("/api/v1/complaints", validComplaint(facility)).json().get("id").asLong();
		List<Target> targets = List.of(new Target("POST", "/api/v1/determinations", validInspection(facility)),
				new Target("POST", "/api/v1/inspections", validInspection(facility)),
				new Target("POST", "/api/v1/complaints", validComplaint(facility)),
				new Target("PUT", "/api/v1/hazards/" + hazard + "/assignment", """
						{"version": 0, "actor": "x", "rectificationUnit": "u", "responsiblePerson": "p", "deadline": "2027-01-01",
						 "measures": "m", "funding": "f", "interimControls": "i"}"""),
				new Target("POST", "/api/v1/hazards/" + hazard + "/transitions", """
						{"version": 0, "actor": "x", "to": "RECTIFYING", "note": "n",
						 "acceptance": {"acceptedBy": "a", "acceptedOn": "2026-11-28", "note": "n"}}"""),
				new Target("POST", "/api/v1/complaints/" + complaint + "/verification", """
						{"version": 0, "actor": "x", "verifiedOn": "2026-11-20", "outcome": "CONFIRMED", "ruleId": "MCA2023-4.1"}"""),
				new Target("POST", "/api/v1/activities", """
						{"kind": "STAFF_TRAINING", "facility": {"id": "%s", "name": "院", "township": "三元镇"},
						 "heldOn": "2025-03-01", "conductedBy": "院方", "note": "n"}""".formatted(facility)),
				new Target("GET", "/api/v1/hazards", null), new Target("GET", "/api/v1/inspections", null),
				new Target("GET", "/api/v1/stats/hazards", null));

		Random random = new Random(SEED);
		Map<String, Integer> statuses = new TreeMap<>();
		List<String> bad = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Target target = targets.get(random.nextInt(targets.size()));
			Reply reply;
			String sent;
			if (target.validBody() == null) {
				sent = target.path() + "?" + hostileQuery(random);
				reply = api.get(sent);
			}
			else {
				sent = hostileBody(target.validBody(), random);
				reply = api.send(target.method(), target.path(), sent);
			}
			statuses.merge(target.method() + " " + target.path().replaceAll("/\\d+", "/{id}") + " " + reply.status(), 1,
					Integer::sum);
			String wrong = judge(reply);
			if (wrong != null && bad.size() < 20) {
				bad.add(wrong + " <- " + target.method() + " " + target.path() + " "
						+ (sent.length() > 300 ? sent.substring(0, 300) + "…" : sent));
			}
		}
		System.out.println("hostile requests by endpoint and status: " + statuses);
		assertThat(bad).isEmpty();
		assertThat(statuses.keySet()).noneMatch(k -> k.endsWith(" 500") || k.matches(".* 5\\d\\d$"));
		assertThat(api.get("/api/v1/hazards?facilityId=" + facility).status()).isEqualTo(200);
	}

	/** {@code null} when the answer is acceptable. */
	private static String judge(Reply reply) {
		int status = reply.status();
		if (status >= 500) {
			return "status " + status;
		}
		if (status < 400) {
			return null;
		}
		JsonNode body = reply.json();
		if (body == null || !reply.raw().headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
			return status + " without an RFC 9457 body";
		}
		if (body.path("status").asInt() != status) {
			return status + " whose body says status " + body.path("status");
		}
		if (status == 400) {
			JsonNode errors = body.path("errors");
			if (!errors.isArray() || errors.isEmpty()) {
				return "400 naming no field: " + body;
			}
			for (JsonNode e : errors) {
				if (e.path("field").asString("").isBlank() || e.path("message").asString("").isBlank()) {
					return "400 with an error naming no field: " + e;
				}
			}
		}
		return null;
	}

	static String hostileBody(String valid, Random random) {
		JsonNode tree = Api.JSON.readTree(valid);
		return switch (random.nextInt(10)) {
			case 0 -> mutateLeaf(tree, random, HostileInputTest::wrongType);
			case 1 -> mutateLeaf(tree, random, (node, r) -> number(r));
			case 2 -> mutateLeaf(tree, random, (node, r) -> JsonNodeFactory.instance.stringNode(STRINGS[r.nextInt(STRINGS.length)]));
			case 3 -> deepNesting(tree, random);
			case 4 -> duplicateKey(valid);
			case 5 -> valid.substring(0, random.nextInt(Math.max(1, valid.length())));
			case 6 -> mutateLeaf(tree, random, (node, r) -> JsonNodeFactory.instance.nullNode());
			case 7 -> mutateLeaf(tree, random, (node, r) -> JsonNodeFactory.instance.stringNode("UNKNOWN_" + r.nextInt(100)));
			case 8 -> rawEscapes(valid, random);
			default -> random.nextBoolean() ? "[" + valid + "]" : garbage(random);
		};
	}

	static String hostileQuery(Random random) {
		String[] keys = { "from", "to", "page", "size", "status", "channel", "overdue", "facilityId", "township", "groupBy",
				"ruleId" };
		StringBuilder q = new StringBuilder();
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			String value = switch (random.nextInt(5)) {
				case 0 -> String.valueOf(NUMBERS[random.nextInt(NUMBERS.length)]);
				case 1 -> "2026-13-45";
				case 2 -> "x".repeat(random.nextInt(300));
				case 3 -> "%27%20OR%201%3D1--";
				default -> "%F0%9F%98%80%00";
			};
			q.append(i == 0 ? "" : "&").append(keys[random.nextInt(keys.length)]).append('=').append(value);
		}
		return q.toString();
	}

	private interface Mutation {

		JsonNode apply(JsonNode node, Random random);

	}

	private static String mutateLeaf(JsonNode tree, Random random, Mutation mutation) {
		List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
		collect(tree, slots);
		if (slots.isEmpty()) {
			return tree.toString();
		}
		Map.Entry<JsonNode, Object> slot = slots.get(random.nextInt(slots.size()));
		if (slot.getKey() instanceof ObjectNode o) {
			String key = (String) slot.getValue();
			o.set(key, mutation.apply(o.get(key), random));
		}
		else if (slot.getKey() instanceof ArrayNode a) {
			int index = (Integer) slot.getValue();
			a.set(index, mutation.apply(a.get(index), random));
		}
		return tree.toString();
	}

	private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> slots) {
		if (node instanceof ObjectNode o) {
			for (String name : o.propertyNames()) {
				slots.add(Map.entry(o, name));
				collect(o.get(name), slots);
			}
		}
		else if (node instanceof ArrayNode a) {
			for (int i = 0; i < a.size(); i++) {
				slots.add(Map.entry(a, i));
				collect(a.get(i), slots);
			}
		}
	}

	private static JsonNode wrongType(JsonNode node, Random random) {
		JsonNodeFactory f = JsonNodeFactory.instance;
		if (node == null || node.isString()) {
			return random.nextBoolean() ? f.numberNode(42) : f.booleanNode(true);
		}
		if (node.isNumber() || node.isBoolean()) {
			return random.nextBoolean() ? f.stringNode(node.toString()) : f.arrayNode().add(node);
		}
		return random.nextBoolean() ? f.stringNode("object") : f.numberNode(7);
	}

	private static JsonNode number(Random random) {
		Object n = NUMBERS[random.nextInt(NUMBERS.length)];
		JsonNodeFactory f = JsonNodeFactory.instance;
		if (n instanceof Integer i) {
			return f.numberNode(i);
		}
		if (n instanceof Long l) {
			return f.numberNode(l);
		}
		if (n instanceof Double d) {
			return f.numberNode(d);
		}
		return f.numberNode((java.math.BigInteger) n);
	}

	private static String deepNesting(JsonNode tree, Random random) {
		int depth = 100 + random.nextInt(5000);
		String nested = "[".repeat(depth) + "1" + "]".repeat(depth);
		String text = tree.toString();
		int colon = text.indexOf(':');
		return colon < 0 ? nested : text.substring(0, colon + 1) + nested + text.substring(text.indexOf(',', colon) < 0
				? text.length() - 1 : text.indexOf(',', colon));
	}

	private static String duplicateKey(String valid) {
		String text = valid.strip();
		int colon = text.indexOf(':');
		int open = text.indexOf('"');
		String key = text.substring(open, text.indexOf('"', open + 1) + 1);
		return "{" + key + ": null, " + text.substring(1);
	}

	private static String rawEscapes(String valid, Random random) {
		String[] escapes = { "\\ud800", "\\udfff", "\\u0000", "\\u001f", "\\uffff", "\\u0085", "\\\\" };
		String text = valid;
		int quote = text.indexOf("\": \"");
		if (quote < 0) {
			quote = text.indexOf("\":\"");
		}
		if (quote < 0) {
			return text;
		}
		int at = text.indexOf('"', quote + 3) + 1;
		return text.substring(0, at) + escapes[random.nextInt(escapes.length)] + text.substring(at);
	}

	private static String garbage(Random random) {
		byte[] bytes = new byte[1 + random.nextInt(200)];
		random.nextBytes(bytes);
		return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	private static String validInspection(String facility) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "regionCode": "341504", "township": "三元镇",
				              "residentCount": 40, "dependentResidentCount": 10},
				 "inspection": {"date": "2026-11-20", "channel": "SUPERVISORY_INSPECTION", "inspector": "张三"},
				 "buildings": [{"id": "B1", "name": "主楼", "dangerousBuildingGrade": "D", "housingAuthorityMajorRisk": false,
				                "sandwichPanel": {"present": true, "coreFireClass": "B2", "occupied": true}}],
				 "canteen": {"present": true, "foodBusinessLicense": false},
				 "observations": [{"code": "EVACUATION_ROUTE_BLOCKED", "correctableOnSpot": false, "buildingId": "B1",
				                   "location": "二楼走廊", "note": "堆放杂物"}]}""".formatted(facility);
	}

	private static String validComplaint(String facility) {
		return """
				{"facility": {"id": "%s", "name": "测试养老院", "township": "三元镇"}, "source": "HOTLINE_12345",
				 "receivedOn": "2026-11-18", "content": "举报内容"}""".formatted(facility);
	}

}
