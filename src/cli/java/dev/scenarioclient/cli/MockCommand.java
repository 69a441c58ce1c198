package dev.scenarioclient.cli;

import dev.scenarioclient.mock.MockScenario;
import dev.scenarioclient.mock.ReceivedRequest;
import dev.scenarioclient.mock.ScenarioMockServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scenario mock [--port N] [--stubs DIR]}: runs the mock server (the embedded stubs, plus the
 * user's) until SIGINT or SIGTERM, printing one line per request and every contract violation.
 */
@Command(
    name = "mock",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a mock of the Scenario API on 127.0.0.1 until interrupted (Ctrl-C or SIGTERM; exit 0):"
          + " the documented sample for any model id, and the scenarios below.",
      "Every request is validated against the OpenAPI contract: one that breaks it gets a 400 naming"
          + " each violation. Every response is validated too, your stubs' included; violations are"
          + " printed on stderr."
    })
final class MockCommand implements Callable<Integer> {
  /** Picocli's usage width. */
  private static final int HELP_WIDTH = 79;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free one).")
  int port;

  @Option(names = "--stubs", paramLabel = "DIR",
      description = "Your own WireMock stubs (DIR/mappings, DIR/__files), served on top of the embedded ones.")
  @Nullable Path stubs;

  private CommandLine.Model.@Nullable CommandSpec spec;

  @CommandLine.Spec
  void spec(CommandLine.Model.CommandSpec spec) {
    this.spec = spec;
  }

  /**
   * Makes {@code mock --help} end with the scenarios, read from the embedded stubs only when the help
   * is printed: reading them on every start would cost every other command a third of its time.
   */
  static void listScenariosInHelp(CommandLine mock) {
    mock.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
      help.commandSpec().usageMessage().footer(scenarioHelp(MockScenario.embedded()));
      return help.footer();
    });
  }

  @Override
  public Integer call() throws InterruptedException {
    CommandLine commandLine = commandLine();
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    Path directory = stubs;
    if (directory != null && !Files.isDirectory(directory.resolve("mappings"))) {
      throw new CommandLine.ParameterException(commandLine,
          "--stubs " + directory + ": no such directory, or it has no mappings/ directory");
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(commandLine, "--port " + port + ": must be 0 to 65535");
    }
    CountDownLatch stop = new CountDownLatch(1);
    ScenarioMockServer.Builder builder = ScenarioMockServer.builder().port(port).onRequest(request -> log(request, err));
    if (directory != null) {
      builder.stubs(directory);
    }
    ScenarioMockServer server;
    try {
      server = builder.start();
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(commandLine, "cannot start the mock server on port " + port
          + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }
    // SIGINT and SIGTERM start the JVM's shutdown, whose exit status would be 130 or 143: the hook
    // lets this thread stop the server, then ends the process with 0, the status of a clean stop.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Runtime.getRuntime().halt(ScenarioCli.OK);
    }, "scenario-mock-stop"));
    try (server) {
      out.println("Scenario mock server listening at " + server.baseUrl());
      out.println("Credentials it accepts: API key " + ScenarioMockServer.API_KEY + " with secret "
          + ScenarioMockServer.API_SECRET + " (HTTP Basic), or the bearer token " + ScenarioMockServer.BEARER_TOKEN);
      out.println("  export SCENARIO_BASE_URL=" + server.baseUrl() + " SCENARIO_SDK_API_KEY=" + ScenarioMockServer.API_KEY
          + " SCENARIO_SDK_API_SECRET=" + ScenarioMockServer.API_SECRET);
      out.println("Model ids that select a scenario: see 'mock --help'. Stop with Ctrl-C or SIGTERM.");
      out.flush();
      stop.await();
    } finally {
      err.println("Stopped.");
      err.flush();
      out.flush();
      stopped.countDown();
    }
    return ScenarioCli.OK;
  }

  private static void log(ReceivedRequest request, PrintWriter err) {
    synchronized (err) {
      err.println(request);
      for (String violation : request.requestViolations()) {
        err.println("  request breaks the contract: " + TerminalText.text(violation));
      }
      if (!request.responseViolations().isEmpty()) {
        String prefix = request.breaksContractOnPurpose()
            ? "  response outside the contract, on purpose: "
            : "  CONTRACT VIOLATION in the response: ";
        for (String violation : request.responseViolations()) {
          err.println(prefix + TerminalText.text(violation));
        }
      }
      err.flush();
    }
  }

  private CommandLine commandLine() {
    CommandLine.Model.CommandSpec current = spec;
    if (current == null) {
      throw new IllegalStateException("picocli gave no command spec");
    }
    return current.commandLine();
  }

  /** The scenario list of {@code mock --help}, as picocli text ({@code %n} line ends). */
  static String scenarioHelp(List<MockScenario> scenarios) {
    int width = 0;
    for (MockScenario scenario : scenarios) {
      width = Math.max(width, scenario.modelId() != null ? scenario.trigger().length() : 0);
    }
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("Scenarios, with the credentials it prints (model id: answer):");
    String indent = " ".repeat(width + 4);
    for (MockScenario scenario : scenarios) {
      String trigger = scenario.trigger();
      String first;
      if (scenario.modelId() != null) {
        first = "  " + trigger + " ".repeat(width - trigger.length()) + "  ";
      } else {
        lines.add("  " + trigger + ":");
        first = indent;
      }
      // Wrapped here, indented, so that picocli's own wrapping at 80 columns leaves it alone.
      StringBuilder line = new StringBuilder(first);
      for (String word : scenario.answer().split(" ", -1)) {
        if (line.length() > indent.length() && line.length() + 1 + word.length() > HELP_WIDTH) {
          lines.add(line.toString());
          line = new StringBuilder(indent);
        }
        if (line.length() > indent.length()) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    StringBuilder help = new StringBuilder();
    for (String line : lines) {
      help.append(line.replace("%", "%%")).append("%n");
    }
    return help.toString();
  }

  /** The scenario table of the README's "Mock server" section, as Markdown. */
  static String scenarioTable(List<MockScenario> scenarios) {
    StringBuilder table = new StringBuilder("| Model id | Answer |\n|---|---|\n");
    for (MockScenario scenario : scenarios) {
      String trigger = scenario.modelId() != null ? "`" + scenario.trigger() + "`" : scenario.trigger();
      table.append("| ").append(trigger).append(" | ").append(scenario.answer()).append(" |\n");
    }
    return table.toString();
  }
}
