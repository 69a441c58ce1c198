package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioInputException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.models.AssetKind;
import dev.scenarioclient.models.AssetMetadata;
import dev.scenarioclient.models.AssetReference;
import dev.scenarioclient.models.AssetType;
import dev.scenarioclient.models.InferenceParameters;
import dev.scenarioclient.models.Job;
import dev.scenarioclient.models.JobBilling;
import dev.scenarioclient.models.JobMetadata;
import dev.scenarioclient.models.JobStatus;
import dev.scenarioclient.models.JobStatusChange;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.models.ModelType;
import dev.scenarioclient.models.WorkflowInput;
import dev.scenarioclient.models.WorkflowInputType;
import dev.scenarioclient.models.WorkflowNode;
import dev.scenarioclient.models.WorkflowSubNodeInput;
import dev.scenarioclient.testing.ExactJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API adds enumeration values and fields between releases: this version of the models parses
 * them, exposes them and writes them back unchanged, and strict parsing reports them.
 */
class ForwardCompatibilityTest {
  private static final String ASSET_REFERENCE = "{\"assetId\":\"asset_1\",\"url\":\"https://cdn/1.png\"}";

  @Test
  void unlistedEnumerationValueParsesAndKeepsItsRawValue() {
    JobStatusChange change =
        ScenarioJson.fromJson("{\"date\":\"2026-01-01\",\"status\":\"paused\"}", JobStatusChange.class);

    assertThat(change.getStatus().isKnown()).isFalse();
    assertThat(change.getStatus().value()).isEqualTo("paused");
    assertThat(change.getStatus().known()).isEqualTo(JobStatus.Known.UNRECOGNIZED);
    assertThat(change.getStatus()).isEqualTo(JobStatus.of("paused")).isNotEqualTo(JobStatus.CANCELED);
  }

  @Test
  void unlistedEnumerationValueIsWrittenBackUnchanged() {
    String json = "{\"date\":\"2026-01-01\",\"status\":\"paused\"}";

    ExactJson.assertJsonEquals(ScenarioJson.toJson(ScenarioJson.fromJson(json, JobStatusChange.class)), json);
  }

  @Test
  void listedEnumerationValueIsTheConstant() {
    JobStatusChange change =
        ScenarioJson.fromJson("{\"date\":\"d\",\"status\":\"in-progress\"}", JobStatusChange.class);

    assertThat(change.getStatus()).isSameAs(JobStatus.IN_PROGRESS);
    assertThat(change.getStatus().isKnown()).isTrue();
    assertThat(change.getStatus().known()).isEqualTo(JobStatus.Known.IN_PROGRESS);
    assertThat(JobStatus.of("in-progress")).isSameAs(JobStatus.IN_PROGRESS);
  }

  @Test
  void unlistedValuesInsideEnumerationArraysAreKept() {
    String json =
        "{\"name\":\"n\",\"type\":\"string\",\"modelTypes\":[\"flux.3\",\"custom\"]}";

    WorkflowSubNodeInput input = ScenarioJson.fromJson(json, WorkflowSubNodeInput.class);

    assertThat(input.getModelTypes()).extracting(ModelType::value).containsExactly("flux.3", "custom");
    assertThat(input.getModelTypes().get(1)).isSameAs(ModelType.CUSTOM);
    ExactJson.assertJsonEquals(ScenarioJson.toJson(input), json);
  }

  @Test
  void fieldsInAnyOrderParseToTheSameModel() {
    String sample = dev.scenarioclient.testing.OpenApiContract.sample();
    ListModelExamplesResponse inOrder = ScenarioJson.fromJson(sample, ListModelExamplesResponse.class);

    ListModelExamplesResponse reversed =
        ScenarioJson.fromJsonStrict(reverseEveryObject(JsonParser.parseString(sample)).toString(), ListModelExamplesResponse.class);

    assertThat(reversed).isEqualTo(inOrder);
    ExactJson.assertJsonEquals(ScenarioJson.toJson(reversed), sample);
  }

