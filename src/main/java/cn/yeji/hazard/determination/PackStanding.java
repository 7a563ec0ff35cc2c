package cn.yeji.hazard.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yeji.hazard.api.model.CoverageDto;
import cn.yeji.hazard.api.model.CoveragePackDto;
import cn.yeji.hazard.api.model.NotEncodedDto;
import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.rules.PackApplicability;
import cn.yeji.hazard.rules.PackStatus;
import cn.yeji.hazard.rules.Ruleset;

/**
 * What a pack's standing on the reference date does to its findings, and the verdict's coverage. A REFERENCE pack's
 * MAJOR becomes REVIEW here, after the rules ran, so no rule author has to write it: inside the session the rules see
 * the finding as the text concludes it (a reference-only GB35181-C3/C4 still suppresses YJ-4.1, whose own conclusion
 * would be the same REVIEW of the same elements).
 */
final class PackStanding {

	private final Map<String, PackApplicability> byPack;

	private final Ruleset ruleset;

	PackStanding(List<PackApplicability> applicability, Ruleset ruleset) {
		this.byPack = applicability.stream().filter(PackApplicability::applies)
			.collect(Collectors.toMap(a -> a.pack().id(), Function.identity()));
		this.ruleset = ruleset;
	}

	/** The findings as they stand: a REFERENCE pack's at most REVIEW, and REFERENCE and DRAFT findings saying why. */
	List<Finding> apply(List<Finding> findings) {
		List<Finding> out = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			PackApplicability pack = ruleset.packOf(f.ruleId()).map(byPack::get).orElse(null);
			out.add(pack == null || pack.status() == PackStatus.IN_FORCE ? f : noted(f, pack));
		}
		return out;
	}

	private static Finding noted(Finding f, PackApplicability pack) {
		Level level = pack.status() == PackStatus.REFERENCE && f.level() == Level.MAJOR ? Level.REVIEW : f.level();
		List<Basis> basis = new ArrayList<>(f.basis());
		basis.add(new Basis(pack.pack().name(), pack.reason()));
		return new Finding(f.ruleId(), level, f.mode(), f.title(), List.copyOf(basis), f.evidence(), f.advice());
	}

	/** The packs that judged, in folder order, and the articles they declare unencoded on this date. */
	CoverageDto coverage(LocalDate referenceDate) {
		List<PackApplicability> applied = byPack.values().stream()
			.sorted(java.util.Comparator.comparingInt(a -> ruleset.packs().indexOf(a.pack())))
			.toList();
		return new CoverageDto()
			.packs(applied.stream().map(a -> new CoveragePackDto().id(a.pack().id()).name(a.pack().name())
				.status(CoveragePackDto.StatusEnum.fromValue(a.status().name())).note(a.reason())).toList())
			.notEncoded(applied.stream().flatMap(a -> a.pack().notEncoded().stream())
				.filter(n -> n.listedOn(referenceDate))
				.map(n -> new NotEncodedDto().document(n.document()).clause(n.clause()).note(n.note()))
				.toList());
	}

}
