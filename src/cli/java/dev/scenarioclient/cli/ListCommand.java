package dev.scenarioclient.cli;

import dev.scenarioclient.HttpLogLevel;
import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * {@code scenario list MODEL_ID}: runs the real client against the API, or, with {@code --replay}
 * and whenever no credentials and no base URL are configured (outside CI), against the embedded
 * mock server.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the examples of a model as a table, or as JSON with --json.",
      "Credentials come from SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET, or SCENARIO_SDK_JWT;"
          + " the base URL from --base-url or SCENARIO_BASE_URL.",
      "With neither credentials nor a base URL, or with --replay, an embedded mock server answers"
          + " (the documented sample, or the scenario of a special model id: see 'mock --help');"
          + " when CI is set, only with --replay."
    })
final class ListCommand implements Callable<Integer>, ScenarioCli.Verbose {
  private final CliContext context;
  private final Map<String, String> env;

  @Parameters(index = "0", paramLabel = "MODEL_ID", description = "Id of the model.")
  String modelId;

  @Option(names = "--original-assets", description = "Ask for the assets as originally uploaded.")
  boolean originalAssets;

  @Option(names = "--project-id", paramLabel = "ID", description = "Act for this project (proj_...): sent as the projectId query parameter.")
  @Nullable String projectId;

  @Option(names = "--json", description = "Print the response as JSON instead of a table.")
  boolean json;

  @Option(names = "--base-url", paramLabel = "URL", description = "API base URL (default: SCENARIO_BASE_URL, else the production API).")
  @Nullable String baseUrl;

  @Option(names = "--api-secret-file", paramLabel = "FILE", description = "Read the API secret from FILE instead of SCENARIO_SDK_API_SECRET.")
  @Nullable Path apiSecretFile;

  @Option(names = "--replay", description = "Ask the embedded mock server (the documented sample and the scenarios of 'mock --help').")
  boolean replay;

  @Option(names = "--verbose", description = "Log each request and response to stderr, credentials redacted; print stack traces.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  ListCommand(CliContext context) {
    this.context = context;
    this.env = context.env;
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (verbose) {
      VerboseLogging.enable();
    }
    boolean configured =
        baseUrl != null || apiSecretFile != null || has(ScenarioClient.ENV_BASE_URL)
            || has(ScenarioClient.ENV_API_KEY) || has(ScenarioClient.ENV_API_SECRET)
            || has(ScenarioClient.ENV_JWT);
    if (replay || !configured) {
      if (!replay && Replay.ciIsSet(env)) {
        throw usage(Replay.REFUSED_IN_CI);
      }
      return Replay.run(err, replay, builder -> list(builder, out));
    }
    ScenarioClient.Builder builder = ScenarioClient.builder().fromEnv(env);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    Path secretFile = apiSecretFile;
    if (secretFile != null) {
      builder.apiSecret(SecretFile.read(secretFile, spec.commandLine()));
    }
    return list(builder, out);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private int list(ScenarioClient.Builder builder, PrintWriter out) {
    if (verbose) {
      builder.httpLogLevel(HttpLogLevel.HEADERS);
    }
    try (ScenarioClient client = context.build(builder)) {
      ListModelExamplesParams params = ListModelExamplesParams.builder()
          .originalAssets(originalAssets ? Boolean.TRUE : null)
          .projectId(projectId)
          .build();
      ListModelExamplesResponse response = client.models().listExamples(modelId, params);
      if (json) {
        out.println(TerminalText.json(ScenarioJson.toJson(response)));
      } else {
        out.print(ExamplesTable.render(response, ExamplesTable.terminalWidth(env)));
      }
      out.flush();
      return ScenarioCli.OK;
    }
  }

  private boolean has(String variable) {
    String value = env.get(variable);
    return value != null && !value.trim().isEmpty();
  }
}
