package dev.scenarioclient.internal;

import dev.scenarioclient.errors.ScenarioInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Checks of request parameters, run by the generated services and parameter objects before
 * anything is sent. Every failure is a {@link ScenarioInputException} naming the parameter, never
 * echoing a header value (it may hold a secret). Not API.
 */
public final class ParameterChecks {
  private static final ConcurrentMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private ParameterChecks() {}

  /**
   * Requires a value.
   *
   * @param name the parameter's name
   * @param value the value
   * @param <T> its type
   * @return the value
   */
  public static <T> T required(String name, @Nullable T value) {
    if (value == null) {
      throw new ScenarioInputException(name + " must not be null");
    }
    return value;
  }

  /**
   * Requires a path parameter that names one path segment: not blank, and not {@code .} or
   * {@code ..}, which servers may treat as path navigation even when percent-encoded (RFC 3986,
   * 6.2.2.2). Anything else is percent-encoded into the segment.
   *
   * @param name the parameter's name
   * @param value the value
   * @return the value
   */
  public static String pathSegment(String name, @Nullable String value) {
    String checked = required(name, value);
    if (checked.trim().isEmpty()) {
      throw new ScenarioInputException(name + " must not be blank");
    }
    if (checked.equals(".") || checked.equals("..")) {
      throw new ScenarioInputException(name + " must not be '" + checked + "'");
    }
    return checked;
  }

  /**
   * Checks the contract's {@code minLength}.
   *
   * @param name the parameter's name
   * @param value the value, or {@code null} when unset
   * @param minLength the limit
   */
  public static void minLength(String name, @Nullable String value, int minLength) {
    if (value != null && value.codePointCount(0, value.length()) < minLength) {
      throw new ScenarioInputException(name + " must be at least " + minLength + " characters long");
    }
  }

  /**
   * Checks the contract's {@code maxLength}.
   *
   * @param name the parameter's name
   * @param value the value, or {@code null} when unset
   * @param maxLength the limit
   */
  public static void maxLength(String name, @Nullable String value, int maxLength) {
    if (value != null && value.codePointCount(0, value.length()) > maxLength) {
      throw new ScenarioInputException(name + " must be at most " + maxLength + " characters long");
    }
  }

  /**
   * Checks the contract's {@code pattern} (the generator may wrap it in slashes). Each regular
   * expression is compiled once: the generated code passes only the document's own.
   *
   * @param name the parameter's name
   * @param value the value, or {@code null} when unset
   * @param pattern the regular expression
   */
  public static void pattern(String name, @Nullable String value, String pattern) {
    String regex = pattern.length() > 1 && pattern.startsWith("/") && pattern.endsWith("/")
        ? pattern.substring(1, pattern.length() - 1) : pattern;
    if (value != null && !PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(value).find()) {
      throw new ScenarioInputException(name + " must match " + regex);
    }
  }

  /**
   * Checks the contract's {@code minimum}.
   *
   * @param name the parameter's name
   * @param value the value, or {@code null} when unset
   * @param minimum the limit, as written in the document
   * @param exclusive whether the limit itself is excluded
   */
  public static void minimum(String name, @Nullable Number value, String minimum, boolean exclusive) {
    if (value != null) {
      int comparison = new BigDecimal(value.toString()).compareTo(new BigDecimal(minimum));
      if (comparison < 0 || (exclusive && comparison == 0)) {
        throw new ScenarioInputException(name + " must be " + (exclusive ? "more than " : "at least ") + minimum);
      }
    }
  }

  /**
   * Checks the contract's {@code maximum}.
   *
   * @param name the parameter's name
   * @param value the value, or {@code null} when unset
   * @param maximum the limit, as written in the document
   * @param exclusive whether the limit itself is excluded
   */
  public static void maximum(String name, @Nullable Number value, String maximum, boolean exclusive) {
    if (value != null) {
      int comparison = new BigDecimal(value.toString()).compareTo(new BigDecimal(maximum));
      if (comparison > 0 || (exclusive && comparison == 0)) {
        throw new ScenarioInputException(name + " must be " + (exclusive ? "less than " : "at most ") + maximum);
      }
    }
  }

  /**
   * Adds an undeclared query parameter.
   *
   * @param params the builder's parameters
   * @param name the name
   * @param value the value
   */
  public static void addQueryParam(
      Map<String, List<String>> params, @Nullable String name, @Nullable String value) {
    if (name == null || name.isEmpty()) {
      throw new ScenarioInputException("an additional query parameter needs a non-empty name");
    }
    if (value == null) {
      throw new ScenarioInputException("additional query parameter " + name + " needs a value");
    }
    params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  /**
   * Adds an undeclared header, refusing credentials and anything that is not a valid header.
   *
   * @param headers the builder's headers
   * @param name the name
   * @param value the value
   */
  public static void addHeader(
      Map<String, List<String>> headers, @Nullable String name, @Nullable String value) {
    if (name == null || value == null) {
      throw new ScenarioInputException("an additional header needs a name and a value");
    }
    if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization")) {
      throw new ScenarioInputException(
          "additional header " + name + " is not allowed: the client sets the credentials");
    }
    try {
      new Headers.Builder().add(name, value);
    } catch (IllegalArgumentException e) {
      throw new ScenarioInputException(
          "additional header '" + printable(name) + "' has a name or value that is not valid in HTTP");
    }
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length() && i < 64; i++) {
      char c = name.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }

  /**
   * Refuses an additional parameter that repeats a declared one which is also set.
   *
   * @param additional the additional parameters
   * @param declared the declared parameter's name
   * @param declaredIsSet whether the declared parameter is set
   * @param kind {@code "query parameter"} or {@code "header"}
   */
  public static void notSetTwice(
      Map<String, List<String>> additional, String declared, boolean declaredIsSet, String kind) {
    if (!declaredIsSet) {
      return;
    }
    for (String name : additional.keySet()) {
      if (kind.equals("header") ? name.equalsIgnoreCase(declared) : name.equals(declared)) {
        throw new ScenarioInputException(
            kind + " " + declared + " is set twice: as a parameter and as an additional " + kind);
      }
    }
  }

  /**
   * Returns an unmodifiable copy of multi-valued parameters, in insertion order.
   *
   * @param params names to values
   * @return the copy
   */
  public static Map<String, List<String>> frozen(Map<String, List<String>> params) {
    if (params.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((name, values) -> copy.put(name, Collections.unmodifiableList(new ArrayList<>(values))));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Copies multi-valued parameters into a builder's map.
   *
   * @param from the parameters
   * @param into the builder's map
   */
  public static void copyInto(Map<String, List<String>> from, Map<String, List<String>> into) {
    from.forEach((name, values) -> into.put(name, new ArrayList<>(values)));
  }

  /**
   * Appends {@code name=value, } for a set parameter.
   *
   * @param out the text so far
   * @param name the parameter's name
   * @param value its value, skipped when {@code null}
   */
  public static void appendIfSet(StringBuilder out, String name, @Nullable Object value) {
    ModelSupport.appendField(out, name, value);
  }

  /**
   * Appends the names only of additional parameters, whose values may be secret.
   *
   * @param out the text so far
   * @param label what they are
   * @param params the parameters
   */
  public static void appendNames(StringBuilder out, String label, Map<String, List<String>> params) {
    if (!params.isEmpty()) {
      out.append(label).append('=').append(params.keySet()).append(", ");
    }
  }

  /**
   * Ends a {@code toString} text.
   *
   * @param out the text so far
   * @return the text
   */
  public static String close(StringBuilder out) {
    return ModelSupport.closeToString(out);
  }
}
