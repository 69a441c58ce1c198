package dev.scenarioclient.spec;

import static dev.scenarioclient.testing.ExactJson.objectAt;
import static dev.scenarioclient.testing.OpenApiContract.listExamplesViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is valid and describes the documented sample exactly, neither more nor less. */
class OpenApiDocumentTest {
  private static final Gson GSON = new Gson();

  @Test
  void documentParsesAsOpenApi303WithoutMessages() {
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(OpenApiContract.DOCUMENT.toUri().toString(), null, new ParseOptions());

    assertThat(result.getMessages()).as("parser messages").isEmpty();
    OpenAPI document = result.getOpenAPI();
    assertThat(document.getOpenapi()).isEqualTo("3.0.3");
    assertThat(document.getPaths()).containsOnlyKeys("/models/{modelId}/examples");
    assertThat(document.getPaths().get("/models/{modelId}/examples").getGet().getOperationId())
        .isEqualTo("listModelExamples");
  }

  @Test
  void documentedSampleSatisfiesTheOkResponseSchema() {
    assertThat(listExamplesViolations(OpenApiContract.sample())).isEmpty();
  }

  @Test
  void okResponseExampleInTheDocumentIsTheDocumentedSample() {
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(OpenApiContract.DOCUMENT.toUri().toString(), null, new ParseOptions());
    Object example =
        result.getOpenAPI().getPaths().get("/models/{modelId}/examples").getGet()
            .getResponses().get("200").getContent().get("application/json").getExample();

    ExactJson.assertJsonEquals(
        io.swagger.v3.core.util.Json.pretty(example), OpenApiContract.sample());
  }

  @Test
  void enumerationValueTheDocumentDoesNotListIsRejected() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    objectAt(sample, "examples[0].asset").add("kind", new JsonPrimitive("hologram"));

    assertThat(listExamplesViolations(GSON.toJson(sample)))
        .singleElement(STRING)
        .startsWith("$.examples[0].asset.kind: ")
        .contains("hologram");
  }

  @Test
  void stringWhereTheDocumentSaysNumberIsRejected() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    objectAt(sample, "examples[0].asset.metadata").add("angular", new JsonPrimitive("0"));

    assertThat(listExamplesViolations(GSON.toJson(sample)))
        .singleElement(STRING)
        .startsWith("$.examples[0].asset.metadata.angular: ")
        .contains("string");
  }

  @Test
  void missingRequiredFieldIsRejected() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    objectAt(sample, "examples[0].job").remove("statusHistory");

    assertThat(listExamplesViolations(GSON.toJson(sample)))
        .singleElement(STRING)
        .startsWith("$.examples[0].job: ")
        .contains("statusHistory");
  }

  @Test
  void fieldTheDocumentDoesNotDefineIsReportedAsDrift() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    objectAt(sample, "examples[0].asset").add("popularity", new JsonPrimitive(1));

    assertThat(listExamplesViolations(GSON.toJson(sample)))
        .singleElement(STRING)
        .startsWith("$.examples[0].asset: ")
        .contains("popularity");
  }

  @Test
  void numberOutsideTheDocumentedRangeIsRejected() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    objectAt(sample, "examples[0].inferenceParameters").add("height", new JsonPrimitive(65));

    assertThat(listExamplesViolations(GSON.toJson(sample)))
        .singleElement(STRING)
        .startsWith("$.examples[0].inferenceParameters.height: ")
        .contains("65 / 8");
  }
}
