package dev.scenarioclient.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the OpenAPI document with a vendor reference, field by field: name, location, required
 * flag, type, array depth, enumeration values in order, limits and nullable, plus any keyword the
 * document uses that no reference can say.
 *
 * <p>Older references say two things the newest may not:
 *
 * <ul>
 *   <li><b>Limits.</b> When the newest reference's form documents no limits (the SDK Markdown), a
 *       field's limits come from the newest older reference that documents them and lists the field.
 *   <li><b>Retired fields and values.</b> What an older reference lists and the newest no longer
 *       does stays in the document, marked {@code x-scenario-retired: true} (a property or
 *       parameter) or listed under {@code x-scenario-retired-values} (an enumeration schema).
 *       Without the mark it is a difference; so is a mark on something the newest reference lists
 *       again, or on something no reference ever listed, and so is a retired field or value missing
 *       from the document.
 * </ul>
 *
 * <p>The comparison also records which reference paths reach each object and enumeration schema of
 * the document, so that an edit of a shared schema can be checked against every use.
 */
final class ContractDiff {
  /** A place in the reference that reaches a document schema, with what the reference lists there. */
  record Visit(String path, List<String> names) {}

  /**
   * The differences, in the reference's order, and the uses of each schema.
   *
   * @param objectVisits for each object schema (and each {@code allOf} part), the reference places
   *     that reach it
   * @param enumVisits for each enumeration schema, the reference fields that reach it
   * @param valueUses for each property schema and value schema, how many reference fields reach it
   * @param order where each schema, and each missing property, first comes in the reference
   */
  record Comparison(
      List<Difference> differences,
      Map<Pointer, List<Visit>> objectVisits,
      Map<Pointer, List<Visit>> enumVisits,
      Map<Pointer, Integer> valueUses,
      Map<Pointer, Integer> order) {}

  private final ContractDocument document;
  private final Reference newest;
  private final List<Reference> older;
  private final List<Map<String, ReferenceField>> olderFields = new ArrayList<>();
  private final List<Difference> differences = new ArrayList<>();
  private final Map<Pointer, List<Visit>> objectVisits = new LinkedHashMap<>();
  private final Map<Pointer, List<Visit>> enumVisits = new LinkedHashMap<>();
  private final Map<Pointer, Integer> valueUses = new LinkedHashMap<>();
  private final Map<Pointer, Integer> order = new LinkedHashMap<>();

  private ContractDiff(ContractDocument document, Reference newest, List<Reference> older) {
    this.document = document;
    this.newest = newest;
    this.older = older;
    for (Reference reference : older) {
      Map<String, ReferenceField> byPath = new LinkedHashMap<>();
      reference.allFields().forEach(f -> byPath.put(key(f.location(), f.path()), f));
      olderFields.add(byPath);
    }
  }

  /**
   * Compares {@code document} with {@code newest}.
   *
   * @param older older references, newest first: they supply limits the newest's form does not
   *     document, and say what is retired
   */
  static Comparison compare(ContractDocument document, Reference newest, List<Reference> older) {
    ContractDiff diff = new ContractDiff(document, newest, older);
    diff.parameters();
    Pointer body = document.follow(document.okResponseSchema());
    diff.object("response", "", "", document.object(body), newest.response());
    return new Comparison(List.copyOf(diff.differences), diff.objectVisits, diff.enumVisits, diff.valueUses,
        diff.order);
  }

  /**
   * Whether the object schema at {@code pointer} is exactly what {@code field}'s children say, as read
   * from {@code from} (whose form decides whether limits count).
   */
  static boolean describes(ContractDocument document, Pointer pointer, ReferenceField field, Reference from) {
    ContractDiff diff = new ContractDiff(document, from, List.of());
    diff.object(field.location(), field.path(), field.childPrefix() + ".", document.object(pointer), field.children());
    return diff.differences.isEmpty();
  }

