package dev.scenarioclient.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.scenarioclient.testing.OpenApiContract;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.TestAbortedException;

/**
 * Live mode switches on from configuration alone: pointed at a second local WireMock standing in for
 * the real API, the live contract test runs and passes, the live checks fail when that server
 * drifts, and with nothing configured the live test is skipped, saying how to enable it.
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
  void liveContractTestRunsAndPassesWhenSystemPropertiesNameAServer() {
    Map<String, String> properties = Map.of(
        "scenario.live.modelId", "model_live",
        "scenario.live.baseUrl", standIn.apiBaseUrl(),
        "scenario.live.apiKey", ContractServer.API_KEY,
        "scenario.live.apiSecret", ContractServer.API_SECRET);
    properties.forEach(System::setProperty);
    try {
      runLiveContractTest().assertStatistics(stats -> stats.started(1).succeeded(1).skipped(0));
    } finally {
      properties.keySet().forEach(System::clearProperty);
    }

    assertThat(standIn.onlyRequest().getUrl()).isEqualTo("/v1/models/model_live/examples");
  }

  @Test
  void liveContractTestIsSkippedSayingHowToEnableItWhenNothingIsConfigured() {
    assumeTrue(LiveTarget.fromSystem().isEmpty(), "live mode is configured in this environment");

    runLiveContractTest().assertThatEvents()
        .haveExactly(1, event(test("liveServerHonoursTheContract"),
            abortedWithReason(instanceOf(TestAbortedException.class), message(m -> m.endsWith(LiveTarget.HOW_TO_ENABLE)))));
    assertThat(standIn.getAllServeEvents()).isEmpty();
  }

  private static Events runLiveContractTest() {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(DiscoverySelectors.selectClass(ListModelExamplesLiveContractTest.class))
        .execute()
        .testEvents();
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
