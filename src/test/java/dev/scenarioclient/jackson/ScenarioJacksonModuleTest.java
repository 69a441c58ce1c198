package dev.scenarioclient.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.models.Example;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.OpenApiSchemas;
import dev.scenarioclient.testing.PayloadVariants;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A plain Jackson {@code ObjectMapper} with the module writes and reads the models exactly as
 * {@link ScenarioJson} does.
 */
class ScenarioJacksonModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ScenarioJacksonModule());

  /**
   * The JSON re-written compactly by Gson, fields in the same order and numbers as written: equal to
   * {@code ScenarioJson.toJson} of the same model exactly when both wrote the same JSON.
   */
  private static String canonical(String json) {
    return JsonParser.parseString(json).toString();
  }

  @Test
  void writesTheDocumentedSampleAsJsonEqualToTheSample() throws Exception {
    ListModelExamplesResponse response = ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);

    String json = MAPPER.writeValueAsString(response);

    ExactJson.assertJsonEquals(json, OpenApiContract.sample());
    assertThat(canonical(json)).as("field order too").isEqualTo(ScenarioJson.toJson(response));
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper discovering = new ObjectMapper().findAndRegisterModules();
    ListModelExamplesResponse response = ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);

    assertThat(discovering.getRegisteredModuleIds()).contains(ScenarioJacksonModule.class.getName());
    ExactJson.assertJsonEquals(discovering.writeValueAsString(response), OpenApiContract.sample());
  }

  @Test
  void roundTripsUnknownFieldsAndUnlistedEnumerationValues() throws Exception {
    PayloadVariants future = PayloadVariants.future();

    ListModelExamplesResponse read = MAPPER.readValue(future.json(), ListModelExamplesResponse.class);

    assertThat(future.changedEnumPaths()).as("the variant changes enumerations").isNotEmpty();
    assertThat(future.extendedObjectPaths()).as("the variant adds fields").isNotEmpty();
    assertThat(read).isEqualTo(ScenarioJson.fromJson(future.json(), ListModelExamplesResponse.class));
    ExactJson.assertJsonEquals(MAPPER.writeValueAsString(read), future.json());
    assertThat(canonical(MAPPER.writeValueAsString(read))).isEqualTo(ScenarioJson.toJson(read));
  }

  @Test
  void keepsExplicitNullsWhateverTheMappersInclusionSetting() throws Exception {
    ObjectMapper nonNull = new ObjectMapper()
        .registerModule(new ScenarioJacksonModule())
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    PayloadVariants nulls = PayloadVariants.optionalFieldsNull();

    ListModelExamplesResponse read = nonNull.readValue(nulls.json(), ListModelExamplesResponse.class);

    assertThat(nulls.nulledPaths()).isNotEmpty();
    ExactJson.assertJsonEquals(nonNull.writeValueAsString(read), nulls.json());
    assertThat(canonical(nonNull.writeValueAsString(read))).isEqualTo(ScenarioJson.toJson(read));
  }

  @Test
  void everyModelAndEnumerationOfTheDocumentIsWrittenAndReadAsScenarioJsonDoes() throws Exception {
    Set<String> schemas = OpenApiSchemas.load().document().getComponents().getSchemas().keySet();

    assertThat(schemas).isNotEmpty().allSatisfy(schema -> {
      Class<?> type = Class.forName("dev.scenarioclient.models." + schema);
      Object value = valueWithSomethingTheContractLacks(type);

      String json = MAPPER.writeValueAsString(value);

      assertThat(canonical(json)).as(schema + " written").isEqualTo(ScenarioJson.toJson(value));
      assertThat(MAPPER.readValue(json, type)).as(schema + " read back").isEqualTo(value);
    });
  }

  /** A model with a field the contract does not define, or an enumeration value it does not list. */
  private static Object valueWithSomethingTheContractLacks(Class<?> type) throws Exception {
    try {
      Method of = type.getMethod("of", String.class);
      return of.invoke(null, "a value added in a future release");
    } catch (NoSuchMethodException notAnEnumeration) {
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass()
          .getMethod("putAdditionalProperty", String.class, com.google.gson.JsonElement.class)
          .invoke(builder, PayloadVariants.FUTURE_FIELD, new JsonPrimitive(7));
      return builder.getClass().getMethod("build").invoke(builder);
    }
  }

  @Test
  void modelsInsideTheApplicationsOwnTypesUseTheModuleToo() throws Exception {
    ListModelExamplesResponse response = ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);
    List<Example> examples = response.getExamples();
    String examplesJson = ScenarioJson.toJson(examples);

    String wrapped = MAPPER.writeValueAsString(Collections.singletonMap("examples", examples));
    List<Example> read = MAPPER.readValue(examplesJson, new TypeReference<List<Example>>() {});

    assertThat(canonical(wrapped)).isEqualTo(canonical("{\"examples\":" + examplesJson + "}"));
    assertThat(read).isEqualTo(examples);
  }

  @Test
  void aPrettyPrintingMapperWritesTheSameJson() throws Exception {
    ObjectMapper pretty = new ObjectMapper()
        .registerModule(new ScenarioJacksonModule())
        .enable(SerializationFeature.INDENT_OUTPUT);
    ListModelExamplesResponse response = ScenarioJson.fromJson(OpenApiContract.sample(), ListModelExamplesResponse.class);

    String json = pretty.writeValueAsString(Collections.singletonMap("response", response));

    assertThat(json).contains("\n  \"response\" : {\n    \"examples\" : [");
    ExactJson.assertJsonEquals(
        JsonParser.parseString(json).getAsJsonObject().get("response").toString(), OpenApiContract.sample());
  }

  @Test
  void jsonTheModelsCannotReadFailsWithAJacksonExceptionNamingThePath() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"examples\": 5}", ListModelExamplesResponse.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ListModelExamplesResponse")
        .hasMessageContaining("$.examples");
  }
}
