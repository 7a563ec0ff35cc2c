package cn.yeji.hazard.ledger;

/** The entry a finding opened ({@code opened}) or joined. */
record HazardLink(long hazardId, String ruleId, boolean opened) {
}
