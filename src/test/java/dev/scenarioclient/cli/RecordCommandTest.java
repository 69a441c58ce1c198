package dev.scenarioclient.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.ScenarioResponse;
import dev.scenarioclient.mock.ScenarioMockServer;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code record} against a local stand-in for the live API that uses distinctive credentials and
 * echoes them everywhere it can: in cookies, in headers, in the body.
 */
class RecordCommandTest {
  private static final String KEY = "live-key-7Qx9";
  private static final String SECRET = "live secret/+Zz9=";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.bGl2ZS1qd3Q.c2lnbmF0dXJl";
  private static final String BASIC_VALUE =
      Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));

  @RegisterExtension
  static final WireMockExtension live = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The documented sample with the caller's credentials echoed into a string field, as a careless API might. */
  private static String echoingBody(String credential) {
    return OpenApiContract.sample().replace("\"prompt\": \"prompt\"",
        "\"prompt\": \"for " + credential + " and " + URLEncoder.encode(credential, StandardCharsets.UTF_8) + "\"");
  }

  private static void standInAnswers(String modelPath, String authorization, String credential, String body) {
    live.stubFor(get(urlPathEqualTo("/v1/models/" + modelPath + "/examples"))
        .withHeader("Authorization", equalTo(authorization))
        .willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withHeader("Date", "Tue, 01 Dec 2026 10:00:00 GMT")
            .withHeader("X-Request-Id", "req-5f2a")
            .withHeader("Set-Cookie", "session=" + credential + "; Secure; HttpOnly")
            .withHeader("X-Echo-Authorization", authorization)
            .withBody(body)));
  }

  private static Map<String, String> basicEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("SCENARIO_SDK_API_KEY", KEY);
    env.put("SCENARIO_SDK_API_SECRET", SECRET);
    env.put("SCENARIO_BASE_URL", live.baseUrl() + "/v1");
    return env;
  }

  private static Map<String, String> bearerEnv() {
    return Map.of("SCENARIO_SDK_JWT", JWT, "SCENARIO_BASE_URL", live.baseUrl() + "/v1");
  }

  private static ScenarioCliTest.Run record(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ScenarioCli.run(args, new CliContext(env, builder -> builder), new PrintWriter(out, true), new PrintWriter(err, true));
    return new ScenarioCliTest.Run(code, out.toString(), err.toString());
  }

  /** Every form in which the stand-in's credentials could leak into a file. */
  private static List<String> secretForms() {
    List<String> forms = new ArrayList<>();
    for (String secret : List.of(KEY, SECRET, JWT)) {
      forms.add(secret);
      forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    forms.add(BASIC_VALUE);
    forms.add(BASIC_VALUE.replace("=", ""));
    forms.add(Base64.getUrlEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    forms.add("Basic " + BASIC_VALUE);
    forms.add("Bearer " + JWT);
    return forms;
  }

  private static Map<Path, String> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).collect(Collectors.toMap(p -> root.relativize(p), p -> {
        try {
          return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1); // every byte, whatever it is
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    }
  }

  @ParameterizedTest(name = "{0} credentials")
  @ValueSource(strings = {"basic", "bearer"})
  void noCredentialInAnyFormReachesAnyByteWritten(String scheme, @TempDir Path out) throws IOException {
    boolean basic = scheme.equals("basic");
    String credential = basic ? SECRET : JWT;
    standInAnswers("model_live", basic ? "Basic " + BASIC_VALUE : "Bearer " + JWT, credential, echoingBody(credential));

    ScenarioCliTest.Run run = record(basic ? basicEnv() : bearerEnv(), "record", "model_live", "--out", out.toString());
    Map<Path, String> files = filesUnder(out);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(files.keySet()).extracting(Path::toString)
        .containsExactlyInAnyOrder("mappings/recorded-model_live.json", "__files/recorded-model_live.json");
    files.forEach((file, bytes) -> assertThat(secretForms()).allSatisfy(form ->
        assertThat(bytes).as("%s must not hold %s", file, form).doesNotContain(form)));
    assertThat(run.out + run.err).as("what record prints").satisfies(printed ->
        assertThat(secretForms()).allSatisfy(form -> assertThat(printed).doesNotContain(form)));
    int echoes = 2 * OpenApiContract.sample().split("\"prompt\": \"prompt\"", -1).length - 2;
    assertThat(run.out).contains("  credentials in the body: " + echoes + " replaced with [redacted]");
  }

  @Test
  void theMappingKeepsOnlyStableHeadersAndMatchesTheReplayCredentials(@TempDir Path out) throws IOException {
    standInAnswers("model_live", "Basic " + BASIC_VALUE, SECRET, echoingBody(SECRET));

    ScenarioCliTest.Run run = record(basicEnv(), "record", "model_live", "--out", out.toString());
    JsonObject mapping = JsonParser.parseString(Files.readString(out.resolve("mappings/recorded-model_live.json")))
        .getAsJsonObject();

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(mapping.getAsJsonObject("response").getAsJsonObject("headers").keySet())
        .as("recorded response headers").containsExactly("Content-Type");
    assertThat(run.out.substring(run.out.indexOf("dropped: "))).contains("Date", "X-Request-Id", "Set-Cookie", "X-Echo-Authorization");
    assertThat(mapping.getAsJsonObject("request").toString())
        .contains("Basic cmVwbGF5LWFwaS1rZXk6cmVwbGF5LWFwaS1zZWNyZXQ=", "Bearer replay-jwt");
  }

  @Test
  void theMockServesTheRecordingAndTheContractTestsValidatorAcceptsIt(@TempDir Path out) throws IOException {
    String body = echoingBody(SECRET);
    standInAnswers("model_live", "Basic " + BASIC_VALUE, SECRET, body);
    assertThat(record(basicEnv(), "record", "model_live", "--out", out.toString()).exitCode).isZero();

    try (ScenarioMockServer mock = ScenarioMockServer.builder().stubs(out).start();
        ScenarioClient client = mock.clientBuilder().maxRetries(0).build()) {
      ScenarioResponse<ListModelExamplesResponse> served = client.models().withRawResponse().listExamples("model_live");
      String json = ScenarioJson.toJson(served.body());

      ExactJson.assertJsonEquals(json, body.replace(SECRET, "[redacted]")
          .replace(URLEncoder.encode(SECRET, StandardCharsets.UTF_8), "[redacted]"));
      assertThat(mock.lastRequest().scenario()).isEqualTo("recorded-model_live");
      assertThat(mock.takeViolations()).as("the mock's validation of what it served").isEmpty();
      assertThat(OpenApiContract.responseViolations("/v1/models/model_live/examples", 200, served.headers(), json))
          .as("the contract tests' validator").isEmpty();
      ScenarioJson.fromJsonStrict(json, ListModelExamplesResponse.class);
    }
  }

  @Test
  void aModelIdWithReservedCharactersIsRecordedUnderASafeFileNameAndServedForThatId(@TempDir Path out) {
    standInAnswers("team%2Fmodel%201", "Basic " + BASIC_VALUE, SECRET, OpenApiContract.sample());

    ScenarioCliTest.Run run = record(basicEnv(), "record", "team/model 1", "--out", out.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("mappings/recorded-team_model_1-");
    try (ScenarioMockServer mock = ScenarioMockServer.builder().stubs(out).start();
        ScenarioClient client = mock.clientBuilder().maxRetries(0).build()) {
      client.models().listExamples("team/model 1");
      assertThat(mock.lastRequest().scenario()).startsWith("recorded-team_model_1-");
    }
  }

  @Test
  void itRefusesToOverwriteWithoutForce(@TempDir Path out) throws IOException {
    standInAnswers("model_live", "Basic " + BASIC_VALUE, SECRET, OpenApiContract.sample());
    assertThat(record(basicEnv(), "record", "model_live", "--out", out.toString()).exitCode).isZero();
    Path body = out.resolve("__files/recorded-model_live.json");
    Files.writeString(body, "kept");

    ScenarioCliTest.Run again = record(basicEnv(), "record", "model_live", "--out", out.toString());
    String afterRefusal = Files.readString(body);
    ScenarioCliTest.Run forced = record(basicEnv(), "record", "model_live", "--out", out.toString(), "--force");

    assertThat(again.exitCode).isEqualTo(2);
    assertThat(again.errLines()).containsExactly("error: " + out.resolve("mappings/recorded-model_live.json")
        + " exists; pass --force to overwrite it (see --help)");
    assertThat(afterRefusal).isEqualTo("kept");
    assertThat(forced.exitCode).isZero();
    assertThat(Files.readString(body)).isEqualTo(OpenApiContract.sample());
  }

  @Test
  void aRecordingThatDepartsFromTheContractIsWrittenAndExitsWithEight(@TempDir Path out) {
    JsonObject drifted = ExactJson.parseObject(OpenApiContract.sample());
    ExactJson.objectAt(drifted, "examples[0].asset").addProperty("popularity", 7);
    standInAnswers("model_live", "Basic " + BASIC_VALUE, SECRET, drifted.toString());

    ScenarioCliTest.Run run = record(basicEnv(), "record", "model_live", "--out", out.toString());

    assertThat(run.exitCode).isEqualTo(8);
    assertThat(run.out).contains("departure").contains("$.examples[0].asset.popularity");
    assertThat(out.resolve("mappings/recorded-model_live.json")).exists();
  }

  @Test
  void anErrorStatusIsNotRecordedAndExitsAsListWould(@TempDir Path out) {
    ScenarioCliTest.Run run = record(basicEnv(), "record", "model_nowhere", "--out", out.toString());

    assertThat(run.exitCode).as("WireMock's 404 for an unmatched request").isEqualTo(4);
    assertThat(out.resolve("mappings")).doesNotExist();
  }

  @Test
  void withoutCredentialsItIsAUsageError(@TempDir Path out) {
    ScenarioCliTest.Run run = record(Map.of("SCENARIO_BASE_URL", live.baseUrl() + "/v1"),
        "record", "model_live", "--out", out.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith("error: record calls the API and needs credentials");
  }
}
