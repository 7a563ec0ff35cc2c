package cn.yeji.hazard.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on what one request and one client may send.
 *
 * @param maxJsonBytes the largest JSON body accepted (413 above it)
 * @param writesPerMinute writes (POST, PUT under /api/, determinations excepted) one client may make per
 * minute before 429; a client is the signed-in user, or the address when nobody is signed in
 */
@ConfigurationProperties("hazard.limits")
record RequestLimits(long maxJsonBytes, int writesPerMinute) {

	RequestLimits {
		if (maxJsonBytes <= 0) {
			maxJsonBytes = 1_048_576;
		}
		if (writesPerMinute <= 0) {
			writesPerMinute = 120;
		}
	}

}
