package dev.scenarioclient.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one JMH run and prints the ratios BENCHMARKS.md reports, each computed
 * from scores of that same run, with its error propagated from the scores' 99.9% intervals.
 * {@code mvn -Pbenchmarks verify} runs it; the raw results go to the JSON file given as argument.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  public static void main(String[] args) throws RunnerException {
    int forks = Integer.getInteger("jmh.forks", 2);
    // Unset: each benchmark class's @Warmup applies (the end-to-end calls need the longest).
    Integer warmups = Integer.getInteger("jmh.warmups");
    int iterations = Integer.getInteger("jmh.iterations", 6);
    String include = System.getProperty("jmh.include", "").trim();
    int coldRuns = Integer.getInteger("jmh.coldRuns", 11);
    if (Boolean.getBoolean("jmh.coldOnly")) {
      coldStart(coldRuns);
      return;
    }
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .include(include.isEmpty()
            ? ParseBenchmark.class.getName() + "|" + TokenizerBenchmark.class.getName() + "|"
                + EndToEndBenchmark.class.getName() + "|" + CheckBenchmark.class.getName()
            : include)
        .forks(forks);
    if (warmups != null) {
      builder.warmupIterations(warmups);
    }
    Options options = builder
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(2))
        .jvmArgs("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(args.length > 0 ? args[0] : "target/jmh-result.json")
        .build();
    Collection<RunResult> results = new Runner(options).run();

    Map<String, Result<?>> scores = new HashMap<>();
    Map<String, Result<?>> allocation = new HashMap<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark().replaceAll(".*\\.", "");
      scores.put(name, run.getPrimaryResult());
      run.getSecondaryResults().forEach((key, value) -> {
        if (key.endsWith("gc.alloc.rate.norm")) {
          allocation.put(name, value);
        }
      });
    }
    double megabytes = LargePayload.build(ParseBenchmark.EXAMPLES).getBytes(StandardCharsets.UTF_8).length / 1e6;
    double conformingMegabytes = LargePayload.buildConforming(ParseBenchmark.EXAMPLES).getBytes(StandardCharsets.UTF_8).length / 1e6;

    System.out.printf(Locale.ROOT, "%nJVM: %s %s, %d cores; %d forks x %d iterations of 2 s after %s warmups of 2 s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), forks, iterations,
        warmups != null ? warmups : "each class's (@Warmup)");
    System.out.printf(Locale.ROOT, "Payload: %d examples, %.2f MB%n%n", ParseBenchmark.EXAMPLES, megabytes);
    if (scores.containsKey("checkDrifted")) {
      System.out.printf(Locale.ROOT, "check payloads: %d examples, drifted %.2f MB, conforming %.2f MB%n%n",
          ParseBenchmark.EXAMPLES, megabytes, conformingMegabytes);
      System.out.println("| Benchmark | ops/s | ms per body |");
      System.out.println("|---|---|---|");
      for (String name : new String[] {"listJsonDrifted", "checkDrifted", "listJsonConforming", "checkConforming",
          "swaggerRequestValidatorConforming"}) {
        Result<?> score = scores.get(name);
        System.out.printf(Locale.ROOT, "| %s | %.2f ± %.2f | %.0f |%n", name, score.getScore(), score.getScoreError(), 1000 / score.getScore());
      }
      System.out.println();
      System.out.println("| Ratio | Value | Target |");
      System.out.println("|---|---|---|");
      ratio("check time / list --json time, drifted body", scores.get("listJsonDrifted"), scores.get("checkDrifted"), "<= 3");
      ratio("check time / list --json time, conforming body", scores.get("listJsonConforming"), scores.get("checkConforming"), "<= 3");
      ratio("swagger-request-validator alone / list --json time, conforming body", scores.get("listJsonConforming"),
          scores.get("swaggerRequestValidatorConforming"), "(informative)");
      System.out.println();
    }
    if (!scores.containsKey("skipValueFloor")) {
      return;
    }
    System.out.println("| Benchmark | ops/s | MB/s | bytes allocated per example |");
    System.out.println("|---|---|---|---|");
    payloadRows(scores, allocation, megabytes,
        "skipValueFloor", "tokenWalk", "forwardCompatibleModels", "forwardCompatibleModelsStrict", "plainGeneratedModels");
    for (String name : new String[] {"scenarioClient", "rawOkHttpTypedModels", "rawOkHttp"}) {
      Result<?> score = scores.get(name);
      System.out.printf(Locale.ROOT, "| %s | %.0f ± %.0f | | %.0f per call |%n", name, score.getScore(), score.getScoreError(), allocation.get(name).getScore());
    }
    System.out.println();
    System.out.println("| Ratio | Value | Target |");
    System.out.println("|---|---|---|");
    ratio("typed models / skipValue floor", scores.get("forwardCompatibleModels"), scores.get("skipValueFloor"), ">= 0.50");
    ratio("typed models / token walk", scores.get("forwardCompatibleModels"), scores.get("tokenWalk"), "(informative)");
    ratio("strict typed models / skipValue floor", scores.get("forwardCompatibleModelsStrict"), scores.get("skipValueFloor"), "(informative)");
    ratio("strict typed models / token walk", scores.get("forwardCompatibleModelsStrict"), scores.get("tokenWalk"), "(informative)");
    allocationRatio("typed models / token walk, bytes per example", allocation, "forwardCompatibleModels", "tokenWalk", "<= 1.15");
    allocationRatio("strict typed models / token walk, bytes per example", allocation, "forwardCompatibleModelsStrict", "tokenWalk", "(informative)");
    ratio("forward-compatible / plain generated models", scores.get("forwardCompatibleModels"), scores.get("plainGeneratedModels"), ">= 0.90");
    ratio("strict forward-compatible / plain generated models", scores.get("forwardCompatibleModelsStrict"), scores.get("plainGeneratedModels"), "(informative)");
    ratio("ScenarioClient call / raw OkHttp + JsonParser", scores.get("scenarioClient"), scores.get("rawOkHttp"), ">= 0.95");
    ratio("ScenarioClient call / raw OkHttp + typed models (client layer)", scores.get("scenarioClient"), scores.get("rawOkHttpTypedModels"), "(informative)");
    ratio("raw OkHttp + typed models / raw OkHttp + JsonParser (typed parse)", scores.get("rawOkHttpTypedModels"), scores.get("rawOkHttp"), "(informative)");
    if (scores.containsKey("jacksonTokenWalk")) {
      System.out.println();
      System.out.println("Token walks of other readers over the same payload (Gson's from the table above):");
      System.out.println();
      System.out.println("| Reader, input | ops/s | MB/s | bytes allocated per example |");
      System.out.println("|---|---|---|---|");
      payloadRows(scores, allocation, megabytes, "skipValueFloor", "tokenWalk", "gsonTokenWalkUtf8", "jacksonTokenWalk",
          "jacksonTokenWalkUtf8", "moshiSkipValueUtf8", "moshiTokenWalkUtf8", "typedModelsOnJackson");
      System.out.println();
      System.out.println("| Ratio | Value | Target |");
      System.out.println("|---|---|---|");
      ratio("Gson token walk, UTF-8 bytes / Gson token walk, String", scores.get("gsonTokenWalkUtf8"), scores.get("tokenWalk"), "(informative)");
      ratio("Jackson token walk, String / Gson token walk, String", scores.get("jacksonTokenWalk"), scores.get("tokenWalk"), "(informative)");
      ratio("Jackson token walk, UTF-8 bytes / Gson token walk, UTF-8 bytes", scores.get("jacksonTokenWalkUtf8"),
          scores.get("gsonTokenWalkUtf8"), "(informative)");
      ratio("Moshi skipValue, UTF-8 bytes / Gson skipValue floor", scores.get("moshiSkipValueUtf8"), scores.get("skipValueFloor"), "(informative)");
      ratio("Moshi token walk (selectName), UTF-8 bytes / Gson token walk, UTF-8 bytes", scores.get("moshiTokenWalkUtf8"),
          scores.get("gsonTokenWalkUtf8"), "(informative)");
      allocationRatio("Jackson token walk, String / Gson token walk, bytes per example", allocation, "jacksonTokenWalk", "tokenWalk",
          "(informative)");
      ratio("typed models on Jackson's parser, UTF-8 bytes / Gson skipValue floor", scores.get("typedModelsOnJackson"),
          scores.get("skipValueFloor"), "(informative)");
      ratio("typed models on Jackson's parser / typed models on Gson's", scores.get("typedModelsOnJackson"),
          scores.get("forwardCompatibleModels"), "(informative)");
      allocationRatio("typed models on Jackson's parser / Gson token walk, bytes per example", allocation, "typedModelsOnJackson",
          "tokenWalk", "(informative)");
    }
    coldStart(coldRuns);
  }

  /** Prints the first-call times of fresh JVMs and their ratio (raw time / client time: higher is better). */
  static void coldStart(int runs) {
    double[][] times = ColdStart.measure(runs);
    System.out.println();
    System.out.printf(Locale.ROOT, "Cold start: first call in a fresh JVM, median (min–max) of %d processes each, ms%n%n", runs);
    System.out.println("| First call | ms |");
    System.out.println("|---|---|");
    System.out.println("| scenarioClient (build + listExamples) | " + ColdStart.format(times[0]) + " |");
    System.out.println("| rawOkHttp (new OkHttpClient + GET + JsonParser) | " + ColdStart.format(times[1]) + " |");
    System.out.printf(Locale.ROOT, "%n| Ratio | Value | Target |%n|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| cold start: raw OkHttp + JsonParser time / ScenarioClient time (medians) | %.2f | (informative) |%n",
        times[1][1] / times[0][1]);
  }

  /** One table row per benchmark over the large payload: ops/s, MB/s and bytes allocated per example. */
  private static void payloadRows(
      Map<String, Result<?>> scores, Map<String, Result<?>> allocation, double megabytes, String... names) {
    for (String name : names) {
      Result<?> score = scores.get(name);
      System.out.printf(Locale.ROOT, "| %s | %.2f ± %.2f | %.1f ± %.1f | %.0f |%n", name, score.getScore(), score.getScoreError(),
          score.getScore() * megabytes, score.getScoreError() * megabytes, allocation.get(name).getScore() / ParseBenchmark.EXAMPLES);
    }
  }

  private static void allocationRatio(
      String label, Map<String, Result<?>> allocation, String numerator, String denominator, String target) {
    ratio(label, allocation.get(numerator), allocation.get(denominator), target);
  }

  private static void ratio(String label, Result<?> numerator, Result<?> denominator, String target) {
    double value = numerator.getScore() / denominator.getScore();
    double error = value * Math.hypot(
        numerator.getScoreError() / numerator.getScore(), denominator.getScoreError() / denominator.getScore());
    System.out.printf(Locale.ROOT, "| %s | %.2f ± %.2f | %s |%n", label, value, error, target);
  }
}
