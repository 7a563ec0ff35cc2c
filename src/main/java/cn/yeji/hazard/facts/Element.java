package cn.yeji.hazard.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of GB 35181's comprehensive method an observation is: an observation of that clause (or whose
 * chosen variant also counts as it) past its ratio threshold. {@code path} is the observation's;
 * {@code ratio} is {@code null} for codes without a ratio. A {@code corrected} element (当场改正) is a general
 * hazard of its clause but never counts toward a combined finding (GB 35181 §5.1; contract v1.1 §7 item 5).
 */
public record Element(String code, String clause, boolean crowded, String path, Double ratio, String buildingId,
		String variant, boolean corrected) {

	/** The observation as an element of its own clause. */
	public static Element of(Observation o) {
		return new Element(o.code(), o.clause(), o.crowded(), o.path(), o.ratio(), o.buildingId(), o.variant(),
				o.correctableOnSpot());
	}

	/** The observation as the element its chosen variant also counts as. */
	public static Element also(Observation o) {
		return new Element(o.code(), o.alsoClause(), o.alsoCrowded(), o.path(), null, null, o.variant(),
				o.correctableOnSpot());
	}

	/**
	 * What a finding of this element cites: the code, the variant, the ratio (and the building whose threshold it
	 * passed) when given, and 当场改正 when so.
	 */
	public List<Evidence> evidence() {
		List<Evidence> evidence = new ArrayList<>(4);
		evidence.add(new Evidence(path + ".code", code));
		if (variant != null) {
			evidence.add(new Evidence(path + ".variant", variant));
		}
		if (ratio != null) {
			evidence.add(new Evidence(path + ".ratio", ratio));
			if (buildingId != null) {
				evidence.add(new Evidence(path + ".buildingId", buildingId)); // the building decided its threshold
			}
		}
		if (corrected) {
			evidence.add(new Evidence(path + ".correctableOnSpot", true));
		}
		return evidence;
	}

}
