package cn.yeji.hazard.export;

/** A share (0.5 = 50 %) that a report shows as a percentage: "50.0%" in CSV, a percent-formatted number in Excel. */
public record Percent(double ratio) {

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%.1f%%", ratio * 100);
	}

}
