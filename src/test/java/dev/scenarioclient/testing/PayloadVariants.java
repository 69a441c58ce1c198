package dev.scenarioclient.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payloads derived from the documented sample by walking it alongside the OpenAPI document, so that
 * "every enumeration" and "every object" mean exactly what the document says, now and after it
 * changes. Each variant records the JSON paths it changed.
 */
public final class PayloadVariants {
  /** The name of the field added to every object by {@link #future()}. */
  public static final String FUTURE_FIELD = "addedInAFutureRelease";

  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();

  private final JsonObject payload;
  private final List<String> changedEnumPaths = new ArrayList<>();
  private final List<String> booleanEnumPaths = new ArrayList<>();
  private final List<String> extendedObjectPaths = new ArrayList<>();
  private final List<String> nulledPaths = new ArrayList<>();
  private final List<String> forbiddenNullPaths = new ArrayList<>();
  private final List<String> overLimitPaths = new ArrayList<>();

  private PayloadVariants(String sample) {
    this.payload = JsonParser.parseString(sample).getAsJsonObject();
  }

  /**
   * Every enumeration value of the sample replaced by one the document does not list, and a field
   * the document does not define added to every object.
   */
  public static PayloadVariants future() {
    PayloadVariants variant = new PayloadVariants(OpenApiContract.sample());
    variant.walk(variant.payload, SCHEMAS.okResponse(), "$", Mode.FUTURE);
    return variant;
  }

  /**
   * Every optional field of the sample set to JSON {@code null}, except objects and arrays of
   * objects, which are recursed into so that their own optional fields are nulled too.
   */
  public static PayloadVariants optionalFieldsNull() {
    PayloadVariants variant = new PayloadVariants(OpenApiContract.sample());
    variant.walk(variant.payload, SCHEMAS.okResponse(), "$", Mode.NULLS);
    return variant;
  }

  /**
   * {@link #future()}, plus JSON {@code null} in the first optional field (in the sample's order)
   * whose schema forbids it, and the first number with a documented {@code maximum} set just above it.
   */
  public static PayloadVariants everyDeparture() {
    PayloadVariants variant = future();
    Place nullable = variant.first(variant.payload, SCHEMAS.okResponse(), "$", (property, required, value) -> {
      Schema<?> resolved = SCHEMAS.resolve(property);
      return !required && value.isJsonPrimitive() && resolved.getEnum() == null && resolved.getType() != null
          && !Boolean.TRUE.equals(resolved.getNullable());
    });
    nullable.object.add(nullable.name, JsonNull.INSTANCE);
    variant.forbiddenNullPaths.add(nullable.path);
    Place bounded = variant.first(variant.payload, SCHEMAS.okResponse(), "$", (property, required, value) ->
        value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() && SCHEMAS.resolve(property).getMaximum() != null);
    bounded.object.add(bounded.name,
        new JsonPrimitive(SCHEMAS.resolve(bounded.schema).getMaximum().add(java.math.BigDecimal.ONE)));
    variant.overLimitPaths.add(bounded.path);
    return variant;
  }

  /** Paths of {@link #everyDeparture()} whose number was set above its documented maximum. */
  public List<String> overLimitPaths() {
    return overLimitPaths;
  }

  public String json() {
    return payload.toString();
  }

  /** Paths whose string enumeration value was replaced. */
  public List<String> changedEnumPaths() {
    return changedEnumPaths;
  }

  /** Paths whose boolean enumeration ({@code [true]}) was set to {@code false}. */
  public List<String> booleanEnumPaths() {
    return booleanEnumPaths;
  }

  /** Paths of the objects that received {@link #FUTURE_FIELD}. */
  public List<String> extendedObjectPaths() {
    return extendedObjectPaths;
  }

  public List<String> nulledPaths() {
    return nulledPaths;
  }

  /**
   * Paths of {@link #nulledPaths()} whose schema forbids {@code null}: it has a type and is not
   * {@code nullable} (an untyped schema accepts any JSON value, {@code null} included).
   */
  public List<String> forbiddenNullPaths() {
    return forbiddenNullPaths;
  }

  private enum Mode {
    FUTURE,
    NULLS
  }

