package cn.yeji.hazard.facts;

import java.time.LocalDate;

/** A conclusion of the housing or fire department, or of a third-party assessor. */
public record AuthorityFinding(String path, Issuer issuer, Scope scope, Boolean majorHazard, String documentNo,
		LocalDate date) implements Fact {
}
