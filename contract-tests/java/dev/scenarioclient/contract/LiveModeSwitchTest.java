package dev.scenarioclient.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.JsonObject;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live mode switches on from configuration alone (system properties before environment variables,
 * the model id as the explicit opt-in), and the live checks pass against a second local WireMock
 * standing in for the real API and fail when that server drifts.
 */
class LiveModeSwitchTest {
  @RegisterExtension static final ContractServer standIn = new ContractServer();

  private Map<String, String> env() {
    return Map.of(
        "SCENARIO_BASE_URL", standIn.apiBaseUrl(),
        "SCENARIO_SDK_API_KEY", ContractServer.API_KEY,
        "SCENARIO_SDK_API_SECRET", ContractServer.API_SECRET,
        "SCENARIO_LIVE_MODEL_ID", "model_live");
  }

  @Test
  void liveModeIsOffWithoutAModelId() {
    Map<String, String> withoutModel = new java.util.HashMap<>(env());
    withoutModel.remove("SCENARIO_LIVE_MODEL_ID");

    assertThat(LiveTarget.resolve(Map.of(), withoutModel)).isEmpty();
  }

  @Test
  void systemPropertiesTakePrecedenceOverEnvironmentVariables() {
    LiveTarget target =
        LiveTarget.resolve(Map.of("scenario.live.modelId", "model_from_property"), env()).orElseThrow();

    assertThat(target.modelId).isEqualTo("model_from_property");
    assertThat(target.baseUrl).isEqualTo(standIn.apiBaseUrl());
  }

  @Test
  void liveModeIsOnWhenSystemPropertiesNameAServer() {
    Map<String, String> properties = Map.of(
        "scenario.live.modelId", "model_live",
        "scenario.live.baseUrl", standIn.apiBaseUrl(),
        "scenario.live.apiKey", ContractServer.API_KEY,
        "scenario.live.apiSecret", ContractServer.API_SECRET);

    assertThat(LiveTarget.resolve(properties, Map.of())).hasValueSatisfying(target -> {
      assertThat(target.modelId).isEqualTo("model_live");
      assertThat(target.baseUrl).isEqualTo(standIn.apiBaseUrl());
    });
  }

  @Test
  void liveChecksPassAgainstAServerThatHonoursTheContract() {
    LiveContractChecks.run(LiveTarget.resolve(Map.of(), env()).orElseThrow());

    assertThat(standIn.onlyRequest().getUrl()).isEqualTo("/v1/models/model_live/examples");
  }

  @Test
  void liveChecksFailAgainstAServerThatDrifted(@TempDir Path reports) {
    standIn.stubFor(get(urlPathEqualTo("/v1/models/model_live/examples"))
        .willReturn(okJson(OpenApiContract.sample().replace("\"status\": \"error\"", "\"status\": \"archived\""))));

    assertThatThrownBy(() -> LiveContractChecks.run(LiveTarget.resolve(Map.of(), env()).orElseThrow(), reports))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("$.examples[0].asset.status");
    assertThat(standIn.takeViolations()).isNotEmpty();
  }

  @Test
  void aFailedLiveRunWritesTheDriftReportAndTheScrubbedResponseAndPointsAtThem(@TempDir Path reports) throws Exception {
    String basic = Base64.getEncoder().encodeToString(
        (ContractServer.API_KEY + ":" + ContractServer.API_SECRET).getBytes(StandardCharsets.UTF_8));
    JsonObject drifted = ExactJson.parseObject(OpenApiContract.sample());
    JsonObject asset = ExactJson.objectAt(drifted, "examples[0].asset");
    asset.addProperty("kind", "hologram");
    asset.addProperty("debugEcho", "Authorization: Basic " + basic + "; key " + ContractServer.API_KEY
        + "; secret " + ContractServer.API_SECRET + "; cookie session-8d41f0c2");
    standIn.stubFor(get(urlPathEqualTo("/v1/models/model_live/examples"))
        .willReturn(okJson(drifted.toString()).withHeader("Set-Cookie", "session=session-8d41f0c2; Path=/")));

    Throwable failure = catchThrowable(() -> LiveContractChecks.run(LiveTarget.resolve(Map.of(), env()).orElseThrow(), reports));
    standIn.takeViolations();

    Path markdown = reports.resolve(LiveReport.MARKDOWN);
    Path junit = reports.resolve(LiveReport.JUNIT);
    Path body = reports.resolve(LiveReport.BODY);
    Path headers = reports.resolve(LiveReport.HEADERS);
    assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining(markdown.toString())
        .hasMessageContaining(junit.toString()).hasMessageContaining(body.toString());
    assertThat(read(markdown)).contains("$.examples[0].asset.kind", "\"hologram\"", "$.examples[0].asset.debugEcho");
    assertThat(read(junit)).contains("name=\"$.examples[0].asset.kind: unlisted enumeration value\"");
    assertThat(read(body)).contains("\"debugEcho\"", "\"kind\":\"hologram\"", LiveReport.MASK);
    assertThat(read(headers)).contains("Set-Cookie: " + LiveReport.MASK);
    for (Path file : List.of(markdown, junit, body, headers)) {
      assertThat(read(file)).as(file.toString())
          .doesNotContain(ContractServer.API_KEY, ContractServer.API_SECRET, basic, "session-8d41f0c2");
    }
    assertThat(failure.getMessage()).doesNotContain(ContractServer.API_SECRET, basic);
  }

  private static String read(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
