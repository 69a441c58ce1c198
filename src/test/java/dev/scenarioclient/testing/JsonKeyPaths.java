package dev.scenarioclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field paths a JSON text holds, written as the references write them: {@code examples[].asset.kind},
 * with {@code []} for each array level. Compares what a sample shows with what a reference or the
 * document documents.
 */
public final class JsonKeyPaths {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonKeyPaths() {}

  /** Every key path of {@code json}. */
  public static Set<String> of(String json) {
    return of(json, Set.of());
  }

  /** Every key path of {@code json}, not looking inside the values at {@code opaque} paths. */
  public static Set<String> of(String json, Set<String> opaque) {
    try {
      Set<String> out = new TreeSet<>();
      collect(JSON.readTree(json), "", opaque, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON", e);
    }
  }

  private static void collect(JsonNode node, String path, Set<String> opaque, Set<String> out) {
    if (opaque.contains(path)) {
      return;
    }
    if (node.isObject()) {
      node.properties().forEach(entry -> {
        String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
        out.add(child);
        collect(entry.getValue(), child, opaque, out);
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, path + "[]", opaque, out));
    }
  }
}
