package dev.scenarioclient.cli;

import dev.scenarioclient.ScenarioClient;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a command gets from its caller besides its arguments: the environment, and a last say on
 * every client it builds (tests use it for a fake clock; {@code main} leaves clients as they are).
 */
final class CliContext {
  final Map<String, String> env;
  private final UnaryOperator<ScenarioClient.Builder> clientSettings;

  CliContext(Map<String, String> env, UnaryOperator<ScenarioClient.Builder> clientSettings) {
    this.env = env;
    this.clientSettings = clientSettings;
  }

  ScenarioClient build(ScenarioClient.Builder builder) {
    return clientSettings.apply(builder).build();
  }
}
