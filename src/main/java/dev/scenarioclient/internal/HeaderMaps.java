package dev.scenarioclient.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Header maps as the public API exposes them: deeply unmodifiable, looked up case-insensitively.
 * Not API.
 */
public final class HeaderMaps {
  private HeaderMaps() {}

  /**
   * Copies headers into an unmodifiable, case-insensitive map of unmodifiable value lists.
   *
   * @param headers names to values
   * @return the copy
   */
  public static Map<String, List<String>> copyOf(Map<String, ? extends List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
      List<String> values = copy.get(header.getKey());
      List<String> merged = values == null ? new ArrayList<>() : new ArrayList<>(values);
      merged.addAll(header.getValue());
      copy.put(header.getKey(), Collections.unmodifiableList(merged));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the first value of a header.
   *
   * @param headers a map made by {@link #copyOf}
   * @param name the header name, in any case
   * @return the value, or {@code null} when absent
   */
  public static @Nullable String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
