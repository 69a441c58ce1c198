package dev.scenarioclient.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.scenarioclient.ScenarioClient;

/**
 * An embedded WireMock on a free loopback port, serving the contract-test stub files that the build
 * copies into the CLI jar: the documented sample for any model id, and the error stubs.
 */
final class ReplayServer implements AutoCloseable {
  /** The credentials the replay stubs accept. */
  static final String API_KEY = "replay-api-key";
  static final String API_SECRET = "replay-api-secret";

  private final WireMockServer server;

  private ReplayServer(WireMockServer server) {
    this.server = server;
  }

  static ReplayServer start() {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderClasspath("dev/scenarioclient/cli/replay")
                .notifier(new ConsoleNotifier(false))
                .disableRequestJournal());
    server.start();
    return new ReplayServer(server);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  ScenarioClient.Builder clientBuilder() {
    return ScenarioClient.builder().baseUrl(baseUrl()).apiKey(API_KEY).apiSecret(API_SECRET);
  }

  @Override
  public void close() {
    server.stop();
  }
}
