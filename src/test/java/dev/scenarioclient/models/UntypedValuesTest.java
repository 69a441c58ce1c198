package dev.scenarioclient.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.testing.OpenApiSchemas;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Models are immutable even where they hold untyped JSON: for every field of the document whose
 * getter hands out a Gson tree (alone, or in lists and maps), and for every object's unknown
 * fields, the builder copies the caller's tree and the getter hands out a copy, so changing
 * either leaves the model's JSON as it was.
 */
class UntypedValuesTest {
  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();

  @TestFactory
  @SuppressWarnings("rawtypes") // swagger-models declares the components map with the raw Schema
  Stream<DynamicTest> treesGoInAndComeOutAsCopies() throws Exception {
    @SuppressWarnings("rawtypes") // swagger-models' getSchemas() is raw; javac 25 warns here, 17 does not
    Map<String, Schema> components = SCHEMAS.document().getComponents().getSchemas();
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Schema> component : components.entrySet()) {
      Map<String, Schema<?>> properties = SCHEMAS.properties(component.getValue());
      if (properties.isEmpty()) {
        continue;
      }
      Class<?> model = Class.forName("dev.scenarioclient.models." + component.getKey());
      tests.add(DynamicTest.dynamicTest(component.getKey() + ".additionalProperties",
          () -> checkUnknownField(model)));
      for (String field : properties.keySet()) {
        Method getter = model.getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
        if (getter.getGenericReturnType().getTypeName().contains(JsonElement.class.getName())) {
          tests.add(DynamicTest.dynamicTest(component.getKey() + "." + field, () -> checkField(model, field, getter)));
        }
      }
    }
    assertThat(tests.stream().filter(test -> !test.getDisplayName().endsWith(".additionalProperties")))
        .as("untyped fields of the document")
        .isNotEmpty();
    return tests.stream();
  }

  private static void checkField(Class<?> model, String field, Method getter) throws Exception {
    Type type = getter.getGenericReturnType();
    Object callerValue = valueOf(type);
    Object builder = model.getMethod("builder").invoke(null);
    setter(builder.getClass(), field).invoke(builder, callerValue);
    Object built = builder.getClass().getMethod("build").invoke(builder);
    String json = ScenarioJson.toJson(built);

    treeIn(callerValue, type).add("changedByTheCaller", new JsonArray());
    treeIn(getter.invoke(built), type).add("changedThroughTheGetter", new JsonArray());

    assertThat(ScenarioJson.toJson(built)).as("%s after changing both trees", field).isEqualTo(json)
        .contains("{\"a\":[1]}");
  }

  private static void checkUnknownField(Class<?> model) throws Exception {
    JsonObject callerValue = tree();
    Object builder = model.getMethod("builder").invoke(null);
    builder.getClass().getMethod("putAdditionalProperty", String.class, JsonElement.class)
        .invoke(builder, "notInTheContract", callerValue);
    Object built = builder.getClass().getMethod("build").invoke(builder);
    String json = ScenarioJson.toJson(built);

    callerValue.add("changedByTheCaller", new JsonArray());
    @SuppressWarnings("unchecked")
    Map<String, JsonElement> unknown = (Map<String, JsonElement>) model.getMethod("additionalProperties").invoke(built);
    unknown.get("notInTheContract").getAsJsonObject().add("changedThroughTheGetter", new JsonArray());

    assertThat(ScenarioJson.toJson(built)).as("after changing both trees").isEqualTo(json)
        .contains("\"notInTheContract\":{\"a\":[1]}");
  }

  /** A mutable value of a getter's type: the tree {"a":[1]}, alone or as the one element of its containers. */
  private static Object valueOf(Type type) {
    if (type == JsonElement.class) {
      return tree();
    }
    ParameterizedType container = (ParameterizedType) type;
    Type[] arguments = container.getActualTypeArguments();
    if (container.getRawType() == List.class) {
      List<Object> list = new ArrayList<>();
      list.add(valueOf(arguments[0]));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("k", valueOf(arguments[1]));
    return map;
  }

  /** The tree inside a value that {@link #valueOf} built, or that a getter of the same type returned. */
  private static JsonObject treeIn(Object value, Type type) {
    if (type == JsonElement.class) {
      return ((JsonElement) value).getAsJsonObject();
    }
    ParameterizedType container = (ParameterizedType) type;
    Type[] arguments = container.getActualTypeArguments();
    if (container.getRawType() == List.class) {
      return treeIn(((List<?>) value).get(0), arguments[0]);
    }
    return treeIn(((Map<?, ?>) value).get("k"), arguments[1]);
  }

  private static JsonObject tree() {
    JsonArray one = new JsonArray();
    one.add(1);
    JsonObject tree = new JsonObject();
    tree.add("a", one);
    return tree;
  }

  private static Method setter(Class<?> builder, String field) {
    for (Method method : builder.getMethods()) {
      if ((method.getName().equals(field) || method.getName().equals("_" + field)) && method.getParameterCount() == 1) {
        return method;
      }
    }
    throw new AssertionError("no setter " + field + " on " + builder.getName());
  }
}
