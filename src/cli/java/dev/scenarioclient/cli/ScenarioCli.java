package dev.scenarioclient.cli;

import dev.scenarioclient.HttpLogLevel;
import dev.scenarioclient.ListModelExamplesResponse;
import dev.scenarioclient.NotFoundException;
import dev.scenarioclient.PermissionDeniedException;
import dev.scenarioclient.ScenarioApiException;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioInputException;
import dev.scenarioclient.ScenarioInvalidResponseException;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.ScenarioNetworkException;
import dev.scenarioclient.UnauthorizedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Command-line entry point: {@code scenario list MODEL_ID}. Runs the real client against the API,
 * or, with {@code --replay} and whenever no credentials and no base URL are configured, against an
 * embedded replay of the documented payload.
 *
 * <p>Exit codes: 0 success, 2 usage or configuration error, 3 authentication or permission error,
 * 4 model not found, 5 other API error, 6 network or timeout error, 7 unreadable response, 1 an
 * unexpected internal error.
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    versionProvider = ScenarioCli.Version.class,
    description = "Lists the examples of a Scenario model (unofficial client).",
    subcommands = ScenarioCli.ListCommand.class)
public final class ScenarioCli implements Callable<Integer> {
  static final int OK = 0;
  static final int USAGE = 2;
  static final int AUTH = 3;
  static final int NOT_FOUND = 4;
  static final int API_ERROR = 5;
  static final int NETWORK = 6;
  static final int UNREADABLE = 7;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private ScenarioCli() {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("error: missing command; try 'list MODEL_ID' (see --help)");
    return USAGE;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments, e.g. {@code list model_123 --json}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given environment and streams; returns the exit code. */
  static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ScenarioCli(), new Factory(env));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          err.println("error: " + exception.getMessage() + " (see --help)");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          err.println("error: " + describe(exception));
          Object target = command.getCommand();
          if (target instanceof ListCommand && ((ListCommand) target).verbose) {
            exception.printStackTrace(err);
          }
          err.flush();
          return exitCode(exception);
        });
    return commandLine.execute(args);
  }

  static int exitCode(Exception exception) {
    if (exception instanceof ScenarioInputException) {
      return USAGE;
    }
    if (exception instanceof UnauthorizedException || exception instanceof PermissionDeniedException) {
      return AUTH;
    }
    if (exception instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (exception instanceof ScenarioApiException) {
      return API_ERROR;
    }
    if (exception instanceof ScenarioNetworkException) {
      return NETWORK;
    }
    if (exception instanceof ScenarioInvalidResponseException) {
      return UNREADABLE;
    }
    return 1;
  }

  private static String describe(Exception exception) {
    if (exception instanceof dev.scenarioclient.ScenarioException) {
      return exception.getMessage().replace('\n', ' ');
    }
    return exception.toString();
  }

  /** {@code scenario list MODEL_ID}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the examples of a model as a table, or as JSON with --json.",
        "Credentials come from SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET, or SCENARIO_SDK_JWT;"
            + " the base URL from --base-url or SCENARIO_BASE_URL.",
        "With neither credentials nor a base URL, or with --replay, the documented sample is replayed"
            + " from an embedded server."
      })
  static final class ListCommand implements Callable<Integer> {
    private final Map<String, String> env;

    @Parameters(index = "0", paramLabel = "MODEL_ID", description = "Id of the model.")
    String modelId;

    @Option(names = "--original-assets", description = "Ask for the assets as originally uploaded.")
    boolean originalAssets;

    @Option(names = "--json", description = "Print the response as JSON instead of a table.")
    boolean json;

    @Option(names = "--base-url", paramLabel = "URL", description = "API base URL (default: SCENARIO_BASE_URL, else the production API).")
    String baseUrl;

    @Option(names = "--api-secret-file", paramLabel = "FILE", description = "Read the API secret from FILE instead of SCENARIO_SDK_API_SECRET.")
    Path apiSecretFile;

    @Option(names = "--replay", description = "Use the embedded replay of the documented sample.")
    boolean replay;

    @Option(names = "--verbose", description = "Log each request and response to stderr, credentials redacted; print stack traces.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    ListCommand(Map<String, String> env) {
      this.env = env;
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
        try (ReplayServer server = ReplayServer.start()) {
          err.println("Replaying the documented sample from an embedded server at " + server.baseUrl()
              + (replay ? "" : " (no credentials or base URL set)"));
          err.flush();
          return list(server.clientBuilder(), out);
        }
      }
      ScenarioClient.Builder builder = ScenarioClient.builder().fromEnv(env);
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      }
      if (apiSecretFile != null) {
        builder.apiSecret(readSecret(apiSecretFile));
      }
      return list(builder, out);
    }

    /** Reads {@code --api-secret-file}; a file that is missing, unreadable or empty is a usage error. */
    private String readSecret(Path file) {
      String secret;
      try {
        secret = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
      } catch (NoSuchFileException e) {
        throw usage("--api-secret-file " + file + ": no such file");
      } catch (IOException e) {
        throw usage("--api-secret-file " + file + ": cannot be read ("
            + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")");
      }
      if (secret.isEmpty()) {
        throw usage("--api-secret-file " + file + ": the file is empty");
      }
      return secret;
    }

    private CommandLine.ParameterException usage(String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private int list(ScenarioClient.Builder builder, PrintWriter out) {
      if (verbose) {
        builder.httpLogLevel(HttpLogLevel.HEADERS);
      }
      try (ScenarioClient client = builder.build()) {
        ListModelExamplesResponse response =
            originalAssets
                ? client.models().listExamples(modelId, true)
                : client.models().listExamples(modelId);
        if (json) {
          out.println(ScenarioJson.toJson(response));
        } else {
          out.print(ExamplesTable.render(response, ExamplesTable.terminalWidth(env)));
        }
        out.flush();
        return OK;
      }
    }

    private boolean has(String variable) {
      String value = env.get(variable);
      return value != null && !value.trim().isEmpty();
    }
  }

  /** Gives commands the environment, so tests can run the CLI in-process with their own. */
  private static final class Factory implements CommandLine.IFactory {
    private final Map<String, String> env;

    Factory(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ListCommand.class) {
        return type.cast(new ListCommand(env));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Reports the client's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Package pkg = ScenarioClient.class.getPackage();
      String version = pkg.getImplementationVersion();
      return new String[] {"scenario CLI " + (version != null ? version : "(development build)")};
    }
  }
}