  @Test
  void repeatedFieldKeepsItsLastValue() {
    AssetReference reference = ScenarioJson.fromJson(
        "{\"assetId\":\"first\",\"url\":\"u\",\"assetId\":\"last\"}", AssetReference.class);

    assertThat(reference.getAssetId()).isEqualTo("last");
    assertThat(reference.additionalProperties()).isEmpty();
  }

  private static JsonElement reverseEveryObject(JsonElement element) {
    if (element.isJsonArray()) {
      JsonArray array = new JsonArray();
      element.getAsJsonArray().forEach(item -> array.add(reverseEveryObject(item)));
      return array;
    }
    if (!element.isJsonObject()) {
      return element;
    }
    List<String> names = new ArrayList<>(element.getAsJsonObject().keySet());
    Collections.reverse(names);
    JsonObject reversed = new JsonObject();
    names.forEach(name -> reversed.add(name, reverseEveryObject(element.getAsJsonObject().get(name))));
    return reversed;
  }

  @Test
  void unknownFieldsAreKeptPerObjectInArrivalOrderAndWrittenBack() {
    String json = "{\"assetId\":\"a\",\"width\":512,\"url\":\"u\",\"tags\":[\"x\",null]}";

    AssetReference reference = ScenarioJson.fromJson(json, AssetReference.class);

    assertThat(reference.additionalProperties()).containsOnlyKeys("width", "tags");
    assertThat(reference.additionalProperties().keySet()).containsExactly("width", "tags");
    assertThat(reference.additionalProperties().get("width").toString()).isEqualTo("512");
    ExactJson.assertJsonEquals(ScenarioJson.toJson(reference), json);
  }

  @Test
  void nullInOptionalFieldsParses() {
    String withNulls =
        "{\"createdAt\":\"c\",\"jobId\":\"j\",\"jobType\":\"upload\",\"metadata\":{\"assetIds\":null,"
            + "\"error\":null,\"flow\":null,\"input\":null},\"progress\":0,\"status\":\"queued\","
            + "\"statusHistory\":[],\"updatedAt\":\"u\",\"authorId\":null,\"billing\":null,\"ownerId\":null}";

    Job job = ScenarioJson.fromJson(withNulls, Job.class);

    assertThat(job.getBilling()).isNull();
    assertThat(job.getMetadata().getFlow()).isNull();
    assertThat(job.additionalProperties()).isEmpty();
  }

  @Test
  void explicitNullsAreWrittenBackAsNulls() {
    String json = "{\"prompt\":\"p\",\"type\":\"txt2img\",\"seed\":null,\"concepts\":null}";

    ExactJson.assertJsonEquals(
        ScenarioJson.toJson(ScenarioJson.fromJson(json, InferenceParameters.class)), json);
  }

  @Test
  void untypedValuesKeepNumbersAsWritten() {
    String json =
        "{\"name\":\"n\",\"type\":\"number\",\"default\":0,\"value\":12345678901234567890,"
            + "\"allowedValues\":[0,1.50,-2e3,null,\"x\",{\"a\":[null]}]}";

    WorkflowSubNodeInput input = ScenarioJson.fromJson(json, WorkflowSubNodeInput.class);

    assertThat(input.getDefault().toString()).isEqualTo("0");
    assertThat(input.getValue().getAsBigInteger()).hasToString("12345678901234567890");
    assertThat(ScenarioJson.toJson(input))
        .contains("\"default\":0,")
        .contains("[0,1.50,-2e3,null,\"x\",{\"a\":[null]}]");
  }

  @Test
  void seedSentAsANumberParsesAsTextAndIsWrittenBackAsANumber() {
    String json = "{\"prompt\":\"p\",\"type\":\"txt2img\",\"seed\":2147483647}";

    InferenceParameters parameters = ScenarioJson.fromJsonStrict(json, InferenceParameters.class);

    assertThat(parameters.getSeed()).isEqualTo("2147483647");
    assertThat(ScenarioJson.toJson(parameters)).isEqualTo(json);
    assertThat(ScenarioJson.toJson(parameters.toBuilder().seed("42").build())).contains("\"seed\":\"42\"");
  }

