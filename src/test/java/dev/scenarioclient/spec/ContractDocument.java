package dev.scenarioclient.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document read as a YAML tree, seen the way a vendor reference describes fields: each
 * property or parameter as a {@link Shape} (array depth, type, enumeration values, limits, nullable,
 * retired), and each object as its properties and required names, {@code allOf} folded. Every place
 * is identified by its {@link Pointer}, so that edits can be made to the text at the right spot.
 *
 * <p>Reads no generated class: it depends only on the document, so renaming the generated models'
 * package changes nothing here.
 */
final class ContractDocument {
  static final String OPERATION_PATH = "/models/{modelId}/examples";
  /** On a property or parameter: the newest vendor reference no longer lists it; it stays for users. */
  static final String RETIRED = "x-scenario-retired";
  /** On an enumeration schema: its values the newest vendor reference no longer lists. */
  static final String RETIRED_VALUES = "x-scenario-retired-values";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final Set<String> ALLOWED_KEYWORDS = Set.of(
      "description", "type", "items", "$ref", "allOf", "properties", "required", "enum", "nullable",
      "additionalProperties", "minimum", "maximum", "multipleOf", "maxLength", "x-scenario-also-number",
      RETIRED, RETIRED_VALUES);

  /**
   * A property or parameter schema as a reference would describe it.
   *
   * @param property where the property's own schema is
   * @param leaf where the value's schema is once {@code $ref}s are followed and arrays unwrapped
   * @param type the reference's word for it: string, number, boolean, true, unknown, map, object or
   *     enum; anything else (integer…) is the document's own type, which no reference uses
   * @param inventions keywords the document uses here that no reference form can say
   */
  record Shape(
      Pointer property,
      Pointer leaf,
      int arrayDepth,
      String type,
      List<String> enumValues,
      List<String> retiredValues,
      Map<String, BigDecimal> limits,
      boolean nullable,
      boolean retired,
      List<String> inventions) {}

  /**
   * An object schema with {@code allOf} folded.
   *
   * @param pointer the object schema
   * @param properties each property's schema, in the document's order
   * @param owners for each property, the schema whose {@code properties} holds it (differs from
   *     {@code pointer} for the parts of an {@code allOf})
   */
  record ObjectSchema(Pointer pointer, Map<String, Pointer> properties, Map<String, Pointer> owners, Set<String> required) {}

  /** One parameter of the operation. */
  record Parameter(String name, String in, boolean required, boolean retired, Pointer pointer, Pointer schema) {}

  private final JsonNode root;

  private ContractDocument(JsonNode root) {
    this.root = root;
  }

  static ContractDocument read(Path file) {
    return parse(OpenApiContract.read(file));
  }

