package cn.yeji.hazard.notifications;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lock the instances sharing a database take turns by: a row of {@code shedlock}, timed by the database. */
@Configuration(proxyBeanMethods = false)
class Locks {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		// the database's clock, not each instance's: instances whose clocks differ still agree on who holds it
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
