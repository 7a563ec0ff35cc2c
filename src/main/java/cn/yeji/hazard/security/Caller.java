package cn.yeji.hazard.security;

/**
 * Who is acting and what they may see: resolved once from the signed-in account where a request enters (a
 * console page's parameter, or {@link Callers} in an API controller) and handed to the services explicitly,
 * so what a service may touch is in its signature. The command line and the service's own scheduled work
 * pass {@link #SYSTEM}; nothing falls back to the whole district because nobody happened to be signed in.
 *
 * @param username the account acting, {@code null} for {@link #SYSTEM}
 * @param scope what the account may see: the whole district, or its township
 */
public record Caller(String username, TownshipScope scope) {

	/** The command line and scheduled work: the whole district, no account. */
	public static final Caller SYSTEM = new Caller(null, TownshipScope.DISTRICT);

	public Caller {
		if (scope == null) {
			throw new IllegalArgumentException("a caller has a scope");
		}
	}

	public boolean isDistrict() {
		return scope.isDistrict();
	}

	/** The caller's township, {@code null} for the whole district. */
	public String township() {
		return scope.township();
	}

}
