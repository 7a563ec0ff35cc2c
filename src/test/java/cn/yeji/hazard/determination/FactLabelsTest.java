package cn.yeji.hazard.determination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.rules.RulesetHolder;

/** What a Chinese reader sees of a fact, a value and a form control: words, never a developer's key. */
class FactLabelsTest {

	private final FactLabels labels = new FactLabels(new RulesetHolder(TestRules.shipped()));

	@Test
	void a_variant_reads_as_its_catalog_title_not_its_code() {
		assertThat(labels.value("observations[0].variant", "LOCKED_OR_SEALED")).doesNotContain("LOCKED_OR_SEALED")
			.contains("锁闭");
	}

	@Test
	void the_reference_date_and_a_fact_path_read_as_words() {
		assertThat(labels.path("referenceDate")).isEqualTo("判定基准日");
		assertThat(labels.path("buildings[0].dangerousBuildingGrade")).isEqualTo("建筑 1 · 危险房屋鉴定等级");
	}

	@Test
	void an_error_summary_names_a_form_control_by_its_words() {
		// a ledger form's control: the form's name and the API field
		assertThat(labels.control("assignment.responsiblePerson")).isEqualTo("整改责任人");
		assertThat(labels.control("acceptance.acceptedOn")).isEqualTo("验收日期");
		// a fact path, a row of a list, and a console control that is no API field
		assertThat(labels.control("facility.name")).isEqualTo("机构名称");
		assertThat(labels.control("buildings[1].id")).isEqualTo("建筑 2 · 编号");
		assertThat(labels.control("confirmPassword")).isEqualTo("确认新密码");
		// one with no words yet is shown as it is rather than guessed
		assertThat(labels.control("nothing.known")).isEqualTo("nothing.known");
	}

}
