package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Proposes the YAML that would absorb a body's new fields and enumeration values. A new field's
 * schema is inferred from every value it has anywhere in the body: its JSON type, array depth and,
 * for objects, their fields, recursively. An object that conforms to an existing component becomes
 * a {@code $ref} to it; any other object with fields becomes a new component, as the document keeps
 * objects in components. Numbers are {@code number}, as everywhere in the document. Wording is
 * never invented: every description is {@link Proposal#DESCRIBE}.
 */
final class SchemaInference {
  private static final int MAX_SAMPLES = 100;

  private final Contract contract;
  private final BodyValidator validator;
  private final Map<String, ObjectNode> newComponents = new LinkedHashMap<>();
  private final Map<String, List<String>> newComponentNotes = new LinkedHashMap<>();

  private SchemaInference(Contract contract, BodyValidator validator) {
    this.contract = contract;
    this.validator = validator;
  }

  /** The proposals for the new fields and unlisted values among the departures, in a stable order. */
  static List<Proposal> propose(Contract contract, BodyValidator validator, List<Departure> departures, JsonNode body) {
    return new SchemaInference(contract, validator).proposals(departures, body);
  }

  /** What one JSON location holds across the body: every type seen, merged element and field shapes. */
  private static final class Shape {
    final Set<String> types = new LinkedHashSet<>();
    @Nullable Shape items;
    final Map<String, Shape> fields = new TreeMap<>();
    final List<JsonNode> samples = new ArrayList<>();

    void add(JsonNode value) {
      types.add(DriftCheck.jsonType(value));
      if (value.isArray()) {
        Shape elements = items;
        if (elements == null) {
          elements = new Shape();
          items = elements;
        }
        value.forEach(elements::add);
      } else if (value.isObject()) {
        value.properties().forEach(field -> fields.computeIfAbsent(field.getKey(), name -> new Shape()).add(field.getValue()));
        if (samples.size() < MAX_SAMPLES) {
          samples.add(value);
        }
      }
    }
  }

  private List<Proposal> proposals(List<Departure> departures, JsonNode body) {
    Map<List<Object>, String> owners = new LinkedHashMap<>();
    Map<List<Object>, Map<String, Shape>> fields = new TreeMap<>(SchemaInference::comparePointers);
    Map<List<Object>, Set<JsonNode>> values = new TreeMap<>(SchemaInference::comparePointers);
    for (Departure departure : departures) {
      List<Object> target = departure.target();
      if (target == null) {
        continue;
      }
      JsonNode value = departure.jsonPath().in(body);
      if (departure.kind() == Departure.Kind.UNKNOWN_FIELD && value != null) {
        owners.put(target, departure.component());
        fields.computeIfAbsent(target, t -> new TreeMap<>())
            .computeIfAbsent(departure.fieldName(), name -> new Shape()).add(value);
      } else if (departure.kind() == Departure.Kind.UNLISTED_VALUE && value != null) {
        owners.put(target, departure.component());
        values.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(value);
      }
    }
    List<Proposal> proposals = new ArrayList<>();
    for (Map.Entry<List<Object>, Map<String, Shape>> entry : fields.entrySet()) {
      String owner = owners.get(entry.getKey());
      proposals.add(fieldsProposal(owner != null ? owner : "", entry.getKey(), entry.getValue()));
    }
    for (Map.Entry<String, ObjectNode> component : newComponents.entrySet()) {
      List<Object> pointer = Arrays.asList("components", "schemas");
      StringBuilder yaml = new StringBuilder();
      YamlStyle.entry(yaml, YamlStyle.indentUnder(pointer), component.getKey(), component.getValue());
      List<String> notes = newComponentNotes.getOrDefault(component.getKey(), Collections.emptyList());
      proposals.add(new Proposal(Proposal.Kind.NEW_COMPONENT, component.getKey(), pointer,
          Collections.singletonMap(component.getKey(), component.getValue()), Collections.emptyList(), notes,
          withNotes(notes, yaml, YamlStyle.indentUnder(pointer))));
    }
    for (Map.Entry<List<Object>, Set<JsonNode>> entry : values.entrySet()) {
      String owner = owners.get(entry.getKey());
      proposals.add(valuesProposal(owner != null ? owner : "", entry.getKey(), new ArrayList<>(entry.getValue())));
    }
    return proposals;
  }

  private Proposal fieldsProposal(String component, List<Object> pointer, Map<String, Shape> shapes) {
    Map<String, JsonNode> additions = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, Shape> field : shapes.entrySet()) {
      additions.put(field.getKey(), field(field.getKey(), field.getValue(), component, notes));
    }
    int indent = YamlStyle.indentUnder(pointer);
    StringBuilder yaml = new StringBuilder();
    additions.forEach((name, schema) -> YamlStyle.entry(yaml, indent, name, schema));
    return new Proposal(Proposal.Kind.NEW_FIELDS, component, pointer, additions, Collections.emptyList(), notes,
        withNotes(notes, yaml, indent));
  }

  private static String withNotes(List<String> notes, StringBuilder yaml, int indent) {
    StringBuilder out = new StringBuilder();
    notes.forEach(note -> YamlStyle.comment(out, indent, note));
    return out.append(yaml).toString();
  }

  /** A field's schema: {@code description} first, then its type; a bare {@code $ref} for an object, as the document writes them. */
  private ObjectNode field(String name, Shape shape, String owner, List<String> notes) {
    ObjectNode type = type(name, shape, owner, notes);
    if (type.has("$ref")) {
      return type;
    }
    ObjectNode field = JsonNodeFactory.instance.objectNode();
    field.put("description", Proposal.DESCRIBE);
    field.setAll(type);
    return field;
  }

  private ObjectNode type(String name, Shape shape, String owner, List<String> notes) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    Set<String> types = new LinkedHashSet<>(shape.types);
    boolean nullSeen = types.remove("null");
    if (types.size() != 1) {
      notes.add(name + ": " + (types.isEmpty() ? "only null seen" : "seen as " + String.join(" and ", types))
          + "; its type is left for a person");
      return schema;
    }
    String type = types.iterator().next();
    if (type.equals("object") && !shape.fields.isEmpty()) {
      String component = existingComponent(shape);
      if (component == null) {
        component = newComponent(name, shape, owner);
      }
      schema.put("$ref", "#/components/schemas/" + component);
      if (nullSeen) {
        notes.add(name + ": also seen as null; a nullable reference needs a person (OpenAPI 3.0 ignores siblings of $ref)");
      }
      return schema;
    }
    schema.put("type", type);
    if (nullSeen) {
      schema.put("nullable", true);
    }
    if (type.equals("array")) {
      Shape items = shape.items;
      if (items == null || items.types.isEmpty()) {
        notes.add(name + ": only empty arrays seen; the item type is left for a person");
        schema.putObject("items");
      } else {
        schema.set("items", type(singular(name), items, owner, notes));
      }
    } else if (type.equals("object")) {
      notes.add(name + ": only empty objects seen; its fields are left for a person");
    }
    return schema;
  }

  /** The one object component every sampled value conforms to, or {@code null} when none or several do. */
  private @Nullable String existingComponent(Shape shape) {
    String match = null;
    for (String component : contract.componentNames()) {
      if (contract.properties(new Contract.SchemaNode(contract.schemas().path(component),
          Arrays.asList("components", "schemas", component), component)).isEmpty()) {
        continue;
      }
      boolean all = true;
      for (JsonNode sample : shape.samples) {
        if (!validator.conforms(sample, component)) {
          all = false;
          break;
        }
      }
      if (all) {
        if (match != null) {
          return null;
        }
        match = component;
      }
    }
    return match;
  }

  /** A new component for an object shape, or the one already proposed for the same schema. */
  private String newComponent(String field, Shape shape, String owner) {
    ObjectNode component = JsonNodeFactory.instance.objectNode();
    component.put("description", Proposal.DESCRIBE);
    component.put("type", "object");
    ObjectNode properties = component.putObject("properties");
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, Shape> child : shape.fields.entrySet()) {
      properties.set(child.getKey(), field(child.getKey(), child.getValue(), owner, notes));
    }
    for (Map.Entry<String, ObjectNode> proposed : newComponents.entrySet()) {
      if (proposed.getValue().equals(component)) {
        return proposed.getKey();
      }
    }
    String base = pascal(field);
    String name = base;
    for (int n = 2; contract.schemas().has(name) || newComponents.containsKey(name); n++) {
      name = n == 2 && !owner.isEmpty() ? owner + base : owner + base + n;
    }
    newComponents.put(name, component);
    newComponentNotes.put(name, notes);
    return name;
  }

  private Proposal valuesProposal(String component, List<Object> pointer, List<JsonNode> added) {
    JsonNode listed = contract.document();
    for (Object key : pointer) {
      listed = key instanceof Integer ? listed.path((Integer) key) : listed.path((String) key);
    }
    List<String> existing = new ArrayList<>();
    listed.forEach(value -> existing.add(value.asText()));
    List<String> sorted = new ArrayList<>(existing);
    Collections.sort(sorted);
    boolean ordered = sorted.equals(existing) && !existing.isEmpty();
    List<JsonNode> values = new ArrayList<>(added);
    values.sort((a, b) -> a.asText().compareTo(b.asText()));
    int indent = YamlStyle.indentUnder(pointer);
    StringBuilder yaml = new StringBuilder();
    for (JsonNode value : values) {
      String after = null;
      for (String listedValue : existing) {
        if (listedValue.compareTo(value.asText()) < 0) {
          after = listedValue;
        }
      }
      String where = !ordered ? "append" : after == null ? "first" : "after \"" + after + "\"";
      YamlStyle.item(yaml, indent, value, where);
    }
    return new Proposal(Proposal.Kind.NEW_VALUES, component, pointer, Collections.emptyMap(), values,
        Collections.emptyList(), yaml.toString());
  }

  static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, "Field");
    }
    return out.toString();
  }

  private static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 3) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 1) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static int comparePointers(List<Object> a, List<Object> b) {
    return JsonPath.of(a).compareTo(JsonPath.of(b));
  }
}
