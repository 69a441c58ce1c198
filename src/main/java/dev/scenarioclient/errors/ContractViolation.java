package dev.scenarioclient.errors;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One place where a response departs from the contract: its JSON path, what kind of departure it
 * is, and, where they apply, what was found and what the contract expects. Immutable.
 */
public final class ContractViolation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kinds of departure that strict parsing reports. */
  public enum Kind {
    /** A field the contract does not define; {@link #found()} is the JSON type observed. */
    UNKNOWN_FIELD("field not defined by the contract"),
    /** An enumeration value the contract does not list; {@link #found()} is the value. */
    UNLISTED_VALUE("value not listed by the contract"),
    /** A required field that is absent. */
    MISSING_REQUIRED_FIELD("required field missing"),
    /** A JSON {@code null} where the contract does not allow one. */
    UNEXPECTED_NULL("null where the contract does not allow one");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * Returns the kind in words, as {@link ContractViolation#toString()} shows it.
     *
     * @return a short description
     */
    public String description() {
      return description;
    }
  }

  private final String jsonPath;
  private final Kind kind;
  private final @Nullable String found;
  private final @Nullable String expected;

  private ContractViolation(String jsonPath, Kind kind, @Nullable String found, @Nullable String expected) {
    this.jsonPath = jsonPath;
    this.kind = kind;
    this.found = found;
    this.expected = expected;
  }

  /**
   * Returns a violation.
   *
   * @param jsonPath where it is, for example {@code $.examples[0].asset.kind}
   * @param kind what kind of departure it is
   * @param found what the response carried there, or {@code null} when nothing applies
   * @param expected what the contract expects there, or {@code null} when nothing applies
   * @return the violation
   * @throws ScenarioInputException if {@code jsonPath} or {@code kind} is {@code null}
   */
  public static ContractViolation of(
      String jsonPath, Kind kind, @Nullable String found, @Nullable String expected) {
    if (jsonPath == null || kind == null) {
      throw new ScenarioInputException("a contract violation needs a JSON path and a kind");
    }
    return new ContractViolation(jsonPath, kind, found, expected);
  }

  /**
   * Returns where the departure is.
   *
   * @return a JSON path such as {@code $.examples[0].asset.kind}
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns what kind of departure it is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns what the response carried: the unlisted value, or the JSON type of an unknown field.
   *
   * @return the finding, or {@code null} when nothing applies
   */
  public @Nullable String found() {
    return found;
  }

  /**
   * Returns what the contract expects there, for example the component that lists the values.
   *
   * @return the expectation, or {@code null} when nothing applies
   */
  public @Nullable String expected() {
    return expected;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ContractViolation)) {
      return false;
    }
    ContractViolation that = (ContractViolation) other;
    return jsonPath.equals(that.jsonPath) && kind == that.kind && Objects.equals(found, that.found)
        && Objects.equals(expected, that.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jsonPath, kind, found, expected);
  }

  /** Returns {@code "<json path>: <kind in words>"}, with the unlisted value quoted for that kind. */
  @Override
  public String toString() {
    if (kind == Kind.UNLISTED_VALUE && found != null) {
      return jsonPath + ": value \"" + found + "\" not listed by the contract";
    }
    return jsonPath + ": " + kind.description();
  }
}