  private void parameters() {
    Map<String, ContractDocument.Parameter> declared = new LinkedHashMap<>();
    document.parameters().forEach(p -> declared.put(p.name(), p));
    String previous = null;
    String previousDeclared = null;
    Set<String> listed = new LinkedHashSet<>();
    for (ReferenceField field : newest.parameters()) {
      listed.add(field.name());
      ContractDocument.Parameter parameter = declared.get(field.name());
      if (parameter == null) {
        add(Difference.Kind.PARAMETER_ADDED, field, describe(field)
                + (previous == null ? ", first" : ", after " + previous),
            document.operation().child("parameters"), null, previousDeclared, null);
      } else {
        previousDeclared = field.name();
        if (parameter.retired()) {
          add(Difference.Kind.FIELD_RETIRED_BUT_LISTED, field, "marked " + ContractDocument.RETIRED
              + " but the reference lists it", parameter.pointer(), null, null, null);
        }
        if (!parameter.in().equals(field.location())) {
          add(Difference.Kind.PARAMETER_LOCATION_CHANGED, field, "reference: in " + field.location()
              + ", document: in " + parameter.in(), parameter.pointer(), null, null, null);
        }
        if (parameter.required() != field.required()) {
          add(Difference.Kind.REQUIRED_CHANGED, field, requiredWords(field.required(), parameter.required()),
              parameter.pointer(), null, null, null);
        }
        value(field, document.shape(parameter.schema()));
      }
      previous = field.name();
    }
    for (ContractDocument.Parameter parameter : declared.values()) {
      if (!listed.contains(parameter.name())) {
        unlisted(Difference.Kind.PARAMETER_NO_LONGER_LISTED, parameter.in(), parameter.name(),
            parameter.retired(), parameter.pointer());
      }
    }
    for (int i = 0; i < older.size(); i++) {
      for (ReferenceField field : older.get(i).parameters()) {
        if (!listed.contains(field.name()) && !declared.containsKey(field.name())) {
          add(Difference.Kind.FIELD_RETIRED_DROPPED, field, "listed by " + older.get(i).source()
              + " and no longer by the newest reference, but gone from the document: keep it, marked "
              + ContractDocument.RETIRED, document.operation().child("parameters"), null, null, null);
        }
      }
    }
  }

  private void object(String location, String parentPath, String prefix, ContractDocument.ObjectSchema object,
      List<ReferenceField> fields) {
    Visit visit = new Visit(prefix.isEmpty() ? "(the response body)" : prefix.substring(0, prefix.length() - 1),
        fields.stream().map(ReferenceField::name).collect(Collectors.toList()));
    Set<Pointer> parts = new LinkedHashSet<>();
    parts.add(object.pointer());
    parts.addAll(object.owners().values());
    for (Pointer part : parts) {
      objectVisits.computeIfAbsent(part, p -> new ArrayList<>()).add(visit);
      order.putIfAbsent(part, order.size());
    }
    Set<String> listed = new LinkedHashSet<>();
    String previous = null;
    String previousDeclared = null;
    for (ReferenceField field : fields) {
      listed.add(field.name());
      Pointer property = object.properties().get(field.name());
      if (property == null) {
        Pointer owner = previousDeclared != null ? object.owners().get(previousDeclared)
            : object.owners().values().stream().findFirst().orElse(object.pointer());
        order.putIfAbsent(owner.child("properties", field.name()), order.size());
        add(Difference.Kind.FIELD_ADDED, field, describe(field) + " in " + name(owner)
            + (previous == null ? ", first" : ", after " + previous), owner, null, previousDeclared, null);
      } else {
        previousDeclared = field.name();
        ContractDocument.Shape shape = document.shape(property);
        if (shape.retired()) {
          add(Difference.Kind.FIELD_RETIRED_BUT_LISTED, field, "marked " + ContractDocument.RETIRED
              + " but the reference lists it", property, null, null, null);
        }
        boolean required = object.required().contains(field.name());
        if (required != field.required()) {
          add(Difference.Kind.REQUIRED_CHANGED, field, requiredWords(field.required(), required),
              object.owners().get(field.name()), null, null, null);
        }
        value(field, shape);
      }
      previous = field.name();
    }
    for (Map.Entry<String, Pointer> property : object.properties().entrySet()) {
      if (!listed.contains(property.getKey())) {
        unlisted(Difference.Kind.FIELD_NO_LONGER_LISTED, location, prefix + property.getKey(),
            document.shape(property.getValue()).retired(), property.getValue());
      }
    }
    for (int i = 0; i < older.size(); i++) {
      for (ReferenceField field : olderChildren(i, location, parentPath)) {
        if (!listed.contains(field.name()) && !object.properties().containsKey(field.name())) {
          add(Difference.Kind.FIELD_RETIRED_DROPPED, field, "listed by " + older.get(i).source()
              + " and no longer by the newest reference, but gone from the document: keep it, marked "
              + ContractDocument.RETIRED, object.pointer(), null, null, null);
        }
      }
    }
  }

