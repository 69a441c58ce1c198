package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A location in a JSON body as a list of segments, field names ({@link String}) and array indices
 * ({@link Integer}), written the way the client's parser writes paths: {@code $.examples[0].asset}.
 * Ordered segment by segment, indices numerically. Immutable.
 */
final class JsonPath implements Comparable<JsonPath> {
  static final JsonPath ROOT = new JsonPath(Collections.emptyList());

  private final List<Object> segments;

  private JsonPath(List<Object> segments) {
    this.segments = segments;
  }

  static JsonPath of(List<Object> segments) {
    return new JsonPath(Collections.unmodifiableList(new ArrayList<>(segments)));
  }

  List<Object> segments() {
    return segments;
  }

  JsonPath child(Object segment) {
    List<Object> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new JsonPath(Collections.unmodifiableList(longer));
  }

  @Nullable JsonPath parent() {
    return segments.isEmpty() ? null : new JsonPath(segments.subList(0, segments.size() - 1));
  }

  /** Returns the node at this path in {@code root}, or {@code null} where the body has none. */
  @Nullable JsonNode in(JsonNode root) {
    JsonNode node = root;
    for (Object segment : segments) {
      JsonNode next = segment instanceof Integer ? node.get((Integer) segment) : node.get((String) segment);
      if (next == null) {
        return null;
      }
      node = next;
    }
    return node;
  }

  /**
   * Reads a path as the client's parser writes it. Field names may hold dots and brackets, so the
   * body decides: at an object, the longest of its field names that fits is taken; a name the body
   * lacks (a missing required field) can only be the last segment.
   */
  static JsonPath parse(String path, JsonNode root) {
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("not a JSON path: " + path);
    }
    List<Object> segments = new ArrayList<>();
    JsonNode node = root;
    int at = 1;
    while (at < path.length()) {
      char c = path.charAt(at);
      if (c == '[' && (node == null || node.isArray())) {
        int end = path.indexOf(']', at);
        int index = Integer.parseInt(path.substring(at + 1, end));
        segments.add(index);
        node = node != null ? node.get(index) : null;
        at = end + 1;
      } else if (c == '.') {
        String name = node != null && node.isObject() ? longestFieldAt(path, at + 1, node) : null;
        if (name == null) {
          name = path.substring(at + 1);
        }
        segments.add(name);
        node = node != null ? node.get(name) : null;
        at += 1 + name.length();
      } else {
        throw new IllegalArgumentException("not a JSON path: " + path);
      }
    }
    return of(segments);
  }

  private static @Nullable String longestFieldAt(String path, int start, JsonNode object) {
    String best = null;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      int end = start + name.length();
      if (path.startsWith(name, start)
          && (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[')
          && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }

  @Override
  public int compareTo(JsonPath other) {
    int shared = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < shared; i++) {
      Object a = segments.get(i);
      Object b = other.segments.get(i);
      int order;
      if (a instanceof Integer && b instanceof Integer) {
        order = Integer.compare((Integer) a, (Integer) b);
      } else if (a instanceof String && b instanceof String) {
        order = ((String) a).compareTo((String) b);
      } else {
        order = a instanceof Integer ? -1 : 1;
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonPath && segments.equals(((JsonPath) other).segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        out.append('[').append(segment).append(']');
      } else {
        out.append('.').append(segment);
      }
    }
    return out.toString();
  }
}
