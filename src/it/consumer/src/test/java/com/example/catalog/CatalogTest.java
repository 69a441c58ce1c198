package com.example.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.NotFoundException;
import dev.scenarioclient.mock.ScenarioMockServer;
import dev.scenarioclient.mock.junit.ScenarioMock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dependent's tests, against the mock the extension starts: no credentials, no network. */
@ScenarioMock
class CatalogTest {
  @Test
  void listsTheAssetIdsOfTheDocumentedSample(ScenarioClient client, ScenarioMockServer mock) {
    assertEquals(List.of("id"), new Catalog(client).assetIds("model_eyVcnFJcR92BxBkz7N6g5w"));
    assertEquals("model_eyVcnFJcR92BxBkz7N6g5w", mock.lastRequest().modelId());
  }

  @Test
  void listsNothingWhileRateLimited(ScenarioClient.Builder builder, ScenarioMockServer mock) {
    try (ScenarioClient client = builder.maxRetries(0).build()) {
      assertEquals(List.of(), new Catalog(client).assetIds("model_rate_limited"));
    }
    assertEquals(429, mock.lastRequest().status());
  }

  @Test
  void anUnknownModelIsNotFound(ScenarioClient client) {
    assertThrows(NotFoundException.class, () -> new Catalog(client).assetIds("model_missing"));
  }

  @Test
  void aClientBuiltFromTheEnvironmentWorksToo(ScenarioMockServer mock) {
    Map<String, String> env = Map.of(
        "SCENARIO_BASE_URL", mock.baseUrl(),
        "SCENARIO_SDK_API_KEY", ScenarioMockServer.API_KEY,
        "SCENARIO_SDK_API_SECRET", ScenarioMockServer.API_SECRET);
    try (ScenarioClient client = ScenarioClient.builder().fromEnv(env).build()) {
      assertEquals(1, new Catalog(client).assetIds("model_1").size());
    }
  }
}
