package dev.scenarioclient.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Untyped JSON values (the contract's schema-less fields, unknown fields) as the models keep them:
 * frozen trees, immutable and compact. A frozen tree is a {@link JsonPrimitive}, {@link JsonNull}
 * (both immutable), or an internal object or array node. Getters hand out a new Gson tree on each
 * call ({@link #thaw}), so that changing it cannot change the model, its equality or its cached
 * hash. Reading into frozen nodes also costs a fraction of Gson's {@code JsonObject}, whose
 * balanced tree map allocates a node per member. A name repeated in one object keeps its first
 * position and its last value, as in a {@code JsonObject} and in the typed fields.
 */
final class JsonTrees {
  private JsonTrees() {}

  /** A JSON object: names and values alternating, in arrival order, each name once. */
  private static final class FrozenObject {
    final Object[] entries;
    final int length;

    FrozenObject(Object[] entries, int length) {
      this.entries = entries;
      this.length = length;
    }

    @Override
    public String toString() {
      return thawTree(this).toString();
    }
  }

  /** A JSON array. */
  private static final class FrozenArray {
    final Object[] elements;
    final int size;

    FrozenArray(Object[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

    @Override
    public String toString() {
      return thawTree(this).toString();
    }
  }

  private static final FrozenObject EMPTY_OBJECT = new FrozenObject(new Object[0], 0);
  private static final FrozenArray EMPTY_ARRAY = new FrozenArray(new Object[0], 0);

  /**
   * Reads one JSON value, recursively (the reader bounds the nesting).
   *
   * @param in the reader, positioned at the value
   * @param primitives Gson's adapter, which reads strings, numbers (as written), booleans and null
   * @return the frozen tree; JSON {@code null} is {@link JsonNull#INSTANCE}
   * @throws IOException if reading fails
   */
  static Object read(JsonReader in, TypeAdapter<JsonElement> primitives) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.BEGIN_OBJECT) {
      return readObject(in, primitives);
    }
    if (token == JsonToken.BEGIN_ARRAY) {
      return readArray(in, primitives, false);
    }
    JsonElement value = primitives.read(in);
    return value != null ? value : JsonNull.INSTANCE;
  }

  // Empty and one-member containers, common in untyped values, get arrays of their exact size.
  private static Object readObject(JsonReader in, TypeAdapter<JsonElement> primitives) throws IOException {
    in.beginObject();
    if (!in.hasNext()) {
      in.endObject();
      return EMPTY_OBJECT;
    }
    String firstName = in.nextName();
    Object firstValue = read(in, primitives);
    if (!in.hasNext()) {
      in.endObject();
      return new FrozenObject(new Object[] {firstName, firstValue}, 2);
    }
    Object[] entries = new Object[8];
    entries[0] = firstName;
    entries[1] = firstValue;
    int length = 2;
    @Nullable Map<String, Integer> positions = null; // of each name, once the object is too long to search
    do {
      String name = in.nextName();
      Object value = read(in, primitives);
      if (positions == null && length >= SEARCHED_LENGTH) {
        positions = new HashMap<>();
        for (int i = 0; i < length; i += 2) {
          positions.put((String) entries[i], i);
        }
      }
      int position = positions != null ? positions.getOrDefault(name, -1) : find(entries, length, name);
      if (position >= 0) {
        entries[position + 1] = value;
        continue;
      }
      if (length == entries.length) {
        entries = Arrays.copyOf(entries, length * 2);
      }
      if (positions != null) {
        positions.put(name, length);
      }
      entries[length] = name;
      entries[length + 1] = value;
      length += 2;
    } while (in.hasNext());
    in.endObject();
    return new FrozenObject(entries, length);
  }

  /** Objects up to this many entries (names and values) find a repeated name by searching them. */
  private static final int SEARCHED_LENGTH = 128;

  private static int find(Object[] entries, int length, String name) {
    for (int i = 0; i < length; i += 2) {
      if (entries[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads a JSON array, the reader at its start, into an unmodifiable list of frozen trees.
   *
   * @param in the reader
   * @param primitives Gson's adapter, which reads strings, numbers (as written), booleans and null
   * @return the list; a JSON {@code null} element is {@link JsonNull#INSTANCE}
   * @throws IOException if reading fails
   */
  @SuppressWarnings("unchecked") // readArray makes a list when asked for one
  static List<JsonElement> readList(JsonReader in, TypeAdapter<JsonElement> primitives) throws IOException {
    return (List<JsonElement>) readArray(in, primitives, true);
  }

  /** Reads an array into a frozen one, or into a list of frozen trees for {@link #readList}. */
  private static Object readArray(JsonReader in, TypeAdapter<JsonElement> primitives, boolean asList)
      throws IOException {
    in.beginArray();
    if (!in.hasNext()) {
      in.endArray();
      return asList ? Collections.emptyList() : EMPTY_ARRAY;
    }
    Object first = read(in, primitives);
    Object[] elements;
    int size = 1;
    if (!in.hasNext()) {
      elements = new Object[] {first};
    } else {
      elements = new Object[4];
      elements[0] = first;
      do {
        if (size == elements.length) {
          elements = Arrays.copyOf(elements, size * 2);
        }
        elements[size++] = read(in, primitives);
      } while (in.hasNext());
    }
    in.endArray();
    return asList ? new JsonTreeList(elements, size) : new FrozenArray(elements, size);
  }

  /**
   * Writes a frozen tree.
   *
   * @param out the writer
   * @param tree the tree
   * @param primitives Gson's adapter, which writes primitives and null
   * @throws IOException if writing fails
   */
  static void write(JsonWriter out, Object tree, TypeAdapter<JsonElement> primitives) throws IOException {
    if (tree instanceof FrozenObject) {
      FrozenObject object = (FrozenObject) tree;
      out.beginObject();
      for (int i = 0; i < object.length; i += 2) {
        out.name((String) object.entries[i]);
        write(out, object.entries[i + 1], primitives);
      }
      out.endObject();
    } else if (tree instanceof FrozenArray) {
      FrozenArray array = (FrozenArray) tree;
      out.beginArray();
      for (int i = 0; i < array.size; i++) {
        write(out, array.elements[i], primitives);
      }
      out.endArray();
    } else {
      primitives.write(out, (JsonElement) tree);
    }
  }

  /**
   * Returns a frozen copy of a caller's tree, which the caller may then change freely.
   *
   * @param element the tree, or {@code null}
   * @return the frozen tree, or {@code null}
   */
  static @Nullable Object freeze(@Nullable JsonElement element) {
    return element == null ? null : freezeTree(element);
  }

  private static Object freezeTree(JsonElement element) {
    if (element.isJsonObject()) {
      Set<Map.Entry<String, JsonElement>> members = element.getAsJsonObject().entrySet();
      Object[] entries = new Object[members.size() * 2];
      int length = 0;
      for (Map.Entry<String, JsonElement> member : members) {
        entries[length] = member.getKey();
        entries[length + 1] = freezeTree(member.getValue());
        length += 2;
      }
      return new FrozenObject(entries, length);
    }
    if (element.isJsonArray()) {
      JsonArray array = element.getAsJsonArray();
      Object[] elements = new Object[array.size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = freezeTree(array.get(i));
      }
      return new FrozenArray(elements, elements.length);
    }
    return element; // a primitive or JSON null: immutable
  }

  /**
   * Returns a new Gson tree equal to a frozen one; primitives, which are immutable, are shared.
   *
   * @param tree the frozen tree, or {@code null}
   * @return the Gson tree, or {@code null}
   */
  static @Nullable JsonElement thaw(@Nullable Object tree) {
    return tree == null ? null : thawTree(tree);
  }

  private static JsonElement thawTree(Object tree) {
    if (tree instanceof FrozenObject) {
      FrozenObject object = (FrozenObject) tree;
      JsonObject result = new JsonObject();
      for (int i = 0; i < object.length; i += 2) {
        result.add((String) object.entries[i], thawTree(object.entries[i + 1]));
      }
      return result;
    }
    if (tree instanceof FrozenArray) {
      FrozenArray array = (FrozenArray) tree;
      JsonArray result = new JsonArray(array.size);
      for (int i = 0; i < array.size; i++) {
        result.add(thawTree(array.elements[i]));
      }
      return result;
    }
    return ((JsonElement) tree).deepCopy(); // primitives and null return themselves
  }

  /**
   * Returns whether a value is a JSON tree, frozen or Gson's.
   *
   * @param value a value
   * @return true when it is
   */
  static boolean isTree(@Nullable Object value) {
    return value instanceof JsonElement || value instanceof FrozenObject || value instanceof FrozenArray;
  }

  /**
   * Compares two trees, frozen or Gson's, as their JSON: members in order, numbers by how they are
   * written ({@code 0} and {@code 0.0} differ).
   */
  static boolean equal(Object a, Object b) {
    Object x = a instanceof JsonElement ? freezeTree((JsonElement) a) : a;
    Object y = b instanceof JsonElement ? freezeTree((JsonElement) b) : b;
    if (x instanceof FrozenObject && y instanceof FrozenObject) {
      FrozenObject p = (FrozenObject) x;
      FrozenObject q = (FrozenObject) y;
      if (p.length != q.length) {
        return false;
      }
      for (int i = 0; i < p.length; i += 2) {
        if (!p.entries[i].equals(q.entries[i]) || !equal(p.entries[i + 1], q.entries[i + 1])) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof FrozenArray && y instanceof FrozenArray) {
      FrozenArray p = (FrozenArray) x;
      FrozenArray q = (FrozenArray) y;
      if (p.size != q.size) {
        return false;
      }
      for (int i = 0; i < p.size; i++) {
        if (!equal(p.elements[i], q.elements[i])) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof JsonPrimitive && y instanceof JsonPrimitive) {
      JsonPrimitive p = (JsonPrimitive) x;
      JsonPrimitive q = (JsonPrimitive) y;
      if (p.isNumber() || q.isNumber()) {
        return p.isNumber() && q.isNumber() && p.getAsNumber().toString().equals(q.getAsNumber().toString());
      }
      return p.equals(q);
    }
    return x instanceof JsonNull && y instanceof JsonNull;
  }

  /** Hashes a tree, frozen or Gson's, consistently with {@link #equal}. */
  static int hash(Object tree) {
    Object x = tree instanceof JsonElement ? freezeTree((JsonElement) tree) : tree;
    if (x instanceof FrozenObject) {
      FrozenObject object = (FrozenObject) x;
      int hash = 3;
      for (int i = 0; i < object.length; i += 2) {
        hash = 31 * hash + object.entries[i].hashCode();
        hash = 31 * hash + hash(object.entries[i + 1]);
      }
      return hash;
    }
    if (x instanceof FrozenArray) {
      FrozenArray array = (FrozenArray) x;
      int hash = 5;
      for (int i = 0; i < array.size; i++) {
        hash = 31 * hash + hash(array.elements[i]);
      }
      return hash;
    }
    if (x instanceof JsonPrimitive) {
      JsonPrimitive primitive = (JsonPrimitive) x;
      return primitive.isNumber() ? primitive.getAsNumber().toString().hashCode() : primitive.hashCode();
    }
    return 7;
  }

  /**
   * An unmodifiable list of JSON trees: it keeps them frozen and hands out a new Gson tree for each
   * element read.
   */
  static final class JsonTreeList extends ArrayBackedList<JsonElement> {
    JsonTreeList(@Nullable Object[] trees, int size) {
      super(trees, size);
    }

    @Override
    @SuppressWarnings("NullAway") // a null element, kept as the caller gave it
    JsonElement fromStored(@Nullable Object tree) {
      return thaw(tree);
    }
  }

  /**
   * An unmodifiable map of JSON trees in the order of its keys: it keeps them frozen and hands out a
   * new Gson tree for each value read.
   */
  static final class JsonTreeMap extends AbstractMap<String, JsonElement> {
    private final Map<String, @Nullable Object> trees;

    /** Takes over {@code trees}, which nothing else may reference. */
    JsonTreeMap(Map<String, @Nullable Object> trees) {
      this.trees = trees;
    }

    @Override
    public @Nullable JsonElement get(@Nullable Object key) {
      return thaw(trees.get(key));
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return trees.containsKey(key);
    }

    @Override
    public int size() {
      return trees.size();
    }

    @Override
    public Set<String> keySet() {
      return Collections.unmodifiableSet(trees.keySet());
    }

    @Override
    public Set<Map.Entry<String, JsonElement>> entrySet() {
      return new AbstractSet<Map.Entry<String, JsonElement>>() {
        @Override
        public Iterator<Map.Entry<String, JsonElement>> iterator() {
          Iterator<Map.Entry<String, @Nullable Object>> entries = trees.entrySet().iterator();
          return new Iterator<Map.Entry<String, JsonElement>>() {
            @Override
            public boolean hasNext() {
              return entries.hasNext();
            }

            @Override
            @SuppressWarnings("NullAway") // a null value, kept as the caller gave it
            public Map.Entry<String, JsonElement> next() {
              Map.Entry<String, @Nullable Object> entry = entries.next();
              return new AbstractMap.SimpleImmutableEntry<>(entry.getKey(), thaw(entry.getValue()));
            }
          };
        }

        @Override
        public int size() {
          return trees.size();
        }
      };
    }

    /** The values as frozen trees, which equality, hashing and writing use. */
    Map<String, @Nullable Object> trees() {
      return trees;
    }

    /** A mutable copy of the frozen values, for a builder. */
    Map<String, @Nullable Object> copyOfTrees() {
      return new LinkedHashMap<>(trees);
    }
  }
}
