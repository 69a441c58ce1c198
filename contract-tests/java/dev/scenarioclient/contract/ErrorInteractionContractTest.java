package dev.scenarioclient.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.BadRequestException;
import dev.scenarioclient.errors.InternalServerException;
import dev.scenarioclient.errors.NotFoundException;
import dev.scenarioclient.errors.PermissionDeniedException;
import dev.scenarioclient.errors.RateLimitException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.UnauthorizedException;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The error stubs under contract-tests/wiremock/mappings, one per failure the API or a proxy can
 * produce, each raising the client's typed error. Retries are off here (they have their own tests),
 * so each stub is requested once. Stubs that are outside the contract on purpose (an HTML page, a
 * broken 200) must be flagged by the OpenAPI validator too.
 */
class ErrorInteractionContractTest {
  @RegisterExtension static final ContractServer server = new ContractServer();

  private static AbstractThrowableAssert<?, ? extends Throwable> listing(String modelId) {
    return listing(server.clientBuilder(), modelId);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> listing(ScenarioClient.Builder builder, String modelId) {
    try (ScenarioClient client = builder.maxRetries(0).build()) {
      return assertThatThrownBy(() -> client.models().listExamples(modelId));
    }
  }

  @Test
  void badRequestRaisesBadRequestExceptionWithTheServerMessage() {
    listing("model_bad_request").isInstanceOfSatisfying(BadRequestException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.serverMessage()).isEqualTo("originalAssets must be a boolean");
    });
  }

  @Test
  void revokedCredentialsRaiseUnauthorizedException() {
    ScenarioClient.Builder revoked = ScenarioClient.builder().baseUrl(server.apiBaseUrl())
        .apiKey("revoked-api-key").apiSecret("revoked-api-secret");

    listing(revoked, "model_1").isInstanceOfSatisfying(UnauthorizedException.class,
        e -> assertThat(e.serverMessage()).isEqualTo("Invalid API key or secret"));
  }

  @Test
  void forbiddenRaisesPermissionDeniedException() {
    listing("model_forbidden").isInstanceOfSatisfying(PermissionDeniedException.class,
        e -> assertThat(e.statusCode()).isEqualTo(403));
  }

  @Test
  void unknownModelRaisesNotFoundException() {
    listing("model_missing").isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.getMessage()).endsWith("/v1/models/model_missing/examples: Model not found"));
  }

  @Test
  void rateLimitRaisesRateLimitExceptionWithRetryAfter() {
    listing("model_rate_limited").isInstanceOfSatisfying(RateLimitException.class, e -> {
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
      assertThat(e.header("Retry-After")).isEqualTo("7");
    });
  }

  @Test
  void serverErrorRaisesInternalServerException() {
    listing("model_server_error").isInstanceOfSatisfying(InternalServerException.class,
        e -> assertThat(e.statusCode()).isEqualTo(500));
  }

  @Test
  void unavailableRaisesInternalServerException() {
    listing("model_unavailable").isInstanceOfSatisfying(InternalServerException.class,
        e -> assertThat(e.statusCode()).isEqualTo(503));
  }

  @Test
  void htmlErrorPageFromAProxyRaisesInternalServerExceptionWithTheRawPage() {
    listing("model_html_error").isInstanceOfSatisfying(InternalServerException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(502);
      assertThat(e.body()).contains("<h1>502 Bad Gateway</h1>");
      assertThat(e.serverMessage()).isNull();
    });
    assertThat(server.takeViolations()).singleElement().asString()
        .startsWith("GET /v1/models/model_html_error/examples -> 502: ")
        .contains("Content-Type header 'text/html; charset=utf-8' does not match");
  }

  @Test
  void emptyOkBodyRaisesInvalidResponse() {
    listing("model_empty_body").isInstanceOfSatisfying(ScenarioInvalidResponseException.class,
        e -> assertThat(e.getMessage()).contains("End of input"));
    assertThat(server.takeViolations()).singleElement().asString().contains("-> 200: ");
  }

  @Test
  void malformedJsonRaisesInvalidResponseWithItsPath() {
    listing("model_malformed_json").isInstanceOfSatisfying(ScenarioInvalidResponseException.class,
        e -> assertThat(e.jsonPath()).isEqualTo("$.examples[0].asset"));
    assertThat(server.takeViolations()).singleElement().asString().contains("-> 200: ");
  }

  @Test
  void truncatedJsonRaisesInvalidResponseWithItsPath() {
    listing("model_truncated_json").isInstanceOfSatisfying(ScenarioInvalidResponseException.class,
        e -> assertThat(e.jsonPath()).isEqualTo("$.examples[0].asset.kind"));
    assertThat(server.takeViolations()).singleElement().asString().contains("-> 200: ");
  }
}
