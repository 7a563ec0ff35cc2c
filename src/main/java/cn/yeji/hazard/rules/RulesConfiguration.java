package cn.yeji.hazard.rules;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import cn.yeji.hazard.system.HazardSettings;

/** Loads the rules folder at start-up; a broken folder stops the start with every file and line. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

	@Bean
	RulesetHolder rulesetHolder(HazardSettings settings, Clock clock) {
		Path dir = settings.rules().dir();
		long start = System.nanoTime();
		Ruleset ruleset = EarlyRulesLoad.take(dir, clock);
		log.info("loaded {} rules from {} packs in {} (waited {} ms for the load started at launch), version {}",
				ruleset.rules().size(), ruleset.packs().size(), dir.toAbsolutePath().normalize(),
				(System.nanoTime() - start) / 1_000_000, ruleset.version());
		return new RulesetHolder(ruleset, clock);
	}

	@Bean
	Townships townships(RulesetHolder rulesets) {
		return new Townships(rulesets);
	}

}
