package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.errors.ScenarioInputException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Configuration is validated when the client is built, with a message that names the setting. */
class ScenarioClientConfigurationTest {
  private static ScenarioClient.Builder basic() {
    return ScenarioClient.builder().apiKey("key_123").apiSecret("secret_456");
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void defaultsToTheProductionBaseUrl() {
    try (ScenarioClient client = basic().build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.cloud.scenario.com/v1/");
    }
  }

  @Test
  void baseUrlWorksWithOrWithoutTrailingSlash() {
    try (ScenarioClient without = basic().baseUrl("http://localhost:8080/v1").build();
        ScenarioClient with = basic().baseUrl("http://localhost:8080/v1/").build()) {
      assertThat(without.baseUrl()).isEqualTo(with.baseUrl()).isEqualTo("http://localhost:8080/v1/");
    }
  }

  @Test
  void missingCredentialsNameBothWaysToProvideThem() {
    assertThatThrownBy(() -> ScenarioClient.builder().build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("No credentials")
        .hasMessageContaining("SCENARIO_SDK_API_KEY")
        .hasMessageContaining("SCENARIO_SDK_JWT");
  }

  @Test
  void apiKeyWithoutSecretIsRejected() {
    assertThatThrownBy(() -> ScenarioClient.builder().apiKey("key_123").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("apiSecret is missing; it is required with apiKey");
  }

  @Test
  void blankCredentialIsRejectedByName() {
    assertThatThrownBy(() -> basic().apiSecret("  ").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("apiSecret is blank");
    assertThatThrownBy(() -> ScenarioClient.builder().bearerToken("").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("bearerToken is blank");
  }

  @Test
  void blankEnvironmentVariableIsRejectedByItsName() {
    assertThatThrownBy(() -> ScenarioClient.builder()
            .fromEnv(env("SCENARIO_SDK_API_KEY", "key_123", "SCENARIO_SDK_API_SECRET", ""))
            .build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("SCENARIO_SDK_API_SECRET is blank");
  }

  @Test
  void basicAndBearerTogetherAreAmbiguous() {
    assertThatThrownBy(() -> basic().bearerToken("jwt").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("set only one");
  }

  @Test
  void bearerTokenWithALineBreakIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> ScenarioClient.builder().bearerToken("abc\ndef").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("bearerToken contains a character not allowed in an HTTP header");
  }

  @Test
  void malformedBaseUrlIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> basic().baseUrl("api.cloud.scenario.com/v1/tok_77f1e2").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("baseUrl is not an absolute http or https URL; it must start with https:// or http://");
  }

  @Test
  void baseUrlWithAQueryIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> ScenarioClient.builder()
            .fromEnv(env("SCENARIO_SDK_JWT", "jwt_789", "SCENARIO_BASE_URL", "https://api.example.com/v1?key=sk_live_9f8e7d"))
            .build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("SCENARIO_BASE_URL must not have a query or fragment");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "line break | 'https://api.example.com/v1\r\n/admin' | U+000D at index 26",
    "tab        | 'https://api.example.com/v1/\tadmin'    | U+0009 at index 27",
    "space      | 'https://api.example.com/v1 /admin'      | U+0020 at index 26",
    "leading    | ' https://api.example.com/v1'            | U+0020 at index 0",
    "override   | 'https://api.example.com/v1/\u202eadmin' | U+202E at index 27",
  })
  void baseUrlWithWhitespaceOrControlCharactersIsRejectedOnOneLineNamingTheSetting(
      String name, String escaped, String where) {
    String url = unescape(escaped);

    assertThatThrownBy(() -> basic().baseUrl(url).build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("baseUrl contains a space or control character (" + where + "); a URL has none");
  }

  /** Fixtures spell control characters as Java escapes, so that the test source shows them. */
  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\u202e", "\u202e");
  }

  @Test
  void maxResponseSizeAndMaxRequestsPerHostAreValidated() {
    assertThatThrownBy(() -> basic().maxResponseSize(-1).build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("maxResponseSize must not be negative (0 removes the limit)");
    assertThatThrownBy(() -> basic().maxRequestsPerHost(0).build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("maxRequestsPerHost must be at least 1");
    assertThatThrownBy(() -> basic().maxRequestsPerHost(8).okHttpClient(new okhttp3.OkHttpClient()).build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("set it on that client's Dispatcher");
  }

  @Test
  void maxRequestsPerHostDefaultsToFiveAndIsSetOnTheClientsOwnDispatcher() {
    try (ScenarioClient defaults = basic().build(); ScenarioClient eight = basic().maxRequestsPerHost(8).build()) {
      assertThat(defaults.httpClient().dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
      assertThat(eight.httpClient().dispatcher().getMaxRequestsPerHost()).isEqualTo(8);
    }
  }

  @Test
  void aPlainHttpBaseUrlGetsACleartextOnlyClientThatNeverSetsUpTls() {
    try (ScenarioClient local = basic().baseUrl("http://127.0.0.1:8080/v1").build()) {
      assertThat(local.httpClient().connectionSpecs()).containsExactly(okhttp3.ConnectionSpec.CLEARTEXT);
      assertThat(local.httpClient().x509TrustManager()).as("no trust store loaded").isNull();
    }
  }

  @Test
  void anHttpsBaseUrlKeepsOkHttpsTlsConnectionSpecs() {
    try (ScenarioClient production = basic().build()) {
      assertThat(production.httpClient().connectionSpecs()).isEqualTo(new okhttp3.OkHttpClient().connectionSpecs());
      assertThat(production.httpClient().x509TrustManager()).isNotNull();
    }
  }

  @Test
  void baseUrlWithEmbeddedCredentialsIsRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> basic().baseUrl("https://user:hunter2@api.example.com/v1").build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageNotContaining("hunter2")
        .hasMessageContaining("must not contain credentials");
  }

  @Test
  void negativeSettingsAreRejectedByName() {
    assertThatThrownBy(() -> basic().maxRetries(-1).build()).hasMessage("maxRetries must not be negative");
    assertThatThrownBy(() -> basic().readTimeout(Duration.ofSeconds(-1)).build())
        .hasMessage("readTimeout must not be negative");
    assertThatThrownBy(() -> basic().retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
        .hasMessage("retryBackoff initial delay must not exceed the maximum delay");
  }

  @Test
  void fromEnvReadsCredentialsAndBaseUrl() {
    try (ScenarioClient client = ScenarioClient.builder()
        .fromEnv(env("SCENARIO_SDK_JWT", "jwt_789", "SCENARIO_BASE_URL", "http://localhost:9/api"))
        .build()) {
      assertThat(client.baseUrl()).isEqualTo("http://localhost:9/api/");
      assertThat(client.toString()).contains("auth=bearer (redacted)");
    }
  }

  @Test
  void blankBaseUrlVariableFallsBackToTheDefault() {
    try (ScenarioClient client = ScenarioClient.builder()
        .fromEnv(env("SCENARIO_SDK_API_KEY", "k", "SCENARIO_SDK_API_SECRET", "s", "SCENARIO_BASE_URL", " "))
        .build()) {
      assertThat(client.baseUrl()).isEqualTo(ScenarioClient.DEFAULT_BASE_URL + "/");
    }
  }

  @Test
  void toStringDescribesTheClientWithoutCredentials() {
    try (ScenarioClient client = basic().build()) {
      assertThat(client.toString())
          .contains("baseUrl=https://api.cloud.scenario.com/v1/", "auth=basic (redacted)", "maxRetries=2")
          .doesNotContain("key_123", "secret_456");
    }
  }

  @Test
  void blankModelIdIsRejectedBeforeAnyRequest() {
    try (ScenarioClient client = basic().baseUrl("http://localhost:9").build()) {
      assertThatThrownBy(() -> client.models().listExamples(" "))
          .isInstanceOf(ScenarioInputException.class)
          .hasMessage("modelId must not be blank");
      assertThatThrownBy(() -> client.models().listExamples(null))
          .isInstanceOf(ScenarioInputException.class)
          .hasMessage("modelId must not be null");
    }
  }

  @Test
  void dotSegmentsCannotBeModelIds() {
    try (ScenarioClient client = basic().baseUrl("http://localhost:9").build()) {
      assertThatThrownBy(() -> client.models().listExamples(".."))
          .isInstanceOf(ScenarioInputException.class)
          .hasMessage("modelId must not be '..'");
      assertThatThrownBy(() -> client.models().listExamplesAsync("."))
          .isInstanceOf(ScenarioInputException.class);
    }
  }

  @Test
  void callsAfterCloseFail() {
    ScenarioClient client = basic().baseUrl("http://localhost:9").build();
    client.close();
    client.close();

    assertThatThrownBy(() -> client.models().listExamples("model_1"))
        .isInstanceOf(ScenarioClientClosedException.class)
        .hasMessage("ScenarioClient is closed");
  }
}
