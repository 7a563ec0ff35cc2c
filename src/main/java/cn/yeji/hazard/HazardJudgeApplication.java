package cn.yeji.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the hazard-judge service. */
@SpringBootApplication
public class HazardJudgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(HazardJudgeApplication.class, args);
	}

}
