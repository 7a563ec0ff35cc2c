package cn.yeji.hazard.facts;

/**
 * An element of GB 35181's comprehensive method that counts: an observation of that clause, not
 * correctable on the spot and past its ratio threshold. {@code path} is the observation's;
 * {@code ratio} is {@code null} for codes without a ratio.
 */
public record Element(String code, String clause, boolean crowded, String path, Double ratio) {

	/** Counts an observation as an element. */
	public static Element of(Observation o) {
		return new Element(o.code(), o.clause(), o.crowded(), o.path(), o.ratio());
	}

}
