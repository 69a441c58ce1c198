package dev.scenarioclient.cli;

import dev.scenarioclient.ScenarioClient;
import java.io.InputStream;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a command gets from its caller besides its arguments: the environment, standard input, and
 * a last say on every client it builds (tests use it for a fake clock; {@code main} leaves clients
 * as they are). Public for the subcommands in subpackages; not API.
 */
public final class CliContext {
  final Map<String, String> env;
  private final UnaryOperator<ScenarioClient.Builder> clientSettings;
  private final InputStream stdin;

  CliContext(Map<String, String> env, UnaryOperator<ScenarioClient.Builder> clientSettings) {
    this(env, clientSettings, System.in);
  }

  CliContext(Map<String, String> env, UnaryOperator<ScenarioClient.Builder> clientSettings, InputStream stdin) {
    this.env = env;
    this.clientSettings = clientSettings;
    this.stdin = stdin;
  }

  /** Returns the environment variables. */
  public Map<String, String> env() {
    return env;
  }

  /** Returns standard input. */
  public InputStream stdin() {
    return stdin;
  }

  /** Builds a client, after the caller's last say on its settings. */
  public ScenarioClient build(ScenarioClient.Builder builder) {
    return clientSettings.apply(builder).build();
  }
}
