package cn.yeji.hazard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExportsTest {

	@Test
	void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
		for (String hostile : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(Exports.csvCell(hostile)).as(hostile).isEqualTo("'" + hostile);
		}
	}

	@Test
	void ordinary_text_and_negative_numbers_are_left_alone() {
		assertThat(Exports.csvCell("三元镇中心敬老院")).isEqualTo("三元镇中心敬老院");
		assertThat(Exports.csvCell("a=b")).isEqualTo("a=b");
		assertThat(Exports.csvCell(-3)).isEqualTo("-3");
		assertThat(Exports.csvCell(null)).isEmpty();
	}

	@Test
	void a_whole_csv_export_carries_the_neutralised_cell() {
		Table table = new Table("台账", List.of("机构", "数量"), List.of(List.<Object>of("=cmd|' /C calc'!A0", -1)));

		String csv = new String(Exports.csv(table), StandardCharsets.UTF_8);

		assertThat(csv).contains("'=cmd|' /C calc'!A0").contains(",-1");
	}

}
