package cn.yeji.hazard.security;

/**
 * A user's one role. INSPECTOR < TOWNSHIP_OFFICER < DISTRICT_OFFICER < ADMIN, and RULE_ADMIN < ADMIN:
 * a role may do all that the roles below it may.
 */
public enum Role {

	/** submits determinations and inspections, reads their township's ledger */
	INSPECTOR,
	/** manages the hazards, reports and activities of their own township */
	TOWNSHIP_OFFICER,
	/** everything in the district, statistics, compliance, the audit log */
	DISTRICT_OFFICER,
	/** reloads and validates rules */
	RULE_ADMIN,
	/** manages users */
	ADMIN;

	/** Township-level roles see and change only their own township's records. */
	public boolean isTownshipBound() {
		return this == INSPECTOR || this == TOWNSHIP_OFFICER;
	}

	String authority() {
		return "ROLE_" + name();
	}

	static final String HIERARCHY = """
			ROLE_ADMIN > ROLE_DISTRICT_OFFICER
			ROLE_ADMIN > ROLE_RULE_ADMIN
			ROLE_DISTRICT_OFFICER > ROLE_TOWNSHIP_OFFICER
			ROLE_TOWNSHIP_OFFICER > ROLE_INSPECTOR""";

}