  private void walk(JsonElement node, Schema<?> schema, String path, Mode mode) {
    Schema<?> resolved = SCHEMAS.resolve(schema);
    if (node.isJsonArray() && "array".equals(resolved.getType())) {
      JsonArray array = node.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        JsonElement element = array.get(i);
        String elementPath = path + "[" + i + "]";
        if (mode == Mode.FUTURE && element.isJsonPrimitive() && SCHEMAS.resolve(resolved.getItems()).getEnum() != null) {
          array.set(i, unlisted(element, elementPath));
        } else {
          walk(element, resolved.getItems(), elementPath, mode);
        }
      }
      return;
    }
    Map<String, Schema<?>> properties = SCHEMAS.properties(resolved);
    if (!node.isJsonObject() || properties.isEmpty()) {
      return;
    }
    JsonObject object = node.getAsJsonObject();
    Set<String> required = new LinkedHashSet<>(SCHEMAS.required(resolved));
    for (String name : new ArrayList<>(object.keySet())) {
      Schema<?> property = properties.get(name);
      if (property == null) {
        continue; // a field the document does not define: nothing to derive from it
      }
      JsonElement value = object.get(name);
      String childPath = path + "." + name;
      boolean holdsObjects = holdsObjects(property);
      if (mode == Mode.FUTURE && value.isJsonPrimitive() && SCHEMAS.resolve(property).getEnum() != null) {
        object.add(name, unlisted(value, childPath));
      } else if (mode == Mode.NULLS && !required.contains(name) && !holdsObjects) {
        object.add(name, JsonNull.INSTANCE);
        nulledPaths.add(childPath);
        Schema<?> resolvedProperty = SCHEMAS.resolve(property);
        if (resolvedProperty.getType() != null && !Boolean.TRUE.equals(resolvedProperty.getNullable())) {
          forbiddenNullPaths.add(childPath);
        }
      } else {
        walk(value, property, childPath, mode);
      }
    }
    if (mode == Mode.FUTURE) {
      JsonObject extra = new JsonObject();
      extra.addProperty("note", "unknown to this contract");
      extra.add("weights", JsonParser.parseString("[0, 2.50, -1e3]"));
      object.add(FUTURE_FIELD, extra);
      extendedObjectPaths.add(path);
    }
  }

  /** A field of the payload: its object, name, schema and path. */
  private static final class Place {
    final JsonObject object;
    final String name;
    final Schema<?> schema;
    final String path;

    Place(JsonObject object, String name, Schema<?> schema, String path) {
      this.object = object;
      this.name = name;
      this.schema = schema;
      this.path = path;
    }
  }

  private interface FieldTest {
    boolean test(Schema<?> property, boolean required, JsonElement value);
  }

  /** The first field, depth first in the payload's order, that passes the test. */
  private Place first(JsonElement node, Schema<?> schema, String path, FieldTest test) {
    Place found = find(node, schema, path, test);
    if (found == null) {
      throw new IllegalStateException("no field of the sample passes the test");
    }
    return found;
  }

  private Place find(JsonElement node, Schema<?> schema, String path, FieldTest test) {
    Schema<?> resolved = SCHEMAS.resolve(schema);
    if (node.isJsonArray() && "array".equals(resolved.getType())) {
      JsonArray array = node.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        Place found = find(array.get(i), resolved.getItems(), path + "[" + i + "]", test);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    Map<String, Schema<?>> properties = SCHEMAS.properties(resolved);
    if (!node.isJsonObject()) {
      return null;
    }
    JsonObject object = node.getAsJsonObject();
    List<String> required = SCHEMAS.required(resolved);
    for (String name : object.keySet()) {
      Schema<?> property = properties.get(name);
      if (property == null) {
        continue;
      }
      if (test.test(property, required.contains(name), object.get(name))) {
        return new Place(object, name, property, path + "." + name);
      }
      Place found = find(object.get(name), property, path + "." + name, test);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Whether the schema is an object with properties, or an array (of arrays) of such objects. */
  private static boolean holdsObjects(Schema<?> schema) {
    return !SCHEMAS.properties(SCHEMAS.unwrapArrays(schema)).isEmpty();
  }

  private JsonElement unlisted(JsonElement value, String path) {
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      booleanEnumPaths.add(path);
      return new JsonPrimitive(!primitive.getAsBoolean());
    }
    changedEnumPaths.add(path);
    return new JsonPrimitive(primitive.getAsString() + "-next");
  }
}