  /** Something the document has and the newest reference does not list. */
  private void unlisted(Difference.Kind kind, String location, String path, boolean retired, Pointer pointer) {
    List<String> listedBy = listedBy(location, path);
    if (retired) {
      if (!older.isEmpty() && listedBy.isEmpty()) {
        differences.add(new Difference(Difference.Kind.FIELD_RETIRED_NEVER_LISTED, location, path,
            "marked " + ContractDocument.RETIRED + " but no reference lists it", pointer, null, null, null, null));
      }
      return;
    }
    differences.add(new Difference(kind, location, path, "in the document, not listed by the reference"
        + (listedBy.isEmpty() ? "" : " (" + String.join(", ", listedBy) + " listed it)")
        + ": mark it " + ContractDocument.RETIRED + " if the vendor retired it", pointer, null, null, null, null));
  }

  private void value(ReferenceField field, ContractDocument.Shape shape) {
    valueUses.merge(shape.property(), 1, Integer::sum);
    if (!shape.leaf().equals(shape.property())) {
      valueUses.merge(shape.leaf(), 1, Integer::sum);
    }
    if (!shape.type().equals(field.type().word)) {
      add(Difference.Kind.TYPE_CHANGED, field, "reference: " + field.type().word + ", document: " + shape.type(),
          shape.property(), null, null, null);
    }
    if (shape.arrayDepth() != field.arrayDepth()) {
      add(Difference.Kind.ARRAY_DEPTH_CHANGED, field, "reference: " + field.arrayDepth() + " array levels, document: "
          + shape.arrayDepth(), shape.property(), null, null, null);
    }
    if (!shape.type().equals(field.type().word) || shape.arrayDepth() != field.arrayDepth()) {
      return;
    }
    for (String invention : shape.inventions()) {
      add(Difference.Kind.KEYWORD_NOT_DOCUMENTED, field, invention + " is not something the reference documents",
          shape.property(), invention, null, null);
    }
    if (field.nullable() && !shape.nullable()) {
      add(Difference.Kind.NULLABLE_ADDED, field, "the reference allows null, the document does not",
          shape.property(), null, null, null);
    } else if (!field.nullable() && shape.nullable()) {
      add(Difference.Kind.NULLABLE_NO_LONGER_LISTED, field, "the document allows null, the reference does not",
          shape.property(), null, null, null);
    }
    limits(field, shape);
    if (field.type() == ReferenceField.Type.ENUM) {
      enumeration(field, shape);
    } else if (field.type() == ReferenceField.Type.OBJECT) {
      object(field.location(), field.path(), field.childPrefix() + ".", document.object(shape.leaf()),
          field.children());
    }
  }

  private void limits(ReferenceField field, ContractDocument.Shape shape) {
    Reference source = null;
    Map<String, BigDecimal> documented = Map.of();
    if (newest.documentsLimits()) {
      source = newest;
      documented = field.limits();
    } else {
      for (int i = 0; i < older.size(); i++) {
        ReferenceField previous = olderFields.get(i).get(key(field.location(), field.path()));
        if (older.get(i).documentsLimits() && previous != null) {
          source = older.get(i);
          documented = previous.limits();
          break;
        }
      }
    }
    String from = source == null ? "no reference documents limits for it" : source.source();
    for (String limit : ReferenceField.LIMITS) {
      BigDecimal expected = documented.get(limit);
      BigDecimal actual = shape.limits().get(limit);
      if (expected != null && actual == null) {
        add(Difference.Kind.LIMIT_ADDED, field, limit + " " + plain(expected) + " (" + from + "), not in the document",
            shape.leaf(), limit, null, expected);
      } else if (expected != null && expected.compareTo(actual) != 0) {
        add(Difference.Kind.LIMIT_CHANGED, field, limit + " " + plain(expected) + " (" + from + "), document: "
            + plain(actual), shape.leaf(), limit, null, expected);
      } else if (expected == null && actual != null) {
        add(Difference.Kind.LIMIT_NO_LONGER_LISTED, field, limit + " " + plain(actual) + " in the document, "
            + (source == null ? from : "not in " + from), shape.leaf(), limit, null, null);
      }
    }
  }

