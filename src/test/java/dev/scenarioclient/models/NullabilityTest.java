package dev.scenarioclient.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.testing.OpenApiSchemas;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A getter may return {@code null} exactly when the contract lets the field be absent or null, and
 * says so with {@code @Nullable} in the bytecode; a required field the JSON left out makes its
 * getter throw a typed exception naming the JSON path, never return {@code null}.
 */
class NullabilityTest {
  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();

  @Test
  void requiredArrayMissingFromTheJsonThrowsNamingItsPath() {
    ListModelExamplesResponse response = ScenarioJson.fromJson("{}", ListModelExamplesResponse.class);

    assertThatThrownBy(response::getExamples)
        .isInstanceOfSatisfying(ScenarioContractViolationException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("$.examples");
          assertThat(e.violations()).extracting(ContractViolation::kind)
              .containsExactly(ContractViolation.Kind.MISSING_REQUIRED_FIELD);
        });
  }

  @Test
  void requiredArraySentAsNullThrowsNamingItsPath() {
    ListModelExamplesResponse response =
        ScenarioJson.fromJson("{\"examples\":null}", ListModelExamplesResponse.class);

    assertThatThrownBy(response::getExamples)
        .isInstanceOfSatisfying(ScenarioContractViolationException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("$.examples");
          assertThat(e.violations()).extracting(ContractViolation::kind)
              .containsExactly(ContractViolation.Kind.UNEXPECTED_NULL);
        });
  }

  @Test
  void requiredFieldMissingDeepInTheResponseNamesItsFullPath() {
    ListModelExamplesResponse response = ScenarioJson.fromJson(
        "{\"examples\":[{\"modelId\":\"m\",\"asset\":{}},{\"modelId\":\"m\",\"asset\":{\"id\":\"a\"}}]}",
        ListModelExamplesResponse.class);

    assertThatThrownBy(() -> response.getExamples().get(1).getAsset().getAuthorId())
        .isInstanceOf(ScenarioContractViolationException.class)
        .hasMessageContaining("$.examples[1].asset.authorId");
    assertThat(response.getExamples().get(1).getAsset().getId()).isEqualTo("a");
  }

  @Test
  void requiredFieldNotSetOnTheBuilderThrowsNamingIt() {
    JobStatusChange change = JobStatusChange.builder().status(JobStatus.QUEUED).build();

    assertThatThrownBy(change::getDate)
        .isInstanceOf(ScenarioContractViolationException.class)
        .hasMessageContaining("date");
  }

  @Test
  void optionalFieldMissingFromTheJsonIsNull() {
    Example example = ScenarioJson.fromJson("{\"modelId\":\"m\",\"asset\":{}}", Example.class);

    assertThat(example.getInferenceId()).isNull();
    assertThat(example.getJob()).isNull();
  }

  @Test
  void everyPackageOfThePublicApiIsNullMarked() {
    for (Class<?> type : List.of(Asset.class, dev.scenarioclient.ScenarioClient.class,
        dev.scenarioclient.errors.ScenarioException.class)) {
      assertThat(type.getPackage().isAnnotationPresent(NullMarked.class)).as(type.getPackage().getName()).isTrue();
    }
  }

  /** One test per object of the document: its getters are @Nullable exactly where the contract allows null. */
  @TestFactory
  @SuppressWarnings("rawtypes") // swagger-models declares the components map with the raw Schema
  Stream<DynamicTest> gettersAreNullableExactlyWhereTheContractAllowsNull() {
    @SuppressWarnings("rawtypes") // swagger-models' getSchemas() is raw; javac 25 warns here, 17 does not
    Map<String, Schema> components = SCHEMAS.document().getComponents().getSchemas();
    List<DynamicTest> tests = new ArrayList<>();
    components.forEach((name, schema) -> {
      Map<String, Schema<?>> properties = SCHEMAS.properties(schema);
      if (!properties.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(name, () -> checkGetters(name, properties, SCHEMAS.required(schema))));
      }
    });
    assertThat(tests).as("objects of the document").isNotEmpty();
    return tests.stream();
  }

  private static void checkGetters(String component, Map<String, Schema<?>> properties, List<String> required)
      throws Exception {
    Class<?> model = Class.forName("dev.scenarioclient.models." + component);
    for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
      String field = property.getKey();
      Method getter = model.getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
      boolean nullable = !required.contains(field) || Boolean.TRUE.equals(SCHEMAS.resolve(property.getValue()).getNullable());

      assertThat(getter.getAnnotatedReturnType().isAnnotationPresent(Nullable.class))
          .as("%s.%s() is @Nullable", component, getter.getName())
          .isEqualTo(nullable);
      Method setter = findSetter(model, field);
      assertThat(setter.getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class))
          .as("%s.Builder.%s(…) takes @Nullable", component, field)
          .isTrue();
    }
  }

  private static Method findSetter(Class<?> model, String field) throws Exception {
    Class<?> builder = Class.forName(model.getName() + "$Builder");
    for (Method method : builder.getMethods()) {
      if ((method.getName().equals(field) || method.getName().equals("_" + field)) && method.getParameterCount() == 1) {
        return method;
      }
    }
    throw new AssertionError("no setter " + field + " on " + builder.getName());
  }
}
