package cn.yeji.hazard.differential;

import cn.yeji.hazard.api.model.DeterminationRequestDto;

/** The oracle, for the benchmarks in {@code src/jmh} (the oracle itself stays package-private). */
public final class OracleAccess {

	private OracleAccess() {
	}

	public static Object judge(DeterminationRequestDto request) {
		return Oracle.judge(request);
	}

}
