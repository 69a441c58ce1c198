package dev.scenarioclient.spec;

import java.math.BigDecimal;

/**
 * One way the OpenAPI document departs from a vendor reference, found by {@link ContractDiff}.
 *
 * @param location {@code "path"}, {@code "query"} or {@code "response"}
 * @param path the field's path, as {@link ReferenceField#path()}
 * @param detail what differs, in words
 * @param target where in the document an edit would go (the object for a missing field, the
 *     enumeration for a value, the property for a limit), or null
 * @param field the reference's field, for a field or parameter the document lacks
 * @param value the enumeration value or limit name concerned, or null
 * @param anchor for something the document lacks, the nearest sibling field, parameter or value
 *     before it in the reference's order that the document has (null when none): where an
 *     insertion goes
 * @param limit the reference's value of the limit, for a missing or changed limit
 */
record Difference(
    Kind kind,
    String location,
    String path,
    String detail,
    Pointer target,
    ReferenceField field,
    String value,
    String anchor,
    BigDecimal limit) {

  /** What the reference sync's write mode does about a difference. */
  enum Effect {
    /** An addition: write mode applies it. */
    ADD,
    /** The reference no longer lists it: write mode keeps it and marks it retired. */
    RETIRE,
    /** A change or removal: reported only, a person decides. */
    REPORT
  }

  /** The kinds of difference, each named from the reference's side. */
  enum Kind {
    FIELD_ADDED("field added", Effect.ADD),
    FIELD_NO_LONGER_LISTED("field no longer listed", Effect.RETIRE),
    FIELD_RETIRED_BUT_LISTED("retired field listed again", Effect.REPORT),
    FIELD_RETIRED_NEVER_LISTED("retired field no reference listed", Effect.REPORT),
    FIELD_RETIRED_DROPPED("retired field dropped", Effect.REPORT),
    PARAMETER_ADDED("parameter added", Effect.ADD),
    PARAMETER_NO_LONGER_LISTED("parameter no longer listed", Effect.RETIRE),
    PARAMETER_LOCATION_CHANGED("parameter location changed", Effect.REPORT),
    REQUIRED_CHANGED("required flag changed", Effect.REPORT),
    TYPE_CHANGED("type changed", Effect.REPORT),
    ARRAY_DEPTH_CHANGED("array depth changed", Effect.REPORT),
    ENUM_VALUE_ADDED("enum value added", Effect.ADD),
    ENUM_VALUE_NO_LONGER_LISTED("enum value no longer listed", Effect.RETIRE),
    ENUM_VALUE_RETIRED_BUT_LISTED("retired enum value listed again", Effect.REPORT),
    ENUM_VALUE_RETIRED_NEVER_LISTED("retired enum value no reference listed", Effect.REPORT),
    ENUM_VALUE_RETIRED_DROPPED("retired enum value dropped", Effect.REPORT),
    ENUM_ORDER_CHANGED("enum order changed", Effect.REPORT),
    LIMIT_ADDED("limit added", Effect.ADD),
    LIMIT_CHANGED("limit changed", Effect.ADD),
    LIMIT_NO_LONGER_LISTED("limit no longer listed", Effect.REPORT),
    NULLABLE_ADDED("became nullable", Effect.ADD),
    NULLABLE_NO_LONGER_LISTED("no longer nullable", Effect.REPORT),
    KEYWORD_NOT_DOCUMENTED("keyword no reference documents", Effect.REPORT);

    final String words;
    final Effect effect;

    Kind(String words, Effect effect) {
      this.words = words;
      this.effect = effect;
    }
  }

  /** The field as a reader names it: {@code query parameter projectId}, or the response path. */
  String where() {
    return location.equals("response") ? path : location + " parameter " + path;
  }

  /** One line, e.g. {@code enum value added: examples[].asset.kind: "text" at 7 of 8, after "json"}. */
  @Override
  public String toString() {
    return kind.words + ": " + where() + ": " + detail;
  }
}
