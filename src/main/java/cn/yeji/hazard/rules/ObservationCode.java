package cn.yeji.hazard.rules;

/**
 * One entry of the observation catalog: a code an inspector may report and the clause it feeds.
 */
public record ObservationCode(String code, String title, String description, String clause, boolean crowded,
		boolean ratio) {
}
