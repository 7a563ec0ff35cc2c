package cn.yeji.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.yeji.hazard.commandline.RulesCli;

/** Starts the hazard-judge service, or runs the {@code rules} command line when asked to. */
@SpringBootApplication
public class HazardJudgeApplication {

	public static void main(String[] args) {
		if (RulesCli.wants(args)) {
			System.exit(RulesCli.run(args, System.out, System.err));
		}
		SpringApplication.run(HazardJudgeApplication.class, args);
	}

}
