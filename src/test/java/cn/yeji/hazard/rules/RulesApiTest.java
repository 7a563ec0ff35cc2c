package cn.yeji.hazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.yeji.hazard.ContractRuleIds;
import cn.yeji.hazard.TestRules;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class RulesApiTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void rules_lists_every_clause_of_the_contract_with_its_metadata() {
		var rules = mvc.get().uri("/api/v1/rules");

		assertThat(rules).hasStatusOk();
		assertThat(rules).bodyJson().extractingPath("$[*].ruleId").asArray().containsAll(ContractRuleIds.ALL);
		assertThat(rules).bodyJson().extractingPath("$[?(@.ruleId == 'YJ-4.4')].jurisdiction").asArray().containsOnly("341504");
		assertThat(rules).bodyJson().extractingPath("$[?(@.ruleId == 'MCA2023-4.1')].confidence").asArray()
			.containsOnly("CONFIRMED_NATIONAL_TEXT");
		assertThat(rules).bodyJson().extractingPath("$[?(@.ruleId == 'GB35181-C3')].mode").asArray().containsOnly("COMBINED");
		assertThat(rules).bodyJson().extractingPath("$[?(@.ruleId == 'YJ-2.2')].level").asArray()
			.containsExactlyInAnyOrder("MAJOR", "GENERAL");
		assertThat(rules).bodyJson().extractingPath("$[0].basis[0].document").asString().isNotBlank();
	}

	@Test
	void observation_codes_are_the_catalog_of_the_contract() {
		var codes = mvc.get().uri("/api/v1/observation-codes");

		assertThat(codes).hasStatusOk();
		assertThat(codes).bodyJson().extractingPath("$[*].code").asArray().hasSize(24).contains("FIRE_FACILITY_SHUT_OFF",
				"EVACUATION_SIGNS_DAMAGED", "FIRE_POWER_SUPPLY_DEFECT");
		assertThat(codes).bodyJson().extractingPath("$[?(@.code == 'STAIR_DOORS_DAMAGED')].ratio").asArray().containsOnly(true);
		assertThat(codes).bodyJson().extractingPath("$[?(@.crowded == true)].clause").asArray()
			.containsExactlyInAnyOrder(List.of("GB35181-7.3.1", "GB35181-7.3.2", "GB35181-7.3.3", "GB35181-7.3.4",
					"GB35181-7.3.6", "GB35181-7.3.7", "GB35181-7.3.8", "GB35181-7.3.9", "GB35181-7.5").toArray());
	}

	@Test
	void ruleset_names_its_version_packs_and_rule_count() {
		var ruleset = mvc.get().uri("/api/v1/ruleset");

		assertThat(ruleset).hasStatusOk();
		assertThat(ruleset).bodyJson().extractingPath("$.version").isEqualTo(TestRules.shipped().version());
		assertThat(ruleset).bodyJson().extractingPath("$.ruleCount").isEqualTo(TestRules.shipped().rules().size());
		assertThat(ruleset).bodyJson().extractingPath("$.packs[*].id").asArray()
			.containsExactly("compliance", "gb35181-2017", "mca2023", "yeji-341504");
	}

}
