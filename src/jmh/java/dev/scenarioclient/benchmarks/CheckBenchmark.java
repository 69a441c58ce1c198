package dev.scenarioclient.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.cli.check.DriftCheck;
import dev.scenarioclient.cli.check.DriftReport;
import dev.scenarioclient.cli.check.ReportFormat;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code check} against {@code list --json} on the same 1,000-example body, in one JVM: the work
 * each command does between reading the body and printing (parse and re-serialize; check and
 * render the text report). Two bodies: the large payload, which departs from the contract in
 * about 30,000 places (its random numbers cross documented limits), and one that conforms. And,
 * for the choice of validator, swagger-request-validator (the contract tests' validator) alone on
 * the conforming body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
public class CheckBenchmark {
  String drifted;
  String conforming;
  private DriftCheck check;
  private OpenApiInteractionValidator swaggerRequestValidator;
  private SimpleResponse conformingResponse;

  @Setup
  public void setUp() {
    drifted = LargePayload.build(ParseBenchmark.EXAMPLES);
    conforming = LargePayload.buildConforming(ParseBenchmark.EXAMPLES);
    check = DriftCheck.embedded();
    swaggerRequestValidator = OpenApiInteractionValidator
        .createForSpecificationUrl(Paths.get("openapi/openapi.yaml").toUri().toString())
        .withResolveCombinators(true)
        .build();
    conformingResponse = SimpleResponse.Builder.ok().withContentType("application/json").withBody(conforming).build();
    if (!check.check(conforming, "conforming").conforms() || check.check(drifted, "drifted").conforms()) {
      throw new IllegalStateException("the conforming payload must conform and the drifted one must not");
    }
  }

  @Benchmark
  public String listJsonDrifted() {
    return ScenarioJson.toJson(ScenarioJson.fromJson(drifted, ListModelExamplesResponse.class));
  }

  @Benchmark
  public String checkDrifted() {
    DriftReport report = check.check(drifted, "drifted");
    return ReportFormat.TEXT.render(report);
  }

  @Benchmark
  public String listJsonConforming() {
    return ScenarioJson.toJson(ScenarioJson.fromJson(conforming, ListModelExamplesResponse.class));
  }

  @Benchmark
  public ValidationReport swaggerRequestValidatorConforming() {
    return swaggerRequestValidator.validateResponse("/v1/models/model_1/examples", Request.Method.GET, conformingResponse);
  }

  @Benchmark
  public String checkConforming() {
    DriftReport report = check.check(conforming, "conforming");
    return ReportFormat.TEXT.render(report);
  }
}
