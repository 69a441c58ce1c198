package dev.scenarioclient;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Response headers as the public API exposes them: unmodifiable, looked up case-insensitively. */
final class ResponseHeaders {
  private ResponseHeaders() {}

  static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return Collections.unmodifiableMap(copy);
  }

  static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
