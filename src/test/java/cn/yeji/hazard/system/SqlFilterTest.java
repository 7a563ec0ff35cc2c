package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlFilterTest {

	@Test
	void a_filter_joins_only_when_its_value_is_given() {
		// given a filter asked for a township and, blank, for a clause
		SqlFilter where = new SqlFilter().and("township = :township", "township", "三元镇")
			.and("rule_id = :rule", "rule", null);

		// then only the township narrows the listing
		assertThat(where.sql()).isEqualTo(" WHERE 1 = 1 AND township = :township");
		assertThat(where.params()).containsOnlyKeys("township");
	}

	@Test
	void a_blank_value_is_no_filter_as_a_form_with_nothing_chosen_sends_it() {
		// when a listing gets township= and a blank search
		SqlFilter where = new SqlFilter().and("township = :township", "township", "").and("name LIKE :q", "q", "  ");

		// then nothing is narrowed: not "the township named ''", which matches no record
		assertThat(where.sql()).isEqualTo(" WHERE 1 = 1");
		assertThat(where.params()).isEmpty();
	}

}
