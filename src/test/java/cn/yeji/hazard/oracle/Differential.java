package cn.yeji.hazard.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FindingDto;
import cn.yeji.hazard.api.model.IndeterminateDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;

/** Runs the DRL service and the hand-written oracle on the same random requests and lists where they differ. */
public final class Differential {

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private Differential() {
	}

	/** The service's answer in the oracle's shape. */
	public static Oracle.Result fromService(VerdictDto v) {
		Set<String> findings = new TreeSet<>();
		for (FindingDto f : v.getFindings()) {
			findings.add(f.getRuleId() + ":" + f.getLevel().getValue());
		}
		Set<String> indeterminate = new TreeSet<>();
		for (IndeterminateDto i : v.getIndeterminate()) {
			indeterminate.add(i.getRuleId());
		}
		Set<String> escalations = new TreeSet<>();
		v.getEscalations().forEach(e -> escalations.add(e.getRuleId()));
		return new Oracle.Result(v.getVerdict().getValue(), Boolean.TRUE.equals(v.getComplete()), findings,
				indeterminate, escalations);
	}

	public static List<String> disagreements(long seed, int count) {
		DeterminationService service = TestRules.service();
		LocalDate today = LocalDate.now(TestRules.CLOCK);
		Random rnd = new Random(seed);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			DeterminationRequestDto request = RequestGenerator.random(rnd);
			String diff;
			try {
				Oracle.Result drl = fromService(service.determine(request));
				Oracle.Result oracle = Oracle.judge(request, today);
				diff = compare(drl, oracle);
			}
			catch (RuntimeException ex) {
				diff = "exception: " + ex;
			}
			if (diff != null) {
				out.add("seed " + seed + " #" + i + ": " + diff + "\n  request: " + json(request));
			}
		}
		return out;
	}

	/** null when equal; else what differs ("drl=..., oracle=..."). */
	public static String compare(Oracle.Result drl, Oracle.Result oracle) {
		List<String> parts = new ArrayList<>();
		if (!drl.verdict().equals(oracle.verdict())) {
			parts.add("verdict drl=" + drl.verdict() + " oracle=" + oracle.verdict());
		}
		if (drl.complete() != oracle.complete()) {
			parts.add("complete drl=" + drl.complete() + " oracle=" + oracle.complete());
		}
		Set<String> onlyDrl = minus(drl.findings(), oracle.findings());
		Set<String> onlyOracle = minus(oracle.findings(), drl.findings());
		if (!onlyDrl.isEmpty() || !onlyOracle.isEmpty()) {
			parts.add("findings only-drl=" + onlyDrl + " only-oracle=" + onlyOracle);
		}
		onlyDrl = minus(drl.indeterminate(), oracle.indeterminate());
		onlyOracle = minus(oracle.indeterminate(), drl.indeterminate());
		if (!onlyDrl.isEmpty() || !onlyOracle.isEmpty()) {
			parts.add("indeterminate only-drl=" + onlyDrl + " only-oracle=" + onlyOracle);
		}
		if (!drl.escalations().equals(oracle.escalations())) {
			parts.add("escalations drl=" + drl.escalations() + " oracle=" + oracle.escalations());
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	private static Set<String> minus(Set<String> a, Set<String> b) {
		Set<String> r = new TreeSet<>(a);
		r.removeAll(b);
		return r;
	}

	public static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (RuntimeException ex) {
			return String.valueOf(value);
		}
	}

}
