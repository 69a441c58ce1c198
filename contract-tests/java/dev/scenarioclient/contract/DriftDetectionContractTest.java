package dev.scenarioclient.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The suite notices when a stub drifts from the contract: the OpenAPI validator hooked into WireMock
 * reports a payload that violates the document with the JSON path, and the round-trip check reports
 * a field the models do not know.
 */
class DriftDetectionContractTest {
  private static final String PATH = "/v1/models/model_drift/examples";

  @RegisterExtension static final ContractServer server = new ContractServer();

  private static String sampleWith(Consumer<JsonObject> change) {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    change.accept(sample);
    return sample.toString();
  }

  private static void serve(String payload) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(payload)));
    try (ScenarioClient client = server.clientBuilder().build()) {
      client.models().listExamples("model_drift");
    } catch (ScenarioInvalidResponseException expectedForSomeDrifts) {
      // the validator's verdict is what these tests check
    }
  }

  @Test
  void wrongTypeIsReportedByTheValidatorWithItsPath() {
    serve(sampleWith(s -> ExactJson.objectAt(s, "examples[0].asset.metadata").add("angular", new JsonPrimitive("zero"))));

    assertThat(server.takeViolations()).singleElement().asString()
        .startsWith("GET " + PATH + " -> 200: $.examples[0].asset.metadata.angular: ")
        .contains("string");
  }

  @Test
  void wrongTypeFailsTheClientWithItsPath() {
    String payload = sampleWith(s -> ExactJson.objectAt(s, "examples[0].asset.metadata").add("angular", new JsonPrimitive("zero")));
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(payload)));

    try (ScenarioClient client = server.clientBuilder().build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_drift"))
          .isInstanceOfSatisfying(ScenarioInvalidResponseException.class,
              e -> assertThat(e.jsonPath()).isEqualTo("$.examples[0].asset.metadata.angular"));
    }
    server.takeViolations();
  }

  @Test
  void unlistedEnumerationValueIsReportedByTheValidatorWithItsPath() {
    serve(sampleWith(s -> ExactJson.objectAt(s, "examples[0].job").add("status", new JsonPrimitive("paused"))));

    assertThat(server.takeViolations()).singleElement().asString()
        .startsWith("GET " + PATH + " -> 200: $.examples[0].job.status: ")
        .contains("paused");
  }

  @Test
  void missingRequiredFieldIsReportedByTheValidatorWithItsPath() {
    serve(sampleWith(s -> ExactJson.objectAt(s, "examples[0].asset").remove("ownerId")));

    assertThat(server.takeViolations()).singleElement().asString()
        .startsWith("GET " + PATH + " -> 200: $.examples[0].asset: ")
        .contains("ownerId");
  }

  @Test
  void fieldMissingFromTheModelsIsReportedByTheRoundTripCheck() {
    String payload = sampleWith(s -> ExactJson.objectAt(s, "examples[0].job.billing").addProperty("currency", "CU"));

    assertThatThrownBy(() -> RoundTrip.check(payload))
        .isInstanceOfSatisfying(ScenarioContractViolationException.class,
            e -> assertThat(e.violations()).containsExactly(ContractViolation.of(
                "$.examples[0].job.billing.currency", ContractViolation.Kind.UNKNOWN_FIELD, "string", null)));
  }

  @Test
  void missingRequiredFieldIsReportedByTheRoundTripCheck() {
    String payload = sampleWith(s -> ExactJson.objectAt(s, "examples[0].job.statusHistory[0]").remove("date"));

    assertThatThrownBy(() -> RoundTrip.check(payload))
        .isInstanceOfSatisfying(ScenarioContractViolationException.class,
            e -> assertThat(e.violations()).containsExactly(ContractViolation.of(
                "$.examples[0].job.statusHistory[0].date", ContractViolation.Kind.MISSING_REQUIRED_FIELD, null, null)));
  }
}
