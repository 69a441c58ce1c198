package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.errors.ScenarioInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** A response, built by the client or by a user's test: status, headers that nobody can change, body. */
class ScenarioResponseTest {
  @Test
  void builtResponseExposesStatusHeadersAndBody() {
    ScenarioResponse<String> response = ScenarioResponse.of(200, Map.of("X-RateLimit-Remaining", List.of("9")), "body");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("x-ratelimit-remaining")).isEqualTo("9");
    assertThat(response.body()).isEqualTo("body");
  }

  @Test
  void headerValueListsOfABuiltResponseAreUnmodifiableCopies() {
    List<String> values = new ArrayList<>(List.of("9"));
    ScenarioResponse<String> response = ScenarioResponse.of(200, Map.of("X-RateLimit-Remaining", values), "body");
    values.add("10");

    assertThat(response.headers().get("X-RateLimit-Remaining")).containsExactly("9");
    assertThatThrownBy(() -> response.headers().get("X-RateLimit-Remaining").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void headerValueListsOfAReceivedResponseAreUnmodifiable() {
    ScenarioResponse<String> response =
        ScenarioResponse.fromOkHttp(200, Headers.of("X-Request-Id", "req_1"), "body");

    assertThat(response.headers().get("x-request-id")).containsExactly("req_1");
    assertThatThrownBy(() -> response.headers().get("x-request-id").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildingWithoutABodyIsAnInputError() {
    assertThatThrownBy(() -> ScenarioResponse.of(200, Map.of(), null))
        .isInstanceOf(ScenarioInputException.class);
  }
}
