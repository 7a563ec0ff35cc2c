package cn.yeji.hazard.hazards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.system.Labels;

/**
 * The ledger's own enums are package-private, so the check that every value has words
 * ({@code LabelsTest}) is made for them here: a new status or history event cannot reach a page, a notice or
 * a spreadsheet as a bare code.
 */
class HazardStatusLabelsTest {

	@Test
	void every_status_and_every_history_event_has_words() {
		// given every status an entry can stand in, and every event its history records
		// when the shared words are asked for each
		List<String> missing = Stream.concat(unlabelled("status", HazardStatus.values()),
				unlabelled("event", HazardEventKind.values())).toList();
		// then none is missing
		assertThat(missing).isEmpty();
	}

	@Test
	void a_status_reads_in_a_notice_as_the_ledger_and_the_exports_name_it() {
		// given a closed entry
		// when its status is put in words for a notice or a conflict's problem detail
		String label = HazardStatus.CLOSED.label();
		// then it is the ledger's word for it
		assertThat(label).isEqualTo("已销号").isEqualTo(Labels.of("status", "CLOSED"));
	}

	private static Stream<String> unlabelled(String kind, Enum<?>[] constants) {
		return Stream.of(constants).map(Enum::name).filter(code -> !Labels.has(kind, code)).map(code -> kind + "." + code);
	}

}
