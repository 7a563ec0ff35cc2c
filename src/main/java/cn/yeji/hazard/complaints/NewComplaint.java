package cn.yeji.hazard.complaints;

import java.time.LocalDate;

/**
 * A public report to record, as the API's body or the console's form gives it, read at the web boundary so
 * the desk does not depend on the generated API types.
 *
 * @param source where the report came in (HOTLINE_12345, HOTLINE_12349, LETTER, ONLINE, OTHER)
 */
record NewComplaint(Facility facility, String source, LocalDate receivedOn, String content) {

	/** The institution reported on, as the report names it: one new to the ledger is recorded with these. */
	record Facility(String id, String name, String regionCode, String township) {
	}

}
