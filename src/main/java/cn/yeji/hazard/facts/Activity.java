package cn.yeji.hazard.facts;

/**
 * A check, self-check, training or drill held in {@code year}; {@code quarter} (1-4) and {@code half}
 * (1-2) say when within it. An institution's activity names its facility; a township's training of
 * principals names only the township.
 */
public record Activity(ActivityKind kind, String facilityId, String township, int year, int quarter, int half) {
}