  @Test
  void numbersRoundTripExactly() {
    String json = "{\"cuCost\":0,\"cuDiscount\":0.10}";

    JobBilling billing = ScenarioJson.fromJson(json, JobBilling.class);

    assertThat(ScenarioJson.toJson(billing)).isEqualTo(json);
  }

  @Test
  void strictParsingListsEveryUnknownFieldUnlistedValueAndMissingRequiredFieldWithItsPath() {
    String json =
        "{\"examples\":[{\"modelId\":\"m\",\"flag\":true,\"asset\":{\"id\":\"a\"},"
            + "\"job\":{\"statusHistory\":[{\"date\":\"d\",\"status\":\"paused\"}]}}]}";

    assertThatThrownBy(() -> ScenarioJson.fromJsonStrict(json, ListModelExamplesResponse.class))
        .isInstanceOfSatisfying(ScenarioContractViolationException.class, e -> {
          assertThat(e.violations()).extracting(ContractViolation::toString).contains(
              "$.examples[0].flag: field not defined by the contract",
              "$.examples[0].asset.authorId: required field missing",
              "$.examples[0].job.statusHistory[0].status: value \"paused\" not listed by the contract",
              "$.examples[0].job.jobId: required field missing");
          assertThat(e.jsonPath()).isEqualTo("$.examples[0].flag");
          assertThat(e.getMessage()).contains("$.examples[0].asset.metadata: required field missing");
        });
  }

  @Test
  void lenientParsingAcceptsWhatStrictParsingReports() {
    String json = "{\"date\":\"d\",\"status\":\"paused\",\"by\":\"me\"}";

    assertThat(ScenarioJson.fromJson(json, JobStatusChange.class).additionalProperties()).containsKey("by");
    assertThatThrownBy(() -> ScenarioJson.fromJsonStrict(json, JobStatusChange.class))
        .isInstanceOfSatisfying(ScenarioContractViolationException.class,
            e -> assertThat(e.violations()).extracting(ContractViolation::toString).containsExactly(
                "$.status: value \"paused\" not listed by the contract",
                "$.by: field not defined by the contract"));
  }

