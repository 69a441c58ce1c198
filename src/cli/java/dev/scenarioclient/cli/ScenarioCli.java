package dev.scenarioclient.cli;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.cli.check.CheckCommand;
import dev.scenarioclient.errors.NotFoundException;
import dev.scenarioclient.errors.PermissionDeniedException;
import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioException;
import dev.scenarioclient.errors.ScenarioInputException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.errors.UnauthorizedException;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Command-line entry point: {@code scenario list MODEL_ID}. Each subcommand is a class of this
 * package; this one wires them, the environment and the exit codes.
 *
 * <p>Exit codes: 0 success (for {@code mock}, a clean stop on SIGINT or SIGTERM), 2 usage or
 * configuration error, 3 authentication or permission error, 4 model not found, 5 other API error,
 * 6 network or timeout error, 7 unreadable response, 8 drift: the body {@code check} read, or the
 * response {@code record} wrote a stub of, departs from the contract, 1 an unexpected internal
 * error.
 *
 * <p>Every line it or a command prints goes through {@link TerminalText}.
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    versionProvider = ScenarioCli.Version.class,
    description = "Lists the examples of a Scenario model, checks responses for drift from the contract,"
        + " mocks the API, records stubs (unofficial client).",
    subcommands = {ListCommand.class, CheckCommand.class, MockCommand.class, RecordCommand.class})
public final class ScenarioCli implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int AUTH = 3;
  static final int NOT_FOUND = 4;
  static final int API_ERROR = 5;
  static final int NETWORK = 6;
  static final int UNREADABLE = 7;
  /** {@code check} or {@code record}: the response departs from the contract. */
  public static final int DRIFT = 8;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private ScenarioCli() {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(TerminalText.errorLine("missing command; try 'list MODEL_ID' (see --help)"));
    return USAGE;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments, e.g. {@code list model_123 --json}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), writer(System.out, "stdout.encoding"), writer(System.err, "stderr.encoding")));
  }

  /** Writes in the terminal's encoding (the property Java 19+ sets), else the platform's. */
  private static PrintWriter writer(OutputStream stream, String encodingProperty) {
    String encoding = System.getProperty(encodingProperty);
    Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }

  /** Runs the command line with the given environment and streams; returns the exit code. */
  static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    return run(args, new CliContext(env, builder -> builder), out, err);
  }

  /** Runs the command line in a context; returns the exit code. */
  static int run(String[] args, CliContext context, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ScenarioCli(), new Factory(context));
    CommandLine mock = commandLine.getSubcommands().get("mock");
    if (mock != null) {
      MockCommand.listScenariosInHelp(mock);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          err.println(TerminalText.errorLine(String.valueOf(exception.getMessage())) + " (see --help)");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          err.println(TerminalText.errorLine(describe(exception)));
          Object target = command.getCommand();
          if (target instanceof Verbose && ((Verbose) target).verbose()) {
            printStackTrace(exception, err);
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
    return INTERNAL;
  }

  /** The stack trace, each line escaped: its messages may quote what a server sent. */
  private static void printStackTrace(Exception exception, PrintWriter err) {
    StringWriter trace = new StringWriter();
    exception.printStackTrace(new PrintWriter(trace));
    new BufferedReader(new StringReader(trace.toString())).lines().forEach(line -> {
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == '\t') {
        indent++; // the stack trace's own indent
      }
      err.println(line.substring(0, indent) + TerminalText.text(line.substring(indent)));
    });
  }


  private static String describe(Exception exception) {
    if (exception instanceof ScenarioException) {
      String message = exception.getMessage();
      return message != null ? message.replace('\n', ' ') : exception.getClass().getSimpleName();
    }
    return exception.toString();
  }

  /** A command with a {@code --verbose} option, which also prints stack traces of failures. */
  interface Verbose {
    boolean verbose();
  }

  /**
   * Gives commands that take one the context (a constructor with a {@link CliContext} parameter),
   * so tests can run the CLI in-process with their own environment and clock.
   */
  private static final class Factory implements CommandLine.IFactory {
    private final CliContext context;

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == CliContext.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
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
