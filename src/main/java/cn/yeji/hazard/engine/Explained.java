package cn.yeji.hazard.engine;

import java.util.Map;

/** The conclusions of one evaluation and, per rule id of the packages evaluated, what its conditions read. */
public record Explained(Outcome outcome, Map<String, RuleReading> readings) {
}
