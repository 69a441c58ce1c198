package dev.scenarioclient.spec;

import dev.scenarioclient.testing.JsonKeyPaths;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reference sync, for maintainers: reads a vendor reference in either published form, prints
 * every difference from openapi/openapi.yaml, and with {@code -Dwrite=true} applies the additions to
 * the document in place.
 *
 * <pre>
 * mvn -q test-compile exec:java@sync-reference -Dreference=PATH [-Dwrite=true]
 * </pre>
 *
 * <p>Write mode edits the text, not a YAML round trip: every line it does not touch stays byte for
 * byte. It inserts new fields, parameters and enumeration values where the reference lists them,
 * new object and enumeration schemas as components in the document's order (objects before the
 * {@code # ---- enumerations ----} line, enumerations after), writes new and changed limits and
 * {@code nullable: true}, and marks what the reference no longer lists as retired ({@code
 * x-scenario-retired: true}, {@code x-scenario-retired-values}), since removing it would take a
 * getter or constant away from users. Each new description is left for a person to write, marked
 * {@value #MARKER}. It also replaces the document's example, and the replay stubs' sample file, by
 * the reference's sample when that loses no field. Everything else (a changed type, required flag or
 * array depth, a removed limit) is only reported: it is a decision, not an addition.
 */
public final class ReferenceSync {
  /** Marks a description for a person to write; a test fails while one is left in the document. */
  static final String MARKER = "TODO(describe)";

  /**
   * What a run found and, in write mode, produced.
   *
   * @param document the patched document text, or null when not writing
   * @param sample the reference's sample to write to the replay stubs' sample file, or null when it
   *     is unchanged, would lose a field the file has, or write mode is off
   */
  record Result(ContractDiff.Comparison comparison, List<String> report, String document, String sample) {}

  private final String text;
  private final ContractDocument document;
  private final Reference reference;
  private final ContractDiff.Comparison comparison;
  private final List<String> report = new ArrayList<>();
  private final List<String> notApplied = new ArrayList<>();
  private YamlText yaml;
  private final Map<String, NewComponent> created = new LinkedHashMap<>();
  private final Set<String> names = new LinkedHashSet<>();
  private int descriptions;
  /** Where, in the reference's order, the field being rendered comes: new components go there. */
  private double renderOrder;

  /** A component schema write mode creates. */
  private record NewComponent(String name, boolean enumeration, List<String> lines, double order) {}

  private ReferenceSync(String text, Reference reference, List<Reference> older) {
    this.text = text;
    this.document = ContractDocument.parse(text);
    this.reference = reference;
    this.comparison = ContractDiff.compare(document, reference, older);
    this.names.addAll(document.componentNames());
  }

  /**
   * Compares {@code documentText} with {@code reference} and, when {@code write}, patches it.
   *
   * @param older older references, newest first (see {@link ContractDiff#compare})
   * @param currentSample the replay stubs' sample file as it is, or null when there is none
   */
  static Result run(String documentText, Reference reference, List<Reference> older, String currentSample,
      boolean write) {
    ReferenceSync sync = new ReferenceSync(documentText, reference, older);
    return sync.execute(currentSample, write);
  }

  private Result execute(String currentSample, boolean write) {
    List<Difference> differences = comparison.differences();
    report.add("Reference: " + reference.source() + " (" + reference.form().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + "): " + reference.parameters().size() + " parameters, "
        + ReferenceField.flatten(reference.response()).size() + " response fields"
        + (reference.documentsLimits() ? "" : "; this form documents no limits, so limits come from older copies"));
    section("Additions (write mode applies them):", differences, Difference.Effect.ADD);
    section("No longer listed by the reference (write mode keeps them, marked retired):", differences,
        Difference.Effect.RETIRE);
    section("Changes and removals (reported only: a person decides):", differences, Difference.Effect.REPORT);
    String exampleVerdict = exampleVerdict();
    report.add(exampleVerdict == null ? "Example: the document's example is the reference's sample."
        : "Example: " + exampleVerdict);
    long additions = differences.stream().filter(d -> d.kind().effect == Difference.Effect.ADD).count();
    long retirements = differences.stream().filter(d -> d.kind().effect == Difference.Effect.RETIRE).count();
    long others = differences.size() - additions - retirements;
    report.add("Summary: " + additions + " additions, " + retirements + " no longer listed, " + others
        + " other differences (one line per place in the reference; a shared schema is edited once).");
    if (!write) {
      return new Result(comparison, List.copyOf(report), null, null);
    }
    yaml = new YamlText(text);
    int edits = apply(differences);
    String sample = null;
    String example = exampleText();
    boolean replaceExample = reference.sample() != null && example != null && !example.equals(reference.sample())
        && keepsEveryField(example);
    if (replaceExample) {
      replaceExample();
    }
    if (reference.sample() != null && (currentSample == null
        || !reference.sample().equals(currentSample) && keepsEveryField(currentSample))) {
      sample = reference.sample();
    }
    String patched = yaml.render();
    ContractDocument.parse(patched);
    notApplied.forEach(line -> report.add("Not applied: " + line));
    report.add("Written: " + edits + " edits" + (notApplied.isEmpty() ? "" : ", " + notApplied.size() + " not applied")
        + (replaceExample ? ", the example replaced by the reference's sample" : "")
        + "; " + descriptions + " descriptions left to write, marked " + MARKER + ".");
    return new Result(comparison, List.copyOf(report), patched, sample);
  }

  private void section(String title, List<Difference> differences, Difference.Effect effect) {
    List<Difference> selected = differences.stream().filter(d -> d.kind().effect == effect).collect(Collectors.toList());
    if (selected.isEmpty()) {
      return;
    }
    report.add(title);
    for (Difference difference : selected) {
      report.add("  " + difference);
      if (difference.kind() == Difference.Kind.FIELD_ADDED) {
        for (ReferenceField child : ReferenceField.flatten(difference.field().children())) {
          report.add("      with " + child);
        }
      }
    }
  }

  // ---- write mode ----

  /** Applies the additions and retirements; returns how many edits it made. */
  private int apply(List<Difference> differences) {
    Map<String, List<Difference>> groups = new LinkedHashMap<>();
    for (Difference difference : differences) {
      if (difference.kind().effect != Difference.Effect.REPORT) {
        groups.computeIfAbsent(editKey(difference), k -> new ArrayList<>()).add(difference);
      }
    }
    Map<Pointer, Map<String, List<ReferenceField>>> fields = new LinkedHashMap<>();
    Map<Pointer, List<ReferenceField>> required = new LinkedHashMap<>();
    Map<Pointer, Map<String, List<String>>> values = new LinkedHashMap<>();
    Map<Pointer, Set<String>> retiredValues = new LinkedHashMap<>();
    Map<String, List<ReferenceField>> parameters = new LinkedHashMap<>();
    for (List<Difference> group : groups.values()) {
      Difference first = group.stream().min(Comparator.comparingInt(d -> d.path().length())).orElseThrow();
      String conflict = conflict(first, group.size());
      if (conflict != null) {
        notApplied.add(first + ": " + conflict);
        continue;
      }
      switch (first.kind()) {
        case FIELD_ADDED -> {
          fields.computeIfAbsent(first.target(), t -> new LinkedHashMap<>())
              .computeIfAbsent(String.valueOf(first.anchor()), a -> new ArrayList<>()).add(first.field());
          if (first.field().required()) {
            required.computeIfAbsent(first.target(), t -> new ArrayList<>()).add(first.field());
          }
        }
        case PARAMETER_ADDED -> parameters.computeIfAbsent(String.valueOf(first.anchor()), a -> new ArrayList<>())
            .add(first.field());
        case ENUM_VALUE_ADDED -> values.computeIfAbsent(first.target(), t -> new LinkedHashMap<>())
            .computeIfAbsent(String.valueOf(first.anchor()), a -> new ArrayList<>()).add(first.value());
        case ENUM_VALUE_NO_LONGER_LISTED -> retiredValues.computeIfAbsent(first.target(), t -> new TreeSet<>())
            .add(first.value());
        case LIMIT_ADDED, LIMIT_CHANGED -> setLimit(first.target(), first.value(), first.limit());
        case NULLABLE_ADDED -> addNullable(first);
        case FIELD_NO_LONGER_LISTED, PARAMETER_NO_LONGER_LISTED -> appendToBlock(first.target(),
            ContractDocument.RETIRED + ": true");
        default -> throw new IllegalStateException("no edit for " + first.kind());
      }
    }
    fields.forEach(this::addFields);
    required.forEach(this::addRequired);
    values.forEach(this::addValues);
    retiredValues.forEach(this::retireValues);
    parameters.forEach(this::addParameters);
    insertComponents();
    return groups.size() - notApplied.size();
  }

  private static String editKey(Difference difference) {
    return switch (difference.kind()) {
      case FIELD_ADDED -> "field " + difference.target() + " " + difference.field().name() + " "
          + signature(difference.field());
      case ENUM_VALUE_ADDED, ENUM_VALUE_NO_LONGER_LISTED -> difference.kind() + " " + difference.target() + " "
          + difference.value();
      case LIMIT_ADDED, LIMIT_CHANGED -> "limit " + difference.target() + " " + difference.value() + " "
          + difference.limit();
      default -> difference.kind() + " " + difference.target();
    };
  }

  /** Why an edit of a schema cannot be made for one use without changing the others, or null. */
  private String conflict(Difference first, int agreeing) {
    Pointer schema = switch (first.kind()) {
      case FIELD_ADDED, ENUM_VALUE_ADDED, ENUM_VALUE_NO_LONGER_LISTED, LIMIT_ADDED, LIMIT_CHANGED, NULLABLE_ADDED ->
          first.target();
      case FIELD_NO_LONGER_LISTED -> first.target().parent().parent();
      default -> null;
    };
    if (schema == null) {
      return null;
    }
    List<ContractDiff.Visit> visits = switch (first.kind()) {
      case ENUM_VALUE_ADDED, ENUM_VALUE_NO_LONGER_LISTED -> comparison.enumVisits().get(schema);
      case FIELD_ADDED, FIELD_NO_LONGER_LISTED -> comparison.objectVisits().get(schema);
      default -> null;
    };
    int uses = visits != null ? visits.size() : comparison.valueUses().getOrDefault(schema, agreeing);
    if (uses == agreeing) {
      return null;
    }
    return name(schema) + (visits == null ? " is reached from " + uses + " places"
        : " is used at " + visits.stream().map(ContractDiff.Visit::path).collect(Collectors.toList()))
        + " and the reference differs between them; split the schema by hand";
  }

  private static String signature(ReferenceField field) {
    return ReferenceField.flatten(List.of(field)).stream()
        .map(f -> f.path().substring(field.path().length()) + ": " + ContractDiff.describe(f) + f.enumValues()
            + f.limits())
        .collect(Collectors.joining("; "));
  }

  private void addFields(Pointer owner, Map<String, List<ReferenceField>> byAnchor) {
    YamlText.Block object = yaml.find(owner);
    int propertiesLine = yaml.keyLine(object, "properties");
    if (propertiesLine < 0) {
      throw new IllegalStateException(owner + " has no properties: block to add " + byAnchor.values() + " to");
    }
    YamlText.Block properties = yaml.find(owner.child("properties"));
    for (Map.Entry<String, List<ReferenceField>> entry : byAnchor.entrySet()) {
      List<String> lines = new ArrayList<>();
      for (ReferenceField field : entry.getValue()) {
        Integer position = comparison.order().get(owner.child("properties", field.name()));
        renderOrder = position == null ? Integer.MAX_VALUE : position;
        lines.addAll(property(field, properties.childIndent(), name(owner)));
      }
      if (entry.getKey().equals("null")) {
        yaml.insertBefore(properties.start() + 1, lines);
      } else {
        yaml.insertBefore(yaml.find(owner.child("properties", entry.getKey())).end(), lines);
      }
    }
  }

  private void addRequired(Pointer owner, List<ReferenceField> fields) {
    YamlText.Block object = yaml.find(owner);
    int line = yaml.keyLine(object, "required");
    List<String> names = new ArrayList<>();
    if (line >= 0) {
      String current = yaml.line(line).strip();
      if (!current.matches("required: \\[.*]")) {
        throw new IllegalStateException(owner + ": required is not a [a, b] list on one line: " + current);
      }
      String inside = current.substring("required: [".length(), current.length() - 1).strip();
      if (!inside.isEmpty()) {
        for (String name : inside.split(",")) {
          names.add(name.strip());
        }
      }
    }
    List<String> order = comparison.objectVisits().get(owner).get(0).names();
    for (ReferenceField field : fields) {
      int at = 0;
      int position = order.indexOf(field.name());
      for (int i = 0; i < names.size(); i++) {
        if (order.indexOf(names.get(i)) < position) {
          at = i + 1;
        }
      }
      names.add(at, field.name());
    }
    String rendered = " ".repeat(object.childIndent()) + "required: [" + String.join(", ", names) + "]";
    if (line >= 0) {
      yaml.replace(line, rendered);
    } else {
      yaml.insertBefore(yaml.keyLine(object, "properties"), List.of(rendered));
    }
  }

  private void addValues(Pointer enumeration, Map<String, List<String>> byAnchor) {
    YamlText.Block values = yaml.find(enumeration.child("enum"));
    List<Integer> items = yaml.itemLines(values);
    if (items.isEmpty()) {
      throw new IllegalStateException(enumeration + ": enum is not a block list of values");
    }
    for (Map.Entry<String, List<String>> entry : byAnchor.entrySet()) {
      List<String> lines = entry.getValue().stream()
          .map(value -> " ".repeat(values.childIndent()) + "- " + quote(value)).collect(Collectors.toList());
      if (entry.getKey().equals("null")) {
        yaml.insertBefore(items.get(0), lines);
        continue;
      }
      int anchor = items.stream().filter(i -> yaml.line(i).strip().equals("- " + quote(entry.getKey())))
          .findFirst().orElseThrow(() -> new IllegalStateException(enumeration + ": no value " + entry.getKey()));
      yaml.insertBefore(anchor + 1, lines);
    }
  }

  private void retireValues(Pointer enumeration, Set<String> retired) {
    YamlText.Block schema = yaml.find(enumeration);
    List<String> declared = new ArrayList<>();
    document.at(enumeration).path("enum").forEach(v -> declared.add(v.asText()));
    List<String> ordered = declared.stream().filter(retired::contains).collect(Collectors.toList());
    int existing = yaml.keyLine(schema, ContractDocument.RETIRED_VALUES);
    String indent = " ".repeat(schema.childIndent());
    List<String> lines = ordered.stream().map(v -> indent + "  - " + quote(v)).collect(Collectors.toList());
    if (existing >= 0) {
      yaml.insertBefore(yaml.find(enumeration.child(ContractDocument.RETIRED_VALUES)).end(), lines);
    } else {
      List<String> block = new ArrayList<>();
      block.add(indent + ContractDocument.RETIRED_VALUES + ":");
      block.addAll(lines);
      yaml.insertBefore(yaml.find(enumeration.child("enum")).end(), block);
    }
  }

  private void addParameters(String anchor, List<ReferenceField> fields) {
    Pointer list = document.operation().child("parameters");
    YamlText.Block parameters = yaml.find(list);
    List<String> lines = new ArrayList<>();
    for (ReferenceField field : fields) {
      String dash = " ".repeat(parameters.childIndent());
      String indent = dash + "  ";
      lines.add(dash + "- name: " + field.name());
      lines.add(indent + "in: " + field.location());
      lines.add(indent + "required: " + field.required());
      if (field.described()) {
        lines.add(indent + "description: " + todo(field.location() + " parameter " + field.name()));
      }
      lines.add(indent + "schema:");
      lines.addAll(value(field, indent.length() + 2, field.arrayDepth(), false, "Parameters"));
    }
    List<Integer> items = yaml.itemLines(parameters);
    if (anchor.equals("null")) {
      yaml.insertBefore(items.get(0), lines);
      return;
    }
    List<ContractDocument.Parameter> declared = document.parameters();
    for (int i = 0; i < declared.size(); i++) {
      if (declared.get(i).name().equals(anchor)) {
        yaml.insertBefore(yaml.find(list.child(Integer.toString(i))).end(), lines);
        return;
      }
    }
    throw new IllegalStateException("no parameter " + anchor + " to insert after");
  }

  private void setLimit(Pointer schema, String limit, BigDecimal value) {
    YamlText.Block block = yaml.find(schema);
    String line = " ".repeat(block.childIndent()) + limit + ": " + value.stripTrailingZeros().toPlainString();
    int existing = yaml.keyLine(block, limit);
    if (existing >= 0) {
      yaml.replace(existing, line);
      return;
    }
    int after = yaml.keyLine(block, "type");
    for (String earlier : ReferenceField.LIMITS.subList(0, ReferenceField.LIMITS.indexOf(limit))) {
      after = Math.max(after, yaml.keyLine(block, earlier));
    }
    if (after < 0) {
      throw new IllegalStateException(schema + " has no type: line to put " + limit + " after");
    }
    yaml.insertBefore(after + 1, List.of(line));
  }

  private void addNullable(Difference difference) {
    YamlText.Block block = yaml.find(difference.target());
    int type = yaml.keyLine(block, "type");
    if (type < 0) {
      throw new IllegalStateException(difference.where() + ": nullable needs a type: line next to it, and "
          + "OpenAPI 3.0.3 ignores nullable beside a $ref; write it by hand");
    }
    yaml.insertBefore(type + 1, List.of(" ".repeat(block.childIndent()) + "nullable: true"));
  }

  private void appendToBlock(Pointer pointer, String line) {
    YamlText.Block block = yaml.find(pointer);
    if (block.childIndent() < 0) {
      throw new IllegalStateException(pointer + " is written on one line; mark it retired by hand");
    }
    yaml.insertBefore(block.end(), List.of(" ".repeat(block.childIndent()) + line));
  }

  // ---- rendering new YAML in the document's style ----

  private List<String> property(ReferenceField field, int indent, String owner) {
    List<String> body = value(field, indent + 2, field.arrayDepth(), true, owner);
    List<String> lines = new ArrayList<>();
    if (body.isEmpty()) {
      lines.add(" ".repeat(indent) + field.name() + ": {}");
    } else {
      lines.add(" ".repeat(indent) + field.name() + ":");
      lines.addAll(body);
    }
    return lines;
  }

  /** The schema of {@code field}'s value with {@code depth} array levels left, at {@code indent}. */
  private List<String> value(ReferenceField field, int indent, int depth, boolean top, String owner) {
    String pad = " ".repeat(indent);
    List<String> lines = new ArrayList<>();
    boolean reference = depth == 0
        && (field.type() == ReferenceField.Type.OBJECT || field.type() == ReferenceField.Type.ENUM);
    if (top && field.described() && !reference) {
      lines.add(pad + "description: " + todo(field.path()));
    }
    if (depth > 0) {
      lines.add(pad + "type: array");
      if (top && field.nullable()) {
        lines.add(pad + "nullable: true");
      }
      List<String> items = value(field, indent + 2, depth - 1, false, owner);
      if (items.isEmpty()) {
        lines.add(pad + "items: {}");
      } else {
        lines.add(pad + "items:");
        lines.addAll(items);
      }
      return lines;
    }
    switch (field.type()) {
      case OBJECT, ENUM -> {
        if (top && field.nullable()) {
          throw new IllegalStateException(field.path() + ": a nullable " + field.type().word
              + " needs a $ref with nullable, which OpenAPI 3.0.3 cannot say in this document's style");
        }
        lines.add(pad + "$ref: \"" + Pointer.refTo(component(field, owner)) + "\"");
      }
      case STRING, NUMBER, BOOLEAN -> lines.add(pad + "type: " + field.type().word);
      case TRUE -> {
        lines.add(pad + "type: boolean");
        lines.add(pad + "enum: [true]");
      }
      case MAP -> {
        lines.add(pad + "type: object");
        lines.add(pad + "additionalProperties: {}");
      }
      case UNKNOWN -> {
        if (field.nullable() || !field.limits().isEmpty()) {
          throw new IllegalStateException(field.path() + ": nullable or limits on an untyped value");
        }
      }
      default -> throw new IllegalStateException("unexpected type " + field.type());
    }
    if (top && field.nullable() && field.type() != ReferenceField.Type.UNKNOWN) {
      lines.add(pad + "nullable: true");
    }
    field.limits().forEach((limit, limitValue) ->
        lines.add(pad + limit + ": " + limitValue.stripTrailingZeros().toPlainString()));
    return lines;
  }

  /** The component for a new object or enumeration: an equal one the document has, else a new one. */
  private String component(ReferenceField field, String owner) {
    if (field.type() == ReferenceField.Type.ENUM) {
      for (String name : document.componentNames()) {
        List<String> declared = new ArrayList<>();
        document.at(Pointer.component(name)).path("enum").forEach(v -> declared.add(v.asText()));
        if (document.isEnumeration(name) && declared.equals(field.enumValues())) {
          return name;
        }
      }
    } else {
      for (String name : document.componentNames()) {
        if (!document.isEnumeration(name) && ContractDiff.describes(document, Pointer.component(name), field, reference)) {
          return name;
        }
      }
    }
    String signature = signature(field);
    NewComponent same = created.get(signature);
    if (same != null) {
      return same.name();
    }
    String name = uniqueName(field, owner);
    double order = renderOrder + created.size() / 1000.0;
    List<String> lines = new ArrayList<>();
    lines.add("    " + name + ":");
    lines.add("      description: " + todo(field.path()));
    created.put(signature, null);
    if (field.type() == ReferenceField.Type.ENUM) {
      lines.add("      type: string");
      lines.add("      enum:");
      field.enumValues().forEach(v -> lines.add("        - " + quote(v)));
    } else {
      lines.add("      type: object");
      List<String> requiredNames = field.children().stream().filter(ReferenceField::required)
          .map(ReferenceField::name).collect(Collectors.toList());
      if (!requiredNames.isEmpty()) {
        lines.add("      required: [" + String.join(", ", requiredNames) + "]");
      }
      lines.add("      properties:");
      for (ReferenceField child : field.children()) {
        lines.addAll(property(child, 8, name));
      }
    }
    created.put(signature, new NewComponent(name, field.type() == ReferenceField.Type.ENUM, lines, order));
    return name;
  }

  private String uniqueName(ReferenceField field, String owner) {
    List<String> candidates = new ArrayList<>();
    if (field.typeName() != null) {
      candidates.add(field.typeName());
    }
    String pascal = Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
    candidates.add(pascal);
    candidates.add(owner + pascal);
    for (String candidate : candidates) {
      if (names.add(candidate)) {
        return candidate;
      }
    }
    for (int i = 2; ; i++) {
      if (names.add(owner + pascal + i)) {
        return owner + pascal + i;
      }
    }
  }

  /** Inserts each new component before the first existing one of its kind the reference reaches later. */
  private void insertComponents() {
    Pointer schemas = Pointer.of("components", "schemas");
    YamlText.Block block = yaml.find(schemas);
    int enumerations = -1;
    for (int i = block.start() + 1; i < block.end(); i++) {
      if (yaml.line(i).strip().equals("# ---- enumerations ----")) {
        enumerations = i;
      }
    }
    List<NewComponent> components = new ArrayList<>(created.values());
    components.sort((a, b) -> Double.compare(a.order(), b.order()));
    for (NewComponent component : components) {
      int before = component.enumeration() || enumerations < 0 ? block.end() : enumerations;
      int best = Integer.MAX_VALUE;
      for (String existing : document.componentNames()) {
        Integer position = comparison.order().get(Pointer.component(existing));
        if (position != null && position > component.order() && position < best
            && document.isEnumeration(existing) == component.enumeration()) {
          best = position;
          before = yaml.find(Pointer.component(existing)).start();
        }
      }
      yaml.insertBefore(before, component.lines());
    }
  }

  private String todo(String path) {
    descriptions++;
    return "\"" + MARKER + ": " + path + "\"";
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String name(Pointer schema) {
    String component = schema.componentName();
    return component == null ? schema.toString() : component;
  }

  // ---- the example and the sample ----

  /** Why the document's example is not the reference's sample, or null when it is (or there is none). */
  private String exampleVerdict() {
    if (reference.sample() == null) {
      return "the reference gives no sample; the example is left as it is.";
    }
    String example = exampleText();
    if (example == null) {
      return "the document has no example under the 200 response.";
    }
    if (example.equals(reference.sample())) {
      return null;
    }
    Set<String> lost = new TreeSet<>(JsonKeyPaths.of(example));
    lost.removeAll(JsonKeyPaths.of(reference.sample()));
    return lost.isEmpty()
        ? "differs from the reference's sample; write mode replaces it (and the replay stubs' sample file)."
        : "differs from the reference's sample, which lacks " + lost + "; left as it is.";
  }

  /** Whether the reference's sample has every field {@code json} has: replacing it loses nothing. */
  private boolean keepsEveryField(String json) {
    return JsonKeyPaths.of(reference.sample()).containsAll(JsonKeyPaths.of(json));
  }

  /** The example block's lines with the indentation the document adds taken off, or null. */
  private String exampleText() {
    YamlText text = new YamlText(this.text);
    if (!text.has(document.okResponseExample())) {
      return null;
    }
    YamlText.Block block = text.find(document.okResponseExample());
    StringBuilder out = new StringBuilder();
    String indent = " ".repeat(block.indent() + 2);
    for (int i = block.start() + 1; i < block.end(); i++) {
      String line = text.line(i);
      out.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
    }
    return out.toString();
  }

  private void replaceExample() {
    YamlText.Block block = yaml.find(document.okResponseExample());
    String indent = " ".repeat(block.indent() + 2);
    List<String> lines = reference.sample().lines().map(line -> indent + line).collect(Collectors.toList());
    yaml.replaceRange(block.start() + 1, block.end(), lines);
  }

  // ---- the command ----

  /**
   * Runs the sync from the checkout. System properties: {@code reference} (the reference file, either
   * form; required), {@code write} ({@code true} to patch the document), {@code document} (default
   * openapi/openapi.yaml), {@code sample} (default the replay stubs' sample file) and {@code
   * references} (default src/test/resources/reference, whose older copies supply limits and say what
   * is retired).
   */
  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String name : List.of("reference", "write", "document", "sample", "references")) {
      String value = System.getProperty(name);
      if (value != null) {
        options.put(name, value);
      }
    }
    try {
      System.out.println(String.join("\n", command(options)));
    } catch (UnreadableReferenceException | IllegalStateException | IllegalArgumentException
        | UncheckedIOException e) {
      System.err.println("sync-reference: " + e.getMessage());
      System.exit(2);
    }
  }

  /** The command with its options given as a map; returns the lines it prints. */
  static List<String> command(Map<String, String> options) {
    long start = System.nanoTime();
    String referenceOption = options.get("reference");
    if (referenceOption == null || referenceOption.isBlank()) {
      throw new IllegalArgumentException("give the vendor reference to compare with: -Dreference=PATH"
          + " (an API reference page saved as text, or the SDK reference Markdown)");
    }
    Path referenceFile = Paths.get(referenceOption).toAbsolutePath();
    if (!Files.isRegularFile(referenceFile)) {
      throw new IllegalArgumentException("no reference file " + referenceFile);
    }
    boolean write = Boolean.parseBoolean(options.getOrDefault("write", "false"));
    Path documentFile = path(options, "document", "openapi/openapi.yaml");
    Path sampleFile = path(options, "sample", "contract-tests/wiremock/__files/list-model-examples.sample-response.json");
    Path copiesFolder = path(options, "references", "src/test/resources/reference");
    String edition = ReferenceCopies.editionOf(referenceFile);
    List<ReferenceCopies.Copy> copies = ReferenceCopies.list(copiesFolder);
    String newestCopy = copies.get(copies.size() - 1).edition();
    if (write && edition != null && edition.compareTo(newestCopy) < 0) {
      throw new IllegalArgumentException("the reference is edition " + edition + ", older than the newest copy "
          + newestCopy + " under " + copiesFolder + "; write mode applies only the newest");
    }
    Reference reference = Reference.read(referenceFile);
    List<Reference> older = ReferenceCopies.olderThan(copies, edition == null ? "9999-99" : edition);
    String currentSample = Files.isRegularFile(sampleFile) ? OpenApiContract.read(sampleFile) : null;
    Result result = run(OpenApiContract.read(documentFile), reference, older, currentSample, write);
    List<String> out = new ArrayList<>(result.report());
    if (write) {
      writeFile(documentFile, result.document());
      out.add("Wrote " + documentFile);
      if (result.sample() != null) {
        writeFile(sampleFile, result.sample());
        out.add("Wrote " + sampleFile);
      }
    }
    out.add(String.format(Locale.ROOT, "Took %.1f s.", (System.nanoTime() - start) / 1e9));
    return out;
  }

  private static Path path(Map<String, String> options, String name, String defaultPath) {
    String value = options.get(name);
    return value != null ? Paths.get(value).toAbsolutePath() : OpenApiContract.projectFile(defaultPath);
  }

  private static void writeFile(Path file, String content) {
    try {
      Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
