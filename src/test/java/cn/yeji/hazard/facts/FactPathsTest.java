package cn.yeji.hazard.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FactPathsTest {

	@Test
	void indexes_and_clause_numbers_sort_as_numbers() {
		List<String> paths = new ArrayList<>(List.of("observations[10].code", "buildings[1].id", "observations[2].code",
				"observations[2].ratio", "YJ-2.10", "YJ-2.2", "YJ-2.9", "GB35181-7.3.10", "GB35181-7.3.3", "GB35181-7.3",
				"facility.residentCount", "a0010", "a9"));

		paths.sort(FactPaths.ORDER);

		assertThat(paths).containsExactly("GB35181-7.3", "GB35181-7.3.3", "GB35181-7.3.10", "YJ-2.2", "YJ-2.9",
				"YJ-2.10", "a9", "a0010", "buildings[1].id", "facility.residentCount", "observations[2].code",
				"observations[2].ratio", "observations[10].code");
	}

	@Test
	void equal_texts_compare_equal_and_order_is_antisymmetric() {
		assertThat(FactPaths.ORDER.compare("buildings[3].id", "buildings[3].id")).isZero();
		assertThat(Integer.signum(FactPaths.ORDER.compare("x1", "x01"))).isEqualTo(-Integer.signum(FactPaths.ORDER.compare("x01", "x1")));
	}

}
