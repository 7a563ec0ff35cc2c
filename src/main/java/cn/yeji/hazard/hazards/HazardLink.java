package cn.yeji.hazard.hazards;

/** The entry a finding opened ({@code opened}) or joined. */
public record HazardLink(long hazardId, String ruleId, boolean opened) {
}
