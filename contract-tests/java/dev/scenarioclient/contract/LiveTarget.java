package dev.scenarioclient.contract;

import dev.scenarioclient.ScenarioClient;
import java.util.Map;
import java.util.Optional;

/**
 * A real server to run the contract checks against, configured by system properties or, failing
 * those, environment variables. Live mode is on only when a model id, a base URL and credentials are
 * all given; the model id is the explicit opt-in.
 */
final class LiveTarget {
  static final String HOW_TO_ENABLE =
      "live mode is off: give a model id (-Dscenario.live.modelId or SCENARIO_LIVE_MODEL_ID), a base URL"
          + " (-Dscenario.live.baseUrl or SCENARIO_BASE_URL) and credentials (-Dscenario.live.apiKey and"
          + " -Dscenario.live.apiSecret or SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET; or"
          + " -Dscenario.live.jwt or SCENARIO_SDK_JWT)";

  final String baseUrl;
  final String modelId;
  private final String apiKey;
  private final String apiSecret;
  private final String jwt;

  private LiveTarget(String baseUrl, String modelId, String apiKey, String apiSecret, String jwt) {
    this.baseUrl = baseUrl;
    this.modelId = modelId;
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
    this.jwt = jwt;
  }

  static Optional<LiveTarget> fromSystem() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, String> properties = (Map) System.getProperties();
    return resolve(properties, System.getenv());
  }

  static Optional<LiveTarget> resolve(Map<String, String> properties, Map<String, String> env) {
    String modelId = first(properties.get("scenario.live.modelId"), env.get("SCENARIO_LIVE_MODEL_ID"));
    String baseUrl = first(properties.get("scenario.live.baseUrl"), env.get(ScenarioClient.ENV_BASE_URL));
    String apiKey = first(properties.get("scenario.live.apiKey"), env.get(ScenarioClient.ENV_API_KEY));
    String apiSecret = first(properties.get("scenario.live.apiSecret"), env.get(ScenarioClient.ENV_API_SECRET));
    String jwt = first(properties.get("scenario.live.jwt"), env.get(ScenarioClient.ENV_JWT));
    boolean credentials = jwt != null || apiKey != null && apiSecret != null;
    if (modelId == null || baseUrl == null || !credentials) {
      return Optional.empty();
    }
    return Optional.of(new LiveTarget(baseUrl, modelId, apiKey, apiSecret, jwt));
  }

  ScenarioClient.Builder clientBuilder() {
    ScenarioClient.Builder builder = ScenarioClient.builder().baseUrl(baseUrl);
    return jwt != null ? builder.bearerToken(jwt) : builder.apiKey(apiKey).apiSecret(apiSecret);
  }

  /**
   * The credentials as they could appear in anything written about a run: each value, and the
   * Basic token built from the key and secret.
   */
  java.util.List<String> secrets() {
    java.util.List<String> secrets = new java.util.ArrayList<>();
    for (String value : new String[] {apiKey, apiSecret, jwt}) {
      if (value != null) {
        secrets.add(value);
      }
    }
    if (apiKey != null && apiSecret != null) {
      secrets.add(java.util.Base64.getEncoder().encodeToString(
          (apiKey + ":" + apiSecret).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return secrets;
  }

  private static String first(String preferred, String fallback) {
    String value = preferred != null && !preferred.trim().isEmpty() ? preferred : fallback;
    return value != null && !value.trim().isEmpty() ? value.trim() : null;
  }

  @Override
  public String toString() {
    return "LiveTarget{baseUrl=" + baseUrl + ", modelId=" + modelId + "}";
  }
}
