package dev.scenarioclient;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runtime support for the generated models and enumerations (see src/main/openapi-templates):
 * strict JSON readers, immutable containers, and the hooks through which strict parsing collects
 * contract violations. Keeping this logic here keeps every generated class small and uniform.
 */
final class ModelSupport {
  private ModelSupport() {}

  /** Reads only JSON strings, so a number sent where the contract says string is an error. */
  static final TypeAdapter<String> STRING =
      new TypeAdapter<String>() {
        @Override
        public void write(JsonWriter out, String value) throws IOException {
          out.value(value);
        }

        @Override
        public String read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.STRING) {
            return in.nextString();
          }
          return readNull(in, token, "a string");
        }
      };

  /** Reads JSON numbers exactly as written: {@code 0} stays {@code 0}, {@code 0.1} stays {@code 0.1}. */
  static final TypeAdapter<BigDecimal> NUMBER =
      new TypeAdapter<BigDecimal>() {
        @Override
        public void write(JsonWriter out, BigDecimal value) throws IOException {
          out.value(value);
        }

        @Override
        public BigDecimal read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.NUMBER) {
            return new BigDecimal(in.nextString());
          }
          return readNull(in, token, "a number");
        }
      };

  static final TypeAdapter<Boolean> BOOLEAN =
      new TypeAdapter<Boolean>() {
        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
          out.value(value);
        }

        @Override
        public Boolean read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.BOOLEAN) {
            return in.nextBoolean();
          }
          return readNull(in, token, "a boolean");
        }
      };

  private static <T> T readNull(JsonReader in, JsonToken token, String expected) throws IOException {
    if (token != JsonToken.NULL) {
      throw mismatch(in, expected, token);
    }
    in.nextNull();
    return null;
  }

  private static JsonSyntaxException mismatch(JsonReader in, String expected, JsonToken found) {
    return new JsonSyntaxException("Expected " + expected + " but found " + found + " at " + in.getPath());
  }

  static <E> TypeAdapter<List<E>> listAdapter(TypeAdapter<E> elementAdapter) {
    return new TypeAdapter<List<E>>() {
      @Override
      public void write(JsonWriter out, List<E> list) throws IOException {
        if (list == null) {
          out.nullValue();
          return;
        }
        out.beginArray();
        for (E element : list) {
          if (element == null) {
            out.nullValue();
          } else {
            elementAdapter.write(out, element);
          }
        }
        out.endArray();
      }

      @Override
      public List<E> read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_ARRAY) {
          return readNull(in, token, "an array");
        }
        List<E> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
          list.add(elementAdapter.read(in));
        }
        in.endArray();
        return Collections.unmodifiableList(list);
      }
    };
  }

  static <V> TypeAdapter<Map<String, V>> mapAdapter(TypeAdapter<V> valueAdapter) {
    return new TypeAdapter<Map<String, V>>() {
      @Override
      public void write(JsonWriter out, Map<String, V> map) throws IOException {
        if (map == null) {
          out.nullValue();
          return;
        }
        out.beginObject();
        for (Map.Entry<String, V> entry : map.entrySet()) {
          out.name(entry.getKey());
          if (entry.getValue() == null) {
            out.nullValue();
          } else {
            valueAdapter.write(out, entry.getValue());
          }
        }
        out.endObject();
      }

      @Override
      public Map<String, V> read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_OBJECT) {
          return readNull(in, token, "an object");
        }
        Map<String, V> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
          String name = in.nextName();
          map.put(name, valueAdapter.read(in));
        }
        in.endObject();
        return Collections.unmodifiableMap(map);
      }
    };
  }

  /** Returns the raw value of an enumeration, which the contract always sends as a string, or null. */
  static String readEnumValue(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.STRING) {
      return in.nextString();
    }
    return readNull(in, token, "a string");
  }

  /** Returns the reader's current path when it collects violations, else null (no cost). */
  static String pathIfChecking(JsonReader in) {
    return in instanceof ContractCheckingReader ? in.getPath() : null;
  }

  static JsonElement readUnknownField(JsonReader in, TypeAdapter<JsonElement> jsonAdapter)
      throws IOException {
    if (in instanceof ContractCheckingReader) {
      ((ContractCheckingReader) in).violation(in.getPath(), "field not defined by the contract");
    }
    return jsonAdapter.read(in);
  }

  static void reportUnknownValue(JsonReader in, String value) {
    if (in instanceof ContractCheckingReader) {
      ((ContractCheckingReader) in)
          .violation(in.getPreviousPath(), "value \"" + value + "\" not listed by the contract");
    }
  }

  static void reportMissingField(JsonReader in, String objectPath, String field) {
    ((ContractCheckingReader) in).violation(objectPath + "." + field, "required field missing");
  }

  static void writeAdditionalProperties(
      JsonWriter out, Map<String, JsonElement> properties, TypeAdapter<JsonElement> jsonAdapter)
      throws IOException {
    for (Map.Entry<String, JsonElement> property : properties.entrySet()) {
      out.name(property.getKey());
      jsonAdapter.write(out, property.getValue());
    }
  }

  static Map<String, JsonElement> put(Map<String, JsonElement> map, String name, JsonElement value) {
    Map<String, JsonElement> result = map != null ? map : new LinkedHashMap<>();
    result.put(name, value != null ? value : JsonNull.INSTANCE);
    return result;
  }

  static Set<String> add(Set<String> set, String name) {
    Set<String> result = set != null ? set : new LinkedHashSet<>();
    result.add(name);
    return result;
  }

  static void remove(Set<String> set, String name) {
    if (set != null) {
      set.remove(name);
    }
  }

  static boolean contains(String[] names, String name) {
    for (String candidate : names) {
      if (candidate.equals(name)) {
        return true;
      }
    }
    return false;
  }

  static Map<String, JsonElement> frozenMap(Map<String, JsonElement> map) {
    return map == null || map.isEmpty()
        ? Collections.<String, JsonElement>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static Set<String> frozenSet(Set<String> set) {
    return set == null || set.isEmpty()
        ? Collections.<String>emptySet()
        : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  static Map<String, JsonElement> copyOrNull(Map<String, JsonElement> map) {
    return map.isEmpty() ? null : new LinkedHashMap<>(map);
  }

  static Set<String> copyOrNull(Set<String> set) {
    return set.isEmpty() ? null : new LinkedHashSet<>(set);
  }

  /** Copies a caller-supplied list or map, nested ones included, into unmodifiable containers. */
  @SuppressWarnings("unchecked")
  static <T> T deepFreeze(T value) {
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<?>) value) {
        copy.add(deepFreeze(element));
      }
      return (T) Collections.unmodifiableList(copy);
    }
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        copy.put(entry.getKey(), deepFreeze(entry.getValue()));
      }
      return (T) Collections.unmodifiableMap(copy);
    }
    return value;
  }

  static void appendField(StringBuilder out, String name, Object value) {
    if (value != null) {
      out.append(name).append('=').append(value).append(", ");
    }
  }

  static String closeToString(StringBuilder out) {
    int length = out.length();
    if (out.charAt(length - 1) == ' ') {
      out.setLength(length - 2);
    }
    return out.append('}').toString();
  }
}
