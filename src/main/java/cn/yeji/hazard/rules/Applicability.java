package cn.yeji.hazard.rules;

import java.time.LocalDate;
import java.util.stream.Collectors;

import cn.yeji.hazard.facts.FacilityKind;

/** Decides how one determination pack stands for one facility on one reference date: the only place that does. */
final class Applicability {

	static final String DRAFT_NOTE = "指引未印发（尚无印发文号和日期，条款为草案）";

	private Applicability() {
	}

	static PackApplicability of(RulePack pack, String regionCode, FacilityKind kind, LocalDate date) {
		if (!pack.appliesTo(regionCode)) {
			return PackApplicability.out(pack, PackApplicability.OutOf.JURISDICTION, "本规则包只适用于行政区划代码以 " + pack.jurisdiction() + " 开头的地区（本机构为 " + regionCode + "）");
		}
		if (!pack.appliesTo(kind)) {
			return PackApplicability.out(pack, PackApplicability.OutOf.FACILITY_KIND, "本规则包只适用于 " + pack.facilityKinds().stream().map(Enum::name).collect(Collectors.joining("、"))
					+ "，不适用于 " + (kind == null ? FacilityKind.INSTITUTION : kind).name());
		}
		RulePack.Validity validity = pack.validity();
		if (validity.notYet(date)) {
			return PackApplicability.out(pack, PackApplicability.OutOf.DATE_WINDOW, "检查日期 " + date + " 早于本规则包的生效日期 " + validity.from());
		}
		if (validity.expired(date)) {
			return validity.referenceAfterExpiry()
					? PackApplicability.judging(pack, PackStatus.REFERENCE, referenceNote(validity))
					: PackApplicability.out(pack, PackApplicability.OutOf.DATE_WINDOW, "本规则包已于 " + validity.to() + " 失效（检查日期 " + date + "）");
		}
		return pack.isDraft() ? PackApplicability.judging(pack, PackStatus.DRAFT, DRAFT_NOTE)
				: PackApplicability.judging(pack, PackStatus.IN_FORCE, null);
	}

	/** Said as a clause with its note, so a finding's basis reads 「…判定方法 仅作参考（…）」. */
	private static String referenceNote(RulePack.Validity validity) {
		return "仅作参考（所依据的文本已于 " + validity.to() + " 失效，由 " + validity.supersededBy()
				+ " 替代；本条结论至多为需专家论证）";
	}

}
