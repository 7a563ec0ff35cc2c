package cn.yeji.hazard.differential;

/** Three-valued truth: a fact nobody gave is UNKNOWN, never false. */
enum Tri {

	TRUE, FALSE, UNKNOWN;

	static Tri of(Boolean b) {
		return b == null ? UNKNOWN : b ? TRUE : FALSE;
	}

	static Tri of(boolean b) {
		return b ? TRUE : FALSE;
	}

	Tri and(Tri o) {
		if (this == FALSE || o == FALSE) {
			return FALSE;
		}
		return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
	}

	Tri or(Tri o) {
		if (this == TRUE || o == TRUE) {
			return TRUE;
		}
		return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
	}

	Tri not() {
		return this == UNKNOWN ? UNKNOWN : this == TRUE ? FALSE : TRUE;
	}

}
