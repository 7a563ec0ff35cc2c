package cn.yeji.hazard.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Sessions for one rule base, taken from a pool: creating a session builds the memory of every node,
 * which costs more than most evaluations. {@code dispose()} on a pooled session resets it and returns it.
 */
final class KieBaseSessions {

	/** Grows on demand; this many are kept warm. */
	private static final int INITIAL = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

	private final KieSessionsPool pool;

	KieBaseSessions(KieBase kieBase) {
		this.pool = kieBase.newKieSessionsPool(INITIAL);
	}

	KieSession open() {
		return pool.newKieSession();
	}

}
