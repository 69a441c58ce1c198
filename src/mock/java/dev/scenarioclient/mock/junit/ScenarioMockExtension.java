package dev.scenarioclient.mock.junit;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.mock.ScenarioMockServer;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ScenarioMock}. Use the annotation, or register it in a static
 * field to configure it in code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ScenarioMockExtension mock = ScenarioMockExtension.withStubs(Paths.get("src/test/stubs"));
 * }</pre>
 *
 * <p>It resolves parameters of type {@code ScenarioClient} (a client of the mock with the replay
 * credentials and the default settings, closed after the test), {@code ScenarioClient.Builder} (the
 * same, to configure before building, for example {@code .maxRetries(0)}) and
 * {@link ScenarioMockServer} (base URL, credentials, received requests, violations).
 */
public final class ScenarioMockExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ScenarioMockExtension.class);
  private static final String SERVER = "server";
  private static final String CLIENTS = "clients";

  private final @Nullable Path stubs;
  private final @Nullable Boolean failOnContractViolation;

  /** The extension as {@link ScenarioMock} registers it: configured by the annotation, if any. */
  public ScenarioMockExtension() {
    this(null, null);
  }

  private ScenarioMockExtension(@Nullable Path stubs, @Nullable Boolean failOnContractViolation) {
    this.stubs = stubs;
    this.failOnContractViolation = failOnContractViolation;
  }

  /** An extension serving your stub files ({@code mappings/} and {@code __files/}) on top of the embedded ones. */
  public static ScenarioMockExtension withStubs(Path directory) {
    return new ScenarioMockExtension(directory, null);
  }

  /** This extension, not failing tests on contract violations (take them with {@code takeViolations()}). */
  public ScenarioMockExtension allowingContractViolations() {
    return new ScenarioMockExtension(stubs, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getStore(NAMESPACE).get(SERVER, ScenarioMockServer.class) != null) {
      return; // a @Nested class: the enclosing class's server serves it too
    }
    ScenarioMockServer.Builder builder = ScenarioMockServer.builder();
    Path directory = stubs != null ? stubs : annotation(context).map(ScenarioMock::stubs)
        .filter(s -> !s.isEmpty()).map(Paths::get).orElse(null);
    if (directory != null) {
      builder.stubs(directory);
    }
    context.getStore(NAMESPACE).put(SERVER, builder.start());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeClients(context);
    // Store.remove acts on this class's own store: a @Nested class leaves its enclosing class's server alone.
    ScenarioMockServer server = context.getStore(NAMESPACE).remove(SERVER, ScenarioMockServer.class);
    if (server != null) {
      server.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server(context).reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeClients(context);
    List<String> violations = server(context).takeViolations();
    if (!violations.isEmpty() && failsOnViolations(context)) {
      throw new AssertionError("The test's exchanges with the Scenario mock broke the contract (openapi.yaml):\n  "
          + String.join("\n  ", violations)
          + "\nIf the test does this on purpose, take them with ScenarioMockServer.takeViolations() and assert on them.");
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == ScenarioClient.class || type == ScenarioClient.Builder.class || type == ScenarioMockServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    Parameter parameter = parameterContext.getParameter();
    ScenarioMockServer server = server(context);
    if (parameter.getType() == ScenarioMockServer.class) {
      return server;
    }
    if (parameter.getType() == ScenarioClient.Builder.class) {
      return server.clientBuilder();
    }
    ScenarioClient client = server.clientBuilder().build();
    // Closed after the test, or after the class for a client of a constructor or @BeforeAll method.
    @SuppressWarnings("unchecked")
    List<ScenarioClient> clients = context.getStore(NAMESPACE).getOrComputeIfAbsent(CLIENTS, k -> new ArrayList<>(), List.class);
    clients.add(client);
    return client;
  }

  private static void closeClients(ExtensionContext context) {
    @SuppressWarnings("unchecked")
    List<ScenarioClient> clients = context.getStore(NAMESPACE).remove(CLIENTS, List.class);
    if (clients != null) {
      clients.forEach(ScenarioClient::close);
    }
  }

  private static ScenarioMockServer server(ExtensionContext context) {
    ScenarioMockServer server = context.getStore(NAMESPACE).get(SERVER, ScenarioMockServer.class);
    if (server == null) {
      throw new ExtensionConfigurationException(
          "ScenarioMockExtension has no server: register it with @ScenarioMock, @ExtendWith or in a static @RegisterExtension field");
    }
    return server;
  }

  private boolean failsOnViolations(ExtensionContext context) {
    if (failOnContractViolation != null) {
      return failOnContractViolation;
    }
    return annotation(context).map(ScenarioMock::failOnContractViolation).orElse(true);
  }

  private static Optional<ScenarioMock> annotation(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<Class<?>> type = current.get().getTestClass();
      if (type.isPresent()) {
        Optional<ScenarioMock> found = AnnotationSupport.findAnnotation(type.get(), ScenarioMock.class);
        if (found.isPresent()) {
          return found;
        }
      }
      current = current.get().getParent();
    }
    return Optional.empty();
  }
}
