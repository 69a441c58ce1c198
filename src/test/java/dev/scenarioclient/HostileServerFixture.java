package dev.scenarioclient;

import dev.scenarioclient.testing.HostileServer;
import java.io.IOException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's hostile server, closed after the test, and a client pointed at it whose retries wait on
 * a {@link FakeTime} clock. Register it as an instance field with {@code @RegisterExtension}.
 */
final class HostileServerFixture implements AfterEachCallback {
  private HostileServer server;

  /** Starts a server answering with {@code handler} and returns a client builder for it. */
  ScenarioClient.Builder client(HostileServer.Handler handler) throws IOException {
    server = HostileServer.start(handler);
    ScenarioClient.Builder builder =
        ScenarioClient.builder().baseUrl(server.baseUrl()).apiKey("key_1234").apiSecret("secret_5678");
    return new FakeTime().install(builder, 0);
  }

  /** The server the last {@link #client} call started. */
  HostileServer server() {
    if (server == null) {
      throw new IllegalStateException("no server started: call client(handler) first");
    }
    return server;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (server != null) {
      server.close();
    }
  }
}
