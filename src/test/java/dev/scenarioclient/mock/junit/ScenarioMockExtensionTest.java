package dev.scenarioclient.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.mock.MockScenario;
import dev.scenarioclient.mock.ReceivedRequest;
import dev.scenarioclient.mock.ScenarioMockServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The JUnit 5 extension, run on fixture classes through the JUnit engine as a dependent's build
 * would run them, so that a failing fixture test is an observed outcome rather than a red build.
 */
class ScenarioMockExtensionTest {
  private static final OkHttpClient HTTP = new OkHttpClient();

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
  }

  private static List<String> failures(Events events) {
    return events.failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable()
            .map(Throwable::getMessage).orElse(""))
        .collect(Collectors.toList());
  }

  private static int get(String url) throws IOException {
    try (Response response = HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      return response.code();
    }
  }

  // ---- fixtures ----

  @ScenarioMock
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class InjectedAndReset {
    static final List<Integer> ports = new ArrayList<>();
    static final List<Integer> requestsAtStart = new ArrayList<>();
    static final List<String> flakyAnswers = new ArrayList<>();
    static ScenarioClient injected;

    static Events runAfresh() {
      ports.clear();
      requestsAtStart.clear();
      flakyAnswers.clear();
      return run(InjectedAndReset.class);
    }

    @Test
    @Order(1)
    void first(ScenarioClient client, ScenarioMockServer mock) {
      ports.add(mock.port());
      requestsAtStart.add(mock.requests().size());
      injected = client;
      client.models().listExamples("model_1");
      flaky(mock);
    }

    @Test
    @Order(2)
    void second(ScenarioClient.Builder builder, ScenarioMockServer mock) {
      ports.add(mock.port());
      requestsAtStart.add(mock.requests().size());
      flaky(mock);
    }

    private static void flaky(ScenarioMockServer mock) {
      try (ScenarioClient client = mock.clientBuilder().maxRetries(0).build()) {
        client.models().listExamples("model_flaky");
        flakyAnswers.add("200");
      } catch (RuntimeException e) {
        flakyAnswers.add(e.getClass().getSimpleName());
      }
    }
  }

  @ScenarioMock
  static class SendsNoCredentials {
    static int port;

    @Test
    void callsWithoutCredentials(ScenarioMockServer mock) throws IOException {
      port = mock.port();
      get(mock.baseUrl() + "/models/model_1/examples");
    }
  }

  @ScenarioMock
  static class TakesTheViolationItCauses {
    @Test
    void callsWithoutCredentialsOnPurpose(ScenarioMockServer mock) throws IOException {
      assertThat(get(mock.baseUrl() + "/models/model_1/examples")).isEqualTo(400);
      assertThat(mock.takeViolations()).singleElement().asString().contains("credentials: none sent");
    }
  }

  @ScenarioMock(failOnContractViolation = false)
  static class AllowsViolations {
    @Test
    void callsWithoutCredentials(ScenarioMockServer mock) throws IOException {
      get(mock.baseUrl() + "/models/model_1/examples");
    }
  }

  @ScenarioMock(stubs = "src/test/resources/mock-stubs")
  static class WithOwnStubs {
    static List<String> scenarios = new ArrayList<>();

    @Test
    void servesTheOwnStub(ScenarioClient client, ScenarioMockServer mock) {
      assertThat(client.models().listExamples("model_without_examples").getExamples()).isEmpty();
      scenarios = mock.scenarios().stream().map(MockScenario::id).collect(Collectors.toList());
      assertThat(mock.lastRequest()).extracting(ReceivedRequest::scenario).isEqualTo("no-examples");
    }
  }

  @ScenarioMock
  static class Outer {
    static final List<Integer> ports = new ArrayList<>();

    @Test
    void outer(ScenarioMockServer mock) {
      ports.add(mock.port());
    }

    @Nested
    class Inner {
      @Test
      void inner(ScenarioMockServer mock) {
        ports.add(mock.port());
      }
    }
  }

  // ---- tests ----

  @Test
  void injectsAClientAndTheServerOfOneServerPerClass() {
    Events events = InjectedAndReset.runAfresh();

    events.assertStatistics(stats -> stats.succeeded(2).failed(0));
    assertThat(InjectedAndReset.ports).as("ports seen by each test").hasSize(2).containsOnly(InjectedAndReset.ports.get(0));
  }

  @Test
  void eachTestSeesOnlyItsOwnRequestsAndAFreshStatefulScenario() {
    InjectedAndReset.runAfresh();

    assertThat(InjectedAndReset.requestsAtStart).containsExactly(0, 0);
    assertThat(InjectedAndReset.flakyAnswers).containsExactly("InternalServerException", "InternalServerException");
  }

  @Test
  void theInjectedClientIsClosedAfterTheTest() {
    InjectedAndReset.runAfresh();

    assertThatThrownBy(() -> InjectedAndReset.injected.models().listExamples("model_1"))
        .isInstanceOf(ScenarioClientClosedException.class);
  }

  @Test
  void aTestWhoseRequestBreaksTheContractFailsNamingTheViolation() {
    Events events = run(SendsNoCredentials.class);

    events.assertStatistics(stats -> stats.failed(1));
    assertThat(failures(events)).singleElement().asString()
        .startsWith("The test's exchanges with the Scenario mock broke the contract (openapi.yaml):")
        .contains("GET /v1/models/model_1/examples: request breaks the contract: credentials: none sent");
  }

  @Test
  void theServerStopsAfterTheClass() {
    run(SendsNoCredentials.class);

    assertThatThrownBy(() -> get("http://127.0.0.1:" + SendsNoCredentials.port + "/v1/models/m/examples"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aTestThatTakesItsViolationsPasses() {
    run(TakesTheViolationItCauses.class).assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  void violationsCanBeAllowedForAClass() {
    run(AllowsViolations.class).assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  void ownStubsAreServedOnTopOfTheEmbeddedOnes() {
    run(WithOwnStubs.class).assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(WithOwnStubs.scenarios).contains("no-examples", "sample", "rate-limited");
  }

  @Test
  void aNestedClassUsesItsEnclosingClassesServer() {
    Outer.ports.clear();
    run(Outer.class).assertStatistics(stats -> stats.succeeded(2).failed(0));

    assertThat(Outer.ports).hasSize(2).containsOnly(Outer.ports.get(0));
  }
}
