package dev.scenarioclient.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.models.Asset;
import dev.scenarioclient.models.AssetKind;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.models.WorkflowSubNodeInput;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.PayloadVariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A response from a newer API: every enumeration carries a value this contract does not list and
 * every object a field it does not define. The client parses it through {@code listExamples},
 * exposes the raw values and extra fields, writes it back unchanged, and strict mode reports each
 * departure; the OpenAPI validator flags the payload as drift.
 */
class ForwardCompatibilityContractTest {
  private static final String PATH = "/v1/models/model_future/examples";

  @RegisterExtension static final ContractServer server = new ContractServer();

  private final PayloadVariants future = PayloadVariants.future();

  private ListModelExamplesResponse listFuture(ScenarioClient.Builder builder) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(future.json())));
    try (ScenarioClient client = builder.build()) {
      return client.models().listExamples("model_future");
    }
  }

  @Test
  void futurePayloadChangesSomeEnumerationsAndObjects() {
    assertThat(future.changedEnumPaths()).isNotEmpty();
    assertThat(future.booleanEnumPaths()).containsExactly("$.examples[0].job.metadata.flow[0].includeOutputsInWorkflowJob");
    assertThat(future.extendedObjectPaths()).isNotEmpty();
    server.takeViolations();
  }

  @Test
  void parsesThroughListExamplesAndExposesRawValuesAndExtraFields() {
    ListModelExamplesResponse response = listFuture(server.clientBuilder());

    Asset asset = response.getExamples().get(0).getAsset();
    assertThat(asset.getKind().isKnown()).isFalse();
    assertThat(asset.getKind().value()).isEqualTo("3d-next");
    assertThat(asset.getKind().known()).isEqualTo(AssetKind.Known.UNRECOGNIZED);
    assertThat(asset.getEditCapabilities()).extracting(e -> e.value()).containsExactly("DETECTION-next");
    assertThat(asset.additionalProperties()).containsKey(PayloadVariants.FUTURE_FIELD);
    assertThat(asset.getMetadata().additionalProperties().get(PayloadVariants.FUTURE_FIELD).toString())
        .isEqualTo("{\"note\":\"unknown to this contract\",\"weights\":[0,2.50,-1e3]}");
    WorkflowSubNodeInput item =
        response.getExamples().get(0).getJob().getMetadata().getFlow().get(0).getInputs().get(0).getItems().get(0).get(0);
    assertThat(item.getModelTypes()).extracting(t -> t.value()).containsExactly("custom-next");
    assertThat(item.getRequired().additionalProperties()).containsKey(PayloadVariants.FUTURE_FIELD);
    assertThat(response.getExamples().get(0).getJob().getMetadata().getFlow().get(0).getIncludeOutputsInWorkflowJob()).isFalse();
    server.takeViolations();
  }

  @Test
  void writesBackJsonEqualToWhatTheServerSent() {
    ListModelExamplesResponse response = listFuture(server.clientBuilder());

    ExactJson.assertJsonEquals(ScenarioJson.toJson(response), future.json());
    server.takeViolations();
  }

  @Test
  void strictModeReportsEveryUnlistedValueAndUnknownFieldByPath() {
    List<ContractViolation> expected = new ArrayList<>();
    future.changedEnumPaths().forEach(path -> expected.add(
        ContractViolation.of(path, ContractViolation.Kind.UNLISTED_VALUE, valueAt(path), null)));
    future.extendedObjectPaths().forEach(path -> expected.add(ContractViolation.of(
        path + "." + PayloadVariants.FUTURE_FIELD, ContractViolation.Kind.UNKNOWN_FIELD, "object", null)));

    assertThatThrownBy(() -> listFuture(server.clientBuilder().strictResponseValidation(true)))
        .isInstanceOfSatisfying(ScenarioContractViolationException.class,
            e -> assertThat(e.violations()).containsExactlyInAnyOrderElementsOf(expected));
    server.takeViolations();
  }

  @Test
  void openApiValidatorFlagsEveryChangedEnumerationAndExtendedObject() {
    listFuture(server.clientBuilder());

    List<String> violations = server.takeViolations();
    for (String path : future.changedEnumPaths()) {
      assertThat(violations).anySatisfy(v -> assertThat(v).contains("-> 200: " + path + ": "));
    }
    for (String path : future.extendedObjectPaths()) {
      assertThat(violations).anySatisfy(v ->
          assertThat(v).contains("-> 200: " + path + ": ").contains(PayloadVariants.FUTURE_FIELD));
    }
  }

  /** Nothing else in the variant departs from the contract: each departure the validator sees is one it made. */
  @Test
  void validatorFindsNoDepartureTheVariantDidNotMake() {
    listFuture(server.clientBuilder());
    List<String> changed = new ArrayList<>(future.changedEnumPaths());
    changed.addAll(future.booleanEnumPaths());
    changed.addAll(future.extendedObjectPaths());

    assertThat(server.takeViolations())
        .extracting(v -> v.replaceFirst("^GET \\S+ -> 200: ", "").replaceFirst(": .*$", ""))
        .allSatisfy(path -> assertThat(changed).contains(path));
  }

  @Test
  void nullInEveryOptionalFieldParsesAndIsWrittenBack() {
    PayloadVariants nulls = PayloadVariants.optionalFieldsNull();
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(nulls.json())));

    try (ScenarioClient client = server.clientBuilder().build()) {
      ListModelExamplesResponse response = client.models().listExamples("model_future");

      assertThat(nulls.nulledPaths()).isNotEmpty();
      assertThat(response.getExamples().get(0).getAsset().getMetadata().getAngular()).isNull();
      assertThat(response.getExamples().get(0).getInferenceId()).isNull();
      ExactJson.assertJsonEquals(ScenarioJson.toJson(response), nulls.json());
    }
    assertThat(server.takeViolations()).as("OAS 3.0 without nullable: nulls are drift").isNotEmpty();
  }

  @Test
  void strictModeReportsEveryNullTheContractDoesNotAllowByPath() {
    PayloadVariants nulls = PayloadVariants.optionalFieldsNull();
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(nulls.json())));
    List<ContractViolation> expected = new ArrayList<>();
    nulls.forbiddenNullPaths().forEach(path -> expected.add(
        ContractViolation.of(path, ContractViolation.Kind.UNEXPECTED_NULL, null, null)));

    assertThatThrownBy(() -> {
      try (ScenarioClient client = server.clientBuilder().strictResponseValidation(true).build()) {
        client.models().listExamples("model_future");
      }
    }).isInstanceOfSatisfying(ScenarioContractViolationException.class,
        e -> assertThat(e.violations()).containsExactlyInAnyOrderElementsOf(expected));
    server.takeViolations();
  }

  private String valueAt(String path) {
    return ExactJson.at(com.google.gson.JsonParser.parseString(future.json()), path.substring(2)).getAsString();
  }
}
