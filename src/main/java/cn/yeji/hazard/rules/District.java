package cn.yeji.hazard.rules;

import java.util.List;
import java.util.Optional;

import cn.yeji.hazard.system.FieldProblem;

/**
 * The district whose ledger this is and its townships (乡镇（街道）), from {@code townships.yaml} beside the
 * rules. Users, the facilities the ledger records and listing filters name a township from this list.
 *
 * @param regionCode the district's administrative code; a facility with another code lies outside it
 */
public record District(String name, String regionCode, List<String> townships) {

	public District {
		townships = List.copyOf(townships);
	}

	/**
	 * A problem naming {@code field} when {@code township} is given and not on the list; an absent township
	 * is for the caller's own required-field checks.
	 */
	public Optional<FieldProblem> check(String field, String township) {
		if (township == null || township.isBlank() || townships.contains(township)) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(field, township,
				"不是" + name + "的乡镇（街道），可选：" + String.join("、", townships)));
	}

	/** Whether a facility with this region code (absent: assumed to be ours) lies in the district. */
	public boolean contains(String facilityRegionCode) {
		return facilityRegionCode == null || facilityRegionCode.isBlank() || facilityRegionCode.equals(regionCode);
	}

}
