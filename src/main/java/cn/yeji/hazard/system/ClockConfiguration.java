package cn.yeji.hazard.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock: "today" is a date in the district's zone, not the server's. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${hazard.zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
