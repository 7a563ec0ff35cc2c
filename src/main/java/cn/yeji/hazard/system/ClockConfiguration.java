package cn.yeji.hazard.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings, bound once, and the service's one clock: "today" is a date in the district's zone. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HazardSettings.class)
class ClockConfiguration {

	@Bean
	Clock clock(HazardSettings settings) {
		return Clock.system(settings.zone());
	}

}
