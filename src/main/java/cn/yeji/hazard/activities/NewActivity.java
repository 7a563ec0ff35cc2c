package cn.yeji.hazard.activities;

import java.time.LocalDate;

import cn.yeji.hazard.facts.ActivityKind;

/**
 * An activity to record, as the API's body or the console's form gives it, read at the web boundary so the
 * recorder does not depend on the generated API types.
 *
 * @param facility the institution an institution's activity names; {@code null} for a township's principal
 * training
 * @param township the township a principal training was held in, and where a facility new to the ledger is
 * recorded when the facility does not name one
 */
record NewActivity(ActivityKind kind, Facility facility, String township, LocalDate heldOn, String conductedBy,
		String note) {

	/** The institution as the request names it: a facility new to the ledger is recorded with these. */
	record Facility(String id, String name, String regionCode, String township) {
	}

}
