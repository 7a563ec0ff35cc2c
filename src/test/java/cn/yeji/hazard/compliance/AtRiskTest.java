package cn.yeji.hazard.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.compliance.ComplianceInput.ActivityEntry;
import cn.yeji.hazard.compliance.ComplianceInput.InstitutionEntry;

/** The running year looked ahead: who will fall short unless something changes, by the pack's own counts. */
class AtRiskTest {

	private static final InstitutionEntry BEHIND = new InstitutionEntry("A", "落后的院", "三元镇");

	private static final InstitutionEntry ON_PACE = new InstitutionEntry("B", "跟上的院", "三元镇");

	@Test
	void one_district_check_by_the_end_of_september_is_behind_the_pace_of_four_while_three_are_not() {
		ComplianceInput input = new ComplianceInput(2026, LocalDate.of(2026, 9, 30), List.of(BEHIND, ON_PACE), List.of(),
				List.of(check("A", "2026-03-01"), check("B", "2026-02-01"), check("B", "2026-05-01"), check("B", "2026-08-01")));

		List<AtRisk.Risk> risks = AtRisk.forecast(TestRules.shipped(), input);

		assertThat(risks).filteredOn(r -> r.ruleId().equals("CP-1")).singleElement().satisfies(r -> {
			assertThat(r.facilityId()).isEqualTo("A");
			assertThat(r.done()).isEqualTo(1);
			assertThat(r.required()).isEqualTo(4);
			assertThat(r.reason()).contains("按此进度全年达不到 4 次");
		});
	}

	@Test
	void the_last_month_of_a_quarter_without_a_self_check_is_a_risk_and_with_one_is_not() {
		ComplianceInput input = new ComplianceInput(2026, LocalDate.of(2026, 12, 3), List.of(BEHIND, ON_PACE), List.of(),
				List.of(new ActivityEntry("SELF_CHECK", "B", "三元镇", LocalDate.of(2026, 10, 20))));

		List<AtRisk.Risk> risks = AtRisk.forecast(TestRules.shipped(), input);

		assertThat(risks).filteredOn(r -> r.ruleId().equals("CP-2")).extracting(AtRisk.Risk::facilityId).containsExactly("A");
		assertThat(risks).filteredOn(r -> r.ruleId().equals("CP-2")).first()
			.satisfies(r -> assertThat(r.period()).isEqualTo("2026-Q4"));
	}

	@Test
	void early_in_a_quarter_nothing_is_due_yet_and_an_ended_year_has_no_forecast() {
		ComplianceInput early = new ComplianceInput(2026, LocalDate.of(2026, 1, 10), List.of(BEHIND), List.of(), List.of());
		ComplianceInput ended = new ComplianceInput(2025, LocalDate.of(2026, 1, 10), List.of(BEHIND), List.of(), List.of());

		assertThat(AtRisk.forecast(TestRules.shipped(), early)).isEmpty();
		assertThat(AtRisk.forecast(TestRules.shipped(), ended)).isEmpty();
	}

	private static ActivityEntry check(String facility, String day) {
		return new ActivityEntry("DISTRICT_CHECK", facility, "三元镇", LocalDate.parse(day));
	}

}
