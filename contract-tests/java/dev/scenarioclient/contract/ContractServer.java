package dev.scenarioclient.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.List;

/**
 * A WireMock server loaded with the stub files under contract-tests/wiremock, for one test class.
 * Requests that match no stub fail the test, and so does any request or response that violates the
 * OpenAPI document unless the test takes the violation with {@link #takeViolations()} and asserts on it.
 */
final class ContractServer extends WireMockExtension {
  /** The credentials the replay stubs accept. */
  static final String API_KEY = "replay-api-key";
  static final String API_SECRET = "replay-api-secret";
  static final String JWT = "replay-jwt";

  private final OpenApiValidationListener validation;

  ContractServer() {
    this(new OpenApiValidationListener());
  }

  private ContractServer(OpenApiValidationListener validation) {
    super(
        newInstance()
            .options(
                wireMockConfig()
                    .dynamicPort()
                    .usingFilesUnderDirectory(
                        OpenApiContract.projectFile("contract-tests/wiremock").toString())
                    .extensions(validation))
            .failOnUnmatchedRequests(true));
    this.validation = validation;
  }

  /** The API base URL of this server, as a client would be configured with it. */
  String apiBaseUrl() {
    return baseUrl() + "/v1";
  }

  /** A client builder pointed at this server with the replay credentials. */
  ScenarioClient.Builder clientBuilder() {
    return ScenarioClient.builder().baseUrl(apiBaseUrl()).apiKey(API_KEY).apiSecret(API_SECRET);
  }

  /** Returns the OpenAPI violations of the requests and responses so far in this test, and forgets them. */
  List<String> takeViolations() {
    return validation.take();
  }

  /** Returns the one request this test made, failing if it made another number. */
  LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = new ArrayList<>();
    getAllServeEvents().forEach(event -> requests.add(event.getRequest()));
    assertThat(requests).as("requests received").hasSize(1);
    return requests.get(0);
  }

  @Override
  protected void onAfterEach(WireMockRuntimeInfo wireMockRuntimeInfo) {
    assertThat(validation.take())
        .as("requests and responses of this test that violate openapi/openapi.yaml")
        .isEmpty();
  }
}
