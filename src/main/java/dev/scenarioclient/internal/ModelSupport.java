package dev.scenarioclient.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runtime support for the generated models and enumerations (see src/main/openapi-templates):
 * strict JSON readers, immutable containers, equality that follows the JSON, and the hooks through
 * which strict parsing collects contract violations. Keeping this logic here keeps every generated
 * class small and uniform. Not API.
 */
public final class ModelSupport {
  private ModelSupport() {}

  /** Reads only JSON strings, so a number sent where the contract says string is an error. */
  public static final TypeAdapter<String> STRING =
      new TypeAdapter<String>() {
        @Override
        public void write(JsonWriter out, @Nullable String value) throws IOException {
          out.value(value);
        }

        @Override
        public @Nullable String read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.STRING) {
            return in.nextString();
          }
          return readNull(in, token, "a string");
        }
      };

  /** Reads JSON numbers exactly as written: {@code 0} stays {@code 0}, {@code 0.1} stays {@code 0.1}. */
  public static final TypeAdapter<BigDecimal> NUMBER =
      new TypeAdapter<BigDecimal>() {
        @Override
        public void write(JsonWriter out, @Nullable BigDecimal value) throws IOException {
          out.value(value);
        }

        @Override
        public @Nullable BigDecimal read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.NUMBER) {
            return new BigDecimal(in.nextString());
          }
          return readNull(in, token, "a number");
        }
      };

  /** Reads only JSON booleans. */
  public static final TypeAdapter<Boolean> BOOLEAN =
      new TypeAdapter<Boolean>() {
        @Override
        public void write(JsonWriter out, @Nullable Boolean value) throws IOException {
          out.value(value);
        }

        @Override
        public @Nullable Boolean read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.BOOLEAN) {
            return in.nextBoolean();
          }
          return readNull(in, token, "a boolean");
        }
      };

  /**
   * Reads a JSON number as its text, exactly as written, or {@code null}. A number field keeps this
   * text and turns it into a {@link BigDecimal} only when its getter is called, which saves a
   * {@code BigDecimal} (and the {@code char[]} its constructor copies) per number parsed. A number
   * with an exponent, the only form {@code BigDecimal} can refuse (beyond its scale range), is
   * checked here so that it fails while parsing, as before.
   *
   * @param in the reader
   * @return the number's JSON text, or {@code null} for JSON {@code null}
   * @throws IOException if reading fails
   */
  public static @Nullable String readNumberText(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token != JsonToken.NUMBER) {
      return readNull(in, token, "a number");
    }
    String text = in.nextString();
    for (int i = text.length() - 1; i > 0; i--) {
      if ((text.charAt(i) | 0x20) == 'e') {
        new BigDecimal(text); // throws NumberFormatException for an exponent out of range
        break;
      }
    }
    return text;
  }

  /**
   * Returns the value of a number field: its JSON text parsed, or the {@code BigDecimal} it was
   * built with.
   *
   * @param value the field: a {@code String}, a {@code BigDecimal} or {@code null}
   * @return the number, or {@code null}
   */
  public static @Nullable BigDecimal toBigDecimal(@Nullable Object value) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    return new BigDecimal((String) value);
  }

  /**
   * Writes the value of a number field: its JSON text as parsed, or the {@code BigDecimal} it was
   * built with.
   *
   * @param out the writer
   * @param value the field: a {@code String} or a {@code BigDecimal}
   * @throws IOException if writing fails
   */
  public static void writeNumber(JsonWriter out, Object value) throws IOException {
    if (value instanceof BigDecimal) {
      out.value((BigDecimal) value);
    } else {
      out.jsonValue((String) value);
    }
  }

  @SuppressWarnings("TypeParameterUnusedInFormals") // null, as whichever type the caller reads
  private static <T> @Nullable T readNull(JsonReader in, JsonToken token, String expected)
      throws IOException {
    if (token != JsonToken.NULL) {
      throw new JsonSyntaxException(
          "Expected " + expected + " but found " + token + " at " + in.getPath());
    }
    in.nextNull();
    return null;
  }

  /**
   * Returns the adapter a generated model reads and writes a field type with. Strings, numbers and
   * booleans use this class's strict adapters whatever Gson the model is used with; JSON trees are
   * read without Gson's per-value work stack; other types come from {@code gson}.
   *
   * @param gson the Gson the model adapter was created by
   * @param type the field type
   * @param <T> the field type
   * @return the adapter
   */
  @SuppressWarnings("unchecked")
  public static <T> TypeAdapter<T> adapter(Gson gson, Class<T> type) {
    if (type == String.class) {
      return (TypeAdapter<T>) STRING;
    }
    if (type == Boolean.class) {
      return (TypeAdapter<T>) BOOLEAN;
    }
    if (type == BigDecimal.class) {
      return (TypeAdapter<T>) NUMBER;
    }
    if (type == JsonElement.class) {
      return (TypeAdapter<T>) new TreeAdapter(gson.getAdapter(JsonElement.class));
    }
    return gson.getAdapter(type);
  }

  /**
   * Reads JSON trees into frozen trees (see {@code JsonTrees}); as a {@code TypeAdapter} it reads a
   * new Gson tree. Gson's own adapter reads and writes primitives.
   */
  private static final class TreeAdapter extends TypeAdapter<JsonElement> {
    private final TypeAdapter<JsonElement> gsonAdapter;

    TreeAdapter(TypeAdapter<JsonElement> gsonAdapter) {
      this.gsonAdapter = gsonAdapter;
    }

    @Override
    public void write(JsonWriter out, @Nullable JsonElement value) throws IOException {
      gsonAdapter.write(out, value);
    }

    @Override
    public @Nullable JsonElement read(JsonReader in) throws IOException {
      return JsonTrees.thaw(readTree(in));
    }

    Object readTree(JsonReader in) throws IOException {
      return JsonTrees.read(in, gsonAdapter);
    }

    List<JsonElement> readList(JsonReader in) throws IOException {
      return JsonTrees.readList(in, gsonAdapter);
    }

    void writeTree(JsonWriter out, @Nullable Object tree) throws IOException {
      if (tree == null) {
        out.nullValue();
      } else {
        JsonTrees.write(out, tree, gsonAdapter);
      }
    }

    /** Reads and writes frozen trees themselves, for the maps of untyped values. */
    final TypeAdapter<Object> frozen = new TypeAdapter<Object>() {
      @Override
      public void write(JsonWriter out, @Nullable Object tree) throws IOException {
        writeTree(out, tree);
      }

      @Override
      public Object read(JsonReader in) throws IOException {
        return readTree(in);
      }
    };
  }

  /**
   * Reads the value of an untyped field as a frozen tree (see {@code JsonTrees}).
   *
   * @param in the reader, positioned at the value
   * @param adapter the field's adapter, from {@link #adapter}
   * @return the tree; JSON {@code null} is {@link JsonNull#INSTANCE}
   * @throws IOException if reading fails
   */
  public static Object readTree(JsonReader in, TypeAdapter<JsonElement> adapter) throws IOException {
    return ((TreeAdapter) adapter).readTree(in);
  }

  /**
   * Writes the value of an untyped field, a frozen tree.
   *
   * @param out the writer
   * @param tree the tree
   * @param adapter the field's adapter, from {@link #adapter}
   * @throws IOException if writing fails
   */
  public static void writeTree(JsonWriter out, Object tree, TypeAdapter<JsonElement> adapter)
      throws IOException {
    ((TreeAdapter) adapter).writeTree(out, tree);
  }

  /**
   * Returns an adapter of unmodifiable lists.
   *
   * @param elementAdapter reads and writes each element
   * @param elementsNullable whether the contract allows {@code null} elements (strict mode reports
   *     them otherwise)
   * @param <E> the element type
   * @return the adapter
   */
  @SuppressWarnings("unchecked")
  public static <E> TypeAdapter<List<E>> listAdapter(
      TypeAdapter<E> elementAdapter, boolean elementsNullable) {
    if (elementAdapter == NUMBER) {
      return (TypeAdapter<List<E>>) (TypeAdapter<?>) numberListAdapter(elementsNullable);
    }
    if (elementAdapter instanceof TreeAdapter) {
      return (TypeAdapter<List<E>>) (TypeAdapter<?>) treeListAdapter((TreeAdapter) elementAdapter);
    }
    return new TypeAdapter<List<E>>() {
      @Override
      public void write(JsonWriter out, @Nullable List<E> list) throws IOException {
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
      public @Nullable List<E> read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_ARRAY) {
          return readNull(in, token, "an array");
        }
        in.beginArray();
        if (!in.hasNext()) {
          in.endArray();
          return Collections.emptyList();
        }
        E first = readElement(in);
        if (!in.hasNext()) {
          in.endArray();
          return Collections.singletonList(first);
        }
        Object[] elements = new Object[4];
        elements[0] = first;
        int size = 1;
        do {
          if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
          }
          elements[size++] = readElement(in);
        } while (in.hasNext());
        in.endArray();
        return new ArrayBackedList<>(elements, size);
      }

      private E readElement(JsonReader in) throws IOException {
        E element = elementAdapter.read(in);
        if (element == null && !elementsNullable) {
          reportNull(in);
        }
        return element;
      }
    };
  }

  /**
   * Lists of numbers keep each number's JSON text, as number fields do, and make a
   * {@code BigDecimal} when an element is read.
   */
  private static TypeAdapter<List<BigDecimal>> numberListAdapter(boolean elementsNullable) {
    return new TypeAdapter<List<BigDecimal>>() {
      @Override
      public void write(JsonWriter out, @Nullable List<BigDecimal> list) throws IOException {
        if (list == null) {
          out.nullValue();
          return;
        }
        List<?> elements = jsonElements(list);
        out.beginArray();
        for (Object element : elements) {
          if (element == null) {
            out.nullValue();
          } else {
            writeNumber(out, element);
          }
        }
        out.endArray();
      }

      @Override
      public @Nullable List<BigDecimal> read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_ARRAY) {
          return readNull(in, token, "an array");
        }
        in.beginArray();
        if (!in.hasNext()) {
          in.endArray();
          return Collections.emptyList();
        }
        @Nullable Object[] texts = new Object[4];
        int size = 0;
        do {
          if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
          }
          String text = readNumberText(in);
          if (text == null && !elementsNullable) {
            reportNull(in);
          }
          texts[size++] = text;
        } while (in.hasNext());
        in.endArray();
        return new NumberList(texts, size);
      }
    };
  }

  /** Lists of untyped values keep each as a frozen tree; JSON {@code null} elements are trees too. */
  private static TypeAdapter<List<JsonElement>> treeListAdapter(TreeAdapter treeAdapter) {
    return new TypeAdapter<List<JsonElement>>() {
      @Override
      public void write(JsonWriter out, @Nullable List<JsonElement> list) throws IOException {
        if (list == null) {
          out.nullValue();
          return;
        }
        List<?> elements = jsonElements(list);
        out.beginArray();
        for (Object element : elements) {
          treeAdapter.writeTree(out, element); // a frozen tree, or a caller's JsonElement (written as is)
        }
        out.endArray();
      }

      @Override
      public @Nullable List<JsonElement> read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_ARRAY) {
          return readNull(in, token, "an array");
        }
        return treeAdapter.readList(in);
      }
    };
  }

  /** An unmodifiable list of numbers kept as their JSON text. */
  private static final class NumberList extends ArrayBackedList<BigDecimal> {
    NumberList(@Nullable Object[] texts, int size) {
      super(texts, size);
    }

    @Override
    @SuppressWarnings("NullAway") // a null element of a list whose contract allows them
    BigDecimal fromStored(@Nullable Object text) {
      return toBigDecimal(text);
    }
  }

  /**
   * Returns an adapter of unmodifiable maps that keep the order of their keys.
   *
   * @param valueAdapter reads and writes each value
   * @param valuesNullable whether the contract allows {@code null} values
   * @param <V> the value type
   * @return the adapter
   */
  @SuppressWarnings("unchecked")
  public static <V> TypeAdapter<Map<String, V>> mapAdapter(
      TypeAdapter<V> valueAdapter, boolean valuesNullable) {
    if (valueAdapter instanceof TreeAdapter) {
      return (TypeAdapter<Map<String, V>>) (TypeAdapter<?>) treeMapAdapter((TreeAdapter) valueAdapter);
    }
    return new TypeAdapter<Map<String, V>>() {
      @Override
      public void write(JsonWriter out, @Nullable Map<String, V> map) throws IOException {
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
      public @Nullable Map<String, V> read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_OBJECT) {
          return readNull(in, token, "an object");
        }
        in.beginObject();
        if (!in.hasNext()) {
          in.endObject();
          return Collections.emptyMap();
        }
        String firstName = in.nextName();
        V firstValue = readValue(in);
        if (!in.hasNext()) {
          in.endObject();
          return Collections.singletonMap(firstName, firstValue);
        }
        Map<String, V> map = new LinkedHashMap<>();
        map.put(firstName, firstValue);
        do {
          String name = in.nextName();
          V value = valueAdapter.read(in);
          if (value == null && !valuesNullable) {
            reportNull(in);
          }
          map.put(name, value);
        } while (in.hasNext());
        in.endObject();
        return Collections.unmodifiableMap(map);
      }

      private V readValue(JsonReader in) throws IOException {
        V value = valueAdapter.read(in);
        if (value == null && !valuesNullable) {
          reportNull(in);
        }
        return value;
      }
    };
  }

  /** Maps of untyped values keep each as a frozen tree; JSON {@code null} values are trees too. */
  @SuppressWarnings("unchecked")
  private static TypeAdapter<Map<String, JsonElement>> treeMapAdapter(TreeAdapter treeAdapter) {
    TypeAdapter<Map<String, Object>> frozenMaps = mapAdapter(treeAdapter.frozen, true);
    return new TypeAdapter<Map<String, JsonElement>>() {
      @Override
      public void write(JsonWriter out, @Nullable Map<String, JsonElement> map) throws IOException {
        frozenMaps.write(out, map instanceof JsonTrees.JsonTreeMap
            ? (Map<String, Object>) (Map<String, ?>) ((JsonTrees.JsonTreeMap) map).trees()
            : (Map<String, Object>) (Map<String, ?>) map);
      }

      @Override
      public @Nullable Map<String, JsonElement> read(JsonReader in) throws IOException {
        Map<String, Object> trees = frozenMaps.read(in);
        if (trees == null || trees.isEmpty()) {
          return trees == null ? null : Collections.emptyMap();
        }
        return new JsonTrees.JsonTreeMap((Map<String, @Nullable Object>) (Map<String, ?>) trees);
      }
    };
  }

  /**
   * Returns the raw value of an enumeration, which the contract always sends as a string, or null.
   *
   * @param in the reader
   * @return the string, or {@code null} for JSON {@code null}
   * @throws IOException if reading fails
   */
  public static @Nullable String readEnumValue(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.STRING) {
      return in.nextString();
    }
    return readNull(in, token, "a string");
  }

  /**
   * Reads a field the contract does not define, reporting it in strict mode.
   *
   * @param in the reader, positioned at the value
   * @param jsonAdapter the model's adapter of untyped values, from {@link #adapter}
   * @return the value as a frozen tree, JSON {@code null} included
   * @throws IOException if reading fails
   */
  public static Object readUnknownField(JsonReader in, TypeAdapter<JsonElement> jsonAdapter)
      throws IOException {
    if (in instanceof ContractCheckingReader) {
      ((ContractCheckingReader) in)
          .violation(in.getPath(), ContractViolation.Kind.UNKNOWN_FIELD, jsonType(in.peek()));
    }
    return readTree(in, jsonAdapter);
  }

  private static String jsonType(JsonToken token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "array";
      case BEGIN_OBJECT:
        return "object";
      case STRING:
        return "string";
      case NUMBER:
        return "number";
      case BOOLEAN:
        return "boolean";
      default:
        return "null";
    }
  }

  /**
   * Reports, in strict mode, the enumeration value just read as not listed.
   *
   * @param in the reader
   * @param value the raw value
   */
  public static void reportUnknownValue(JsonReader in, String value) {
    if (in instanceof ContractCheckingReader) {
      ((ContractCheckingReader) in)
          .violation(in.getPreviousPath(), ContractViolation.Kind.UNLISTED_VALUE, value);
    }
  }

  /**
   * Reports, in strict mode, the {@code null} just read where the contract does not allow one.
   *
   * @param in the reader
   */
  public static void reportNull(JsonReader in) {
    if (in instanceof ContractCheckingReader) {
      ((ContractCheckingReader) in)
          .violation(in.getPreviousPath(), ContractViolation.Kind.UNEXPECTED_NULL, null);
    }
  }

  /**
   * Reports, in strict mode, a required field the object lacks; one carrying an explicit
   * {@code null} was already reported where it was read.
   *
   * @param in the reader
   * @param objectPath the object's JSON path
   * @param field the field's JSON name
   * @param explicitNulls the fields of the object that carried {@code null}, or {@code null}
   */
  public static void reportMissingField(
      JsonReader in, String objectPath, String field, @Nullable Set<String> explicitNulls) {
    if (in instanceof ContractCheckingReader && (explicitNulls == null || !explicitNulls.contains(field))) {
      ((ContractCheckingReader) in)
          .violation(objectPath + "." + field, ContractViolation.Kind.MISSING_REQUIRED_FIELD, null);
    }
  }

  /**
   * Returns the exception the getter of an absent required field throws.
   *
   * @param objectPath the JSON path of the parsed object, or {@code null} for one built in code
   * @param className the model's class name
   * @param field the field's JSON name
   * @param wasNull whether the JSON carried {@code null} rather than leaving the field out
   * @return the exception to throw
   */
  public static ScenarioContractViolationException requiredFieldMissing(
      @Nullable String objectPath, String className, String field, boolean wasNull) {
    String path = (objectPath != null ? objectPath : "$") + "." + field;
    return new ScenarioContractViolationException(
        Collections.singletonList(
            ContractViolation.of(
                path,
                wasNull ? ContractViolation.Kind.UNEXPECTED_NULL : ContractViolation.Kind.MISSING_REQUIRED_FIELD,
                null,
                "required field " + field + " of " + className)));
  }

  /**
   * Writes the unknown fields of an object after its defined ones.
   *
   * @param out the writer
   * @param properties the fields, in order
   * @param jsonAdapter the model's adapter of untyped values, from {@link #adapter}
   * @throws IOException if writing fails
   */
  public static void writeAdditionalProperties(
      JsonWriter out, @Nullable Map<String, JsonElement> properties, TypeAdapter<JsonElement> jsonAdapter)
      throws IOException {
    if (properties == null) {
      return;
    }
    // A model's unknown fields are always a JsonTreeMap: frozenOrNull and frozenCopyOrNull make them.
    for (Map.Entry<String, @Nullable Object> entry : ((JsonTrees.JsonTreeMap) properties).trees().entrySet()) {
      out.name(entry.getKey());
      ((TreeAdapter) jsonAdapter).writeTree(out, entry.getValue());
    }
  }

  /**
   * Adds an unknown field to a lazily created ordered map of frozen trees.
   *
   * @param map the map, or {@code null} before the first field
   * @param name the field name
   * @param tree the value as a frozen tree (see {@code JsonTrees}); {@code null} is stored as
   *     JSON {@code null}
   * @return the map
   */
  public static Map<String, Object> put(@Nullable Map<String, Object> map, String name, @Nullable Object tree) {
    Map<String, Object> result = map != null ? map : new LinkedHashMap<>();
    result.put(name, tree != null ? tree : JsonNull.INSTANCE);
    return result;
  }

  /**
   * Adds a name to a lazily created ordered set.
   *
   * @param set the set, or {@code null} before the first name
   * @param name the name
   * @return the set
   */
  public static Set<String> add(@Nullable Set<String> set, String name) {
    Set<String> result = set != null ? set : new LinkedHashSet<>();
    result.add(name);
    return result;
  }

  /**
   * Returns whether a lazily created set holds a name.
   *
   * @param set the set, or {@code null} for none
   * @param name the name
   * @return true when it does
   */
  public static boolean contains(@Nullable Set<String> set, String name) {
    return set != null && set.contains(name);
  }

  /**
   * Compares two lazily created sets, {@code null} counting as empty.
   *
   * @param a a set or {@code null}
   * @param b a set or {@code null}
   * @return true when both hold the same names
   */
  public static boolean sameNames(@Nullable Set<String> a, @Nullable Set<String> b) {
    if (a == null || a.isEmpty()) {
      return b == null || b.isEmpty();
    }
    return a.equals(b);
  }

  /**
   * Hashes a lazily created set consistently with {@link #sameNames}.
   *
   * @param set a set or {@code null}
   * @return the hash
   */
  public static int namesHash(@Nullable Set<String> set) {
    return set == null ? 0 : set.hashCode();
  }

  /**
   * Removes a name from a lazily created set.
   *
   * @param set the set, or {@code null}
   * @param name the name
   */
  public static void remove(@Nullable Set<String> set, String name) {
    if (set != null) {
      set.remove(name);
    }
  }

  /**
   * Returns each name's 1-based position in {@code names}: the adapters' look-up of a field that
   * arrives out of the contract's order.
   *
   * @param names the names of a model's fields, in the contract's order
   * @return name to position, unmodifiable
   */
  public static Map<String, Integer> fieldNumbers(String[] names) {
    Map<String, Integer> numbers = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      numbers.put(names[i], i + 1);
    }
    return Collections.unmodifiableMap(numbers);
  }

  /**
   * Returns whether an array holds a name.
   *
   * @param names the names
   * @param name the name
   * @return true when it does
   */
  public static boolean contains(String[] names, @Nullable String name) {
    for (String candidate : names) {
      if (candidate.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the unknown fields the parser collected as a model keeps them: unmodifiable, or
   * {@code null} when empty.
   *
   * @param map the parser's map of frozen trees, which nothing else references, or {@code null}
   * @return the model's map
   */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, JsonElement> frozenOrNull(@Nullable Map<String, Object> map) {
    return map == null || map.isEmpty() ? null : new JsonTrees.JsonTreeMap((Map<String, @Nullable Object>) (Map<String, ?>) map);
  }

  /**
   * Returns a builder's unknown fields as a model keeps them: an unmodifiable copy, or {@code null}
   * when empty.
   *
   * @param map the builder's map of frozen trees, or {@code null}
   * @return the model's map
   */
  public static @Nullable Map<String, JsonElement> frozenCopyOrNull(@Nullable Map<String, Object> map) {
    return map == null || map.isEmpty() ? null : new JsonTrees.JsonTreeMap(new LinkedHashMap<>(map));
  }

  /**
   * Returns a model's map of unknown fields, empty when it has none.
   *
   * @param map the model's map, or {@code null}
   * @return the map, never {@code null}
   */
  public static Map<String, JsonElement> orEmpty(@Nullable Map<String, JsonElement> map) {
    return map != null ? map : Collections.emptyMap();
  }

  /**
   * Copies a model's unknown fields for a builder, as frozen trees.
   *
   * @param map the model's map, or {@code null}
   * @return a mutable copy, or {@code null} when empty
   */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> copyOrNull(@Nullable Map<String, JsonElement> map) {
    if (map == null || map.isEmpty()) {
      return null;
    }
    // A model's unknown fields are always a JsonTreeMap: frozenOrNull and frozenCopyOrNull make them.
    return (Map<String, Object>) (Map<String, ?>) ((JsonTrees.JsonTreeMap) map).copyOfTrees();
  }

  /**
   * Returns a frozen copy of a caller's tree (see {@code JsonTrees}).
   *
   * @param tree the tree, or {@code null}
   * @return the frozen tree, or {@code null}
   */
  public static @Nullable Object freeze(@Nullable JsonElement tree) {
    return JsonTrees.freeze(tree);
  }

  /**
   * Returns a new Gson tree equal to a model's frozen one, for a getter.
   *
   * @param tree the frozen tree, or {@code null}
   * @return a tree the caller may change, or {@code null}
   */
  public static @Nullable JsonElement thaw(@Nullable Object tree) {
    return JsonTrees.thaw(tree);
  }

  /**
   * Copies a set for a builder or a model.
   *
   * @param set the set, or {@code null}
   * @return a mutable copy, or {@code null} when empty
   */
  public static @Nullable Set<String> copyOrNull(@Nullable Set<String> set) {
    return set == null || set.isEmpty() ? null : new LinkedHashSet<>(set);
  }

  /**
   * Copies a caller-supplied list or map, nested ones included, into unmodifiable containers.
   *
   * @param value the value
   * @param <T> its type
   * @return the frozen copy, or the value itself when it is not a container
   */
  @SuppressWarnings("unchecked")
  public static <T> @Nullable T deepFreeze(@Nullable T value) {
    if (value instanceof JsonTrees.JsonTreeList || value instanceof JsonTrees.JsonTreeMap) {
      return value; // frozen already
    }
    // A null element of a list or map of trees is JSON null, as the parser reads it.
    if (value instanceof List && holdsTrees(((List<?>) value))) {
      List<?> list = (List<?>) value;
      Object[] trees = new Object[list.size()];
      int size = 0;
      for (Object element : list) {
        trees[size++] = element == null ? JsonNull.INSTANCE : treeOf((JsonElement) element);
      }
      return (T) new JsonTrees.JsonTreeList(trees, size);
    }
    if (value instanceof Map && holdsTrees(((Map<?, ?>) value).values())) {
      Map<String, @Nullable Object> trees = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object element = entry.getValue();
        trees.put((String) entry.getKey(), element == null ? JsonNull.INSTANCE : treeOf((JsonElement) element));
      }
      return (T) new JsonTrees.JsonTreeMap(trees);
    }
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

  private static Object treeOf(JsonElement element) {
    Object tree = JsonTrees.freeze(element);
    return tree != null ? tree : JsonNull.INSTANCE;
  }

  /** Whether a caller's collection, of a contract type, holds JSON trees (and possibly nulls). */
  private static boolean holdsTrees(Collection<?> values) {
    boolean trees = false;
    for (Object value : values) {
      if (value instanceof JsonElement) {
        trees = true;
      } else if (value != null) {
        return false;
      }
    }
    return trees;
  }

  /**
   * Compares two field values as their JSON: maps in key order, numbers in JSON trees by how they
   * are written ({@code 0} and {@code 0.0} differ), everything else with {@code equals}.
   *
   * @param a a value or {@code null}
   * @param b a value or {@code null}
   * @return true when both write the same JSON
   */
  public static boolean jsonEquals(@Nullable Object a, @Nullable Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (JsonTrees.isTree(a) && JsonTrees.isTree(b)) {
      return JsonTrees.equal(a, b);
    }
    if (a instanceof BigDecimal || b instanceof BigDecimal) {
      // A number field holds its parsed JSON text or a BigDecimal: equal when written alike.
      return a.toString().equals(b.toString());
    }
    if (a instanceof List && b instanceof List) {
      Iterator<?> i = jsonElements((List<?>) a).iterator();
      Iterator<?> j = jsonElements((List<?>) b).iterator();
      while (i.hasNext() && j.hasNext()) {
        if (!jsonEquals(element(i.next()), element(j.next()))) {
          return false;
        }
      }
      return !i.hasNext() && !j.hasNext();
    }
    if (a instanceof Map && b instanceof Map) {
      return orderedEntriesEqual(jsonEntries((Map<?, ?>) a), jsonEntries((Map<?, ?>) b));
    }
    return a.equals(b);
  }

  /** An element of a list or map: JSON null, as a tree or as Java null, writes the same. */
  private static @Nullable Object element(@Nullable Object value) {
    return value instanceof JsonNull ? null : value;
  }

  private static List<?> jsonElements(List<?> list) {
    return list instanceof ArrayBackedList ? ((ArrayBackedList<?>) list).stored() : list;
  }

  private static Set<? extends Map.Entry<?, ?>> jsonEntries(Map<?, ?> map) {
    return (map instanceof JsonTrees.JsonTreeMap ? ((JsonTrees.JsonTreeMap) map).trees() : map).entrySet();
  }

  private static boolean orderedEntriesEqual(Set<? extends Map.Entry<?, ?>> a, Set<? extends Map.Entry<?, ?>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<? extends Map.Entry<?, ?>> i = a.iterator();
    Iterator<? extends Map.Entry<?, ?>> j = b.iterator();
    while (i.hasNext()) {
      Map.Entry<?, ?> x = i.next();
      Map.Entry<?, ?> y = j.next();
      if (!x.getKey().equals(y.getKey()) || !jsonEquals(element(x.getValue()), element(y.getValue()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hashes a field value consistently with {@link #jsonEquals}.
   *
   * @param value a value or {@code null}
   * @return the hash
   */
  public static int jsonHash(@Nullable Object value) {
    if (value == null) {
      return 0;
    }
    if (JsonTrees.isTree(value)) {
      return JsonTrees.hash(value);
    }
    if (value instanceof BigDecimal) {
      return value.toString().hashCode(); // as the parsed JSON text of the same number hashes
    }
    if (value instanceof List) {
      int hash = 1;
      for (Object element : jsonElements((List<?>) value)) {
        hash = 31 * hash + jsonHash(element(element));
      }
      return hash;
    }
    if (value instanceof Map) {
      int hash = 1;
      for (Map.Entry<?, ?> entry : jsonEntries((Map<?, ?>) value)) {
        hash = 31 * hash + entry.getKey().hashCode();
        hash = 31 * hash + jsonHash(element(entry.getValue()));
      }
      return hash;
    }
    return value.hashCode();
  }

  /**
   * Appends {@code name=value, } for a set field.
   *
   * @param out the text so far
   * @param name the field's JSON name
   * @param value the value, skipped when {@code null}
   */
  public static void appendField(StringBuilder out, String name, @Nullable Object value) {
    if (value != null) {
      out.append(name).append('=').append(value).append(", ");
    }
  }

  /**
   * Ends a {@code toString} text.
   *
   * @param out the text so far
   * @return the text
   */
  public static String closeToString(StringBuilder out) {
    int length = out.length();
    if (out.charAt(length - 1) == ' ') {
      out.setLength(length - 2);
    }
    return out.append('}').toString();
  }
}
