package dev.scenarioclient.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.testing.OpenApiContract;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
  void liveChecksFailAgainstAServerThatDrifted() {
    standIn.stubFor(get(urlPathEqualTo("/v1/models/model_live/examples"))
        .willReturn(okJson(OpenApiContract.sample().replace("\"status\": \"error\"", "\"status\": \"archived\""))));

    assertThatThrownBy(() -> LiveContractChecks.run(LiveTarget.resolve(Map.of(), env()).orElseThrow()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("$.examples[0].asset.status");
    assertThat(standIn.takeViolations()).isNotEmpty();
  }
}