  private void enumeration(ReferenceField field, ContractDocument.Shape shape) {
    enumVisits.computeIfAbsent(shape.leaf(), p -> new ArrayList<>()).add(new Visit(field.path(), field.enumValues()));
    order.putIfAbsent(shape.leaf(), order.size());
    List<String> values = field.enumValues();
    List<String> declared = shape.enumValues();
    List<String> retired = shape.retiredValues();
    String in = " in " + name(shape.leaf());
    String previousDeclared = null;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      String previous = i == 0 ? null : values.get(i - 1);
      if (!declared.contains(value)) {
        add(Difference.Kind.ENUM_VALUE_ADDED, field, quote(value) + " at " + (i + 1) + " of " + values.size()
                + (previous == null ? ", first" : ", after " + quote(previous)) + in,
            shape.leaf(), value, previousDeclared, null);
        continue;
      }
      previousDeclared = value;
      if (retired.contains(value)) {
        add(Difference.Kind.ENUM_VALUE_RETIRED_BUT_LISTED, field, quote(value) + " is under "
            + ContractDocument.RETIRED_VALUES + " but the reference lists it" + in, shape.leaf(), value, null, null);
      }
    }
    for (String value : declared) {
      if (values.contains(value)) {
        continue;
      }
      List<String> listedBy = new ArrayList<>();
      for (int i = 0; i < older.size(); i++) {
        ReferenceField previous = olderFields.get(i).get(key(field.location(), field.path()));
        if (previous != null && previous.enumValues().contains(value)) {
          listedBy.add(older.get(i).source());
        }
      }
      if (!retired.contains(value)) {
        add(Difference.Kind.ENUM_VALUE_NO_LONGER_LISTED, field, quote(value) + " is in the document, not listed by"
            + " the reference" + (listedBy.isEmpty() ? "" : " (" + String.join(", ", listedBy) + " listed it)")
            + ": list it under " + ContractDocument.RETIRED_VALUES + " if the vendor retired it" + in,
            shape.leaf(), value, null, null);
      } else if (!older.isEmpty() && listedBy.isEmpty()) {
        add(Difference.Kind.ENUM_VALUE_RETIRED_NEVER_LISTED, field, quote(value) + " is under "
            + ContractDocument.RETIRED_VALUES + " but no reference lists it" + in, shape.leaf(), value, null, null);
      }
    }
    for (String value : retired) {
      if (!declared.contains(value)) {
        add(Difference.Kind.KEYWORD_NOT_DOCUMENTED, field, ContractDocument.RETIRED_VALUES + " names " + quote(value)
            + ", which the enumeration does not list" + in, shape.leaf(), value, null, null);
      }
    }
    for (int i = 0; i < older.size(); i++) {
      ReferenceField previous = olderFields.get(i).get(key(field.location(), field.path()));
      if (previous == null) {
        continue;
      }
      for (String value : previous.enumValues()) {
        if (!values.contains(value) && !declared.contains(value)) {
          add(Difference.Kind.ENUM_VALUE_RETIRED_DROPPED, field, quote(value) + " was listed by "
              + older.get(i).source() + " and is gone from the document: keep it, under "
              + ContractDocument.RETIRED_VALUES + in, shape.leaf(), value, null, null);
        }
      }
    }
    List<String> active = declared.stream().filter(values::contains).collect(Collectors.toList());
    List<String> expected = values.stream().filter(declared::contains).collect(Collectors.toList());
    if (!active.equals(expected)) {
      add(Difference.Kind.ENUM_ORDER_CHANGED, field, "reference order " + expected + ", document order " + active + in,
          shape.leaf(), null, null, null);
    }
  }

  private List<ReferenceField> olderChildren(int index, String location, String parentPath) {
    if (parentPath.isEmpty()) {
      return location.equals("response") ? older.get(index).response() : List.of();
    }
    ReferenceField parent = olderFields.get(index).get(key(location, parentPath));
    return parent == null ? List.of() : parent.children();
  }

  private List<String> listedBy(String location, String path) {
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      if (olderFields.get(i).containsKey(key(location, path))) {
        sources.add(older.get(i).source());
      }
    }
    return sources;
  }

  private void add(Difference.Kind kind, ReferenceField field, String detail, Pointer target, String value,
      String anchor, BigDecimal limit) {
    differences.add(new Difference(kind, field.location(), field.path(), detail, target,
        kind.effect == Difference.Effect.ADD ? field : null, value, anchor, limit));
  }

  private static String key(String location, String path) {
    return location + " " + path;
  }

  private static String name(Pointer schema) {
    String component = schema.componentName();
    return component == null ? schema.toString() : component;
  }

  static String describe(ReferenceField field) {
    return (field.required() ? "required " : "optional ") + "array of ".repeat(field.arrayDepth())
        + field.type().word + (field.nullable() ? " or null" : "")
        + (field.enumValues().isEmpty() ? "" : " of " + field.enumValues().size() + " values")
        + (field.children().isEmpty() ? "" : " with " + field.children().size() + " fields");
  }

  private static String requiredWords(boolean reference, boolean document) {
    return "reference: " + (reference ? "required" : "optional") + ", document: " + (document ? "required" : "optional");
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }

  private static String plain(BigDecimal value) {
    return Objects.requireNonNull(value).stripTrailingZeros().toPlainString();
  }
}
