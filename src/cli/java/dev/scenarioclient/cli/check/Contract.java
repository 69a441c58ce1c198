package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.scenarioclient.errors.ScenarioInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OpenAPI document a body is checked against, as a tree, with the walks a check needs: the
 * list-examples response schema, following {@code $ref}s and {@code allOf}, and the schema that
 * describes a given JSON path, with the component that owns it.
 */
final class Contract {
  /** Where the library and CLI jars carry the contract the client was generated from. */
  static final String EMBEDDED = "META-INF/openapi/scenario-model-examples-client/openapi.yaml";

  private static final String OPERATION = "listModelExamples";
  private static final String COMPONENTS = "#/components/schemas/";

  private final String name;
  private final ObjectNode document;
  private final ObjectNode schemas;
  private final SchemaNode response;
  private final boolean generatedModels;

  private Contract(String name, String text, boolean generatedModels) {
    this.name = name;
    this.generatedModels = generatedModels;
    JsonNode tree;
    try {
      tree = new YAMLMapper().readTree(text);
    } catch (IOException e) {
      throw new ScenarioInputException("contract " + name + " is not YAML: " + firstLine(e.getMessage()));
    }
    if (tree == null || !tree.isObject()) {
      throw new ScenarioInputException("contract " + name + " is not an OpenAPI document");
    }
    this.document = (ObjectNode) tree;
    JsonNode components = document.path("components").path("schemas");
    if (!components.isObject()) {
      throw new ScenarioInputException("contract " + name + " has no components.schemas");
    }
    this.schemas = (ObjectNode) components;
    this.response = findResponse();
  }

  /** The contract embedded in the jar, which the client's models were generated from. */
  static Contract embedded() {
    String text = embeddedText();
    if (text == null) {
      throw new IllegalStateException(EMBEDDED + " is missing from the class path");
    }
    return new Contract("the embedded contract (" + EMBEDDED + ")", text, true);
  }

