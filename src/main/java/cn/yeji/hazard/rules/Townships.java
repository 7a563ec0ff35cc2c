package cn.yeji.hazard.rules;

import java.util.List;
import java.util.Optional;

import cn.yeji.hazard.system.FieldProblem;

/**
 * The district's townships (乡镇（街道）) as the serving rules folder lists them ({@code townships.yaml}).
 * Users, facilities, filters and every page's township choices read them here, so none of them needs the
 * rule set for it; a reload that changes the list is seen at once.
 */
public final class Townships {

	private final RulesetHolder rulesets;

	public Townships(RulesetHolder rulesets) {
		this.rulesets = rulesets;
	}

	/** The district, when the folder lists it. */
	public Optional<District> district() {
		return rulesets.current().district();
	}

	/** The townships in the folder's order; none when the folder lists no district. */
	public List<String> names() {
		return district().map(District::townships).orElse(List.of());
	}

	/** A problem naming {@code field} when {@code township} is given and not on the list. */
	public Optional<FieldProblem> check(String field, String township) {
		return district().flatMap(d -> d.check(field, township));
	}

	/** The district's region code, when the folder names it. */
	public Optional<String> regionCode() {
		return district().map(District::regionCode);
	}

}
