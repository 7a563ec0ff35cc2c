package cn.yeji.hazard.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.RejudgementDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.rules.RulesetHolder;
import tools.jackson.databind.json.JsonMapper;

/** A recorded inspection judged again is judged on the day it was recorded for, whatever day it is now. */
class RejudgingTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void an_undated_inspection_recorded_in_2025_is_rejudged_on_its_recorded_date_not_today() throws IOException {
		// given the four counting elements recorded without an inspection date on 2025-06-30, a major hazard then
		Clock recordedOn = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), TestRules.ZONE);
		VerdictDto recorded = new DeterminationService(new RulesetHolder(TestRules.shipped(), recordedOn), recordedOn)
			.determine(undated());
		assertThat(recorded.getVerdict().getValue()).isEqualTo("MAJOR_HAZARD");

		// when it is judged again in 2026, when GB 35181-2017 would be a reference only
		Clock now = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), TestRules.ZONE);
		RejudgementDto again = new Rejudging(new RulesetHolder(TestRules.shipped(), now), null, now)
			.rejudge(7, undated(), recorded, Rejudging.CURRENT);

		// then the same rules on the same date give the same verdict
		assertThat(again.getVerdict().getReferenceDate()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(again.getVerdict().getVerdict().getValue()).isEqualTo("MAJOR_HAZARD");
		assertThat(again.getChanged()).isFalse();
		assertThat(again.getVerdict().getCoverage().getPacks()).extracting(p -> p.getId() + "=" + p.getStatus().getValue())
			.contains("gb35181-2017=IN_FORCE").doesNotContain("gb35181-2017=REFERENCE");
	}

	private static DeterminationRequestDto undated() throws IOException {
		String json = Files.readString(TestRules.examplesDir()
			.resolve("gb35181-2017/effective-2025-06-30-four-elements-in-force-is-major.json"));
		DeterminationRequestDto request = JSON.treeToValue(JSON.readTree(json).get("request"), DeterminationRequestDto.class);
		request.getInspection().setDate(null);
		return request;
	}

}
