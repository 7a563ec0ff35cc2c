package cn.yeji.hazard.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Townships with an entry past its deadline or refused at acceptance, worst first, as of {@code asOf}: what
 * 通报 and 约谈 are decided on. The dashboard reads these names ({@code stats/stats.html}).
 */
record SlowProgress(LocalDate asOf, List<Township> townships) {

	/** A township's entries past their deadline ({@code overdue}) and refused at acceptance, by institution, worst first. */
	record Township(String township, int overdue, int refused, List<Institution> institutions) {
	}

	/** @param hazardIds every slow entry of the institution, overdue or refused */
	record Institution(String facilityId, String facilityName, int overdue, int refused, List<Long> hazardIds) {
	}

}
