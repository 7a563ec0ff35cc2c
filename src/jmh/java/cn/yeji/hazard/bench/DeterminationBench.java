package cn.yeji.hazard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.oracle.Oracle;
import cn.yeji.hazard.rules.RulesFolder;
import cn.yeji.hazard.rules.RulesetHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-process determination under the DRL engine and under the hand-written oracle, for three payloads
 * (bench/payloads: clean, typical, worst), in one run; {@link #main} prints the ratios.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeterminationBench {

	@Param({ "clean", "typical", "worst" })
	public String payload;

	private DeterminationService service;

	private DeterminationRequestDto request;

	@Setup
	public void setUp() throws Exception {
		Path project = Path.of(System.getProperty("hazard.project.dir", "."));
		Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
		service = new DeterminationService(new RulesetHolder(RulesFolder.load(project.resolve("rules"), clock)), clock);
		request = JsonMapper.builder().build().readValue(
				Files.readString(project.resolve("bench/payloads/" + payload + ".json")), DeterminationRequestDto.class);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object drl() {
		return service.determine(request);
	}

	/** The same determination with {@code explain=true}: what the rule-by-rule account costs on top. */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object drlExplain() {
		return service.determine(request, true);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object oracle() {
		return Oracle.judge(request);
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object drlLatency() {
		return service.determine(request);
	}

	/** Runs every benchmark (JMH options may be passed, e.g. {@code -p payload=typical}) and prints the ratios. */
	public static void main(String[] args) throws Exception {
		// Maven passes -Dbench.args as one argument
		args = args.length == 1 ? (args[0].isBlank() ? new String[0] : args[0].trim().split("\\s+")) : args;
		Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
			.include(DeterminationBench.class.getSimpleName())
			.addProfiler(GCProfiler.class)
			.threads(1)
			.build();
		Collection<RunResult> results = new Runner(options).run();
		System.out.println();
		System.out.println("payload   drl ops/s   oracle ops/s   oracle/drl   drl alloc B/op   drl p50 us   drl p99 us   p99/p50");
		for (String payload : new String[] { "clean", "typical", "worst" }) {
			RunResult drl = find(results, "drl", payload);
			RunResult oracle = find(results, "oracle", payload);
			RunResult latency = find(results, "drlLatency", payload);
			printExplainCost(payload, drl, find(results, "drlExplain", payload));
			if (drl == null || oracle == null || latency == null) {
				continue;
			}
			double d = drl.getPrimaryResult().getScore();
			double o = oracle.getPrimaryResult().getScore();
			Result<?> alloc = drl.getSecondaryResults().get("gc.alloc.rate.norm");
			double p50 = latency.getPrimaryResult().getStatistics().getPercentile(50);
			double p99 = latency.getPrimaryResult().getStatistics().getPercentile(99);
			System.out.printf(Locale.ROOT, "%-8s %11.0f %14.0f %11.1fx %16.0f %12.1f %12.1f %9.2f%n", payload, d, o, o / d,
					alloc == null ? Double.NaN : alloc.getScore(), p50, p99, p99 / p50);
		}
	}

	private static void printExplainCost(String payload, RunResult drl, RunResult explain) {
		if (drl == null || explain == null) {
			return;
		}
		double d = drl.getPrimaryResult().getScore();
		double e = explain.getPrimaryResult().getScore();
		Result<?> allocD = drl.getSecondaryResults().get("gc.alloc.rate.norm");
		Result<?> allocE = explain.getSecondaryResults().get("gc.alloc.rate.norm");
		System.out.printf(Locale.ROOT, "%-8s explain: %9.0f ops/s (%.1f us) vs %9.0f ops/s (%.1f us): +%.1f us, %.2fx; alloc %.0f vs %.0f B/op%n",
				payload, e, 1e6 / e, d, 1e6 / d, 1e6 / e - 1e6 / d, d / e, allocE == null ? Double.NaN : allocE.getScore(),
				allocD == null ? Double.NaN : allocD.getScore());
	}

	private static RunResult find(Collection<RunResult> results, String method, String payload) {
		return results.stream()
			.filter(r -> r.getParams().getBenchmark().endsWith("." + method))
			.filter(r -> payload.equals(r.getParams().getParam("payload")))
			.findFirst()
			.orElse(null);
	}

}
