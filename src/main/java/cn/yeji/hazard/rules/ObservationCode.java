package cn.yeji.hazard.rules;

/**
 * One entry of the observation catalog: a code an inspector may report and the clause it feeds.
 *
 * @param group where on the inspector's walk the item is checked; the console's checklist is grouped by it
 */
public record ObservationCode(String code, String title, String description, String clause, boolean crowded,
		boolean ratio, String group) {

	/** The group of an entry that names none. */
	public static final String OTHER = "其他检查项";

}
