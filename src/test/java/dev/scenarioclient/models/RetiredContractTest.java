package dev.scenarioclient.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiSchemas;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the document marks retired (values and fields the newest vendor reference no longer lists)
 * stays usable, and says so: {@code isRetired()} on the enumeration values, {@code @Deprecated} on the
 * fields' getters.
 */
class RetiredContractTest {
  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();

  @TestFactory
  Stream<DynamicTest> enumerationValuesAreRetiredExactlyWhereTheDocumentSays() {
    List<DynamicTest> tests = new ArrayList<>();
    SCHEMAS.document().getComponents().getSchemas().forEach((name, schema) -> {
      if (schema.getEnum() != null && "string".equals(schema.getType())) {
        tests.add(DynamicTest.dynamicTest(name, () -> checkValues(name, schema)));
      }
    });
    assertThat(tests).as("enumerations of the document").isNotEmpty();
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static void checkValues(String component, Schema<?> schema) throws Exception {
    Object marked = schema.getExtensions() == null ? null : schema.getExtensions().get("x-scenario-retired-values");
    List<String> retired = marked == null ? List.of() : (List<String>) marked;
    Class<?> type = Class.forName("dev.scenarioclient.models." + component);
    Method of = type.getMethod("of", String.class);
    Method isRetired = type.getMethod("isRetired");
    for (Object value : schema.getEnum()) {
      Object constant = of.invoke(null, value.toString());
      assertThat(isRetired.invoke(constant)).as("%s %s is retired", component, value).isEqualTo(retired.contains(value.toString()));
    }
    assertThat(isRetired.invoke(of.invoke(null, "a-value-no-contract-lists"))).as("an unlisted value").isEqualTo(false);
  }

  @TestFactory
  Stream<DynamicTest> gettersOfRetiredFieldsAreDeprecated() {
    List<DynamicTest> tests = new ArrayList<>();
    SCHEMAS.document().getComponents().getSchemas().forEach((name, schema) -> {
      Map<String, Schema<?>> properties = SCHEMAS.properties(schema);
      if (!properties.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Class<?> model = Class.forName("dev.scenarioclient.models." + name);
          for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
            boolean retired = property.getValue().getExtensions() != null
                && Boolean.TRUE.equals(property.getValue().getExtensions().get("x-scenario-retired"));
            String field = property.getKey();
            Method getter = model.getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            if (retired) {
              assertThat(getter.isAnnotationPresent(Deprecated.class)).as("%s.%s is @Deprecated", name, getter.getName()).isTrue();
            }
          }
        }));
      }
    });
    return tests.stream();
  }
}
