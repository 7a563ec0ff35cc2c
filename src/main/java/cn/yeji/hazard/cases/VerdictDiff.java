package cn.yeji.hazard.cases;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.facts.Shortfall;

/**
 * How one case's verdict differs between two rule sets: the verdict, the findings (clause and level),
 * the indeterminate clauses and the escalations. {@code null} verdict text means the rules rejected the
 * request.
 */
public record VerdictDiff(String name, String description, String baseVerdict, String candidateVerdict,
		List<String> findingsAdded, List<String> findingsRemoved, List<String> indeterminateAdded,
		List<String> indeterminateRemoved, List<String> escalationsAdded, List<String> escalationsRemoved) {

	public static VerdictDiff of(String name, String description, VerdictDto base, VerdictDto candidate) {
		Set<String> bf = findings(base);
		Set<String> cf = findings(candidate);
		Set<String> bi = indeterminate(base);
		Set<String> ci = indeterminate(candidate);
		Set<String> be = escalations(base);
		Set<String> ce = escalations(candidate);
		return new VerdictDiff(name, description, verdict(base), verdict(candidate), minus(cf, bf), minus(bf, cf),
				minus(ci, bi), minus(bi, ci), minus(ce, be), minus(be, ce));
	}

	/**
	 * For a compliance case: the "verdict" is COMPLIANT or SHORT, and the shortfalls (rule, subject,
	 * period) stand where findings would.
	 */
	public static VerdictDiff ofShortfalls(String name, String description, List<Shortfall> base, List<Shortfall> candidate) {
		Set<String> b = new TreeSet<>(CaseCheck.keys(base));
		Set<String> c = new TreeSet<>(CaseCheck.keys(candidate));
		return new VerdictDiff(name, description, base.isEmpty() ? "COMPLIANT" : "SHORT",
				candidate.isEmpty() ? "COMPLIANT" : "SHORT", minus(c, b), minus(b, c), List.of(), List.of(), List.of(),
				List.of());
	}

	public boolean changed() {
		return !java.util.Objects.equals(baseVerdict, candidateVerdict) || !findingsAdded.isEmpty()
				|| !findingsRemoved.isEmpty() || !indeterminateAdded.isEmpty() || !indeterminateRemoved.isEmpty()
				|| !escalationsAdded.isEmpty() || !escalationsRemoved.isEmpty();
	}

	public boolean verdictChanged() {
		return !java.util.Objects.equals(baseVerdict, candidateVerdict);
	}

	private static String verdict(VerdictDto v) {
		return v == null ? "REJECTED" : v.getVerdict().getValue();
	}

	private static Set<String> findings(VerdictDto v) {
		return v == null ? Set.of()
				: v.getFindings().stream().map(f -> f.getRuleId() + ":" + f.getLevel().getValue()).collect(Collectors.toSet());
	}

	private static Set<String> indeterminate(VerdictDto v) {
		return v == null ? Set.of() : v.getIndeterminate().stream().map(i -> i.getRuleId()).collect(Collectors.toSet());
	}

	private static Set<String> escalations(VerdictDto v) {
		return v == null ? Set.of() : v.getEscalations().stream().map(e -> e.getRuleId()).collect(Collectors.toSet());
	}

	private static List<String> minus(Set<String> a, Set<String> b) {
		TreeSet<String> rest = new TreeSet<>(a);
		rest.removeAll(b);
		return List.copyOf(rest);
	}

}
