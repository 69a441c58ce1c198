package dev.scenarioclient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.errors.InternalServerException;
import dev.scenarioclient.errors.NotFoundException;
import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.errors.UnauthorizedException;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.OpenApiContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the client does over HTTP: status mapping, raw responses, asynchronous calls and their
 * cancellation, a caller-supplied OkHttpClient, logging, and keeping credentials out of every log
 * line, exception message and toString.
 */
class HttpBehaviourTest {
  private static final ListModelExamplesResponse SAMPLE =
      ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);
  private static final String PATH = "/v1/models/model_1/examples";
  private static final String KEY = "key_live_3f9a8b7c";
  private static final String SECRET = "secret_live_71d2e4a9";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static ScenarioClient.Builder builder() {
    return ScenarioClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey(KEY).apiSecret(SECRET).maxRetries(0);
  }

  private static void respond(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
  }

  @ParameterizedTest(name = "HTTP {0} raises {1}")
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "422, UnprocessableEntityException",
    "429, RateLimitException",
    "500, InternalServerException",
    "503, InternalServerException",
    "418, UnexpectedStatusCodeException",
    "302, UnexpectedStatusCodeException"
  })
  void errorStatusesRaiseTheirTypedException(int status, String type) {
    respond(aResponse().withStatus(status).withHeader("X-Request-Id", "req_1")
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"nope\"}"));

    try (ScenarioClient client = builder().build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOfSatisfying(ScenarioApiException.class, e -> {
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.header("x-request-id")).isEqualTo("req_1");
            assertThat(e.headers()).containsKey("X-Request-Id");
            assertThat(e.body()).isEqualTo("{\"message\":\"nope\"}");
            assertThat(e.serverMessage()).isEqualTo("nope");
            assertThat(e.getMessage()).isEqualTo("HTTP " + status + " for GET " + server.baseUrl() + PATH + ": nope");
          });
    }
  }

  @Test
  void errorBodyThatIsNotJsonIsKeptRawWithoutAServerMessage() {
    respond(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<h1>Bad Gateway</h1>"));

    try (ScenarioClient client = builder().build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOfSatisfying(InternalServerException.class, e -> {
            assertThat(e.body()).isEqualTo("<h1>Bad Gateway</h1>");
            assertThat(e.serverMessage()).isNull();
          });
    }
  }

  @Test
  void okResponseThatIsNotJsonIsAnInvalidResponse() {
    respond(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html></html>"));

    try (ScenarioClient client = builder().build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessage("Expected a JSON response body but the server sent text/html");
    }
  }

  @Test
  void rawResponseExposesStatusAndHeaders() {
    respond(okJson(OpenApiContract.sample()).withHeader("X-RateLimit-Remaining", "41"));

    try (ScenarioClient client = builder().build()) {
      ScenarioResponse<ListModelExamplesResponse> response =
          client.models().withRawResponse().listExamples(
              "model_1", ListModelExamplesParams.builder().originalAssets(true).build());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.header("x-ratelimit-remaining")).isEqualTo("41");
      assertThat(response.body()).isEqualTo(SAMPLE);
    }
    server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("originalAssets", equalTo("true")));
  }

  @Test
  void asyncCallCompletesWithTheTypedResponse() {
    respond(okJson(OpenApiContract.sample()));

    try (ScenarioClient client = builder().build()) {
      ListModelExamplesResponse response = client.models().listExamplesAsync("model_1").join();

      assertThat(response).isEqualTo(SAMPLE);
    }
  }

  @Test
  void asyncCallFailsWithTheSameTypedExceptionAsTheSynchronousOne() {
    respond(aResponse().withStatus(404));

    try (ScenarioClient client = builder().build()) {
      CompletableFuture<ListModelExamplesResponse> future = client.models().listExamplesAsync(
          "model_1", ListModelExamplesParams.builder().originalAssets(false).build());

      assertThatThrownBy(future::join)
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() {
    respond(okJson(OpenApiContract.sample()).withFixedDelay(5000));
    OkHttpClient okHttp = new OkHttpClient();

    try (ScenarioClient client = builder().okHttpClient(okHttp).build()) {
      CompletableFuture<ListModelExamplesResponse> future = client.models().listExamplesAsync("model_1");
      await().atMost(Duration.ofSeconds(5)).until(() -> okHttp.dispatcher().runningCallsCount() == 1);
      assertThat(future).as("the call is still waiting for the delayed response").isNotDone();

      assertThat(future.cancel(true)).isTrue();

      await().atMost(Duration.ofSeconds(2)).until(() -> okHttp.dispatcher().runningCallsCount() == 0);
      assertThat(future).isCancelled();
    } finally {
      okHttp.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void suppliedOkHttpClientKeepsItsInterceptorsAndTimeoutsAndGetsAuthAndRetries() {
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(okJson(OpenApiContract.sample())));
    List<String> seenAuthorization = Collections.synchronizedList(new ArrayList<>());
    OkHttpClient okHttp = new OkHttpClient.Builder()
        .readTimeout(7, TimeUnit.SECONDS)
        .addInterceptor(chain -> {
          seenAuthorization.add(chain.request().header("Authorization"));
          return chain.proceed(chain.request().newBuilder().header("X-Tenant", "acme").build());
        })
        .build();
    ScenarioClient.Builder builder = builder().okHttpClient(okHttp).maxRetries(2);
    new FakeTime().install(builder, 0);

    try (ScenarioClient client = builder.build()) {
      client.models().listExamples("model_1");

      assertThat(client.httpClient().readTimeoutMillis()).as("the caller's read timeout").isEqualTo(7000);
      assertThat(client.httpClient().connectTimeoutMillis()).as("OkHttp's default, not ours")
          .isEqualTo(new OkHttpClient().connectTimeoutMillis());
    }

    assertThat(seenAuthorization).hasSize(2).allSatisfy(value -> assertThat(value).startsWith("Basic "));
    server.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Tenant", equalTo("acme")));
    assertThat(okHttp.dispatcher().executorService().isShutdown()).as("caller's dispatcher still open").isFalse();
  }

  @Test
  void timeoutsSetOnTheBuilderOverrideTheSuppliedClients() {
    OkHttpClient okHttp = new OkHttpClient.Builder().readTimeout(7, TimeUnit.SECONDS).build();

    try (ScenarioClient client = builder().okHttpClient(okHttp).readTimeout(Duration.ofSeconds(3)).build()) {
      assertThat(client.httpClient().readTimeoutMillis()).isEqualTo(3000);
    }
  }

  @Test
  void closingAClientItCreatedShutsItsDispatcherAndEvictsItsPooledConnections() {
    respond(okJson(OpenApiContract.sample()));
    ScenarioClient client = builder().build();
    client.models().listExamplesAsync("model_1").join();
    OkHttpClient okHttp = client.httpClient();
    await().atMost(Duration.ofSeconds(2)).until(() -> okHttp.connectionPool().idleConnectionCount() == 1);

    client.close();

    assertThat(okHttp.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(okHttp.connectionPool().connectionCount()).isZero();
  }

  @Test
  void closingAClientBuiltOnASuppliedClientLeavesThatClientsThreadsAndConnections() {
    respond(okJson(OpenApiContract.sample()));
    OkHttpClient okHttp = new OkHttpClient();
    ScenarioClient client = builder().okHttpClient(okHttp).build();
    client.models().listExamples("model_1");

    client.close();

    assertThat(okHttp.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(okHttp.connectionPool().idleConnectionCount()).isEqualTo(1);
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  @Test
  void callOnAClosedClientThrowsTheClosedClientException() {
    ScenarioClient client = builder().build();
    client.close();

    assertThatThrownBy(() -> client.models().listExamplesAsync("model_1"))
        .isInstanceOf(ScenarioClientClosedException.class)
        .hasMessage("ScenarioClient is closed");
  }

  @Test
  void connectionFailureOnAReusedConnectionIsAttemptedOnceWithoutRetries() {
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("stale").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(OpenApiContract.sample())).willSetStateTo("broken"));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("stale").whenScenarioStateIs("broken")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (ScenarioClient client = builder().maxRetries(0).build()) {
      client.models().listExamples("model_1");
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioNetworkException.class);
    }

    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(PATH)))).as("requests received").hasSize(2);
  }

  @Test
  void logsEachExchangeWithEveryCredentialRedacted() {
    respond(okJson(OpenApiContract.sample().replaceFirst("\"authorId\": ", "\"echo\": \"" + SECRET + "\", \"authorId\": ")));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    ScenarioClient.Builder builder = builder().httpLogLevel(HttpLogLevel.BODY);
    builder.logSink = lines::add;

    try (ScenarioClient client = builder.build()) {
      client.models().listExamples("model_1");
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("--> GET " + server.baseUrl() + PATH));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("<-- 200"));
    assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("Authorization: ██"));
    assertThat(String.join("\n", lines)).doesNotContain(KEY, SECRET, basicToken(KEY, SECRET));
  }

  @Test
  void logsRetriesWithoutCredentials() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    ScenarioClient.Builder builder =
        ScenarioClient.builder().baseUrl(server.baseUrl() + "/v1").bearerToken(JWT).httpLogLevel(HttpLogLevel.HEADERS);
    builder.logSink = lines::add;
    new FakeTime().install(builder, 0);

    try (ScenarioClient client = builder.build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(InternalServerException.class)
          .hasMessageNotContaining(JWT);
    }

    assertThat(lines).contains(
        "Retrying GET " + server.baseUrl() + PATH + " after HTTP 503 in 500 ms (retry 1 of 2)",
        "Retrying GET " + server.baseUrl() + PATH + " after HTTP 503 in 1000 ms (retry 2 of 2)");
    assertThat(String.join("\n", lines)).doesNotContain(JWT).contains("Authorization: ██");
  }

  @Test
  void credentialsNeverAppearInExceptionsOrToString() {
    respond(aResponse().withStatus(401).withBody("{\"message\":\"Invalid API key or secret\"}"));
    ScenarioClient.Builder builder = builder();

    try (ScenarioClient client = builder.build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.getMessage() + e)
              .doesNotContain(KEY, SECRET, basicToken(KEY, SECRET)));
      assertThat(client.toString()).doesNotContain(KEY, SECRET);
    }
    assertThatThrownBy(() -> builder().apiKey(KEY).apiSecret(" ").build())
        .hasMessageNotContaining(KEY);
  }

  private static String basicToken(String key, String secret) {
    return java.util.Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
