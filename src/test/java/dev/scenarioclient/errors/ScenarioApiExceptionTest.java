package dev.scenarioclient.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Users build the exceptions the client throws, to test their own error handling: the builder
 * picks the same subclass for a status as the client does and exposes what it was given.
 */
class ScenarioApiExceptionTest {
  @ParameterizedTest(name = "HTTP {0} builds {1}")
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "422, UnprocessableEntityException",
    "429, RateLimitException",
    "500, InternalServerException",
    "503, InternalServerException",
    "302, UnexpectedStatusCodeException",
    "418, UnexpectedStatusCodeException"
  })
  void builderPicksTheSubclassTheClientThrowsForTheStatus(int status, String type) {
    ScenarioApiException exception = ScenarioApiException.builder().statusCode(status).build();

    assertThat(exception.getClass().getSimpleName()).isEqualTo(type);
    assertThat(exception.statusCode()).isEqualTo(status);
  }

  @Test
  void builtExceptionCarriesHeadersBodyAndServerMessage() {
    ScenarioApiException exception = ScenarioApiException.builder()
        .statusCode(404)
        .header("X-Request-Id", "req_1")
        .body("{\"message\":\"no such model\"}")
        .request("GET", "https://api.example/v1/models/m/examples")
        .build();

    assertThat(exception.header("x-request-id")).isEqualTo("req_1");
    assertThat(exception.body()).isEqualTo("{\"message\":\"no such model\"}");
    assertThat(exception.serverMessage()).isEqualTo("no such model");
    assertThat(exception)
        .hasMessage("HTTP 404 for GET https://api.example/v1/models/m/examples: no such model");
  }

  @Test
  void messageQuotesTheServerMessageOnOneLineEscapedAndCutTo1000Characters() {
    String start = "line one\nline two \u001b[2J\u202e";
    String serverMessage = start + "x".repeat(5000);
    ScenarioApiException exception = ScenarioApiException.builder()
        .statusCode(400)
        .body("{\"message\":" + new com.google.gson.Gson().toJson(serverMessage) + "}")
        .build();

    assertThat(exception.getMessage()).isEqualTo("HTTP 400: line one\\nline two \\u001B[2J\\u202E"
        + "x".repeat(1000 - start.length()) + "... (" + (serverMessage.length() - 1000) + " more characters)");
    assertThat(exception.serverMessage()).as("serverMessage(), whole and raw").isEqualTo(serverMessage);
  }

  @Test
  void rateLimitExceptionReadsRetryAfterFromItsHeaders() {
    RateLimitException exception = (RateLimitException)
        ScenarioApiException.builder().statusCode(429).header("Retry-After", "7").build();

    assertThat(exception.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @ParameterizedTest(name = "status {0}")
  @ValueSource(ints = {0, 99, 200, 204, 1000})
  void builderRefusesAStatusThatIsNotAnError(int status) {
    assertThatThrownBy(() -> ScenarioApiException.builder().statusCode(status).build())
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("statusCode");
  }

  @Test
  void headerValueListsAreUnmodifiable() {
    ScenarioApiException exception =
        ScenarioApiException.builder().statusCode(500).header("X-Request-Id", "req_1").build();

    assertThatThrownBy(() -> exception.headers().get("x-request-id").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> exception.headers().put("X", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void headersAreCopiedNotSharedWithTheCaller() {
    List<String> values = new ArrayList<>(List.of("req_1"));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", values);
    ScenarioApiException exception = ScenarioApiException.builder().statusCode(500).headers(headers).build();

    values.add("req_2");
    headers.put("X-Other", List.of("o"));

    assertThat(exception.headers()).containsOnlyKeys("X-Request-Id");
    assertThat(exception.headers().get("X-Request-Id")).containsExactly("req_1");
  }
}
