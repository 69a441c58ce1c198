package dev.scenarioclient.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * JSON equality for round-trip checks: objects compare by key regardless of order, while numbers
 * compare as written, so {@code 0} and {@code 0.0} differ (Gson's own equality treats them as
 * equal). Differences are reported one per line with their JSON path.
 */
public final class ExactJson {
  private ExactJson() {}

  /** Asserts that two JSON texts are equal, listing every difference by JSON path. */
  public static void assertJsonEquals(String actual, String expected) {
    List<String> differences = differences(actual, expected);
    assertThat(differences)
        .as("differences between actual and expected JSON (actual vs expected)")
        .isEmpty();
  }

  /** Returns one line per difference, for example {@code "$.a[0].b: 0.0 vs 0"}. */
  public static List<String> differences(String actual, String expected) {
    List<String> out = new ArrayList<>();
    compare("$", JsonParser.parseString(actual), JsonParser.parseString(expected), out);
    return out;
  }

  private static void compare(String path, JsonElement actual, JsonElement expected, List<String> out) {
    if (actual.isJsonObject() && expected.isJsonObject()) {
      JsonObject a = actual.getAsJsonObject();
      JsonObject e = expected.getAsJsonObject();
      TreeSet<String> keys = new TreeSet<>(a.keySet());
      keys.addAll(e.keySet());
      for (String key : keys) {
        String child = path + "." + key;
        if (!a.has(key)) {
          out.add(child + ": missing (expected " + e.get(key) + ")");
        } else if (!e.has(key)) {
          out.add(child + ": unexpected " + a.get(key));
        } else {
          compare(child, a.get(key), e.get(key), out);
        }
      }
    } else if (actual.isJsonArray() && expected.isJsonArray()) {
      JsonArray a = actual.getAsJsonArray();
      JsonArray e = expected.getAsJsonArray();
      if (a.size() != e.size()) {
        out.add(path + ": " + a.size() + " elements vs " + e.size());
        return;
      }
      for (int i = 0; i < a.size(); i++) {
        compare(path + "[" + i + "]", a.get(i), e.get(i), out);
      }
    } else if (!sameScalar(actual, expected)) {
      out.add(path + ": " + actual + " vs " + expected);
    }
  }

  private static boolean sameScalar(JsonElement actual, JsonElement expected) {
    if (actual.isJsonPrimitive() && expected.isJsonPrimitive()) {
      JsonPrimitive a = actual.getAsJsonPrimitive();
      JsonPrimitive e = expected.getAsJsonPrimitive();
      if (a.isNumber() || e.isNumber()) {
        return a.isNumber() && e.isNumber() && a.getAsString().equals(e.getAsString());
      }
    }
    return actual.equals(expected);
  }

  /** Parses JSON text into an object tree to mutate in tests. */
  public static JsonObject parseObject(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /** Returns the element at a simple path such as {@code examples[0].asset.metadata}. */
  public static JsonElement at(JsonElement root, String path) {
    JsonElement current = root;
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      if (!name.isEmpty()) {
        current = current.getAsJsonObject().get(name);
      }
      while (bracket >= 0) {
        int close = step.indexOf(']', bracket);
        current = current.getAsJsonArray().get(Integer.parseInt(step.substring(bracket + 1, close)));
        bracket = step.indexOf('[', close);
      }
    }
    return current;
  }

  /** Returns the object at {@code path}, for in-place edits. */
  public static JsonObject objectAt(JsonElement root, String path) {
    return at(root, path).getAsJsonObject();
  }
}
