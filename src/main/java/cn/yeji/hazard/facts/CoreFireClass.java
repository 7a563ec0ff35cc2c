package cn.yeji.hazard.facts;

/** Reaction-to-fire class of a sandwich panel's core (GB 8624). */
public enum CoreFireClass {

	A, B1, B2, B3

}
