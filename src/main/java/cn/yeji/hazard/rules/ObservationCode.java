package cn.yeji.hazard.rules;

import java.util.List;
import java.util.Optional;

/**
 * One entry of the observation catalog: a code an inspector may report and the clause it feeds.
 *
 * @param group where on the inspector's walk the item is checked; the console's checklist is grouped by it
 * @param variants the cases of the code an inspector picks (细分情形), each possibly counting toward a further
 * GB 35181 element; empty for most codes
 */
public record ObservationCode(String code, String title, String description, String clause, boolean crowded,
		boolean ratio, String group, List<Variant> variants) {

	/** The group of an entry that names none. */
	public static final String OTHER = "其他检查项";

	public ObservationCode {
		variants = variants == null ? List.of() : List.copyOf(variants);
	}

	/** An entry without variants. */
	public ObservationCode(String code, String title, String description, String clause, boolean crowded,
			boolean ratio, String group) {
		this(code, title, description, clause, crowded, ratio, group, List.of());
	}

	/** The variant of that name, if the code has it. */
	public Optional<Variant> variant(String name) {
		return variants.stream().filter(v -> v.variant().equals(name)).findFirst();
	}

	/**
	 * One case of a code (细分情形), e.g. FIRE_FACILITY_SHUT_OFF's HYDRANT.
	 *
	 * @param alsoCounts the GB 35181 element (rule id, the {@code clause} of another catalog code) an observation of
	 * this case also counts as, or {@code null}
	 * @param alsoCrowded whether that element is of the crowded-place subset (taken from the code whose clause it is)
	 */
	public record Variant(String variant, String title, String alsoCounts, boolean alsoCrowded) {
	}

}
