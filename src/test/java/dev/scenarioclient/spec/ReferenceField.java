package dev.scenarioclient.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field, or one request parameter, as a vendor reference documents it, whatever the form the
 * reference was published in ({@link ReferencePage} reads the web page, {@link SdkMarkdownReference}
 * the SDK Markdown). Both readers produce this model, so the document is compared with either the
 * same way.
 *
 * @param location {@code "path"}, {@code "query"} or {@code "response"}
 * @param path the field's path from the response root, with {@code []} for each array level of its
 *     parents (for example {@code examples[].asset.kind}); a parameter's path is its name
 * @param arrayDepth how many arrays wrap the value: 0 for {@code string}, 2 for an array of arrays
 * @param enumValues the listed values of an {@link Type#ENUM}, in the reference's order
 * @param limits {@code minimum}, {@code maximum}, {@code multipleOf}, {@code maxLength} as documented,
 *     in that order; always empty when the reference's form documents no limits
 * @param nullable whether the reference allows {@code null} (Markdown {@code string | null})
 * @param described whether the reference gives the field a description (never its wording: new
 *     descriptions are written by a person)
 * @param typeName the reference's own name for an object type ({@code CameraTrajectory}), or null
 *     when its form names none
 */
record ReferenceField(
    String location,
    String path,
    String name,
    boolean required,
    int arrayDepth,
    Type type,
    List<String> enumValues,
    Map<String, BigDecimal> limits,
    boolean nullable,
    boolean described,
    String typeName,
    List<ReferenceField> children) {

  /** The limits a reference can document, in the order the document writes them. */
  static final List<String> LIMITS = List.of("minimum", "maximum", "multipleOf", "maxLength");

  /** What a value is, once its array levels are unwrapped. */
  enum Type {
    STRING("string"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    /** A boolean that may only be {@code true}. */
    TRUE("true"),
    /** Any JSON value. */
    UNKNOWN("unknown"),
    /** An object with free-form keys and any values. */
    MAP("map"),
    OBJECT("object"),
    /** A string from a listed set. */
    ENUM("enum");

    final String word;

    Type(String word) {
      this.word = word;
    }
  }

  ReferenceField {
    enumValues = List.copyOf(enumValues);
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    for (String limit : LIMITS) {
      if (limits.containsKey(limit)) {
        ordered.put(limit, limits.get(limit));
      }
    }
    if (ordered.size() != limits.size()) {
      throw new IllegalArgumentException("limits other than " + LIMITS + ": " + limits.keySet());
    }
    limits = Collections.unmodifiableMap(ordered);
    children = List.copyOf(children);
  }

  /** The path of this field's children: its own path with {@code []} per array level. */
  String childPrefix() {
    return path + "[]".repeat(arrayDepth);
  }

  /** Every field, depth first: each field followed by its descendants. */
  static List<ReferenceField> flatten(List<ReferenceField> fields) {
    List<ReferenceField> out = new ArrayList<>();
    for (ReferenceField field : fields) {
      out.add(field);
      out.addAll(flatten(field.children));
    }
    return out;
  }

  /** Reads as the reference would say it, e.g. {@code examples[].asset.kind: enum 8 values}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(path).append(": ");
    out.append(required ? "" : "optional ");
    out.append("array of ".repeat(arrayDepth));
    out.append(type.word);
    if (nullable) {
      out.append(" or null");
    }
    if (!enumValues.isEmpty()) {
      out.append(' ').append(enumValues.size()).append(" values");
    }
    if (!limits.isEmpty()) {
      out.append(' ').append(limits);
    }
    return out.toString();
  }
}