  @Test
  void valueOfTheWrongTypeIsAnInvalidResponseNamingItsPath() {
    assertThatThrownBy(() -> ScenarioJson.fromJson("{\"cuCost\":\"0\",\"cuDiscount\":0}", JobBilling.class))
        .isInstanceOfSatisfying(ScenarioInvalidResponseException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("$.cuCost");
          assertThat(e.getMessage()).contains("Expected a number but found STRING at $.cuCost");
        });
  }

  @Test
  void malformedTruncatedEmptyAndTrailingInputAreInvalidResponses() {
    for (String json : List.of("{\"cuCost\" 0}", "{\"cuCost\":0,", "", "null", "{\"cuCost\":0} {}")) {
      assertThatThrownBy(() -> ScenarioJson.fromJson(json, JobBilling.class))
          .as("input %s", json)
          .isInstanceOf(ScenarioInvalidResponseException.class);
    }
  }

  @Test
  void modelsAreImmutable() {
    WorkflowNode node =
        ScenarioJson.fromJson("{\"id\":\"n\",\"status\":\"success\",\"type\":\"list\",\"items\":[\"a\"]}",
            WorkflowNode.class);

    assertThatThrownBy(() -> node.getItems().add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> node.additionalProperties().put("x", new JsonPrimitive(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void untypedValuesHandedOutAreCopiesThatCannotChangeTheModel() {
    String json = "{\"name\":\"n\",\"type\":\"number\",\"default\":{\"a\":[1]},"
        + "\"allowedValues\":[{\"b\":2}],\"extra\":{\"c\":3}}";
    WorkflowSubNodeInput input = ScenarioJson.fromJson(json, WorkflowSubNodeInput.class);
    int hashCode = input.hashCode();

    input.getDefault().getAsJsonObject().getAsJsonArray("a").add(9);
    input.getAllowedValues().get(0).getAsJsonObject().addProperty("b", 9);
    input.additionalProperties().get("extra").getAsJsonObject().remove("c");

    ExactJson.assertJsonEquals(ScenarioJson.toJson(input), json);
    assertThat(input.getDefault()).isEqualTo(JsonParser.parseString("{\"a\":[1]}"));
    assertThat(input.hashCode()).isEqualTo(hashCode);
    assertThat(input).isEqualTo(ScenarioJson.fromJson(json, WorkflowSubNodeInput.class));
  }

  @Test
  void untypedValuesInMapsHandedOutAreCopies() {
    String json = "{\"input\":{\"prompt\":{\"text\":\"p\"}},\"output\":{\"n\":0}}";
    JobMetadata metadata = ScenarioJson.fromJson(json, JobMetadata.class);

    metadata.getInput().get("prompt").getAsJsonObject().addProperty("text", "changed");

    assertThat(ScenarioJson.toJson(metadata)).isEqualTo(json);
    assertThatThrownBy(() -> metadata.getOutput().put("m", new JsonPrimitive(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderCopiesCallerTrees() {
    JsonObject value = JsonParser.parseString("{\"a\":1}").getAsJsonObject();
    JsonObject element = JsonParser.parseString("{\"b\":2}").getAsJsonObject();
    JsonObject extra = JsonParser.parseString("{\"c\":3}").getAsJsonObject();
    WorkflowSubNodeInput input = WorkflowSubNodeInput.builder()
        .name("n").type(WorkflowInputType.NUMBER)
        ._default(value).allowedValues(new ArrayList<>(List.of(element)))
        .putAdditionalProperty("extra", extra)
        .build();

    value.addProperty("a", 9);
    element.addProperty("b", 9);
    extra.addProperty("c", 9);

    ExactJson.assertJsonEquals(ScenarioJson.toJson(input),
        "{\"name\":\"n\",\"type\":\"number\",\"default\":{\"a\":1},\"allowedValues\":[{\"b\":2}],"
            + "\"extra\":{\"c\":3}}");
  }

  @ParameterizedTest(name = "{0} other members")
  @ValueSource(ints = {1, 100}) // a short object is searched, a long one indexed
  void repeatedNameInAnUntypedObjectKeepsItsFirstPositionAndLastValue(int others) {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < others; i++) {
      members.append(",\"m").append(i).append("\":0");
    }
    String json = "{\"name\":\"n\",\"type\":\"number\",\"default\":{\"a\":1" + members + ",\"a\":2}}";

    WorkflowSubNodeInput input = ScenarioJson.fromJson(json, WorkflowSubNodeInput.class);

    String expected = "{\"a\":2" + members + "}";
    assertThat(ScenarioJson.toJson(input)).contains("\"default\":" + expected);
    assertThat(input.getDefault()).hasToString(expected);
  }

  @Test
  void untypedValuesBuiltInCodeEqualTheSameValuesParsed() {
    String json = "{\"name\":\"n\",\"type\":\"number\",\"default\":null,"
        + "\"allowedValues\":[{\"a\":[1]},null,1.50,\"x\"],\"extra\":{\"b\":true}}";
    WorkflowSubNodeInput parsed = ScenarioJson.fromJson(json, WorkflowSubNodeInput.class);

    WorkflowSubNodeInput built = WorkflowSubNodeInput.builder()
        .name("n").type(WorkflowInputType.NUMBER)
        ._default(JsonNull.INSTANCE)
        .allowedValues(Arrays.asList(JsonParser.parseString("{\"a\":[1]}"), null,
            new JsonPrimitive(new BigDecimal("1.50")), new JsonPrimitive("x")))
        .putAdditionalProperty("extra", JsonParser.parseString("{\"b\":true}"))
        .build();

    assertThat(ScenarioJson.toJson(built)).isEqualTo(ScenarioJson.toJson(parsed));
    assertThat(built).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    assertThat(parsed.toBuilder().build()).isEqualTo(parsed).hasSameHashCodeAs(parsed);
  }

  @Test
  void listOfOnlyNullUntypedValuesBuiltInCodeEqualsTheSameListParsed() {
    WorkflowSubNodeInput parsed = ScenarioJson.fromJson(
        "{\"name\":\"n\",\"type\":\"number\",\"allowedValues\":[null]}", WorkflowSubNodeInput.class);

    WorkflowSubNodeInput built = WorkflowSubNodeInput.builder()
        .name("n").type(WorkflowInputType.NUMBER).allowedValues(Collections.<JsonElement>singletonList(null)).build();

    assertThat(built).isEqualTo(parsed).hasSameHashCodeAs(parsed);
  }

  @Test
  void listsOfMapsOfUntypedValuesAreCopiedInAndOutAndUnmodifiable() {
    Map<String, JsonElement> callerMap = new LinkedHashMap<>();
    callerMap.put("k", JsonParser.parseString("{\"v\":1}"));
    List<Map<String, JsonElement>> callerList = new ArrayList<>(List.of(callerMap));
    WorkflowInput input = WorkflowInput.builder().inputs(callerList).build();
    String json = ScenarioJson.toJson(input);

    callerMap.get("k").getAsJsonObject().addProperty("v", 2);
    callerMap.put("other", new JsonPrimitive(3));
    callerList.clear();
    input.getInputs().get(0).get("k").getAsJsonObject().addProperty("v", 4);

    assertThat(ScenarioJson.toJson(input)).isEqualTo(json).contains("\"inputs\":[{\"k\":{\"v\":1}}]");
    assertThatThrownBy(() -> input.getInputs().get(0).put("x", JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> input.getInputs().get(0).keySet().remove("k"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> input.getInputs().add(Map.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderCopiesCallerListsDeeply() {
    java.util.List<java.util.List<java.math.BigDecimal>> points = new java.util.ArrayList<>();
    points.add(new java.util.ArrayList<>(List.of(java.math.BigDecimal.ONE)));

    AssetMetadata metadata =
        AssetMetadata.builder().kind(AssetKind.IMAGE).type(AssetType.UPLOADED).points(points).build();
    points.get(0).add(java.math.BigDecimal.TEN);

    assertThat(metadata.getPoints()).containsExactly(List.of(java.math.BigDecimal.ONE));
    assertThatThrownBy(() -> metadata.getPoints().get(0).add(java.math.BigDecimal.TEN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderRoundTripsIncludingAdditionalProperties() {
    AssetReference reference =
        ScenarioJson.fromJson("{\"assetId\":\"a\",\"url\":\"u\",\"width\":1}", AssetReference.class);

    AssetReference copy = reference.toBuilder().url("v").build();

    assertThat(copy.getUrl()).isEqualTo("v");
    assertThat(copy.additionalProperties()).isEqualTo(reference.additionalProperties());
    assertThat(copy.toBuilder().url("u").build()).isEqualTo(reference).hasSameHashCodeAs(reference);
  }

  @Test
  void additionalPropertyCannotShadowADefinedField() {
    assertThatThrownBy(() -> AssetReference.builder().putAdditionalProperty("url", new JsonPrimitive("x")))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("'url'");
  }

  @Test
  void enumerationOfNullIsAnInputError() {
    assertThatThrownBy(() -> AssetKind.of(null))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("AssetKind value must not be null");
  }

  @Test
  void toStringShowsSetFieldsAndAdditionalProperties() {
    AssetReference reference =
        ScenarioJson.fromJson("{\"assetId\":\"a\",\"url\":\"u\",\"w\":1}", AssetReference.class);

    assertThat(reference).hasToString("AssetReference{assetId=a, url=u, additionalProperties={w=1}}");
  }
}
