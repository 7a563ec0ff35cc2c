package cn.yeji.hazard.facts;

import java.util.List;

/** An observation that counts as an element or not depending on facts nobody gave. */
public record PossibleElement(String code, String clause, boolean crowded, List<String> missingPaths) {

	/** An observation whose counting depends on the facts at {@code missingPaths}. */
	public static PossibleElement of(Observation o, String... missingPaths) {
		return new PossibleElement(o.code(), o.clause(), o.crowded(), List.of(missingPaths));
	}

}