  /** A contract read from a file; the client's strict mode joins the check only if it equals the embedded one. */
  static Contract load(Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ScenarioInputException("--contract " + file + ": no such file");
    } catch (IOException e) {
      throw new ScenarioInputException("--contract " + file + ": cannot be read (" + firstLine(e.getMessage()) + ")");
    }
    return new Contract(file.toString(), text, text.equals(embeddedText()));
  }

  private static @Nullable String embeddedText() {
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        return null;
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
      return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + EMBEDDED, e);
    }
  }

  static String firstLine(@Nullable String message) {
    return message == null ? "no detail" : message.split("\n", 2)[0];
  }

  private SchemaNode findResponse() {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      JsonNode get = path.getValue().path("get");
      if (OPERATION.equals(get.path("operationId").asText())) {
        JsonNode schema = get.path("responses").path("200").path("content").path("application/json").path("schema");
        if (schema.isObject()) {
          return new SchemaNode(schema,
              Arrays.asList("paths", path.getKey(), "get", "responses", "200", "content", "application/json", "schema"),
              "(response)");
        }
      }
    }
    throw new ScenarioInputException(
        "contract " + name + " has no 200 application/json response schema for operation " + OPERATION);
  }

  String name() {
    return name;
  }

  /** Whether the client's generated models (and so its strict mode) follow exactly this document. */
  boolean generatedModels() {
    return generatedModels;
  }

  ObjectNode document() {
    return document;
  }

  ObjectNode schemas() {
    return schemas;
  }

  SchemaNode response() {
    return response;
  }

  Set<String> componentNames() {
    Set<String> names = new LinkedHashSet<>();
    schemas.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A schema of the document, where it is (a pointer into the document) and the component it is in. */
  static final class SchemaNode {
    final JsonNode schema;
    final List<Object> pointer;
    final String component;

    SchemaNode(JsonNode schema, List<Object> pointer, String component) {
      this.schema = schema;
      this.pointer = Collections.unmodifiableList(new ArrayList<>(pointer));
      this.component = component;
    }

    SchemaNode child(JsonNode child, Object... keys) {
      List<Object> longer = new ArrayList<>(pointer);
      longer.addAll(Arrays.asList(keys));
      return new SchemaNode(child, longer, component);
    }

    /** The component this schema names with {@code $ref}, or {@code null}. */
    @Nullable String ref() {
      String ref = schema.path("$ref").asText(null);
      return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }
  }

  /** Follows {@code $ref}s to the schema they name. */
  SchemaNode resolve(SchemaNode node) {
    SchemaNode current = node;
    for (int hops = 0; hops < 64; hops++) {
      String ref = current.ref();
      if (ref == null) {
        return current;
      }
      JsonNode target = schemas.get(ref);
      if (target == null) {
        throw new ScenarioInputException("contract " + name + ": $ref to a missing component " + ref);
      }
      current = new SchemaNode(target, Arrays.asList("components", "schemas", ref), ref);
    }
    throw new ScenarioInputException("contract " + name + ": $ref cycle at " + current.component);
  }

  /** The parts of a resolved schema: itself, or each resolved part of its {@code allOf}, recursively. */
  List<SchemaNode> parts(SchemaNode resolved) {
    JsonNode allOf = resolved.schema.get("allOf");
    if (allOf == null || !allOf.isArray()) {
      return Collections.singletonList(resolved);
    }
    List<SchemaNode> parts = new ArrayList<>();
    for (int i = 0; i < allOf.size(); i++) {
      parts.addAll(parts(resolve(resolved.child(allOf.get(i), "allOf", i))));
    }
    return Collections.unmodifiableList(parts);
  }

  /** The named property of a schema (resolved first), searching {@code allOf} parts, or {@code null}. */
  @Nullable SchemaNode property(SchemaNode node, String field) {
    for (SchemaNode part : parts(resolve(node))) {
      JsonNode property = part.schema.path("properties").get(field);
      if (property != null) {
        return part.child(property, "properties", field);
      }
    }
    return null;
  }

  /** All properties of a schema (resolved first), {@code allOf} parts merged, in document order. */
  Map<String, SchemaNode> properties(SchemaNode node) {
    Map<String, SchemaNode> properties = new LinkedHashMap<>();
    for (SchemaNode part : parts(resolve(node))) {
      for (Map.Entry<String, JsonNode> field : part.schema.path("properties").properties()) {
        properties.putIfAbsent(field.getKey(), part.child(field.getValue(), "properties", field.getKey()));
      }
    }
    return properties;
  }

  /** The items schema of an array schema (resolved first), or {@code null}. */
  @Nullable SchemaNode items(SchemaNode node) {
    SchemaNode resolved = resolve(node);
    JsonNode items = resolved.schema.get("items");
    return items != null ? resolved.child(items, "items") : null;
  }

  /** The schema describing a path of the body, unresolved, or {@code null} where the contract describes none. */
  @Nullable SchemaNode locate(JsonPath path) {
    SchemaNode node = response;
    for (Object segment : path.segments()) {
      SchemaNode next = segment instanceof Integer ? items(node) : property(node, (String) segment);
      if (next == null) {
        return null;
      }
      node = next;
    }
    return node;
  }

  /** The component a schema belongs to once resolved: the one it names, or the one it is written in. */
  String componentOf(SchemaNode node) {
    return resolve(node).component;
  }

  /** Names the JSON type a schema expects, e.g. {@code string}, {@code array of AssetReference}, {@code AssetKind}. */
  String describeType(SchemaNode node) {
    String ref = node.ref();
    SchemaNode resolved = resolve(node);
    String type = resolved.schema.path("type").asText("");
    if ("array".equals(type)) {
      SchemaNode items = items(resolved);
      return "array" + (items != null ? " of " + describeType(items) : "");
    }
    if (ref != null) {
      return type.isEmpty() || "object".equals(type) ? ref : ref + " (" + type + ")";
    }
    if (resolved.schema.path("x-scenario-also-number").asBoolean(false)) {
      return type + " or number";
    }
    return type.isEmpty() ? "any value" : type;
  }
}
