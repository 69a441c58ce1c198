package dev.scenarioclient.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scenarioclient.FakeTime;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.HostilePayloads;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.PayloadVariants;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code scenario} command line, run in-process against WireMock or its embedded replay. */
class ScenarioCliTest {
  private static final String KEY = "replay-api-key";
  private static final String SECRET = "replay-api-secret";

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort()
              .usingFilesUnderDirectory(OpenApiContract.projectFile("contract-tests/wiremock").toString()))
          .build();

  /** Exit code and output of one run. */
  static final class Run {
    final int exitCode;
    final String out;
    final String err;

    Run(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    List<String> errLines() {
      return Arrays.asList(err.split("\n"));
    }
  }

  /** Retries wait on this clock, so failing runs take no real time. */
  private final FakeTime time = new FakeTime();

  private Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(env, builder -> time.install(builder, 0));
    int code = ScenarioCli.run(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Map<String, String> credentials() {
    Map<String, String> env = new HashMap<>();
    env.put("SCENARIO_SDK_API_KEY", KEY);
    env.put("SCENARIO_SDK_API_SECRET", SECRET);
    env.put("SCENARIO_BASE_URL", server.baseUrl() + "/v1");
    return env;
  }

  @Test
  void withoutCredentialsItReplaysTheDocumentedExampleAsATable() {
    Run run = run(Map.of(), "list", "model_eyVcnFJcR92BxBkz7N6g5w");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo(
        "ASSET ID  KIND  TYPE        MODEL TYPE  STATUS  CREATED    PROMPT\n"
            + "id        3d    3d-texture  custom      error   createdAt  prompt\n");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("Replaying from the embedded mock server at http://127.0.0.1:")
        .endsWith("(no credentials or base URL set; see 'mock --help')");
    assertThat(run.errLines().get(1)).isEqualTo(
        "Answered by the replay scenario 'sample' (any other model id): HTTP 200 with the API reference's documented sample");
  }

  @Test
  void replaySaysWhichScenarioAnsweredAnError() {
    Run run = run(Map.of(), "list", "model_missing");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.errLines()).contains(
        "Answered by the replay scenario 'not-found' (model_missing): HTTP 404 with a JSON error");
    assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("error: HTTP 404 for GET ");
  }

  @ParameterizedTest(name = "CI={0}")
  @ValueSource(strings = {"true", "1", "yes"})
  void implicitReplayIsRefusedInCiWithOneLineSayingHowToOptIn(String ci) {
    Run run = run(Map.of("CI", ci), "list", "model_1");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).containsExactly("error: no credentials or base URL are set, and CI is set, so the"
        + " embedded replay is not used: set SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET (or SCENARIO_SDK_JWT),"
        + " or pass --replay (see --help)");
  }

  @Test
  void replayOptionWorksInCi() {
    Run run = run(Map.of("CI", "true"), "list", "model_1", "--replay", "--json");

    assertThat(run.exitCode).isZero();
    ExactJson.assertJsonEquals(run.out, OpenApiContract.sample());
  }

  @ParameterizedTest(name = "CI={0}")
  @ValueSource(strings = {"false", "0", ""})
  void ciSetToFalseOrEmptyStillReplays(String ci) {
    assertThat(run(Map.of("CI", ci), "list", "model_1").exitCode).isZero();
  }

  @Test
  void replayOptionForcesTheEmbeddedServerEvenWithCredentials() {
    Run run = run(credentials(), "list", "model_1", "--replay", "--json");

    assertThat(run.exitCode).isZero();
    ExactJson.assertJsonEquals(run.out, OpenApiContract.sample());
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void tableShortensLongPromptsToTheTerminalWidth() {
    server.stubFor(get(urlPathEqualTo("/v1/models/model_long/examples")).willReturn(okJson(
        OpenApiContract.sample().replace("\"prompt\": \"prompt\"", "\"prompt\": \"" + "a castle on a hill, ".repeat(20) + "\""))));
    Map<String, String> env = credentials();
    env.put("COLUMNS", "80");

    Run run = run(env, "list", "model_long");

    assertThat(run.out.split("\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(run.out.split("\n")[1]).hasSize(80).endsWith("a castle on a hill...");
  }

  @Test
  void jsonOutputEqualsWhatTheServerSentIncludingUnknownFieldsAndValues() {
    PayloadVariants future = PayloadVariants.future();
    server.stubFor(get(urlPathEqualTo("/v1/models/model_future/examples")).willReturn(okJson(future.json())));

    Run run = run(credentials(), "list", "model_future", "--json");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    ExactJson.assertJsonEquals(run.out, future.json());
  }

  @Test
  void originalAssetsOptionIsSentAsTheQueryParameter() {
    assertThat(run(credentials(), "list", "model_1", "--original-assets").exitCode).isZero();

    server.verify(getRequestedFor(urlPathEqualTo("/v1/models/model_1/examples"))
        .withQueryParam("originalAssets", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")));
  }

  @Test
  void projectIdOptionIsSentAsTheQueryParameter() {
    assertThat(run(credentials(), "list", "model_1", "--project-id", "proj_U3Qmc8PC").exitCode).isZero();

    server.verify(getRequestedFor(urlPathEqualTo("/v1/models/model_1/examples"))
        .withQueryParam("projectId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("proj_U3Qmc8PC")));
  }

  @Test
  void apiSecretCanComeFromAFile(@TempDir Path directory) throws Exception {
    Path secretFile = directory.resolve("secret");
    Files.write(secretFile, (SECRET + "\n").getBytes(StandardCharsets.UTF_8));
    Map<String, String> env = credentials();
    env.remove("SCENARIO_SDK_API_SECRET");

    assertThat(run(env, "list", "model_1", "--api-secret-file", secretFile.toString()).exitCode).isZero();
  }

  @ParameterizedTest(name = "{0} exits {1}")
  @CsvSource(delimiter = '|', value = {
    "model_forbidden      | 3 | error: HTTP 403 for GET {base}/v1/models/model_forbidden/examples: You do not have access to this model",
    "model_missing        | 4 | error: HTTP 404 for GET {base}/v1/models/model_missing/examples: Model not found",
    "model_bad_request    | 5 | error: HTTP 400 for GET {base}/v1/models/model_bad_request/examples: originalAssets must be a boolean",
    "model_server_error   | 5 | error: HTTP 500 for GET {base}/v1/models/model_server_error/examples: Internal server error",
    "model_malformed_json | 7 | error: Response body is not valid contract JSON: Expected ':' at line 1 column 25 path $.examples[0].asset",
    "model_empty_body     | 7 | error: Response body is not valid contract JSON: End of input at line 1 column 1 path $",
  })
  void failuresExitWithTheirDocumentedCodeAndOneLine(String modelId, int exitCode, String line) {
    Run run = run(credentials(), "list", modelId);

    assertThat(run.exitCode).isEqualTo(exitCode);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).containsExactly(line.replace("{base}", server.baseUrl()));
  }

  @Test
  void rejectedCredentialsExitWithThree() {
    Map<String, String> env = credentials();
    env.put("SCENARIO_SDK_API_KEY", "revoked-api-key");
    env.put("SCENARIO_SDK_API_SECRET", "revoked-api-secret");

    Run run = run(env, "list", "model_1");

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("error: HTTP 401 for GET ").endsWith(": Invalid API key or secret");
  }

  @ParameterizedTest(name = "{0} exits 6")
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "RANDOM_DATA_THEN_CLOSE"})
  void connectionClosedOrGarbageInsteadOfHttpExitsWithSix(Fault fault) {
    server.stubFor(get(urlPathEqualTo("/v1/models/model_fault/examples"))
        .willReturn(aResponse().withFault(fault)));

    Run run = run(credentials(), "list", "model_fault");

    assertThat(run.exitCode).isEqualTo(6);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("error: GET " + server.baseUrl() + "/v1/models/model_fault/examples failed: ");
    assertThat(time.sleeps()).as("backoff before each of the two retries").hasSize(2);
  }

  @Test
  void unreachableServerExitsWithSix() {
    Map<String, String> env = credentials();
    env.put("SCENARIO_BASE_URL", "http://127.0.0.1:1/v1");

    Run run = run(env, "list", "model_1");

    assertThat(run.exitCode).isEqualTo(6);
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void stackTraceOnlyWithVerbose() {
    Run quiet = run(credentials(), "list", "model_missing");
    Run verbose = run(credentials(), "list", "model_missing", "--verbose");

    assertThat(quiet.err).doesNotContain("\tat ");
    assertThat(verbose.err).contains("dev.scenarioclient.errors.NotFoundException").contains("\tat ");
    assertThat(verbose.exitCode).isEqualTo(4);
  }

  @ParameterizedTest(name = "arguments [{0}]")
  @CsvSource(delimiter = '|', value = {
    "''                              | error: missing command; try 'list MODEL_ID' (see --help)",
    "list                            | error: Missing required parameter: 'MODEL_ID' (see --help)",
    "list model_1 --api-secret=x     | error: Unknown option: '--api-secret=x' (see --help)",
    "list model_1 --api-key x        | error: Unknown options: '--api-key', 'x' (see --help)",
    "fetch model_1                   | error: Unmatched arguments from index 0: 'fetch', 'model_1' (see --help)",
  })
  void usageErrorsExitWithTwoAndOneLine(String args, String line) {
    Run run = run(credentials(), args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(line);
  }

  @ParameterizedTest(name = "secret file {0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "missing | no such file",
    "empty   | the file is empty",
  })
  void unusableSecretFileIsAUsageErrorNamingTheFile(String state, String problem, @TempDir Path directory)
      throws Exception {
    Path secretFile = directory.resolve("secret");
    if (state.equals("empty")) {
      Files.write(secretFile, "\n".getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> env = credentials();
    env.remove("SCENARIO_SDK_API_SECRET");

    Run run = run(env, "list", "model_1", "--api-secret-file", secretFile.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("error: --api-secret-file " + secretFile + ": " + problem + " (see --help)");
  }

  @Test
  void incompleteCredentialsAreAConfigurationErrorExitingWithTwo() {
    Map<String, String> env = credentials();
    env.remove("SCENARIO_SDK_API_SECRET");

    Run run = run(env, "list", "model_1");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "error: SCENARIO_SDK_API_SECRET is missing; it is required with SCENARIO_SDK_API_KEY");
  }

  /** JSON text for a string holding every kind of character a terminal acts on. */
  private static final String HOSTILE_JSON_STRING =
      "\\u001b]0;pwned\\u0007\\u001b[2J\\u0000a\\rb\\nid  3d  forged row\\u009b31m\\u007f\\u202eevil\\u2066";

  private static boolean isTerminalControl(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }

  @Test
  void tableShowsControlAndBidiCharactersFromTheServerEscaped() {
    server.stubFor(get(urlPathEqualTo("/v1/models/model_hostile/examples")).willReturn(okJson(OpenApiContract.sample()
        .replace("\"prompt\": \"prompt\"", "\"prompt\": \"" + HOSTILE_JSON_STRING + "\"")
        .replace("\"id\": \"id\"", "\"id\": \"" + HOSTILE_JSON_STRING + "\""))));
    Map<String, String> env = credentials();
    env.put("COLUMNS", "400");

    Run run = run(env, "list", "model_hostile");

    assertThat(run.exitCode).isZero();
    assertThat(run.out.chars()).as("raw control characters on stdout").noneMatch(c -> isTerminalControl((char) c.intValue()));
    assertThat(run.out.split("\n")).as("lines: the header and one example").hasSize(2);
    assertThat(run.out).contains("\\u001B]0;pwned\\u0007\\u001B[2J\\u0000a\\rb\\nid  3d  forged row\\u009B31m\\u007F\\u202Eevil\\u2066")
        .contains("\\u0000a b id 3d forged row"); // the prompt column also folds whitespace
  }

  @Test
  void jsonOutputEscapesWhatATerminalActsOnAndStaysTheSameJson() {
    String body = OpenApiContract.sample().replace("\"prompt\": \"prompt\"", "\"prompt\": \"" + HOSTILE_JSON_STRING + "\"");
    server.stubFor(get(urlPathEqualTo("/v1/models/model_hostile/examples")).willReturn(okJson(body)));

    Run run = run(credentials(), "list", "model_hostile", "--json");

    assertThat(run.exitCode).isZero();
    assertThat(run.out.chars()).as("raw control characters on stdout").noneMatch(c -> isTerminalControl((char) c.intValue()));
    ExactJson.assertJsonEquals(run.out, body);
  }

  @Test
  void errorLinesShowServerControlCharactersEscapedAndCapLongMessages() {
    String message = HOSTILE_JSON_STRING + "x".repeat(5_000_000);
    server.stubFor(get(urlPathEqualTo("/v1/models/model_hostile/examples")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": \"" + message + "\"}")));

    Run run = run(credentials(), "list", "model_hostile");

    assertThat(run.exitCode).isEqualTo(5);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("error: HTTP 400 for GET " + server.baseUrl() + "/v1/models/model_hostile/examples: \\u001B]0;pwned")
        .endsWith(" more characters)")
        .hasSizeLessThan(TerminalText.MAX_ERROR_MESSAGE * 6 + 100);
    assertThat(run.err.chars()).as("raw control characters on stderr").noneMatch(c -> isTerminalControl((char) c.intValue()));
  }

  @Test
  void verboseStackTracesShowServerControlCharactersEscaped() {
    // Gson's message, and so the exception's and its cause's, quote the path: the field name, raw.
    server.stubFor(get(urlPathEqualTo("/v1/models/model_hostile/examples")).willReturn(
        okJson("{\"" + HOSTILE_JSON_STRING + "\": tru}")));

    Run run = run(credentials(), "list", "model_hostile", "--verbose");

    assertThat(run.exitCode).isEqualTo(7);
    assertThat(run.err).contains("\tat ").contains("Caused by: ");
    assertThat(run.err.chars()).as("raw control characters on stderr").noneMatch(c -> isTerminalControl((char) c.intValue()));
  }

  @Test
  void credentialsEchoedByTheServerAreRedactedOnStderr() {
    String token = java.util.Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    server.stubFor(get(urlPathEqualTo("/v1/models/model_echo/examples")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\": \"invalid credentials Basic " + token + " (" + SECRET + ")\"}")));

    Run run = run(credentials(), "list", "model_echo", "--verbose");

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.errLines()).first().asString().endsWith(": invalid credentials Basic ██ (██)");
    assertThat(run.err).doesNotContain(token, SECRET, KEY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/dev/zero", "sparse"})
  void secretFileLongerThanTheLimitIsAUsageErrorSayingIt(String source, @TempDir Path directory) throws Exception {
    Path secretFile = Path.of(source);
    if (source.equals("sparse")) {
      secretFile = directory.resolve("secret");
      try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(secretFile.toFile(), "rw")) {
        file.setLength(HostilePayloads.GIB);
      }
    }
    Map<String, String> env = credentials();
    env.remove("SCENARIO_SDK_API_SECRET");

    Run run = run(env, "list", "model_1", "--api-secret-file", secretFile.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("error: --api-secret-file " + secretFile
        + ": longer than 8 KiB; it must hold only the API secret (see --help)");
  }

  @Test
  void helpListsEveryCommand() {
    Run run = run(Map.of(), "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("  list ", "  mock ", "  record ");
  }
}
