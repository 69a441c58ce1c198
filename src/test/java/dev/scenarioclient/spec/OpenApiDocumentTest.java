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
import dev.scenarioclient.testing.OpenApiSchemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is valid and describes the documented sample exactly, neither more nor less. */
class OpenApiDocumentTest {
  private static final Gson GSON = new Gson();
  private static final OpenAPI DOCUMENT = OpenApiSchemas.load().document();

  private static Operation listModelExamples() {
    return DOCUMENT.getPaths().get("/models/{modelId}/examples").getGet();
  }

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
  void documentTargetsTheProductionServer() {
    assertThat(DOCUMENT.getServers()).extracting(Server::getUrl).containsExactly("https://api.cloud.scenario.com/v1");
  }

  @Test
  void operationAcceptsEitherBasicOrBearerCredentials() {
    assertThat(listModelExamples().getSecurity())
        .extracting(requirement -> requirement.keySet())
        .containsExactly(Set.of("basicAuth"), Set.of("bearerAuth"));
    assertThat(DOCUMENT.getSecurity()).as("document-wide security").isNull();
    Map<String, SecurityScheme> schemes = DOCUMENT.getComponents().getSecuritySchemes();
    assertThat(schemes.get("basicAuth")).extracting(SecurityScheme::getType, SecurityScheme::getScheme)
        .containsExactly(SecurityScheme.Type.HTTP, "basic");
    assertThat(schemes.get("bearerAuth")).extracting(SecurityScheme::getType, SecurityScheme::getScheme)
        .containsExactly(SecurityScheme.Type.HTTP, "bearer");
  }

  @Test
  void operationIsTaggedModels() {
    assertThat(listModelExamples().getTags()).containsExactly("models");
  }

  @Test
  void errorResponsesAreDeclaredWithAFreeFormBody() {
    Map<String, ApiResponse> responses = listModelExamples().getResponses();

    assertThat(responses).containsOnlyKeys("200", "400", "401", "403", "404", "429", "5XX");
    responses.forEach((status, reference) -> {
      if (!status.equals("200")) {
        ApiResponse response = reference.get$ref() == null ? reference
            : DOCUMENT.getComponents().getResponses().get(reference.get$ref().replaceFirst("^#/components/responses/", ""));
        Schema<?> body = response.getContent().get("application/json").getSchema();
        assertThat(body).as("body schema of %s", status).isNotNull();
        assertThat(body.getType()).as("type of the %s body", status).isNull();
        assertThat(body.getProperties()).as("properties of the %s body", status).isNull();
        assertThat(body.get$ref()).as("$ref of the %s body", status).isNull();
      }
    });
  }

  @Test
  void documentedSampleSatisfiesTheOkResponseSchema() {
    assertThat(listExamplesViolations(OpenApiContract.sample())).isEmpty();
  }

  @Test
  void sampleFileIsTheNewestReferencesSampleByteForByte() {
    ReferenceCopies.Copy newest = ReferenceCopies.newest();

    assertThat(OpenApiContract.sample())
        .as("%s against the sample in %s (the reference sync with -Dwrite=true copies it)",
            OpenApiContract.SAMPLE.getFileName(), newest.file())
        .isEqualTo(newest.read().sample());
  }

  @Test
  void okResponseExampleInTheDocumentIsTheDocumentedSample() {
    Object example =
        listModelExamples().getResponses().get("200").getContent().get("application/json").getExample();

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
