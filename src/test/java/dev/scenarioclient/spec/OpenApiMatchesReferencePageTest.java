package dev.scenarioclient.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.OpenApiSchemas;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field the published API reference page documents is in the OpenAPI document with the same
 * name, required flag, type, array depth, enumeration values and limits, and the document defines
 * nothing the page does not. One dynamic test per documented field names the field it checks.
 */
class OpenApiMatchesReferencePageTest {
  private static final String PAGE = "reference/list-model-examples.api-reference.txt";
  private static final List<String> LIMITS = List.of("minimum", "maximum", "multipleOf", "maxLength");

  private static List<ReferencePage.Field> documented;
  private static Operation operation;
  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();
  private static Schema<?> responseSchema;

  @BeforeAll
  static void load() throws Exception {
    String page = OpenApiContract.read(java.nio.file.Paths.get(
        OpenApiMatchesReferencePageTest.class.getClassLoader().getResource(PAGE).toURI()));
    documented = ReferencePage.parse(page);
    operation = SCHEMAS.document().getPaths().get("/models/{modelId}/examples").getGet();
    responseSchema = SCHEMAS.resolve(SCHEMAS.okResponse());
  }

  @Test
  void pageDocumentsTwoParametersAnd343ResponseFieldsIn32Enumerations() {
    List<ReferencePage.Field> all = ReferencePage.flatten(documented);

    assertThat(all.stream().filter(f -> !f.location.equals("response"))).hasSize(2);
    assertThat(all.stream().filter(f -> f.location.equals("response"))).hasSize(343);
    assertThat(all.stream().filter(f -> f.type.equals("enum"))).hasSize(32);
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedFieldIsInTheDocumentAsDocumented() {
    return ReferencePage.flatten(documented).stream()
        .map(field -> DynamicTest.dynamicTest(field.toString(), () -> check(field)));
  }

  @Test
  void documentDefinesNoParameterThePageDoesNot() {
    assertThat(operation.getParameters())
        .extracting(Parameter::getName)
        .containsExactly("modelId", "originalAssets");
  }

  @Test
  void documentDefinesNoResponseFieldThePageDoesNot() {
    List<String> undocumented = new ArrayList<>();
    List<ReferencePage.Field> roots =
        documented.stream().filter(f -> f.location.equals("response")).collect(Collectors.toList());
    collectUndocumented("", responseSchema, roots, undocumented);

    assertThat(undocumented).as("fields in the document that the page does not list").isEmpty();
  }

  private static void check(ReferencePage.Field field) {
    if (!field.location.equals("response")) {
      Parameter parameter =
          operation.getParameters().stream()
              .filter(p -> p.getName().equals(field.name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no parameter " + field.name));
      assertThat(parameter.getIn()).as(field.path + ": location").isEqualTo(field.location);
      assertThat(Boolean.TRUE.equals(parameter.getRequired())).as(field.path + ": required").isEqualTo(field.required);
      checkValue(field, parameter.getSchema());
      return;
    }
    Schema<?> parent = responseSchema;
    String[] steps = field.path.split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      parent = SCHEMAS.unwrapArrays(SCHEMAS.properties(parent).get(steps[i].replace("[]", "")));
    }
    Map<String, Schema<?>> properties = SCHEMAS.properties(parent);
    assertThat(properties).as(field.path + ": properties of the parent object").containsKey(field.name);
    assertThat(SCHEMAS.required(parent).contains(field.name)).as(field.path + ": required").isEqualTo(field.required);
    checkValue(field, properties.get(field.name));
  }

  private static void checkValue(ReferencePage.Field field, Schema<?> schema) {
    int depth = 0;
    Schema<?> value = SCHEMAS.resolve(schema);
    checkNothingInvented(field, value);
    while ("array".equals(value.getType())) {
      depth++;
      value = SCHEMAS.resolve(value.getItems());
      checkNothingInvented(field, value);
    }
    assertThat(depth).as(field.path + ": array depth").isEqualTo(field.arrayDepth);
    assertThat(value.getFormat()).as(field.path + ": format (types are not narrowed)").isNull();
    switch (field.type) {
      case "string":
      case "number":
      case "boolean":
        assertThat(value.getType()).as(field.path + ": type").isEqualTo(field.type);
        assertThat(value.getEnum()).as(field.path + ": enum").isNull();
        break;
      case "true":
        assertThat(value.getType()).as(field.path + ": type").isEqualTo("boolean");
        assertThat(value.getEnum()).as(field.path + ": enum").map(String::valueOf).containsExactly("true");
        break;
      case "unknown":
        assertThat(value.getType()).as(field.path + ": type").isNull();
        assertThat(value.getProperties()).as(field.path + ": properties").isNull();
        assertThat(value.getEnum()).as(field.path + ": enum").isNull();
        break;
      case "map":
        assertThat(value.getType()).as(field.path + ": type").isEqualTo("object");
        assertThat(value.getProperties()).as(field.path + ": properties").isNull();
        assertThat(value.getAdditionalProperties())
            .as(field.path + ": additionalProperties")
            .isInstanceOfSatisfying(Schema.class, any -> assertThat(any.getType()).isNull());
        break;
      case "object":
        assertThat(value.getType()).as(field.path + ": type").isEqualTo("object");
        assertThat(SCHEMAS.properties(value).keySet())
            .as(field.path + ": properties")
            .containsExactlyInAnyOrderElementsOf(
                field.children.stream().map(c -> c.name).collect(Collectors.toList()));
        break;
      case "enum":
        assertThat(value.getType()).as(field.path + ": type").isEqualTo("string");
        assertThat(value.getEnum()).as(field.path + ": enum values").map(String::valueOf).containsExactlyElementsOf(field.enumValues);
        break;
      default:
        throw new AssertionError("unexpected documented type " + field.type);
    }
    Map<String, String> limits = new LinkedHashMap<>();
    put(limits, "minimum", value.getMinimum());
    put(limits, "maximum", value.getMaximum());
    put(limits, "multipleOf", value.getMultipleOf());
    if (value.getMaxLength() != null) {
      limits.put("maxLength", value.getMaxLength().toString());
    }
    assertThat(normalise(limits)).as(field.path + ": limits").isEqualTo(normalise(field.limits));
    assertThat(value.getMinLength()).as(field.path + ": minLength").isNull();
    assertThat(value.getPattern()).as(field.path + ": pattern").isNull();
  }

  /** The page documents none of these keywords, so no level of a field's schema may carry one. */
  private static void checkNothingInvented(ReferencePage.Field field, Schema<?> level) {
    assertThat(level.getNullable()).as(field.path + ": nullable").isNull();
    assertThat(level.getDefault()).as(field.path + ": default").isNull();
    assertThat(level.getReadOnly()).as(field.path + ": readOnly").isNull();
    assertThat(level.getWriteOnly()).as(field.path + ": writeOnly").isNull();
    assertThat(level.getExclusiveMinimum()).as(field.path + ": exclusiveMinimum").isNull();
    assertThat(level.getExclusiveMaximum()).as(field.path + ": exclusiveMaximum").isNull();
    assertThat(level.getMinItems()).as(field.path + ": minItems").isNull();
    assertThat(level.getMaxItems()).as(field.path + ": maxItems").isNull();
    assertThat(level.getUniqueItems()).as(field.path + ": uniqueItems").isNull();
    assertThat(level.getOneOf()).as(field.path + ": oneOf").isNull();
    assertThat(level.getAnyOf()).as(field.path + ": anyOf").isNull();
    if (!"array".equals(level.getType())) {
      return;
    }
    assertThat(level.getMinimum()).as(field.path + ": minimum on an array level").isNull();
    assertThat(level.getMaximum()).as(field.path + ": maximum on an array level").isNull();
    assertThat(level.getFormat()).as(field.path + ": format on an array level").isNull();
  }

  private static void collectUndocumented(
      String path, Schema<?> schema, List<ReferencePage.Field> fields, List<String> out) {
    Schema<?> object = SCHEMAS.unwrapArrays(schema);
    Map<String, ReferencePage.Field> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name, f));
    for (Map.Entry<String, Schema<?>> property : SCHEMAS.properties(object).entrySet()) {
      ReferencePage.Field field = byName.get(property.getKey());
      String childPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
      if (field == null) {
        out.add(childPath);
      } else if (field.type.equals("object")) {
        collectUndocumented(childPath, property.getValue(), field.children, out);
      }
    }
  }

  private static void put(Map<String, String> limits, String name, BigDecimal value) {
    if (value != null) {
      limits.put(name, value.toPlainString());
    }
  }

  private static Map<String, BigDecimal> normalise(Map<String, String> limits) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String name : LIMITS) {
      if (limits.containsKey(name)) {
        out.put(name, new BigDecimal(limits.get(name)).stripTrailingZeros());
      }
    }
    return out;
  }
}
