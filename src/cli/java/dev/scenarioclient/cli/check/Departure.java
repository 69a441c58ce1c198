package dev.scenarioclient.cli.check;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One place where a response body departs from the contract: its JSON path, the kind of departure,
 * what the body carried there, what the contract expects there, the schema component it concerns,
 * and which of the two checks saw it. Immutable.
 */
public final class Departure {
  /** The kinds of departure, in the order the summary lists them. */
  public enum Kind {
    /** A field the contract does not define; found is the JSON type observed. */
    UNKNOWN_FIELD("new field", "new field", "new fields"),
    /** An enumeration value the contract does not list; found is the value. */
    UNLISTED_VALUE("unlisted enumeration value", "unlisted value", "unlisted values"),
    /** A value of another JSON type than the contract's. */
    WRONG_TYPE("wrong type", "wrong type", "wrong types"),
    /** A JSON {@code null} where the contract does not allow one. */
    UNEXPECTED_NULL("null not allowed", "null not allowed", "nulls not allowed"),
    /** A required field that is absent. */
    MISSING_REQUIRED_FIELD("missing required field", "missing required field", "missing required fields"),
    /** A value outside a documented limit (minimum, maximum, length, multiple, item count). */
    OUTSIDE_LIMIT("value outside a documented limit", "value outside a limit", "values outside limits"),
    /** Any other departure the validator or the client's parser reports, in its own words. */
    OTHER("other departure", "other departure", "other departures");

    private final String words;
    private final String singular;
    private final String plural;

    Kind(String words, String singular, String plural) {
      this.words = words;
      this.singular = singular;
      this.plural = plural;
    }

    /** Returns the kind as a report line shows it, e.g. "new field". */
    public String words() {
      return words;
    }

    String count(int n) {
      return n + " " + (n == 1 ? singular : plural);
    }
  }

  /** Which check saw a departure. */
  public enum Source {
    /** The JSON Schema validator, run on the contract's response schema. */
    VALIDATOR,
    /** The client's strict parse ({@code ScenarioJson.fromJsonStrict}). */
    STRICT_MODE
  }

  private final JsonPath path;
  private final Kind kind;
  private final @Nullable String found;
  private final @Nullable String expected;
  private final String component;
  private final Set<Source> sources;
  private final @Nullable List<Object> target;

  Departure(JsonPath path, Kind kind, @Nullable String found, @Nullable String expected, String component,
      Set<Source> sources, @Nullable List<Object> target) {
    this.path = path;
    this.target = target;
    this.kind = kind;
    this.found = found;
    this.expected = expected;
    this.component = component;
    this.sources = Collections.unmodifiableSet(EnumSet.copyOf(sources));
  }

  /** Returns where the departure is, e.g. {@code $.examples[0].asset.kind}. */
  public String path() {
    return path.toString();
  }

  JsonPath jsonPath() {
    return path;
  }

  /** Returns the kind of departure. */
  public Kind kind() {
    return kind;
  }

  /** Returns what the body carried: the observed JSON type, or the value; {@code null} when nothing applies. */
  public @Nullable String found() {
    return found;
  }

  /** Returns what the contract expects there; {@code null} when nothing applies. */
  public @Nullable String expected() {
    return expected;
  }

  /** Returns the schema component concerned: the one to extend, or the one that owns the field. */
  public String component() {
    return component;
  }

  /** Returns which checks saw it: the validator, strict mode or both. */
  public Set<Source> sources() {
    return sources;
  }

  /**
   * Returns where in the document a proposal would add to: the {@code properties} map that lacks a
   * new field, or the {@code enum} list that lacks a value; {@code null} for other kinds.
   */
  @Nullable List<Object> target() {
    return target;
  }

  /** Returns the field concerned: the last name of the path, with {@code []} per array level below it. */
  String fieldName() {
    List<Object> segments = path.segments();
    StringBuilder brackets = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      if (segment instanceof String) {
        return segment + brackets.toString();
      }
      brackets.append("[]");
    }
    return "$" + brackets;
  }

  /**
   * Returns the report line: {@code <path>: <kind>[, found <found>][, expected <expected>] [<component>]},
   * with control characters escaped.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(Printable.safe(path())).append(": ").append(kind.words());
    if (found != null) {
      line.append(", found ").append(Printable.safe(found));
    }
    if (expected != null) {
      line.append(", expected ").append(Printable.safe(expected));
    }
    return line.append(" [").append(component).append(']').toString();
  }
}
