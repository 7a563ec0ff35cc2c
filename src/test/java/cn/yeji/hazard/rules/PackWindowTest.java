package cn.yeji.hazard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.facts.FacilityKind;

/** Which packs judge on which date, and how they stand: pack.yaml effectiveFrom, effectiveTo, afterExpiry, issued. */
class PackWindowTest {

	private static final String YEJI = "341504";

	@TempDir
	Path tmp;

	@Test
	void gb35181_2017_is_in_force_through_2025_10_31_and_reference_only_from_2025_11_01() {
		Ruleset ruleset = TestRules.shipped();

		PackApplicability lastDay = pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2025, 10, 31)), "gb35181-2017");
		PackApplicability dayAfter = pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2025, 11, 1)), "gb35181-2017");

		assertThat(lastDay.status()).isEqualTo(PackStatus.IN_FORCE);
		assertThat(lastDay.reason()).isNull();
		assertThat(dayAfter.status()).isEqualTo(PackStatus.REFERENCE);
		assertThat(dayAfter.applies()).isTrue();
		assertThat(dayAfter.reason()).startsWith("仅作参考（").contains("2025-10-31")
			.contains("GB 35181-2025《重大火灾隐患判定规则》（2025-11-01 起实施）").contains("需专家论证");
	}

	@Test
	void mca2023_applies_from_the_day_it_was_issued_and_says_why_not_before() {
		Ruleset ruleset = TestRules.shipped();

		PackApplicability before = pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2023, 11, 26)), "mca2023");
		PackApplicability firstDay = pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2023, 11, 27)), "mca2023");

		assertThat(before.status()).isEqualTo(PackStatus.NOT_APPLICABLE);
		assertThat(before.reason()).contains("2023-11-26").contains("2023-11-27");
		assertThat(firstDay.status()).isEqualTo(PackStatus.IN_FORCE);
		assertThat(ruleset.applicablePacks(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2023, 11, 26)))
			.extracting(RulePack::id).containsExactly("gb35181-2017", "yeji-341504");
	}

	@Test
	void the_yeji_guideline_has_no_window_and_is_a_draft_until_issued() {
		Ruleset ruleset = TestRules.shipped();

		for (LocalDate date : List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 1, 1))) {
			PackApplicability yeji = pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, date), "yeji-341504");
			assertThat(yeji.status()).isEqualTo(PackStatus.DRAFT);
			assertThat(yeji.reason()).startsWith("指引未印发");
		}
	}

	@Test
	void a_pack_outside_its_jurisdiction_or_facility_kind_is_not_applicable_with_the_reason() {
		List<PackApplicability> packs = TestRules.shipped().applicability("341502", FacilityKind.COMMUNITY_FACILITY,
				LocalDate.of(2025, 6, 30));

		assertThat(pack(packs, "yeji-341504").status()).isEqualTo(PackStatus.NOT_APPLICABLE);
		assertThat(pack(packs, "yeji-341504").reason()).contains("341504").contains("341502");
		assertThat(pack(packs, "mca2023").status()).isEqualTo(PackStatus.NOT_APPLICABLE);
		assertThat(pack(packs, "mca2023").reason()).contains("INSTITUTION").contains("COMMUNITY_FACILITY");
		assertThat(pack(packs, "gb35181-2017").status()).isEqualTo(PackStatus.IN_FORCE);
		assertThat(packs).extracting(a -> a.pack().id()).doesNotContain("compliance");
	}

	@Test
	void an_issued_local_guideline_is_in_force_and_one_without_afterexpiry_stops_applying() throws IOException {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		appendToPack(rules, "yeji-341504", """
				effectiveTo: 2026-12-31
				issued: {number: 叶民〔2026〕12号, date: 2026-03-01}
				""");

		Ruleset ruleset = RulesFolder.load(rules, TestRules.CLOCK);

		assertThat(pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2026, 12, 31)), "yeji-341504").status())
			.isEqualTo(PackStatus.IN_FORCE);
		PackApplicability expired = pack(ruleset.applicability(YEJI, FacilityKind.INSTITUTION, LocalDate.of(2027, 1, 1)), "yeji-341504");
		assertThat(expired.status()).isEqualTo(PackStatus.NOT_APPLICABLE);
		assertThat(expired.reason()).contains("2026-12-31");
	}

	@Test
	void bad_dates_a_window_ending_before_it_starts_and_a_reference_without_its_successor_are_refused_naming_file_and_key()
			throws IOException {
		Path rules = TestRules.copyOfShippedRules(tmp.resolve("rules"));
		appendToPack(rules, "yeji-341504", """
				effectiveFrom: 2026-02-30
				issued: {date: 2026-03-01}
				notEncoded:
				  - document: 某文件
				    clause: 第一条
				""");
		appendToPack(rules, "mca2023", "effectiveTo: 2023-11-26\n");
		Path gb = rules.resolve("gb35181-2017/pack.yaml");
		Files.writeString(gb, Files.readString(gb).replaceAll("(?m)^supersededBy:.*$", ""));

		assertThatThrownBy(() -> RulesFolder.load(rules, TestRules.CLOCK))
			.isInstanceOfSatisfying(InvalidRulesException.class, ex -> {
				assertThat(ex.problems()).anySatisfy(p -> {
					assertThat(p.file()).isEqualTo("yeji-341504/pack.yaml");
					assertThat(p.message()).contains("effectiveFrom").contains("2026-02-30").contains("ISO date");
				});
				assertThat(ex.problems()).anySatisfy(p -> {
					assertThat(p.file()).isEqualTo("yeji-341504/pack.yaml");
					assertThat(p.message()).contains("issued").contains("number");
				});
				assertThat(ex.problems()).anySatisfy(p -> {
					assertThat(p.file()).isEqualTo("yeji-341504/pack.yaml");
					assertThat(p.message()).contains("notEncoded[0]").contains("note");
				});
				assertThat(ex.problems()).anySatisfy(p -> {
					assertThat(p.file()).isEqualTo("mca2023/pack.yaml");
					assertThat(p.message()).contains("effectiveFrom 2023-11-27 is after effectiveTo 2023-11-26");
				});
				assertThat(ex.problems()).anySatisfy(p -> {
					assertThat(p.file()).isEqualTo("gb35181-2017/pack.yaml");
					assertThat(p.message()).contains("supersededBy");
				});
				assertThat(ex.problems()).noneSatisfy(p -> assertThat(p.file()).isEqualTo("compliance/pack.yaml"));
			});
	}

	private static void appendToPack(Path rules, String pack, String yaml) throws IOException {
		Path descriptor = rules.resolve(pack + "/pack.yaml");
		Files.writeString(descriptor, Files.readString(descriptor) + "\n" + yaml);
	}

	private static PackApplicability pack(List<PackApplicability> packs, String id) {
		return packs.stream().filter(a -> a.pack().id().equals(id)).findFirst().orElseThrow();
	}

}
