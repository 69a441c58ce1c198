package dev.scenarioclient.cli;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.mock.MockScenario;
import dev.scenarioclient.mock.ReceivedRequest;
import dev.scenarioclient.mock.ScenarioMockServer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one-shot replay of {@code list}: the embedded mock server for one call, and a line on stderr
 * saying where the answer came from and which scenario gave it.
 */
final class Replay {
  /** Why an implicit replay is refused in CI, and how to opt in. */
  static final String REFUSED_IN_CI =
      "no credentials or base URL are set, and CI is set, so the embedded replay is not used:"
          + " set SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET (or SCENARIO_SDK_JWT), or pass --replay";

  private Replay() {}

  /** CI is set when the variable has a value other than {@code false} or {@code 0}, as CI services set it. */
  static boolean ciIsSet(Map<String, String> env) {
    String value = env.get("CI");
    return value != null && !value.trim().isEmpty() && !value.trim().equalsIgnoreCase("false") && !value.trim().equals("0");
  }

  static int run(PrintWriter err, boolean asked, Function<ScenarioClient.Builder, Integer> call) {
    AtomicReference<@Nullable ReceivedRequest> last = new AtomicReference<>();
    // The client's own requests conform (the contract tests prove it): skip loading the validator,
    // which would double the time of the newcomer's first command.
    try (ScenarioMockServer server = ScenarioMockServer.builder().validation(false).onRequest(last::set).start()) {
      err.println("Replaying from the embedded mock server at " + server.baseUrl()
          + (asked ? "" : " (no credentials or base URL set; see 'mock --help')"));
      err.flush();
      try {
        return call.apply(server.clientBuilder());
      } finally {
        ReceivedRequest answered = last.get();
        if (answered != null) {
          err.println(TerminalText.text(describe(answered, server.scenarios())));
        }
        err.flush();
      }
    }
  }

  private static String describe(ReceivedRequest request, List<MockScenario> scenarios) {
    String id = request.scenario();
    for (MockScenario scenario : scenarios) {
      if (scenario.id().equals(id)) {
        return "Answered by the replay scenario '" + id + "' (" + scenario.trigger() + "): " + scenario.answer();
      }
    }
    return "Answered by a replay stub without a scenario: " + request;
  }
}
