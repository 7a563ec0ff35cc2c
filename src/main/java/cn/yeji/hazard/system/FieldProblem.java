package cn.yeji.hazard.system;

/**
 * One offending field of a request: its path (e.g. {@code buildings[0].dangerousBuildingGrade}), the
 * value as submitted, and what is wrong, in Chinese.
 */
public record FieldProblem(String field, Object value, String message) {
}
