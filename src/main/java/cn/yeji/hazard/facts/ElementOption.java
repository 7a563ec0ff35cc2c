package cn.yeji.hazard.facts;

/**
 * One way an observation may count under GB 35181's comprehensive method: as the element {@code clause}
 * (a rule id such as {@code GB35181-7.4a}), or as no further element when {@code clause} is {@code null}.
 */
public record ElementOption(String clause, boolean crowded) {
}
