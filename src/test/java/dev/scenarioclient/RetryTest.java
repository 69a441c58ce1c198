package dev.scenarioclient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.scenarioclient.errors.InternalServerException;
import dev.scenarioclient.errors.RateLimitException;
import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.errors.ScenarioTimeoutException;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.OpenApiContract;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried, how often, and how long the client waits between attempts. */
class RetryTest {
  private static final ListModelExamplesResponse SAMPLE =
      ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);
  private static final String PATH = "/v1/models/model_1/examples";

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeTime time = new FakeTime();
  private ScenarioClient client;

  private ScenarioClient client(ScenarioClient.Builder builder) {
    client = builder.build();
    return client;
  }

  private ScenarioClient.Builder builder() {
    return time.install(
        ScenarioClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey("key").apiSecret("secret"), 0);
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private static void respondInTurn(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? state : "attempt " + (i + 2);
      server.stubFor(get(urlPathEqualTo(PATH)).inScenario("retries").whenScenarioStateIs(state)
          .willReturn(responses[i]).willSetStateTo(next));
      state = next;
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sample() {
    return okJson(OpenApiContract.sample());
  }

  private int attempts() {
    return server.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
  }

  @Test
  void rateLimitedThenOkSucceedsAfterWaitingRetryAfterSeconds() {
    respondInTurn(aResponse().withStatus(429).withHeader("Retry-After", "2"), sample());

    ListModelExamplesResponse response = client(builder()).models().listExamples("model_1");

    assertThat(response).isEqualTo(SAMPLE);
    assertThat(attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(2000L);
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String inThreeSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.ofEpochMilli(time.nowMillis()).plusSeconds(3).atZone(ZoneOffset.UTC));
    respondInTurn(aResponse().withStatus(429).withHeader("Retry-After", inThreeSeconds), sample());

    client(builder()).models().listExamples("model_1");

    assertThat(attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(3000L);
  }

  @Test
  void unavailableTwiceThenOkSucceedsOnTheThirdAttemptWithExponentialBackoff() {
    respondInTurn(aResponse().withStatus(503), aResponse().withStatus(503), sample());

    client(builder()).models().listExamples("model_1");

    assertThat(attempts()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(500L, 1000L);
  }

  @Test
  void jitterShortensEachWaitByUpToAQuarter() {
    respondInTurn(aResponse().withStatus(503), aResponse().withStatus(503), sample());

    client(time.install(builder(), 1.0)).models().listExamples("model_1");

    assertThat(time.sleeps()).containsExactly(375L, 750L);
  }

  @Test
  void backoffIsCappedAtTheMaximumDelay() {
    respondInTurn(aResponse().withStatus(500), aResponse().withStatus(500), aResponse().withStatus(500), sample());

    client(builder().maxRetries(3).retryBackoff(Duration.ofSeconds(3), Duration.ofSeconds(5)))
        .models().listExamples("model_1");

    assertThat(time.sleeps()).containsExactly(3000L, 5000L, 5000L);
  }

  @Test
  void serverErrorsBeyondTheRetryBudgetRaiseInternalServerException() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client(builder()).models().listExamples("model_1"))
        .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
    assertThat(attempts()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @ParameterizedTest(name = "HTTP {0} is retried")
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 599})
  void retryableStatusesAreRetried(int status) {
    respondInTurn(aResponse().withStatus(status), sample());

    client(builder()).models().listExamples("model_1");

    assertThat(attempts()).isEqualTo(2);
  }

  @ParameterizedTest(name = "HTTP {0} is not retried")
  @ValueSource(ints = {400, 401, 403, 404, 422})
  void clientErrorsAreNotRetried(int status) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> client(builder()).models().listExamples("model_1"))
        .isInstanceOf(ScenarioApiException.class);
    assertThat(attempts()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void zeroMaxRetriesDisablesRetrying() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client(builder().maxRetries(0)).models().listExamples("model_1"))
        .isInstanceOf(InternalServerException.class);
    assertThat(attempts()).isEqualTo(1);
  }

  @Test
  void retryAfterLongerThanTheCapEndsRetryingWithRateLimitException() {
    server.stubFor(get(urlPathEqualTo(PATH))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

    assertThatThrownBy(() -> client(builder().maxRetryAfter(Duration.ofSeconds(60))).models().listExamples("model_1"))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
    assertThat(attempts()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void retriesStopWhenTheNextWaitWouldExceedTheCallTimeout() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client(builder()
            .retryBackoff(Duration.ofMillis(600), Duration.ofSeconds(8))
            .callTimeout(Duration.ofMillis(1500)))
        .models().listExamples("model_1"))
        .isInstanceOf(InternalServerException.class);
    assertThat(attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(600L);
  }

  @ParameterizedTest(name = "{0} is retried, then raised as a network error")
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void networkFaultsAreRetriedThenRaisedAsNetworkErrors(Fault fault) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> client(builder()).models().listExamples("model_1"))
        .isExactlyInstanceOf(ScenarioNetworkException.class)
        .hasMessageContaining("GET " + server.baseUrl() + PATH)
        .hasCauseInstanceOf(java.io.IOException.class);
    assertThat(attempts()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(500L, 1000L);
  }

  @ParameterizedTest(name = "{0} once, then the sample: succeeds on the second attempt")
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void aNetworkFaultFollowedBySuccessSucceeds(Fault fault) {
    respondInTurn(aResponse().withFault(fault), sample());

    assertThat(client(builder()).models().listExamples("model_1")).isEqualTo(SAMPLE);
    assertThat(attempts()).isEqualTo(2);
  }

  @Test
  void responsesSlowerThanTheReadTimeoutAreRetriedThenRaisedAsTimeouts() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(sample().withFixedDelay(1000)));

    assertThatThrownBy(() -> client(builder().readTimeout(Duration.ofMillis(150))).models().listExamples("model_1"))
        .isInstanceOf(ScenarioTimeoutException.class)
        .hasMessageContaining("timed out");
    assertThat(attempts()).isEqualTo(3);
  }

  @Test
  void aSlowResponseFollowedByAFastOneSucceeds() {
    respondInTurn(sample().withFixedDelay(1000), sample());

    assertThat(client(builder().readTimeout(Duration.ofMillis(150))).models().listExamples("model_1"))
        .isEqualTo(SAMPLE);
    assertThat(attempts()).isEqualTo(2);
  }

  @Test
  void callTimeoutBoundsTheWholeCall() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(sample().withFixedDelay(2000)));
    ScenarioClient.Builder builder = builder().callTimeout(Duration.ofMillis(300));
    builder.sleeper = RetryInterceptor.REAL_SLEEPER;
    builder.clockMillis = System::currentTimeMillis;

    assertThatThrownBy(() -> client(builder).models().listExamples("model_1"))
        .isInstanceOf(ScenarioTimeoutException.class);
    assertThat(attempts()).isEqualTo(1);
  }
}
