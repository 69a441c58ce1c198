package dev.scenarioclient.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the published API reference page (a copy lives in src/test/resources/reference) into the
 * fields it documents. The page lists each field as {@code name: [optional] type}, followed by its
 * description, enumeration values ({@code "value"} lines) and limits ({@code minimum0} lines); an
 * {@code object { a, b, N more }} type announces how many of the following fields are its children.
 */
final class ReferencePage {
  private static final Pattern FIELD =
      Pattern.compile(
          "^([A-Za-z_][A-Za-z0-9_]*): (optional )?"
              + "((?:string|number|boolean|true|unknown|map\\[unknown]|array of .*|object \\{.*|\".*))$");
  private static final Pattern ENUM_VALUE = Pattern.compile("^\"(.*)\"$");
  private static final Pattern LIMIT = Pattern.compile("^(maximum|minimum|multipleOf|maxLength)(-?[0-9.]+)$");
  private static final Pattern OBJECT = Pattern.compile("object \\{ ([^}]*) }");
  private static final Pattern MORE = Pattern.compile("(\\d+) more");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /** One documented field. {@code path} uses {@code []} for each array level of its parents. */
  static final class Field {
    final String location; // "path", "query" or "response"
    final String path;
    final String name;
    final boolean required;
    final int arrayDepth;
    final String type; // string, number, boolean, true, unknown, map, object, enum
    final List<String> enumValues;
    final Map<String, String> limits;
    final List<Field> children = new ArrayList<>();

    Field(String location, String path, String name, boolean required, int arrayDepth, String type,
        List<String> enumValues, Map<String, String> limits) {
      this.location = location;
      this.path = path;
      this.name = name;
      this.required = required;
      this.arrayDepth = arrayDepth;
      this.type = type;
      this.enumValues = enumValues;
      this.limits = limits;
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(path).append(": ");
      out.append(required ? "" : "optional ");
      for (int i = 0; i < arrayDepth; i++) {
        out.append("array of ");
      }
      out.append(type);
      if (!enumValues.isEmpty()) {
        out.append(' ').append(enumValues.size()).append(" values");
      }
      if (!limits.isEmpty()) {
        out.append(' ').append(limits);
      }
      return out.toString();
    }
  }

  private static final class Entry {
    final String location;
    final String name;
    final boolean optional;
    final String type;
    final List<String> lines = new ArrayList<>();

    Entry(String location, String name, boolean optional, String type) {
      this.location = location;
      this.name = name;
      this.optional = optional;
      this.type = type;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private int next;

  private ReferencePage(String text) {
    String location = null;
    Entry current = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("curl ")) {
        break; // the request and response samples follow
      }
      if (line.startsWith("Path Parameters")) {
        location = "path";
      } else if (line.startsWith("Query Parameters")) {
        location = "query";
      } else if (line.startsWith("Returns")) {
        location = "response";
      }
      Matcher field = FIELD.matcher(line);
      if (field.matches()) {
        current = new Entry(location, field.group(1), field.group(2) != null, field.group(3));
        entries.add(current);
      } else if (current != null) {
        current.lines.add(line.trim());
      }
    }
  }

  /** Returns the top-level fields: the parameters, then the response body's root fields. */
  static List<Field> parse(String text) {
    ReferencePage page = new ReferencePage(text);
    List<Field> roots = new ArrayList<>();
    while (page.next < page.entries.size()) {
      roots.add(page.field(""));
    }
    return roots;
  }

  /** Returns every field, depth first. */
  static List<Field> flatten(List<Field> fields) {
    List<Field> out = new ArrayList<>();
    for (Field field : fields) {
      out.add(field);
      out.addAll(flatten(field.children));
    }
    return out;
  }

  private Field field(String parentPath) {
    Entry entry = entries.get(next++);
    String type = entry.type;
    int depth = 0;
    while (type.startsWith("array of ")) {
      depth++;
      type = type.substring("array of ".length());
    }
    List<String> values = new ArrayList<>();
    Map<String, String> limits = new LinkedHashMap<>();
    for (String line : entry.lines) {
      Matcher value = ENUM_VALUE.matcher(line);
      Matcher limit = LIMIT.matcher(line);
      if (value.matches()) {
        values.add(value.group(1));
      } else if (limit.matches()) {
        limits.put(limit.group(1), limit.group(2));
      }
    }
    String kind;
    int childCount = 0;
    if (type.startsWith("object")) {
      kind = "object";
      childCount = ObjectHeader.parse(type).childCount();
    } else if (type.startsWith("\"")) {
      kind = "enum";
      List<String> announced = new ArrayList<>();
      Matcher quoted = QUOTED.matcher(type);
      while (quoted.find()) {
        announced.add(quoted.group(1));
      }
      if (values.isEmpty()) { // a single inline value, e.g. "if-else"
        values.addAll(announced);
      }
      Matcher more = MORE.matcher(type);
      int count = announced.size() + (more.find() ? Integer.parseInt(more.group(1)) : 0);
      check(values.size() == count && values.subList(0, announced.size()).equals(announced),
          entry, "announces " + count + " values starting " + announced + " but lists " + values);
    } else if (type.equals("map[unknown]")) {
      kind = "map";
    } else {
      kind = type;
    }
    String path = parentPath.isEmpty() ? entry.name : parentPath + "." + entry.name;
    Field field =
        new Field(entry.location, path, entry.name, !entry.optional, depth, kind, values, limits);
    String childPrefix = path + repeat("[]", depth);
    for (int i = 0; i < childCount; i++) {
      field.children.add(field(childPrefix));
    }
    if (kind.equals("object")) {
      List<String> announced = ObjectHeader.parse(type).named();
      List<String> first = new ArrayList<>();
      field.children.subList(0, Math.min(announced.size(), childCount)).forEach(c -> first.add(c.name));
      check(first.equals(announced), entry, "announces children " + announced + " but lists " + first);
    }
    return field;
  }

  /** Fails on a page whose structure the parser misread, rather than comparing a wrong reading. */
  private static void check(boolean consistent, Entry entry, String problem) {
    if (!consistent) {
      throw new IllegalStateException("reference page field " + entry.name + " " + problem);
    }
  }

  /** An {@code object { a, b, N more }} type: the children it names, and how many more follow. */
  private record ObjectHeader(List<String> named, int more) {
    static ObjectHeader parse(String type) {
      Matcher object = OBJECT.matcher(type);
      if (!object.find()) {
        throw new IllegalStateException("unreadable object type: " + type);
      }
      List<String> named = new ArrayList<>();
      int more = 0;
      for (String part : object.group(1).split(",")) {
        Matcher count = MORE.matcher(part.trim());
        if (count.matches()) {
          more += Integer.parseInt(count.group(1));
        } else {
          named.add(part.trim());
        }
      }
      return new ObjectHeader(named, more);
    }

    int childCount() {
      return named.size() + more;
    }
  }

  private static String repeat(String text, int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(text);
    }
    return out.toString();
  }
}
