package dev.scenarioclient.readme;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonElement;
import dev.scenarioclient.HttpLogLevel;
import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.ModelsService;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.ScenarioResponse;
import dev.scenarioclient.errors.NotFoundException;
import dev.scenarioclient.errors.RateLimitException;
import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.jackson.ScenarioJacksonModule;
import dev.scenarioclient.models.Asset;
import dev.scenarioclient.models.AssetKind;
import dev.scenarioclient.models.Example;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.mock.ScenarioMockServer;
import dev.scenarioclient.mock.junit.ScenarioMock;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Java samples of README.md, verbatim, so that they compile with the current API; those that do
 * not read the process environment also run against WireMock.
 */
class ReadmeExamplesTest {
  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static ScenarioClient.Builder local() {
    return ScenarioClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey("k").apiSecret("s").maxRetries(0);
  }

  @Test
  void everyJavaSampleOfTheReadmeIsInThisFile() {
    String source = normalise(OpenApiContract.read(
        OpenApiContract.projectFile("src/test/java/dev/scenarioclient/readme/ReadmeExamplesTest.java")));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL)
        .matcher(OpenApiContract.read(OpenApiContract.projectFile("README.md")));
    List<String> samples = new ArrayList<>();
    List<String> imports = new ArrayList<>();
    while (block.find()) {
      String sample = normalise(block.group(1));
      Arrays.stream(sample.split("\n")).filter(line -> line.startsWith("import ")).forEach(imports::add);
      samples.add(Arrays.stream(sample.split("\n")).filter(line -> !line.startsWith("import "))
          .collect(Collectors.joining("\n")));
    }

