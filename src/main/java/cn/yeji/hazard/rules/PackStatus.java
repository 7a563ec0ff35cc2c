package cn.yeji.hazard.rules;

/** How a pack stands on a determination's reference date. */
public enum PackStatus {

	/** In its window and issued: its findings stand as the rules say. */
	IN_FORCE,

	/** Past its window with {@code afterExpiry: REFERENCE}: it judges, but no finding of it is more than REVIEW. */
	REFERENCE,

	/** A local guideline in its window that has not been issued (指引未印发): its findings stand and say so. */
	DRAFT,

	/** Out of its window, its jurisdiction or its facility kinds: it does not judge. */
	NOT_APPLICABLE;

	public boolean applies() {
		return this != NOT_APPLICABLE;
	}

}
