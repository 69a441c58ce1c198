package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks response bodies of the list-examples operation against a contract. A check is the union
 * of two verdicts, with duplicates merged: the JSON Schema validator's on the contract's response
 * schema (which sees every departure, wrong types anywhere included), and, when the contract is the
 * one the client was generated from, the client's strict mode (which stops at the first wrong
 * type). Each departure is then described from the body and the document alike, whichever check
 * saw it. Reusable and thread-safe.
 */
public final class DriftCheck {
  private static final Set<String> LIMITS = new HashSet<>(Arrays.asList(
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "multipleOf",
      "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "pattern"));
  private static final int MAX_FOUND = 80;

  private final Contract contract;
  private final BodyValidator validator;
  private final ObjectMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private DriftCheck(Contract contract) {
    this.contract = contract;
    this.validator = new BodyValidator(ValidationSchema.of(contract));
  }

  /** A check against the contract embedded in the jar, the one the client's models were generated from. */
  public static DriftCheck embedded() {
    return new DriftCheck(Contract.embedded());
  }

  /**
   * A check against an OpenAPI document in a file.
   *
   * @throws dev.scenarioclient.errors.ScenarioInputException if the file cannot be read or is not such a document
   */
  public static DriftCheck against(Path contractFile) {
    return new DriftCheck(Contract.load(contractFile));
  }

  /** Returns the name of the contract, as reports show it. */
  public String contractName() {
    return contract.name();
  }

  /**
   * Checks one body.
   *
   * @param body the response body
   * @param subject what the body is, for the report (a file name, a request)
   * @throws ScenarioInvalidResponseException if the body is not JSON
   */
  public DriftReport check(String body, String subject) {
    JsonNode tree = parse(body);
    Map<Key, Set<Departure.Source>> seen = new LinkedHashMap<>();
    Map<Key, Set<String>> details = new HashMap<>();
    for (BodyValidator.Finding finding : validator.validate(tree)) {
      Key key = key(finding, tree);
      seen.computeIfAbsent(key, k -> EnumSet.noneOf(Departure.Source.class)).add(Departure.Source.VALIDATOR);
      if (key.kind == Departure.Kind.OTHER) {
        details.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(finding.message());
      } else if (key.kind == Departure.Kind.OUTSIDE_LIMIT) {
        details.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(finding.keyword);
      }
    }
    List<String> notes = new ArrayList<>();
    if (contract.generatedModels()) {
      StrictCheck strict = StrictCheck.run(body);
      for (ContractViolation violation : strict.violations) {
        Key key = new Key(JsonPath.parse(violation.jsonPath(), tree), kind(violation.kind()));
        seen.computeIfAbsent(key, k -> EnumSet.noneOf(Departure.Source.class)).add(Departure.Source.STRICT_MODE);
      }
      String stoppedAt = strict.stoppedAt;
      if (stoppedAt != null) {
        Key key = new Key(JsonPath.parse(stoppedAt, tree),
            strict.stoppedAtWrongType() ? Departure.Kind.WRONG_TYPE : Departure.Kind.OTHER);
        seen.computeIfAbsent(key, k -> EnumSet.noneOf(Departure.Source.class)).add(Departure.Source.STRICT_MODE);
        if (key.kind == Departure.Kind.OTHER) {
          details.computeIfAbsent(key, k -> new LinkedHashSet<>()).add("the client cannot read it: " + strict.stopReason);
        }
        notes.add("strict mode stopped at " + Printable.safe(stoppedAt) + " (" + Printable.safe(String.valueOf(strict.stopReason))
            + "); the departures after it come from the validator alone");
      }
    } else {
      notes.add("strict mode skipped: the client's models were generated from another document than "
          + contract.name() + "; the validator alone judged the body");
    }
    List<Departure> departures = describe(seen, details, tree, new HashMap<>());
    List<Proposal> proposals = SchemaInference.propose(contract, validator, departures, tree);
    return new DriftReport(subject, contract.name(), contract.generatedModels(), departures, proposals, notes);
  }

  private JsonNode parse(String body) {
    try {
      JsonNode tree = json.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw new ScenarioInvalidResponseException("Response body is not JSON: it is empty", "$", null);
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String detail = Contract.firstLine(e.getOriginalMessage())
          .replaceAll("\\s*\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)", " (opened at line $1 column $2)")
          .replaceAll("\\s*\\[Source: [^\\]]*\\]", "");
      throw new ScenarioInvalidResponseException("Response body is not JSON: " + detail
          + (at != null ? " at line " + at.getLineNr() + " column " + at.getColumnNr() : ""), null, e);
    }
  }

  /** A departure before it is described: where and what kind. */
  private static final class Key {
    final JsonPath path;
    final Departure.Kind kind;

    Key(JsonPath path, Departure.Kind kind) {
      this.path = path;
      this.kind = kind;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key && path.equals(((Key) other).path) && kind == ((Key) other).kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(path, kind);
    }
  }

  private static Key key(BodyValidator.Finding finding, JsonNode tree) {
    String property = finding.property;
    switch (finding.keyword) {
      case "additionalProperties":
        return property != null ? new Key(finding.path.child(property), Departure.Kind.UNKNOWN_FIELD)
            : new Key(finding.path, Departure.Kind.OTHER);
      case "required":
        return property != null ? new Key(finding.path.child(property), Departure.Kind.MISSING_REQUIRED_FIELD)
            : new Key(finding.path, Departure.Kind.OTHER);
      case "type":
      case "enum":
        JsonNode value = finding.path.in(tree);
        if (value != null && value.isNull()) {
          return new Key(finding.path, Departure.Kind.UNEXPECTED_NULL);
        }
        return new Key(finding.path, finding.keyword.equals("type") ? Departure.Kind.WRONG_TYPE : Departure.Kind.UNLISTED_VALUE);
      default:
        return new Key(finding.path, LIMITS.contains(finding.keyword) ? Departure.Kind.OUTSIDE_LIMIT : Departure.Kind.OTHER);
    }
  }

  private static Departure.Kind kind(ContractViolation.Kind kind) {
    switch (kind) {
      case UNKNOWN_FIELD:
        return Departure.Kind.UNKNOWN_FIELD;
      case UNLISTED_VALUE:
        return Departure.Kind.UNLISTED_VALUE;
      case MISSING_REQUIRED_FIELD:
        return Departure.Kind.MISSING_REQUIRED_FIELD;
      case UNEXPECTED_NULL:
        return Departure.Kind.UNEXPECTED_NULL;
      default:
        return Departure.Kind.OTHER;
    }
  }

  /**
   * Describes each departure from the body and the document, drops those that only repeat a wrong
   * type or a null at the same path (a value of the wrong type is not also "unlisted"), and moves new
   * fields of a component composed with {@code allOf} to the part that has them everywhere.
   */
  private List<Departure> describe(Map<Key, Set<Departure.Source>> seen, Map<Key, Set<String>> details, JsonNode tree,
      Map<List<Object>, Optional<Contract.SchemaNode>> located) {
    Set<JsonPath> typeOrNull = new HashSet<>();
    seen.keySet().forEach(key -> {
      if (key.kind == Departure.Kind.WRONG_TYPE || key.kind == Departure.Kind.UNEXPECTED_NULL) {
        typeOrNull.add(key.path);
      }
    });
    List<Departure> departures = new ArrayList<>();
    for (Map.Entry<Key, Set<Departure.Source>> entry : seen.entrySet()) {
      Key key = entry.getKey();
      if (((key.kind == Departure.Kind.UNLISTED_VALUE || key.kind == Departure.Kind.OUTSIDE_LIMIT) && typeOrNull.contains(key.path))
          || (key.kind == Departure.Kind.WRONG_TYPE && seen.containsKey(new Key(key.path, Departure.Kind.UNEXPECTED_NULL)))) {
        continue;
      }
      departures.add(describe(key, entry.getValue(), details.getOrDefault(key, new LinkedHashSet<>()), tree, located));
    }
    departures = foldComposedOwners(departures);
    departures.sort((a, b) -> {
      int order = a.jsonPath().compareTo(b.jsonPath());
      return order != 0 ? order : a.kind().compareTo(b.kind());
    });
    return departures;
  }

  private Departure describe(Key key, Set<Departure.Source> sources, Set<String> details, JsonNode tree,
      Map<List<Object>, Optional<Contract.SchemaNode>> located) {
    JsonPath path = key.path;
    JsonNode value = path.in(tree);
    JsonPath parent = path.parent();
    Contract.SchemaNode node = locate(path, located);
    switch (key.kind) {
      case UNKNOWN_FIELD: {
        Contract.SchemaNode owner = parent != null ? locate(parent, located) : null;
        Contract.SchemaNode home = owner != null ? fieldsHome(owner) : null;
        return new Departure(path, key.kind, value != null ? jsonType(value) : null, null,
            home != null ? home.component : "(not described)", sources, home != null ? with(home.pointer, "properties") : null);
      }
      case UNLISTED_VALUE: {
        String ref = node != null ? node.ref() : null;
        Contract.SchemaNode resolved = node != null ? contract.resolve(node) : null;
        String component = ref != null ? ref : node != null ? node.component : "(not described)";
        String expected = resolved == null ? null
            : resolved.schema.path("enum").size() <= 4 ? "one of " + resolved.schema.path("enum")
            : "one of the " + resolved.schema.path("enum").size() + " values of " + (ref != null ? ref : component + "." + lastName(path));
        return new Departure(path, key.kind, value != null ? found(value) : null, expected, component, sources,
            resolved != null ? with(resolved.pointer, "enum") : null);
      }
      case MISSING_REQUIRED_FIELD: {
        Contract.SchemaNode owner = parent != null ? locate(parent, located) : null;
        return new Departure(path, key.kind, null, null, owner != null ? requiredBy(owner, lastName(path)) : "(not described)",
            sources, null);
      }
      case WRONG_TYPE:
        return new Departure(path, key.kind, value != null ? jsonType(value) : null,
            node != null ? contract.describeType(node) : null, fieldOwner(node), sources, null);
      case UNEXPECTED_NULL:
        return new Departure(path, key.kind, null, node != null ? contract.describeType(node) : null, fieldOwner(node), sources, null);
      case OUTSIDE_LIMIT: {
        Contract.SchemaNode resolved = node != null ? contract.resolve(node) : null;
        List<String> limits = new ArrayList<>();
        for (String keyword : details) {
          limits.add(keyword + (resolved != null && resolved.schema.has(keyword) ? " " + json(resolved.schema.get(keyword)) : ""));
        }
        return new Departure(path, key.kind, value != null ? found(value) : null, String.join(", ", limits), fieldOwner(node),
            sources, null);
      }
      default:
        return new Departure(path, key.kind, value != null ? found(value) : null, String.join("; ", details), fieldOwner(node),
            sources, null);
    }
  }

  /**
   * The schema of a path, remembered for the check by the path's shape (its names, with every
   * index alike): a body repeats the same few shapes in thousands of places.
   */
  private Contract.@Nullable SchemaNode locate(JsonPath path, Map<List<Object>, Optional<Contract.SchemaNode>> located) {
    List<Object> shape = new ArrayList<>(path.segments().size());
    for (Object segment : path.segments()) {
      shape.add(segment instanceof Integer ? 0 : segment);
    }
    return located.computeIfAbsent(shape, s -> Optional.ofNullable(contract.locate(path))).orElse(null);
  }

  /** Where new fields of an object go: the object itself, or, for an {@code allOf}, the part written in the component. */
  private Contract.SchemaNode fieldsHome(Contract.SchemaNode owner) {
    Contract.SchemaNode resolved = contract.resolve(owner);
    List<Contract.SchemaNode> parts = contract.parts(resolved);
    for (Contract.SchemaNode part : parts) {
      if (part.component.equals(resolved.component) && part.schema.has("properties")) {
        return part;
      }
    }
    return parts.get(0);
  }

  private String requiredBy(Contract.SchemaNode owner, String field) {
    for (Contract.SchemaNode part : contract.parts(contract.resolve(owner))) {
      for (JsonNode name : part.schema.path("required")) {
        if (name.asText().equals(field)) {
          return part.component;
        }
      }
    }
    return contract.componentOf(owner);
  }

  /** The component in which the field at a path is written (the root's own component for {@code $}). */
  private String fieldOwner(Contract.@Nullable SchemaNode node) {
    if (node == null) {
      return "(not described)";
    }
    return node.pointer.get(0).equals("paths") ? contract.componentOf(node) : node.component;
  }

  /**
   * A new field seen both in a component composed with {@code allOf} and in a component it is
   * composed of belongs to the latter: that is the schema both places share.
   */
  private List<Departure> foldComposedOwners(List<Departure> departures) {
    Map<String, Set<String>> newFieldsByComponent = new HashMap<>();
    Map<String, List<Object>> targets = new HashMap<>();
    for (Departure departure : departures) {
      List<Object> target = departure.target();
      if (departure.kind() == Departure.Kind.UNKNOWN_FIELD && target != null) {
        newFieldsByComponent.computeIfAbsent(departure.component(), c -> new HashSet<>()).add(departure.fieldName());
        targets.putIfAbsent(departure.component(), target);
      }
    }
    List<Departure> folded = new ArrayList<>(departures.size());
    for (Departure departure : departures) {
      String base = departure.kind() == Departure.Kind.UNKNOWN_FIELD ? sharedBase(departure, newFieldsByComponent) : null;
      List<Object> baseTarget = base != null ? targets.get(base) : null;
      folded.add(base == null || baseTarget == null ? departure
          : new Departure(departure.jsonPath(), departure.kind(), departure.found(), departure.expected(), base,
              departure.sources(), baseTarget));
    }
    return folded;
  }

  private @Nullable String sharedBase(Departure departure, Map<String, Set<String>> newFieldsByComponent) {
    JsonNode component = contract.schemas().get(departure.component());
    if (component == null || !component.has("allOf")) {
      return null;
    }
    Contract.SchemaNode composed = contract.resolve(new Contract.SchemaNode(component,
        Arrays.asList("components", "schemas", departure.component()), departure.component()));
    for (Contract.SchemaNode part : contract.parts(composed)) {
      Set<String> names = newFieldsByComponent.get(part.component);
      if (!part.component.equals(departure.component()) && names != null && names.contains(departure.fieldName())) {
        return part.component;
      }
    }
    return null;
  }

  private static List<Object> with(List<Object> pointer, String key) {
    List<Object> longer = new ArrayList<>(pointer);
    longer.add(key);
    return longer;
  }

  private static String lastName(JsonPath path) {
    List<Object> segments = path.segments();
    return segments.isEmpty() ? "$" : String.valueOf(segments.get(segments.size() - 1));
  }

  /** The JSON type of a value as the reports name it: object, array, string, number, boolean or null. */
  static String jsonType(JsonNode value) {
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return "null";
  }

  private static String found(JsonNode value) {
    String text = value.isContainerNode() ? jsonType(value) : json(value);
    return text.length() <= MAX_FOUND ? text : text.substring(0, MAX_FOUND - 3) + "...";
  }

  /**
   * Returns a value as {@link JsonNode#toString()} writes it. That builds a JSON writer for every
   * value; a drifted body has tens of thousands of departures, so scalars are written here.
   */
  static String json(JsonNode value) {
    if (value.isTextual()) {
      return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value.textValue())) + '"';
    }
    return value.isNumber() || value.isBoolean() || value.isNull() ? value.asText() : value.toString();
  }
}
