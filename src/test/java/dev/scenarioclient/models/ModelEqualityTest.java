package dev.scenarioclient.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.PayloadVariants;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two models are equal exactly when they serialize to the same JSON. */
class ModelEqualityTest {
  private static <T> T parse(String json, Class<T> type) {
    return ScenarioJson.fromJson(json, type);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', value = {
    // explicit null vs absent field
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"seed\":null} | {\"prompt\":\"p\",\"type\":\"txt2img\"}",
    // a seed sent as a number vs as a string
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"seed\":42} | {\"prompt\":\"p\",\"type\":\"txt2img\",\"seed\":\"42\"}",
    // a number written with another scale
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"guidance\":1.0} | {\"prompt\":\"p\",\"type\":\"txt2img\",\"guidance\":1.00}",
    // an unknown field vs none
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"x\":1} | {\"prompt\":\"p\",\"type\":\"txt2img\"}",
    // unknown fields with other values, numbers as written
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"x\":0} | {\"prompt\":\"p\",\"type\":\"txt2img\",\"x\":0.0}",
    // unknown fields in another order
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"x\":1,\"y\":2} | {\"prompt\":\"p\",\"type\":\"txt2img\",\"y\":2,\"x\":1}",
    // unknown nested objects whose keys come in another order
    "{\"prompt\":\"p\",\"type\":\"txt2img\",\"x\":{\"a\":1,\"b\":2}} | {\"prompt\":\"p\",\"type\":\"txt2img\",\"x\":{\"b\":2,\"a\":1}}",
    // an unlisted enumeration value vs a listed one
    "{\"prompt\":\"p\",\"type\":\"txt2img-next\"} | {\"prompt\":\"p\",\"type\":\"txt2img\"}",
  })
  void modelsThatWriteDifferentJsonAreNotEqual(String first, String second) {
    InferenceParameters a = parse(first, InferenceParameters.class);
    InferenceParameters b = parse(second, InferenceParameters.class);

    assertThat(ScenarioJson.toJson(a)).isNotEqualTo(ScenarioJson.toJson(b));
    assertThat(a).isNotEqualTo(b);
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void modelsThatWriteTheSameJsonAreEqualWithEqualHashCodes() {
    String json = "{\"prompt\":\"p\",\"type\":\"txt2img\",\"seed\":42,\"guidance\":0.10,\"x\":[0,null,{\"a\":1}]}";
    String reordered = "{\"x\":[0,null,{\"a\":1}],\"guidance\":0.10,\"seed\":42,\"type\":\"txt2img\",\"prompt\":\"p\"}";

    InferenceParameters a = parse(json, InferenceParameters.class);
    InferenceParameters b = parse(reordered, InferenceParameters.class);

    assertThat(ScenarioJson.toJson(a)).isEqualTo(ScenarioJson.toJson(b));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void aModelBuiltInCodeEqualsTheSameModelParsed() {
    JobBilling built = JobBilling.builder().cuCost(new java.math.BigDecimal("0")).cuDiscount(new java.math.BigDecimal("0.10")).build();

    assertThat(built).isEqualTo(parse("{\"cuCost\":0,\"cuDiscount\":0.10}", JobBilling.class));
  }

  @Test
  void equalityAgreesWithSerializationAcrossTheSampleAndItsVariants() {
    List<String> payloads = List.of(
        OpenApiContract.sample(),
        PayloadVariants.future().json(),
        PayloadVariants.optionalFieldsNull().json(),
        OpenApiContract.sample().replace("\"seed\": \"seed\"", "\"seed\": 7"));
    for (String first : payloads) {
      for (String second : payloads) {
        ListModelExamplesResponse a = parse(first, ListModelExamplesResponse.class);
        ListModelExamplesResponse b = parse(second, ListModelExamplesResponse.class);
        boolean sameJson = ScenarioJson.toJson(a).equals(ScenarioJson.toJson(b));

        assertThat(a.equals(b)).as("equals vs same JSON").isEqualTo(sameJson);
        if (sameJson) {
          assertThat(a).hasSameHashCodeAs(b);
        }
      }
    }
  }

  @Test
  void hashCodeIsComputedOnceAndKept() throws Exception {
    ListModelExamplesResponse response = parse(OpenApiContract.sample(), ListModelExamplesResponse.class);
    Field cached = ListModelExamplesResponse.class.getDeclaredField("hashCode");
    cached.setAccessible(true);
    assertThat(cached.getInt(response)).as("before the first call").isZero();

    int hash = response.hashCode();

    assertThat(cached.getInt(response)).isEqualTo(hash);
    assertThat(response.hashCode()).isEqualTo(hash);
  }
}
