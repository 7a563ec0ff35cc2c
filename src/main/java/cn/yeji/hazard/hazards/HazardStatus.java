package cn.yeji.hazard.hazards;

import java.util.Map;
import java.util.Set;

import cn.yeji.hazard.system.Labels;

/**
 * Where a ledger entry stands. The flow is OPEN → RECTIFYING → PENDING_ACCEPTANCE → CLOSED (销号); an
 * acceptance refused sends the entry back from PENDING_ACCEPTANCE to RECTIFYING. Nothing leaves CLOSED:
 * a hazard found again later is a new entry.
 */
enum HazardStatus {

	OPEN, RECTIFYING, PENDING_ACCEPTANCE, CLOSED;

	private static final Map<HazardStatus, Set<HazardStatus>> NEXT = Map.of(OPEN, Set.of(RECTIFYING), RECTIFYING,
			Set.of(PENDING_ACCEPTANCE), PENDING_ACCEPTANCE, Set.of(CLOSED, RECTIFYING), CLOSED, Set.of());

	boolean canMoveTo(HazardStatus to) {
		return NEXT.get(this).contains(to);
	}

	/** An acceptance refused is the one move backwards. */
	boolean isRefusal(HazardStatus to) {
		return this == PENDING_ACCEPTANCE && to == RECTIFYING;
	}

	/** The status in words, as the ledger's pages and exports name it (the shared {@code status.*} words). */
	public String label() {
		return Labels.of("status", name());
	}

}