    assertThat(samples).as("Java samples of the README").isNotEmpty()
        .allSatisfy(sample -> assertThat(source).contains(sample));
    assertThat(imports).allSatisfy(line -> assertThat(source).contains(line));
  }

  private static String normalise(String code) {
    return Arrays.stream(code.split("\n")).map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  static void quickStart() {
    try (ScenarioClient client = ScenarioClient.fromEnv()) {
      ListModelExamplesResponse response = client.models().listExamples("model_eyVcnFJcR92BxBkz7N6g5w");
      for (Example example : response.getExamples()) {
        System.out.println(example.getAsset().getId() + " " + example.getAsset().getKind());
      }
    }
  }

  @Test
  void configurationSampleBuildsAClient() {
    String apiKey = "key_123";
    String apiSecret = "secret_456";
    ScenarioClient client = ScenarioClient.builder()
        .apiKey(apiKey)
        .apiSecret(apiSecret)
        .baseUrl("https://api.cloud.scenario.com/v1")
        .maxRetries(3)
        .retryBackoff(Duration.ofMillis(250), Duration.ofSeconds(4))
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(45))
        .httpLogLevel(HttpLogLevel.BASIC)
        .build();

    assertThat(client.toString()).contains("maxRetries=3", "backoff=250..4000ms", "httpLogLevel=BASIC");
    client.close();
  }

  static ScenarioClient ownOkHttpClient() {
    OkHttpClient okHttp = new OkHttpClient.Builder()
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
        .build();
    ScenarioClient client = ScenarioClient.builder().fromEnv().okHttpClient(okHttp).build();
    return client;
  }

  @Test
  void callsSampleRuns() {
    server.stubFor(get(urlPathEqualTo("/v1/models/model_1/examples"))
        .willReturn(okJson(OpenApiContract.sample()).withHeader("X-RateLimit-Remaining", "9")));
    String modelId = "model_1";

    try (ScenarioClient client = local().build()) {
      ListModelExamplesResponse examples = client.models().listExamples(modelId);
      ListModelExamplesResponse originals = client.models().listExamples(
          modelId, ListModelExamplesParams.builder().originalAssets(true).projectId("proj_U3Qmc8PC").build());

      ScenarioResponse<ListModelExamplesResponse> raw = client.models().withRawResponse().listExamples(modelId);
      String remaining = raw.header("X-RateLimit-Remaining");

      CompletableFuture<ListModelExamplesResponse> future = client.models().listExamplesAsync(modelId);
      future.cancel(true); // cancels the HTTP call too

      assertThat(examples).isEqualTo(originals);
      assertThat(remaining).isEqualTo("9");
      assertThat(future).isCancelled();
    }
    server.verify(getRequestedFor(urlPathEqualTo("/v1/models/model_1/examples"))
        .withQueryParam("originalAssets", equalTo("true")).withQueryParam("projectId", equalTo("proj_U3Qmc8PC")));
  }

  // Code under test: it depends on ModelsService, not on ScenarioClient.
  final class ExampleCounter {
    private final ModelsService models;

    ExampleCounter(ModelsService models) {
      this.models = models;
    }

    String describe(String modelId) {
      try {
        return models.listExamples(modelId).getExamples().size() + " examples";
      } catch (NotFoundException e) {
        return "no such model";
      } catch (RateLimitException e) {
        return "busy; retry after " + e.retryAfter();
      }
    }
  }

  @Test
  void reportsAMissingModel() {
    ModelsService notFound = (modelId, params) -> {
      throw ScenarioApiException.builder().statusCode(404).body("{\"message\":\"Model not found\"}").build();
    };

    assertThat(new ExampleCounter(notFound).describe("model_x")).isEqualTo("no such model");
  }

  @Test
  void reportsRateLimiting() {
    ModelsService limited = (modelId, params) -> {
      throw ScenarioApiException.builder().statusCode(429).header("Retry-After", "7").build();
    };

    assertThat(new ExampleCounter(limited).describe("model_x")).isEqualTo("busy; retry after PT7S");
  }

  @Test
  void errorHandlingSampleCatchesTheTypedException() {
    server.stubFor(get(urlPathEqualTo("/v1/models/model_gone/examples")).willReturn(aResponse().withStatus(404)));
    String modelId = "model_gone";
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stderr = System.err;
    System.setErr(new java.io.PrintStream(printed, true));

    try (ScenarioClient client = local().build()) {
      try {
        client.models().listExamples(modelId);
      } catch (NotFoundException e) {
        System.err.println("No model " + modelId);
      } catch (RateLimitException e) {
        Duration wait = e.retryAfter(); // null when the server sent no Retry-After
        System.err.println("Rate limited; retry after " + wait);
      } catch (ScenarioApiException e) {
        System.err.println(e.statusCode() + " " + e.serverMessage() + " request " + e.header("X-Request-Id"));
      } catch (ScenarioNetworkException e) {
        System.err.println("Network: " + e.getMessage());
      } catch (ScenarioInvalidResponseException e) {
        System.err.println("Unreadable response at " + e.jsonPath());
      }
    } finally {
      System.setErr(stderr);
    }

    assertThat(printed.toString()).isEqualTo("No model model_gone" + System.lineSeparator());
  }

  @Test
  void forwardCompatibilitySampleRunsOnANewerPayload() {
    String payload = OpenApiContract.sample()
        .replace("\"kind\": \"3d\",\n        \"metadata\"", "\"kind\": \"kind-from-a-later-release\",\n        \"popularity\": 7,\n        \"metadata\"");
    ListModelExamplesResponse response = ScenarioJson.fromJson(payload, ListModelExamplesResponse.class);

    Asset asset = response.getExamples().get(0).getAsset();
    AssetKind kind = asset.getKind();
    switch (kind.known()) {
      case IMAGE:
        System.out.println("an image");
        break;
      case UNRECOGNIZED:
        System.out.println("a kind added after this client: " + kind.value());
        break;
      default:
        System.out.println(kind);
    }
    JsonElement popularity = asset.additionalProperties().get("popularity");
    String json = ScenarioJson.toJson(response);

    assertThat(kind.value()).isEqualTo("kind-from-a-later-release");
    assertThat(popularity.getAsInt()).isEqualTo(7);
    ExactJson.assertJsonEquals(json, payload);
  }

  /** The README's "Testing your code against a mock Scenario" sample, run by the extension it shows. */
  @Nested
  @ScenarioMock
  class CatalogTest {
    @Test
    void listsTheDocumentedExamples(ScenarioClient client, ScenarioMockServer mock) {
      ListModelExamplesResponse response = client.models().listExamples("model_eyVcnFJcR92BxBkz7N6g5w");

      assertThat(response.getExamples()).isNotEmpty();
      assertThat(mock.lastRequest().modelId()).isEqualTo("model_eyVcnFJcR92BxBkz7N6g5w");
    }

    @Test
    void surfacesRateLimiting(ScenarioClient.Builder builder) {
      try (ScenarioClient client = builder.maxRetries(0).build()) {
        assertThatThrownBy(() -> client.models().listExamples("model_rate_limited"))
            .isInstanceOf(RateLimitException.class);
      }
    }

    @Test
    void configuresYourOwnClientToo(ScenarioMockServer mock) {
      Map<String, String> env = Map.of(
          "SCENARIO_BASE_URL", mock.baseUrl(),
          "SCENARIO_SDK_API_KEY", ScenarioMockServer.API_KEY,
          "SCENARIO_SDK_API_SECRET", ScenarioMockServer.API_SECRET);
      try (ScenarioClient client = ScenarioClient.builder().fromEnv(env).build()) {
        assertThat(client.models().listExamples("model_1").getExamples()).isNotEmpty();
      }
    }
  }

  static void strictMode(String modelId) {
    try (ScenarioClient strict = ScenarioClient.builder().fromEnv().strictResponseValidation(true).build()) {
      strict.models().listExamples(modelId);
    } catch (ScenarioContractViolationException e) {
      e.violations().forEach(System.err::println); // "$.examples[0].asset.kind: value "kind-from-a-later-release" not listed by the contract"
    }
  }

  @Test
  void jacksonSampleWritesAndReadsTheSampleAsScenarioJsonDoes() throws Exception {
    ListModelExamplesResponse response = ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);

    ObjectMapper mapper = new ObjectMapper().registerModule(new ScenarioJacksonModule());
    String json = mapper.writeValueAsString(response); // the JSON ScenarioJson.toJson(response) writes
    ListModelExamplesResponse back = mapper.readValue(json, ListModelExamplesResponse.class);

    ExactJson.assertJsonEquals(json, ScenarioJson.toJson(response));
    assertThat(back).isEqualTo(response);
  }

  @Test
  void springBootsObjectMapperWritesTheSampleOnceTheModuleIsABean() {
    ListModelExamplesResponse response = ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);

    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withUserConfiguration(SpringConfiguration.class)
        .run(context -> {
          ObjectMapper bootMapper = context.getBean(ObjectMapper.class);
          ExactJson.assertJsonEquals(bootMapper.writeValueAsString(response), OpenApiContract.sample());
          assertThat(bootMapper.readValue(OpenApiContract.sample(), ListModelExamplesResponse.class)).isEqualTo(response);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class SpringConfiguration {
    @Bean
    Module scenarioJacksonModule() { return new ScenarioJacksonModule(); }
  }
}
