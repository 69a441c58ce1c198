package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The contract's response schema rewritten as one self-contained JSON Schema (OpenAPI 3.0 dialect)
 * that says "drift" wherever the client would: every object that declares properties and says
 * nothing of others is closed ({@code additionalProperties: false}), {@code allOf} of objects is
 * folded into one object (closing its parts separately would reject everything), a string the
 * document marks {@code x-scenario-also-number} also accepts a number, as the client does, and
 * only the keywords that validate are kept. Components move to {@code definitions}.
 */
final class ValidationSchema {
  private static final Set<String> KEYWORDS = new HashSet<>(Arrays.asList(
      "type", "nullable", "properties", "required", "items", "enum", "additionalProperties", "allOf", "anyOf",
      "oneOf", "not", "$ref", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
      "maxLength", "multipleOf", "minItems", "maxItems", "uniqueItems", "pattern", "minProperties", "maxProperties"));
  private static final String COMPONENTS = "#/components/schemas/";
  static final String DEFINITIONS = "#/definitions/";

  private final Contract contract;

  private ValidationSchema(Contract contract) {
    this.contract = contract;
  }

  /** The response schema, with every component under {@code definitions}. */
  static ObjectNode of(Contract contract) {
    ValidationSchema rewrite = new ValidationSchema(contract);
    ObjectNode root = rewrite.schema(contract.response().schema);
    ObjectNode definitions = root.putObject("definitions");
    for (Map.Entry<String, JsonNode> component : contract.schemas().properties()) {
      definitions.set(component.getKey(), rewrite.schema(component.getValue()));
    }
    return root;
  }

  private ObjectNode schema(JsonNode source) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    if (!source.isObject()) {
      return out; // a boolean or malformed schema accepts anything here; the document tests judge it
    }
    if (source.has("allOf") && foldable(source)) {
      return closedObject(folded(source), source);
    }
    for (Map.Entry<String, JsonNode> field : source.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (!KEYWORDS.contains(key)) {
        continue;
      }
      switch (key) {
        case "$ref":
          String ref = value.asText();
          out.put(key, ref.startsWith(COMPONENTS) ? DEFINITIONS + ref.substring(COMPONENTS.length()) : ref);
          break;
        case "properties":
          ObjectNode properties = out.putObject(key);
          value.properties().forEach(p -> properties.set(p.getKey(), schema(p.getValue())));
          break;
        case "items":
        case "not":
          out.set(key, schema(value));
          break;
        case "additionalProperties":
          out.set(key, value.isObject() ? schema(value) : value);
          break;
        case "allOf":
        case "anyOf":
        case "oneOf":
          ArrayNode parts = out.putArray(key);
          value.forEach(part -> parts.add(schema(part)));
          break;
        default:
          out.set(key, value);
      }
    }
    if (source.path("x-scenario-also-number").asBoolean(false) && "string".equals(source.path("type").asText())) {
      out.putArray("type").add("string").add("number");
    }
    if (source.has("properties") && !source.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    return out;
  }

  /** Whether every part of the {@code allOf} is an object schema (or a reference to one) with no {@code additionalProperties} of its own. */
  private boolean foldable(JsonNode source) {
    for (JsonNode part : source.get("allOf")) {
      JsonNode resolved = resolve(part);
      if (resolved.has("additionalProperties") || (resolved.has("allOf") && !foldable(resolved))
          || (!resolved.has("properties") && !resolved.has("allOf"))) {
        return false;
      }
    }
    return true;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 64 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      JsonNode target = ref.startsWith(COMPONENTS) ? contract.schemas().get(ref.substring(COMPONENTS.length())) : null;
      if (target == null) {
        return current;
      }
      current = target;
    }
    return current;
  }

  /** The object schema an {@code allOf} of objects describes: properties and required lists merged. */
  private ObjectNode folded(JsonNode source) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    merged.put("type", "object");
    ObjectNode properties = merged.putObject("properties");
    Set<String> required = new LinkedHashSet<>();
    for (JsonNode part : source.get("allOf")) {
      JsonNode resolved = resolve(part);
      JsonNode flat = resolved.has("allOf") ? folded(resolved) : resolved;
      flat.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
      flat.path("required").forEach(name -> required.add(name.asText()));
    }
    if (!required.isEmpty()) {
      ArrayNode list = merged.putArray("required");
      required.forEach(list::add);
    }
    return merged;
  }

  private ObjectNode closedObject(ObjectNode merged, JsonNode source) {
    ObjectNode out = schema(merged);
    if (source.has("nullable")) {
      out.set("nullable", source.get("nullable"));
    }
    return out;
  }
}