  static ContractDocument parse(String text) {
    try {
      return new ContractDocument(YAML.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException("the document is not YAML", e);
    }
  }

  JsonNode at(Pointer pointer) {
    return root.at(pointer.json());
  }

  Pointer operation() {
    return Pointer.of("paths", OPERATION_PATH, "get");
  }

  Pointer okResponseSchema() {
    return operation().child("responses", "200", "content", "application/json", "schema");
  }

  Pointer okResponseExample() {
    return operation().child("responses", "200", "content", "application/json", "example");
  }

  List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    JsonNode list = at(operation().child("parameters"));
    for (int i = 0; i < list.size(); i++) {
      Pointer pointer = follow(operation().child("parameters", Integer.toString(i)));
      JsonNode parameter = at(pointer);
      parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
          parameter.path("required").asBoolean(false), parameter.path(RETIRED).asBoolean(false), pointer,
          pointer.child("schema")));
    }
    return parameters;
  }

  /** The component schema names, in the document's order. */
  List<String> componentNames() {
    List<String> names = new ArrayList<>();
    root.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Whether a component schema is an enumeration (a string with listed values). */
  boolean isEnumeration(String component) {
    JsonNode schema = at(Pointer.component(component));
    return schema.has("enum") && "string".equals(schema.path("type").asText(null));
  }

  /** Follows {@code $ref}s, and {@code allOf}s of a single {@code $ref}, to the schema they name. */
  Pointer follow(Pointer pointer) {
    Pointer current = pointer;
    Set<Pointer> seen = new HashSet<>();
    while (seen.add(current)) {
      JsonNode node = at(current);
      if (node.has("$ref")) {
        current = Pointer.fromRef(node.get("$ref").asText());
      } else if (node.has("allOf") && node.get("allOf").size() == 1 && !node.has("properties")
          && !node.has("type")) {
        current = current.child("allOf", "0");
      } else {
        return current;
      }
    }
    throw new IllegalStateException("$ref cycle at " + pointer);
  }

  Shape shape(Pointer property) {
    List<String> inventions = new ArrayList<>();
    JsonNode propertyNode = at(property);
    boolean retired = propertyNode.path(RETIRED).asBoolean(false);
    boolean nullable = propertyNode.path("nullable").asBoolean(false);
    Set<Pointer> levels = new LinkedHashSet<>();
    levels.add(property);
    Pointer current = follow(property);
    int depth = 0;
    while ("array".equals(at(current).path("type").asText(null))) {
      levels.add(current);
      for (String limit : ReferenceField.LIMITS) {
        if (at(current).has(limit)) {
          inventions.add(limit + " on an array level");
        }
      }
      depth++;
      current = follow(current.child("items"));
    }
    levels.add(current);
    JsonNode leaf = at(current);
    if (!current.equals(property) && depth > 0 && leaf.path("nullable").asBoolean(false)) {
      inventions.add("nullable on array items");
    } else if (!current.equals(property)) {
      nullable |= leaf.path("nullable").asBoolean(false);
    }
    for (Pointer level : levels) {
      at(level).fieldNames().forEachRemaining(key -> {
        if (!ALLOWED_KEYWORDS.contains(key)) {
          inventions.add(key);
        }
      });
      if (!level.equals(property) && at(level).has(RETIRED)) {
        inventions.add(RETIRED + " away from the property");
      }
    }
    String type = type(current);
    List<String> values = new ArrayList<>();
    leaf.path("enum").forEach(value -> values.add(value.asText()));
    List<String> retiredValues = new ArrayList<>();
    leaf.path(RETIRED_VALUES).forEach(value -> retiredValues.add(value.asText()));
    if (!retiredValues.isEmpty() && !type.equals("enum")) {
      inventions.add(RETIRED_VALUES + " on a " + type);
    }
    if (leaf.has("additionalProperties") && !(leaf.get("additionalProperties").isObject()
        && leaf.get("additionalProperties").isEmpty())) {
      inventions.add("additionalProperties other than {}");
    }
    if (leaf.has("x-scenario-also-number") && !type.equals("string")) {
      inventions.add("x-scenario-also-number on a " + type);
    }
    Map<String, BigDecimal> limits = new LinkedHashMap<>();
    for (String limit : ReferenceField.LIMITS) {
      if (leaf.has(limit)) {
        limits.put(limit, leaf.get(limit).decimalValue());
      }
    }
    return new Shape(property, current, depth, type, type.equals("enum") ? values : List.of(), retiredValues,
        limits, nullable, retired, inventions);
  }

  private String type(Pointer schema) {
    JsonNode node = at(schema);
    String type = node.path("type").asText(null);
    if (node.has("allOf") || node.has("properties")) {
      return "object";
    }
    if ("object".equals(type)) {
      return node.has("additionalProperties") ? "map" : "object";
    }
    if (node.has("enum")) {
      if ("boolean".equals(type) && node.get("enum").size() == 1 && node.get("enum").get(0).asBoolean(false)) {
        return "true";
      }
      return "string".equals(type) ? "enum" : "enum of " + type;
    }
    return type == null ? "unknown" : type;
  }

  /** The object schema at {@code pointer} (already followed), its {@code allOf} parts folded. */
  ObjectSchema object(Pointer pointer) {
    Map<String, Pointer> properties = new LinkedHashMap<>();
    Map<String, Pointer> owners = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(pointer, properties, owners, required);
    return new ObjectSchema(pointer, properties, owners, required);
  }

  private void collect(Pointer pointer, Map<String, Pointer> properties, Map<String, Pointer> owners, Set<String> required) {
    JsonNode node = at(pointer);
    JsonNode parts = node.path("allOf");
    for (int i = 0; i < parts.size(); i++) {
      collect(follow(pointer.child("allOf", Integer.toString(i))), properties, owners, required);
    }
    node.path("properties").fieldNames().forEachRemaining(name -> {
      properties.put(name, pointer.child("properties", name));
      owners.put(name, pointer);
    });
    node.path("required").forEach(name -> required.add(name.asText()));
  }
}
