package dev.scenarioclient.spec;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A place in the OpenAPI document, as the keys (and sequence indexes) leading to it, e.g.
 * {@code /components/schemas/Asset/properties/kind}. Shown as a JSON pointer.
 */
record Pointer(List<String> segments) {
  static final Pointer ROOT = new Pointer(List.of());
  private static final String SCHEMAS = "#/components/schemas/";

  Pointer {
    segments = List.copyOf(segments);
  }

  static Pointer of(String... segments) {
    return new Pointer(Arrays.asList(segments));
  }

  static Pointer component(String name) {
    return of("components", "schemas", name);
  }

  /** The pointer a local {@code $ref} such as {@code #/components/schemas/Asset} names. */
  static Pointer fromRef(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("not a local $ref: " + ref);
    }
    List<String> segments = new ArrayList<>();
    for (String segment : ref.substring(2).split("/")) {
      segments.add(segment.replace("~1", "/").replace("~0", "~"));
    }
    return new Pointer(segments);
  }

  /** The {@code $ref} text naming a component schema. */
  static String refTo(String component) {
    return SCHEMAS + component;
  }

  Pointer child(String... more) {
    List<String> segments = new ArrayList<>(this.segments);
    segments.addAll(Arrays.asList(more));
    return new Pointer(segments);
  }

  Pointer parent() {
    return new Pointer(segments.subList(0, segments.size() - 1));
  }

  String last() {
    return segments.get(segments.size() - 1);
  }

  /** The component schema this pointer is in, or null when it is not under components/schemas. */
  String componentName() {
    return segments.size() >= 3 && segments.get(0).equals("components") && segments.get(1).equals("schemas")
        ? segments.get(2) : null;
  }

  JsonPointer json() {
    return JsonPointer.compile(toString());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
