package dev.scenarioclient.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vendor's API reference web page, saved as text (the July 2026 copy lives in
 * src/test/resources/reference/2026-07), into {@link ReferenceField}s. The page lists each field as
 * {@code name: [optional] type}, followed by its description, enumeration values ({@code "value"}
 * lines) and limits ({@code minimum0} lines); an {@code object { a, b, N more }} type announces how
 * many of the following fields are its children. The documented sample follows the {@code curl}
 * line.
 *
 * <p>The reader checks its reading against what the page announces (value counts, child counts and
 * names) and throws {@link UnreadableReferenceException} on any mismatch.
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
  private static final String ONE_OF = "One of the following:";

  private record Entry(int line, String location, String name, boolean optional, String type, List<String> lines) {}

  private final String source;
  private final List<Entry> entries = new ArrayList<>();
  private int next;

  private ReferencePage(String source, List<String> lines) {
    this.source = source;
    String location = null;
    Entry current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("Path Parameters")) {
        location = "path";
        continue;
      } else if (line.startsWith("Query Parameters")) {
        location = "query";
        continue;
      } else if (line.startsWith("Returns")) {
        location = "response";
        continue;
      }
      Matcher field = FIELD.matcher(line);
      if (field.matches()) {
        if (location == null) {
          throw new UnreadableReferenceException(source, i + 1, "field " + field.group(1)
              + " before any Path Parameters, Query Parameters or Returns heading");
        }
        current = new Entry(i + 1, location, field.group(1), field.group(2) != null, field.group(3), new ArrayList<>());
        entries.add(current);
      } else if (current != null) {
        current.lines.add(line.trim());
      }
    }
  }

  /** Reads a page; {@code text} uses {@code \n} line ends. */
  static Reference parse(String source, String text) {
    int curl = text.indexOf("\ncurl ");
    if (curl < 0) {
      throw new UnreadableReferenceException(source, 0, "no curl request line, after which the page gives its sample");
    }
    ReferencePage page = new ReferencePage(source, List.of(text.substring(0, curl).split("\n", -1)));
    List<ReferenceField> parameters = new ArrayList<>();
    List<ReferenceField> response = new ArrayList<>();
    while (page.next < page.entries.size()) {
      ReferenceField root = page.field("");
      (root.location().equals("response") ? response : parameters).add(root);
    }
    if (response.isEmpty()) {
      throw new UnreadableReferenceException(source, 0, "no response field under Returns");
    }
    return new Reference(source, Reference.Form.WEB_PAGE, parameters, response, sample(source, text, curl));
  }

  /**
   * The sample printed after the request: from the first line that is {@code {} to the first line
   * that is {@code }}, each line with its {@code \n}, exactly as on the page.
   */
  private static String sample(String source, String text, int curl) {
    int start = text.indexOf("\n{\n", curl);
    int end = start < 0 ? -1 : text.indexOf("\n}", start);
    while (end >= 0 && end + 2 < text.length() && text.charAt(end + 2) != '\n') {
      end = text.indexOf("\n}", end + 1);
    }
    if (start < 0 || end < 0) {
      throw new UnreadableReferenceException(source, 0, "no JSON sample ({ … } lines) after the curl line");
    }
    return text.substring(start + 1, end + 2) + "\n";
  }

  private ReferenceField field(String parentPath) {
    Entry entry = entries.get(next++);
    String type = entry.type;
    int depth = 0;
    while (type.startsWith("array of ")) {
      depth++;
      type = type.substring("array of ".length());
    }
    List<String> values = new ArrayList<>();
    Map<String, BigDecimal> limits = new LinkedHashMap<>();
    boolean described = false;
    for (String line : entry.lines) {
      Matcher value = ENUM_VALUE.matcher(line);
      Matcher limit = LIMIT.matcher(line);
      if (value.matches()) {
        values.add(value.group(1));
      } else if (limit.matches()) {
        limits.put(limit.group(1), new BigDecimal(limit.group(2)));
      } else if (!line.isEmpty() && !line.equals(ONE_OF)) {
        described = true;
      }
    }
    ReferenceField.Type kind;
    int childCount = 0;
    ObjectHeader header = null;
    if (type.startsWith("object")) {
      kind = ReferenceField.Type.OBJECT;
      header = ObjectHeader.parse(this, entry, type);
      childCount = header.childCount();
    } else if (type.startsWith("\"")) {
      kind = ReferenceField.Type.ENUM;
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
      check(values.stream().distinct().count() == values.size(), entry, "lists a value twice: " + values);
    } else {
      kind = switch (type) {
        case "string" -> ReferenceField.Type.STRING;
        case "number" -> ReferenceField.Type.NUMBER;
        case "boolean" -> ReferenceField.Type.BOOLEAN;
        case "true" -> ReferenceField.Type.TRUE;
        case "unknown" -> ReferenceField.Type.UNKNOWN;
        case "map[unknown]" -> ReferenceField.Type.MAP;
        default -> throw new UnreadableReferenceException(source, entry.line, "unreadable type: " + entry.type);
      };
      check(values.isEmpty(), entry, "lists values " + values + " for a " + type);
    }
    String path = parentPath.isEmpty() ? entry.name : parentPath + "." + entry.name;
    String childPrefix = path + "[]".repeat(depth);
    List<ReferenceField> children = new ArrayList<>();
    for (int i = 0; i < childCount; i++) {
      check(next < entries.size(), entry, "announces " + childCount + " children but the page ends after " + i);
      check(entries.get(next).location.equals(entry.location), entry,
          "announces " + childCount + " children but only " + i + " precede the next heading");
      children.add(field(childPrefix));
    }
    if (header != null) {
      List<String> first = new ArrayList<>();
      children.subList(0, Math.min(header.named().size(), childCount)).forEach(c -> first.add(c.name()));
      check(first.equals(header.named()), entry, "announces children " + header.named() + " but lists " + first);
      check(children.stream().map(ReferenceField::name).distinct().count() == children.size(), entry,
          "lists a child twice");
    }
    return new ReferenceField(entry.location, path, entry.name, !entry.optional, depth, kind, values, limits,
        false, described, null, children);
  }

  private void check(boolean consistent, Entry entry, String problem) {
    if (!consistent) {
      throw new UnreadableReferenceException(source, entry.line, "field " + entry.name + " " + problem);
    }
  }

  /** An {@code object { a, b, N more }} type: the children it names, and how many more follow. */
  private record ObjectHeader(List<String> named, int more) {
    static ObjectHeader parse(ReferencePage page, Entry entry, String type) {
      Matcher object = OBJECT.matcher(type);
      if (!object.find()) {
        throw new UnreadableReferenceException(page.source, entry.line, "unreadable object type: " + type);
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
}
