package dev.scenarioclient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.testing.HostileServer;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that echoes the request's credentials back, in any of the forms the client sends or a
 * server would quote them, gets none of them into an exception's message, toString(), stack trace
 * or serialized form, nor into a log line; body() and headers() still say what the server sent.
 */
class SecretRedactionTest {
  private static final String PATH = "/v1/models/model_1/examples";
  private static final String KEY = "key_live_3f9a8b7c";
  // '/', '+' and '=' make the percent-encoded and JSON-escaped forms differ from the raw one.
  private static final String SECRET = "sk/live+71d2e4a9=";
  private static final String TOKEN =
      Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";

  /** Every form in which a credential must not appear. */
  private static final List<String> FORMS = List.of(
      KEY, SECRET, TOKEN, "Basic " + TOKEN, encode(SECRET), encode(TOKEN), SECRET.replace("/", "\\/"));

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static ScenarioClient.Builder builder(String baseUrl) {
    return ScenarioClient.builder().baseUrl(baseUrl).apiKey(KEY).apiSecret(SECRET).maxRetries(0);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> echoes() {
    return Stream.of(
        Arguments.of("the Authorization header", "Basic " + TOKEN, "Basic ██"),
        Arguments.of("the Basic token", TOKEN, "██"),
        Arguments.of("the secret", SECRET, "██"),
        Arguments.of("the key", KEY, "██"),
        Arguments.of("the secret percent-encoded", encode(SECRET), "██"),
        Arguments.of("the token percent-encoded", encode(TOKEN), "██"),
        Arguments.of("the secret JSON-escaped", SECRET.replace("/", "\\/"), "██"));
  }

  @ParameterizedTest(name = "echoing {0}")
  @MethodSource("echoes")
  void echoedCredentialInAnErrorBodyIsRedactedEverywhereButTheRawBody(String form, String echo, String redacted)
      throws Exception {
    String body = "{\"message\":\"invalid credentials " + echo + "\"}";
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withHeader("X-Echo", echo).withBody(body)));

    ScenarioApiException e;
    try (ScenarioClient client = builder(server.baseUrl() + "/v1").build()) {
      e = catchThrowableOfType(ScenarioApiException.class, () -> client.models().listExamples("model_1"));
    }

    assertThat(e.getMessage()).as("message").endsWith(": invalid credentials " + redacted);
    assertThat(e.serverMessage()).as("serverMessage()").isEqualTo("invalid credentials " + redacted);
    assertNoCredential("toString()", e.toString());
    assertNoCredential("stack trace", stackTrace(e));
    assertNoCredential("serialized form", new String(serialize(e), StandardCharsets.ISO_8859_1));
    assertThat(e.body()).as("body() is what the server sent").isEqualTo(body);
    assertThat(e.header("X-Echo")).as("headers() are what the server sent").isEqualTo(echo);

    ScenarioApiException copy = (ScenarioApiException) deserialize(serialize(e));
    assertThat(copy.body()).as("deserialized body").isEqualTo("{\"message\":\"invalid credentials " + redacted + "\"}");
    assertThat(copy.header("X-Echo")).as("deserialized header").isEqualTo(redacted);
    assertThat(copy).as("deserialized message").hasMessage(e.getMessage());
  }

  @Test
  void echoedBearerTokenIsRedacted() throws Exception {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":\"bad header Authorization: Bearer " + JWT + "\"}")));

    try (ScenarioClient client = ScenarioClient.builder().baseUrl(server.baseUrl() + "/v1").bearerToken(JWT)
        .maxRetries(0).build()) {
      ScenarioApiException e = catchThrowableOfType(ScenarioApiException.class, () -> client.models().listExamples("model_1"));

      assertThat(e).hasMessageEndingWith(": bad header Authorization: Bearer ██");
      assertThat(stackTrace(e) + new String(serialize(e), StandardCharsets.ISO_8859_1)).doesNotContain(JWT);
    }
  }

  @Test
  void credentialAsAFieldNameIsRedactedFromStrictModeViolations() throws Exception {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(
        OpenApiContract.sample().replaceFirst("\\{", "{\"Basic " + TOKEN + "\": 1, "))));

    try (ScenarioClient client = builder(server.baseUrl() + "/v1").strictResponseValidation(true).build()) {
      ScenarioContractViolationException e = catchThrowableOfType(ScenarioContractViolationException.class,
          () -> client.models().listExamples("model_1"));

      assertThat(e.violations()).as("violations").extracting(Object::toString).contains("$.Basic ██: field not defined by the contract");
      assertNoCredential("stack trace", stackTrace(e));
      assertNoCredential("serialized form", new String(serialize(e), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void credentialInAMalformedBodyIsRedactedFromTheParseErrorAndItsCause() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"" + SECRET + "\": tru}")));

    try (ScenarioClient client = builder(server.baseUrl() + "/v1").build()) {
      ScenarioInvalidResponseException e = catchThrowableOfType(ScenarioInvalidResponseException.class,
          () -> client.models().listExamples("model_1"));

      assertThat(e.jsonPath()).as("jsonPath").isEqualTo("$.██");
      assertNoCredential("stack trace, causes included", stackTrace(e));
    }
  }

  @Test
  void credentialInAGarbledStatusLineIsRedactedFromTheNetworkErrorAndItsCause() throws Exception {
    try (HostileServer hostile = HostileServer.start(
            (head, out) -> out.write(("HTTP/1.1 abc Basic " + TOKEN + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
        ScenarioClient client = builder(hostile.baseUrl()).build()) {
      ScenarioNetworkException e = catchThrowableOfType(ScenarioNetworkException.class,
          () -> client.models().listExamples("model_1"));

      assertThat(e).hasMessageEndingWith("failed: Unexpected status line: HTTP/1.1 abc Basic ██");
      assertThat(e.getCause()).as("cause").hasMessage("java.net.ProtocolException: Unexpected status line: HTTP/1.1 abc Basic ██");
      assertNoCredential("stack trace", stackTrace(e));
      assertNoCredential("serialized form", new String(serialize(e), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void logLinesRedactEncodedCredentialsAndShowServerControlCharactersEscaped() throws Exception {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    try (HostileServer hostile = HostileServer.start(HostileServer.respond("HTTP/1.1 401 Unauthorized",
        "application/json", "{\"message\":\"" + SECRET.replace("/", "\\/") + "\"}\n<-- 200 OK forged",
        "X-Echo: " + encode(TOKEN) + "\u001b]0;owned\u0007"))) {
      ScenarioClient.Builder builder = builder(hostile.baseUrl()).httpLogLevel(HttpLogLevel.BODY);
      builder.logSink = lines::add;
      try (ScenarioClient client = builder.build()) {
        catchThrowableOfType(ScenarioApiException.class, () -> client.models().listExamples("model_1"));
      }
    }

    assertThat(lines).contains("X-Echo: ██\\u001B]0;owned\\u0007", "{\"message\":\"██\"}\\n<-- 200 OK forged");
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\u001b"));
    assertNoCredential("log", String.join("\n", lines));
  }

  @Test
  void anExceptionWithoutCredentialsIsPassedOnAsIs() {
    ScenarioException original = new ScenarioException("GET /x failed: nothing secret");

    assertThat(RedactedExceptions.redact(original, Credentials.basic(KEY, SECRET).redactor())).isSameAs(original);
  }

  private static void assertNoCredential(String where, String text) {
    assertThat(text).as(where).doesNotContain(FORMS);
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static byte[] serialize(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
