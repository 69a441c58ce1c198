package dev.scenarioclient.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.ScenarioClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the client puts on the wire, checked on the requests WireMock received. */
class RequestFidelityContractTest {
  @RegisterExtension static final ContractServer server = new ContractServer();

  private LoggedRequest listWith(ScenarioClient.Builder builder, String modelId, Boolean originalAssets) {
    try (ScenarioClient client = builder.build()) {
      if (originalAssets == null) {
        client.models().listExamples(modelId);
      } else {
        client.models().listExamples(
            modelId, ListModelExamplesParams.builder().originalAssets(originalAssets).build());
      }
    }
    return server.onlyRequest();
  }

  @Test
  void sendsGetToTheModelExamplesPathWithoutQueryByDefault() {
    LoggedRequest request = listWith(server.clientBuilder(), "model_eyVcnFJcR92BxBkz7N6g5w", null);

    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/models/model_eyVcnFJcR92BxBkz7N6g5w/examples");
  }

  @Test
  void sendsOriginalAssetsTrueWhenAskedFor() {
    assertThat(listWith(server.clientBuilder(), "model_1", true).getUrl())
        .isEqualTo("/v1/models/model_1/examples?originalAssets=true");
  }

  @Test
  void sendsOriginalAssetsFalseWhenAskedFor() {
    assertThat(listWith(server.clientBuilder(), "model_1", false).getUrl())
        .isEqualTo("/v1/models/model_1/examples?originalAssets=false");
  }

  @Test
  void sendsBasicCredentials() {
    String expected = Base64.getEncoder().encodeToString(
        (ContractServer.API_KEY + ":" + ContractServer.API_SECRET).getBytes(StandardCharsets.UTF_8));

    assertThat(listWith(server.clientBuilder(), "model_1", null).getHeader("Authorization"))
        .isEqualTo("Basic " + expected);
  }

  @Test
  void sendsTheBearerTokenWhenConfiguredWithOne() {
    ScenarioClient.Builder bearer =
        ScenarioClient.builder().baseUrl(server.apiBaseUrl()).bearerToken(ContractServer.JWT);

    assertThat(listWith(bearer, "model_1", null).getHeader("Authorization")).isEqualTo("Bearer replay-jwt");
  }

  @Test
  void acceptsJson() {
    assertThat(listWith(server.clientBuilder(), "model_1", null).getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void userAgentNamesTheClientAndItsVersion() {
    assertThat(listWith(server.clientBuilder(), "model_1", null).getHeader("User-Agent"))
        .startsWith("scenario-model-examples-client/" + System.getProperty("project.version") + " (Java ");
  }

  @ParameterizedTest(name = "model id \"{0}\" is sent as {1}")
  @CsvSource(delimiter = '|', value = {
    "a/b            | a%2Fb",
    "a?b=1          | a%3Fb=1",
    "a#b            | a%23b",
    "100%           | 100%25",
    "'my model'     | my%20model",
    "modèle_é       | mod%C3%A8le_%C3%A9",
    "模型           | %E6%A8%A1%E5%9E%8B",
    "../admin       | ..%2Fadmin",
    "a..b           | a..b",
    "..%2F..        | ..%252F..",
  })
  void modelIdIsPercentEncodedIntoExactlyOnePathSegment(String modelId, String encoded) {
    LoggedRequest request = listWith(server.clientBuilder(), modelId, null);

    assertThat(request.getUrl()).isEqualTo("/v1/models/" + encoded + "/examples");
  }

  private LoggedRequest listWith(ListModelExamplesParams params) {
    try (ScenarioClient client = server.clientBuilder().build()) {
      client.models().listExamples("model_1", params);
    }
    return server.onlyRequest();
  }

  @Test
  void additionalQueryParametersAreSentPercentEncodedAfterTheDeclaredOnes() {
    ListModelExamplesParams params = ListModelExamplesParams.builder()
        .originalAssets(true)
        .putAdditionalQueryParam("sort by", "a&b=c é")
        .putAdditionalQueryParam("tag", "x")
        .putAdditionalQueryParam("tag", "y")
        .build();

    assertThat(listWith(params).getUrl())
        .isEqualTo("/v1/models/model_1/examples?originalAssets=true&sort%20by=a%26b%3Dc%20%C3%A9&tag=x&tag=y");
    assertThat(server.takeViolations()).as("the contract does not declare them, and says so")
        .containsExactly(
            "GET /v1/models/model_1/examples: request breaks the contract: query parameter 'sort by' is not defined by the contract",
            "GET /v1/models/model_1/examples: request breaks the contract: query parameter 'tag' is not defined by the contract");
  }

  @Test
  void sendsTheProjectIdWhenGivenOne() {
    ListModelExamplesParams params = ListModelExamplesParams.builder().projectId("proj_U3Qmc8PC").build();

    assertThat(listWith(params).getUrl()).isEqualTo("/v1/models/model_1/examples?projectId=proj_U3Qmc8PC");
  }

  @Test
  void additionalHeadersAreSent() {
    ListModelExamplesParams params = ListModelExamplesParams.builder().putAdditionalHeader("X-Trace-Id", "trace_1").build();

    assertThat(listWith(params).getHeader("X-Trace-Id")).isEqualTo("trace_1");
  }

  @Test
  void anAdditionalUserAgentReplacesTheClientsOwn() {
    ListModelExamplesParams params = ListModelExamplesParams.builder().putAdditionalHeader("User-Agent", "my-app/2").build();

    assertThat(listWith(params).getHeaders().getHeader("User-Agent").values()).containsExactly("my-app/2");
  }
}
