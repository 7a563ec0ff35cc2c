package cn.yeji.hazard.hazards;

/** What happened to a ledger entry; one row of its history each. */
enum HazardEventKind {

	/** A recorded inspection or a verified report opened the entry. */
	OPENED,
	/** A later inspection or report found the same hazard while the entry was open. */
	JOINED,
	ASSIGNED,
	STATUS_CHANGED,
	ACCEPTANCE_REFUSED,
	CLOSED,
	ESCALATED

}
