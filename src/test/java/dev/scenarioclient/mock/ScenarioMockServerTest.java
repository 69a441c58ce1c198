package dev.scenarioclient.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.RateLimitException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.errors.ScenarioTimeoutException;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mock server in-process: request validation, the built-in answers, received requests, your own stubs. */
class ScenarioMockServerTest {
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (ScenarioMockServer.API_KEY + ":" + ScenarioMockServer.API_SECRET).getBytes(StandardCharsets.UTF_8));
  private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private static ScenarioMockServer mock;

  @BeforeAll
  static void start() {
    mock = ScenarioMockServer.builder().onRequest(request -> { }).start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  /** Status and body of a raw request to the mock. */
  static final class Answer {
    final int status;
    final String body;

    Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }

    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }
  }

  private static Answer get(String pathAndQuery, String... headers) throws IOException {
    return send("GET", pathAndQuery, headers);
  }

  private static Answer send(String method, String pathAndQuery, String... headers) throws IOException {
    Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + mock.port() + pathAndQuery)
        .method(method, method.equals("POST") ? okhttp3.RequestBody.create(new byte[0]) : null);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body() != null ? response.body().string() : "");
    }
  }

  @Test
  void anOrdinaryModelIdGetsTheDocumentedSampleInEitherScheme() throws IOException {
    Answer basic = get("/v1/models/model_1/examples", "Authorization", BASIC, "Accept", "application/json");
    Answer bearer = get("/v1/models/model_1/examples", "Authorization", "Bearer " + ScenarioMockServer.BEARER_TOKEN);

    assertThat(basic.status).isEqualTo(200);
    ExactJson.assertJsonEquals(basic.body, OpenApiContract.sample());
    ExactJson.assertJsonEquals(bearer.body, OpenApiContract.sample());
    assertThat(mock.requests()).extracting(ReceivedRequest::scenario).containsExactly("sample", "sample");
    assertThat(mock.takeViolations()).isEmpty();
  }

  @Test
  void aRequestWithoutCredentialsGetsA400NamingTheViolation() throws IOException {
    Answer answer = get("/v1/models/model_1/examples");

    assertThat(answer.status).isEqualTo(400);
    assertThat(answer.json().get("message").getAsString())
        .startsWith("Request breaks the contract: credentials: none sent");
    assertThat(mock.lastRequest().scenario()).isEqualTo(MockScenario.BROKEN_REQUEST);
    assertThat(mock.takeViolations()).singleElement().asString()
        .isEqualTo("GET /v1/models/model_1/examples: request breaks the contract: " + answer.json().getAsJsonArray("violations").get(0).getAsString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "?originalAssets=yes           | query parameter 'originalAssets': 'yes' is not a boolean",
    "?originalAssets=true&page=2   | query parameter 'page' is not defined by the contract",
    "?%1B%5B31m=1                  | query parameter '\\u001B[31m' is not defined by the contract",
  })
  void aBadQueryGetsA400NamingTheParameter(String query, String violation) throws IOException {
    Answer answer = get("/v1/models/model_1/examples" + query, "Authorization", BASIC);

    assertThat(answer.status).as(answer.body).isEqualTo(400);
    assertThat(answer.json().getAsJsonArray("violations").get(0).getAsString()).startsWith(violation);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "Authorization | Basic bm90LWEtcGFpcg==  | credentials: the Basic Authorization value does not decode to 'key:secret'",
    "Authorization | Basic %%%               | credentials: the Basic Authorization value is not Base64",
    "Authorization | Token abc               | credentials: the Authorization header's scheme is neither Basic nor Bearer",
    "Accept        | text/html               | Request Accept header '[text/html]' does not match",
  })
  void badCredentialsOrAcceptGetA400(String header, String value, String violation) throws IOException {
    String[] headers = header.equals("Authorization")
        ? new String[] {"Authorization", value}
        : new String[] {"Authorization", BASIC, header, value};

    Answer answer = get("/v1/models/model_1/examples", headers);

    assertThat(answer.status).as(answer.body).isEqualTo(400);
    assertThat(answer.json().getAsJsonArray("violations").get(0).getAsString()).startsWith(violation);
    assertThat(answer.body).as("the credential is never echoed").doesNotContain("abc");
  }

  /** Sends a request line as given: HTTP clients would normalise or encode these paths. */
  private static Answer raw(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + BASIC
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int open = response.indexOf('{');
      return new Answer(status, open < 0 ? response : response.substring(open, response.lastIndexOf('}') + 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/v1/models/%2E%2E/examples | path: segment '%2E%2E' decodes to '..'",
    "/v1/models/%C3/examples    | path: segment '%C3' does not decode to UTF-8 text",
    "/v1/models/a\"b/examples   | path: '\"' at offset 12 must be percent-encoded",
  })
  void aBadlyEncodedPathGetsA400(String path, String violation) throws IOException {
    Answer answer = raw(path);

    assertThat(answer.status).as(answer.body).isEqualTo(400);
    assertThat(answer.json().getAsJsonArray("violations").get(0).getAsString()).startsWith(violation);
  }

  @Test
  void anEncodedSlashIsOneSegmentAndAnsweredWithTheSample() throws IOException {
    Answer answer = get("/v1/models/a%2Fb/examples", "Authorization", BASIC);

    assertThat(answer.status).isEqualTo(200);
    assertThat(mock.lastRequest().modelId()).isEqualTo("a/b");
  }

  @Test
  void anotherMethodGetsA400() throws IOException {
    Answer answer = send("POST", "/v1/models/model_1/examples", "Authorization", BASIC);

    assertThat(answer.status).isEqualTo(400);
    assertThat(answer.json().get("message").getAsString()).contains("POST operation not allowed");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/v1/models/a/b/examples", "/v1/models/model_1", "/v2/models/model_1/examples", "/"})
  void anUnknownPathGetsA404InTheVendorsErrorShape(String path) throws IOException {
    Answer answer = get(path, "Authorization", BASIC);

    assertThat(answer.status).isEqualTo(404);
    assertThat(answer.json().get("error").getAsString()).startsWith("Not found: path: GET " + path + " matches no operation");
    assertThat(mock.lastRequest().scenario()).isEqualTo(MockScenario.UNKNOWN_PATH);
  }

  @Test
  void wellFormedUnknownCredentialsGetA401() throws IOException {
    String other = "Basic " + Base64.getEncoder().encodeToString("someone:else".getBytes(StandardCharsets.UTF_8));

    Answer answer = get("/v1/models/model_1/examples", "Authorization", other);

    assertThat(answer.status).isEqualTo(401);
    assertThat(answer.json().get("message").getAsString()).isEqualTo("Invalid API key or secret");
    assertThat(mock.lastRequest().scenario()).isEqualTo(MockScenario.UNKNOWN_CREDENTIALS);
    assertThat(mock.takeViolations()).isEmpty();
  }

  @Test
  void theFlakyScenarioAnswers503ThenTheSampleAndStartsAgainAfterReset() throws IOException {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(get("/v1/models/model_flaky/examples", "Authorization", BASIC).status);
    }
    mock.reset();
    statuses.add(get("/v1/models/model_flaky/examples", "Authorization", BASIC).status);

    assertThat(statuses).containsExactly(503, 200, 503, 503);
  }

  @Test
  void aClientWithRetriesGetsTheSampleFromTheFlakyScenario() {
    try (ScenarioClient client = mock.clientBuilder().retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).build()) {
      assertThat(client.models().listExamples("model_flaky").getExamples()).isNotEmpty();
    }
    assertThat(mock.requests()).extracting(ReceivedRequest::status).containsExactly(503, 200);
  }

  @Test
  void theRateLimitScenarioGivesRetryAfter() {
    try (ScenarioClient client = mock.clientBuilder().maxRetries(0).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_rate_limited"))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }
  }

  @Test
  void theSlowScenarioTimesOutAClientWithAShortReadTimeout() {
    try (ScenarioClient client = mock.clientBuilder().maxRetries(0).readTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_slow")).isInstanceOf(ScenarioTimeoutException.class);
    }
  }

  @Test
  void theConnectionResetScenarioIsANetworkError() {
    try (ScenarioClient client = mock.clientBuilder().maxRetries(0).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_connection_reset"))
          .isInstanceOf(ScenarioNetworkException.class);
    }
    assertThat(mock.lastRequest().status()).as("a fault has no status").isZero();
    assertThat(mock.takeViolations()).isEmpty();
  }

  @Test
  void scenariosOutsideTheContractOnPurposeAreNotViolations() throws IOException {
    Answer answer = get("/v1/models/model_html_error/examples", "Authorization", BASIC);

    assertThat(answer.status).isEqualTo(502);
    assertThat(mock.lastRequest().responseViolations()).isNotEmpty();
    assertThat(mock.lastRequest().breaksContractOnPurpose()).isTrue();
    assertThat(mock.takeViolations()).isEmpty();
  }

  @Test
  void requestsAreRecordedWithTheirDecodedModelIdAndQuery() {
    try (ScenarioClient client = mock.clientBuilder().build()) {
      client.models().listExamples("modèle 1", dev.scenarioclient.ModelsService.ListModelExamplesParams.builder()
          .originalAssets(true).build());
    }
    ReceivedRequest request = mock.lastRequest();

    assertThat(request.modelId()).isEqualTo("modèle 1");
    assertThat(request.path()).isEqualTo("/v1/models/mod%C3%A8le%201/examples");
    assertThat(request.queryParameter("originalAssets")).isEqualTo("true");
    assertThat(request.header("accept")).isEqualTo("application/json");
    assertThat(request.toString()).isEqualTo("GET /v1/models/mod%C3%A8le%201/examples?originalAssets=true -> 200 (sample)")
        .doesNotContain("Basic");
  }

  @Test
  void yourStubsAreServedOnTopAndTheirContractViolationsReported(@TempDir Path stubs) throws IOException {
    Files.createDirectories(stubs.resolve("mappings"));
    Files.writeString(stubs.resolve("mappings/mine.json"), "{\"priority\": 1, \"request\": {\"method\": \"GET\","
        + " \"urlPath\": \"/v1/models/model_mine/examples\"}, \"response\": {\"status\": 200,"
        + " \"headers\": {\"Content-Type\": \"application/json\"}, \"body\": \"{\\\"examples\\\": 3}\"}}");
    List<ReceivedRequest> seen = new ArrayList<>();

    try (ScenarioMockServer own = ScenarioMockServer.builder().stubs(stubs).onRequest(seen::add).start()) {
      Answer mine = new Answer(0, "");
      try (Response response = HTTP.newCall(new Request.Builder()
          .url(own.baseUrl() + "/models/model_mine/examples").header("Authorization", BASIC).build()).execute()) {
        mine = new Answer(response.code(), response.body().string());
      }

      assertThat(mine.body).isEqualTo("{\"examples\": 3}");
      assertThat(own.takeViolations()).singleElement().asString()
          .startsWith("GET /v1/models/model_mine/examples -> 200: response breaks the contract: $.examples:");
      assertThat(seen).singleElement().extracting(ReceivedRequest::scenario).isNull();
    }
  }

  @Test
  void aStubFileWithAMappingsArrayServesEveryMappingInIt(@TempDir Path stubs) throws IOException {
    Files.createDirectories(stubs.resolve("mappings"));
    Files.writeString(stubs.resolve("mappings/two.json"), "{\"mappings\": ["
        + stub("model_first", "{\\\"n\\\": 1}") + ", " + stub("model_second", "{\\\"n\\\": 2}") + "]}");

    try (ScenarioMockServer own =
        ScenarioMockServer.builder().stubs(stubs).validation(false).onRequest(r -> { }).start()) {
      assertThat(body(own.baseUrl() + "/models/model_first/examples")).isEqualTo("{\"n\": 1}");
      assertThat(body(own.baseUrl() + "/models/model_second/examples")).isEqualTo("{\"n\": 2}");
    }
  }

  @Test
  void aStubThatProxiesForwardsTheRequestToItsTarget(@TempDir Path stubs) throws IOException {
    HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext("/", exchange -> {
      byte[] answer = ("proxied " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    target.start();
    try {
      Files.createDirectories(stubs.resolve("mappings"));
      Files.writeString(stubs.resolve("mappings/proxy.json"), "{\"priority\": 1, \"request\": {\"method\": \"GET\","
          + " \"urlPath\": \"/v1/models/model_proxied/examples\"}, \"response\": {\"proxyBaseUrl\":"
          + " \"http://127.0.0.1:" + target.getAddress().getPort() + "\"}}");

      try (ScenarioMockServer own =
          ScenarioMockServer.builder().stubs(stubs).validation(false).onRequest(r -> { }).start()) {
        assertThat(body(own.baseUrl() + "/models/model_proxied/examples"))
            .isEqualTo("proxied /v1/models/model_proxied/examples");
      }
    } finally {
      target.stop(0);
    }
  }

  @Test
  void aStubFileThatIsNotJsonIsRefusedNamingItsPathInYourDirectory(@TempDir Path stubs) throws IOException {
    Files.createDirectories(stubs.resolve("mappings/nested"));
    Files.writeString(stubs.resolve("mappings/nested/broken.json"), "{not json");

    assertThatThrownBy(() -> ScenarioMockServer.builder().stubs(stubs).onRequest(r -> { }).start())
        .hasMessageStartingWith("Error loading file mappings/nested/broken.json:")
        .hasMessageContaining("Unexpected character ('n'");
  }

  private static String stub(String modelId, String escapedBody) {
    return "{\"priority\": 1, \"request\": {\"method\": \"GET\", \"urlPath\": \"/v1/models/" + modelId
        + "/examples\"}, \"response\": {\"status\": 200, \"body\": \"" + escapedBody + "\"}}";
  }

  private static String body(String url) throws IOException {
    try (Response response = HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      return response.body().string();
    }
  }

  @Test
  void withValidationOffRequestsGoStraightToTheStubs() throws IOException {
    try (ScenarioMockServer unchecked = ScenarioMockServer.builder().validation(false).onRequest(r -> { }).start()) {
      try (Response response = HTTP.newCall(new Request.Builder()
          .url(unchecked.baseUrl() + "/models/model_missing/examples?originalAssets=yes").build()).execute()) {
        assertThat(response.code()).as("no credentials: the unknown-credentials answer, not a 400").isEqualTo(401);
      }
      assertThat(unchecked.lastRequest().requestViolations()).isEmpty();
      assertThat(unchecked.lastRequest().queryParameter("originalAssets")).isEqualTo("yes");
      assertThat(unchecked.takeViolations()).isEmpty();
    }
  }

  @Test
  void aStubDirectoryWithoutMappingsIsRefused(@TempDir Path empty) {
    assertThatThrownBy(() -> ScenarioMockServer.builder().stubs(empty).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no mappings/ directory");
  }
}
