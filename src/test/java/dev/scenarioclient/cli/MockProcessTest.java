package dev.scenarioclient.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.mock.ScenarioMockServer;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code mock} as a process: started in the background, it answers the documented sample, every
 * scenario of the stub files, and a 400 naming the violation for a request that breaks the
 * contract; SIGTERM and SIGINT stop it with exit status 0. Each test starts its own process, so
 * they run at the same time.
 */
@Execution(ExecutionMode.CONCURRENT)
class MockProcessTest {
  static final List<String> LAUNCH =
      List.of("-cp", System.getProperty("java.class.path"), ScenarioCli.class.getName());
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (ScenarioMockServer.API_KEY + ":" + ScenarioMockServer.API_SECRET).getBytes(StandardCharsets.UTF_8));

  /**
   * The first answer of each model id the stub files' scenarios name: its status, -1 for a fault,
   * or {@link MockProcess#LATE} for an answer delayed beyond the test's patience.
   */
  static Map<String, Integer> firstAnswers() throws IOException {
    Map<String, Integer> answers = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(OpenApiContract.projectFile("contract-tests/wiremock/mappings"))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        JsonObject mapping = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonObject scenario = mapping.getAsJsonObject("metadata").getAsJsonObject("scenario");
        boolean first = !mapping.has("requiredScenarioState")
            || mapping.get("requiredScenarioState").getAsString().equals("Started");
        if (scenario.has("modelId") && first) {
          JsonObject response = mapping.getAsJsonObject("response");
          boolean delayed = response.has("fixedDelayMilliseconds")
              && response.get("fixedDelayMilliseconds").getAsLong() > MockProcess.PATIENCE.toMillis();
          answers.put(scenario.get("modelId").getAsString(),
              response.has("fault") ? -1 : delayed ? MockProcess.LATE : response.get("status").getAsInt());
        }
      }
    }
    return answers;
  }

  @Test
  void answersTheSampleEveryScenarioAndContractBreakingRequestsThenStopsOnSigterm() throws Exception {
    Map<String, Integer> expected = firstAnswers();
    try (MockProcess mock = MockProcess.start(LAUNCH, "--port", "0")) {
      assertThat(mock.banner.get(1)).isEqualTo("Credentials it accepts: API key replay-api-key with secret"
          + " replay-api-secret (HTTP Basic), or the bearer token replay-jwt");

      try (ScenarioClient client = ScenarioClient.builder().baseUrl(mock.baseUrl)
          .apiKey(ScenarioMockServer.API_KEY).apiSecret(ScenarioMockServer.API_SECRET).build()) {
        ExactJson.assertJsonEquals(dev.scenarioclient.ScenarioJson.toJson(client.models().listExamples("model_1")),
            OpenApiContract.sample());
      }
      Map<String, Integer> answered = new LinkedHashMap<>();
      for (String modelId : expected.keySet()) {
        answered.put(modelId, MockProcess.statusWithin(mock.baseUrl + "/models/" + modelId + "/examples", "Authorization", BASIC));
      }
      String noCredentials = MockProcess.body(mock.baseUrl + "/models/model_1/examples");
      String badQuery = MockProcess.body(mock.baseUrl + "/models/model_1/examples?originalAssets=yes", "Authorization", BASIC);
      int exit = mock.stopWith("TERM");

      assertThat(answered).as("first answer of each scenario's model id").isEqualTo(expected);
      assertThat(noCredentials).contains("\"message\":\"Request breaks the contract: credentials: none sent");
      assertThat(badQuery).contains("query parameter 'originalAssets': 'yes' is not a boolean");
      assertThat(exit).as("exit status on SIGTERM; stderr:\n%s", mock.stderr()).isZero();
      assertThat(mock.stderr())
          .contains("GET /v1/models/model_missing/examples -> 404 (not-found)")
          .contains("GET /v1/models/model_1/examples -> 400 (request-breaks-contract)")
          .contains("  request breaks the contract: credentials: none sent")
          .endsWith("Stopped.\n");
    }
  }

  /** SIGTERM is the test above; Ctrl-C sends SIGINT. */
  @Test
  void stopsCleanlyOnSigint() throws Exception {
    try (MockProcess mock = MockProcess.start(LAUNCH)) {
      assertThat(MockProcess.status(mock.baseUrl + "/models/model_1/examples", "Authorization", BASIC)).isEqualTo(200);

      assertThat(mock.stopWith("INT")).as(mock.stderr()).isZero();
      assertThatThrownBy(() -> new OkHttpClient().newCall(new Request.Builder().url(mock.baseUrl + "/models/m/examples").build()).execute())
          .as("nothing listens any more").isInstanceOf(IOException.class);
    }
  }
}
