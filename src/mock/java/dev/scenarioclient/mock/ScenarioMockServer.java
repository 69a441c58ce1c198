package dev.scenarioclient.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.internal.ControlCharacters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the Scenario API: WireMock on a loopback port serving the documented sample
 * for any model id, a scenario per special model id (each documented error, rate limiting, faults;
 * see {@link MockScenario#embedded()}), and your own stub files on top.
 *
 * <p>It holds your code to the contract: every request is validated against the OpenAPI document,
 * and one that breaks it (no credentials, a bad query value, a badly encoded path, ...) is answered
 * with a 400 naming each violation, an unknown path with a 404; every response it serves, your
 * stubs' included, is validated too. Violations are logged (SLF4J, logger
 * {@code dev.scenarioclient.mock}, level WARN) unless you give your own {@link Builder#onRequest
 * listener}, and kept for {@link #takeViolations()}.
 *
 * <pre>{@code
 * try (ScenarioMockServer mock = ScenarioMockServer.start();
 *     ScenarioClient client = mock.clientBuilder().build()) {
 *   client.models().listExamples("model_rate_limited"); // RateLimitException, Retry-After: 7
 * }
 * }</pre>
 *
 * <p>The {@code mock} command of the CLI runs the same server; the JUnit 5 extension
 * {@link dev.scenarioclient.mock.junit.ScenarioMock} starts one per test class.
 */
public final class ScenarioMockServer implements AutoCloseable {
  /** The API key the stubs accept (HTTP Basic user name). */
  public static final String API_KEY = "replay-api-key";
  /** The API secret the stubs accept (HTTP Basic password). */
  public static final String API_SECRET = "replay-api-secret";
  /** The bearer token the stubs accept. */
  public static final String BEARER_TOKEN = "replay-jwt";

  /** How many received requests are kept; older ones are forgotten, so a long-running mock stays small. */
  static final int KEPT_REQUESTS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger("dev.scenarioclient.mock");

  private final WireMockServer server;
  private final Path stubRoot;
  private final List<MockScenario> scenarios;
  private final Deque<ReceivedRequest> requests = new ArrayDeque<>();
  private final List<String> violations = new ArrayList<>();

  private ScenarioMockServer(Builder builder) throws IOException {
    stubRoot = Files.createTempDirectory("scenario-mock-stubs");
    try {
      StubFiles.embedded().writeTo(stubRoot);
      Path userStubs = builder.stubs;
      if (userStubs != null) {
        StubFiles.directory(userStubs).writeTo(stubRoot);
      }
      Map<String, String> mappingFiles = StubFiles.directory(stubRoot).mappings();
      scenarios = MockScenario.merge(mappingFiles);
      Consumer<ReceivedRequest> listener = builder.listener != null ? builder.listener : ScenarioMockServer::log;
      ContractGate gate = new ContractGate(builder.validation ? ContractValidator.bundled() : null, request -> {
        record(request);
        listener.accept(request);
      });
      WireMockConfiguration options = wireMockConfig()
          .bindAddress("127.0.0.1")
          .usingFilesUnderDirectory(stubRoot.toString())
          .mappingSource(new ReadOnlyStubSource(mappingFiles))
          .httpClientFactory(new LazyProxyClientFactory())
          .notifier(new ConsoleNotifier(false))
          .disableRequestJournal()
          .extensions(gate);
      if (builder.port == 0) {
        options.dynamicPort();
      } else {
        options.port(builder.port);
      }
      server = new WireMockServer(options);
      try {
        server.start();
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot listen on 127.0.0.1:" + builder.port + ": "
            + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
      }
    } catch (IOException | RuntimeException e) {
      deleteRecursively(stubRoot);
      throw e;
    }
    server.stubFor(any(urlPathMatching("/v1/models/[^/]+/examples"))
        .atPriority(10)
        .withMetadata(new Metadata(Map.of("scenario", Map.of("id", MockScenario.UNKNOWN_CREDENTIALS))))
        .willReturn(aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"message\": \"Invalid API key or secret\"}")));
  }

  /** Starts a server on a free port with the embedded stubs only. */
  public static ScenarioMockServer start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to configure a client with, for example {@code http://127.0.0.1:41234/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  /** The port it listens on, on 127.0.0.1. */
  public int port() {
    return server.port();
  }

  /** A client builder pointed at this server with the API key and secret the stubs accept. */
  public ScenarioClient.Builder clientBuilder() {
    return ScenarioClient.builder().baseUrl(baseUrl()).apiKey(API_KEY).apiSecret(API_SECRET);
  }

  /** The scenarios this server answers: the embedded ones, yours, and the built-in answers. */
  public List<MockScenario> scenarios() {
    return scenarios;
  }

  /** The requests received since the start or the last {@link #reset()}, oldest first (at most the last 10,000). */
  public synchronized List<ReceivedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The last request received, or null when none was. */
  public synchronized @Nullable ReceivedRequest lastRequest() {
    return requests.peekLast();
  }

  /**
   * Returns the contract violations seen since the last call (requests that break the contract, and
   * responses that do unless their scenario breaks it on purpose), and forgets them.
   */
  public synchronized List<String> takeViolations() {
    List<String> taken = List.copyOf(violations);
    violations.clear();
    return taken;
  }

  /** Forgets the requests and violations, and puts the stateful scenarios back at their first answer. */
  public synchronized void reset() {
    requests.clear();
    violations.clear();
    server.resetScenarios();
  }

  /** Stops the server and deletes its copy of the stub files. */
  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      deleteRecursively(stubRoot);
    }
  }

  private synchronized void record(ReceivedRequest request) {
    if (requests.size() == KEPT_REQUESTS) {
      requests.removeFirst();
    }
    requests.addLast(request);
    violations.addAll(request.unexpectedViolations());
  }

  private static void log(ReceivedRequest request) {
    for (String violation : request.unexpectedViolations()) {
      LOG.warn("CONTRACT VIOLATION: {}", ControlCharacters.escape(violation));
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("could not delete {}", root, e);
    }
  }

  /** Configures a {@link ScenarioMockServer}. */
  public static final class Builder {
    private int port;
    private @Nullable Path stubs;
    private @Nullable Consumer<ReceivedRequest> listener;
    private boolean validation = true;

    private Builder() {}

    /** The port to listen on, on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * A directory of your own WireMock stub files ({@code mappings/} and {@code __files/}), served
     * on top of the embedded ones; a file of the same name replaces the embedded one.
     */
    public Builder stubs(Path directory) {
      this.stubs = directory;
      return this;
    }

    /**
     * Whether requests and responses are validated against the contract (the default). Off, the
     * stubs answer every request as they match it and the OpenAPI document is not even loaded
     * (which takes a second or so): for a one-shot replay of requests known to conform, such as
     * the CLI's {@code list --replay}.
     */
    public Builder validation(boolean validation) {
      this.validation = validation;
      return this;
    }

    /** Called for every request answered, instead of the default logging of violations. */
    public Builder onRequest(Consumer<ReceivedRequest> listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws IllegalArgumentException if the stub directory has no {@code mappings/}
     * @throws IllegalStateException if the port is taken or the server cannot start
     */
    public ScenarioMockServer start() {
      try {
        return new ScenarioMockServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot prepare the stub files", e);
      }
    }
  }
}
