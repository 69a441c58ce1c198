package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes schema trees as YAML the way {@code openapi/openapi.yaml} is written: block style, two
 * spaces per level, sequence items two spaces under their key, plain keys, {@code type} values
 * plain, every other string double-quoted, numbers and booleans plain.
 */
final class YamlStyle {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_.-]*");
  private static final Set<String> YAML_WORDS = new HashSet<>(Arrays.asList(
      "y", "n", "yes", "no", "on", "off", "true", "false", "null"));

  private YamlStyle() {}

  /**
   * The indentation of the entries under a document location, e.g. 8 for the fields under
   * {@code components.schemas.X.properties} and for the values under {@code components.schemas.X.enum}.
   */
  static int indentUnder(List<Object> pointer) {
    int indent = -2;
    boolean afterIndex = false;
    for (Object key : pointer) {
      if (key instanceof Integer) {
        indent += 4;
        afterIndex = true;
      } else if (afterIndex) {
        afterIndex = false;
      } else {
        indent += 2;
      }
    }
    return afterIndex ? indent : indent + 2;
  }

  /** {@code name:} followed by the schema's keywords one level deeper. */
  static void entry(StringBuilder out, int indent, String name, JsonNode schema) {
    if (schema.isObject() && schema.size() > 0) {
      line(out, indent, key(name) + ":");
      map(out, indent + 2, schema);
    } else {
      line(out, indent, key(name) + ": " + (schema.isObject() ? "{}" : scalar(name, schema)));
    }
  }

  /** One sequence item, {@code - value}. */
  static void item(StringBuilder out, int indent, JsonNode value, String comment) {
    line(out, indent, "- " + scalar("", value) + (comment.isEmpty() ? "" : "  # " + Printable.safe(comment)));
  }

  static void comment(StringBuilder out, int indent, String text) {
    line(out, indent, "# " + Printable.safe(text));
  }

  private static void map(StringBuilder out, int indent, JsonNode map) {
    for (Map.Entry<String, JsonNode> field : map.properties()) {
      JsonNode value = field.getValue();
      if (value.isArray()) {
        if (value.size() == 0) {
          line(out, indent, key(field.getKey()) + ": []");
        } else {
          line(out, indent, key(field.getKey()) + ":");
          value.forEach(element -> item(out, indent + 2, element, ""));
        }
      } else {
        entry(out, indent, field.getKey(), value);
      }
    }
  }

  private static String key(String name) {
    return PLAIN_KEY.matcher(name).matches() && !YAML_WORDS.contains(name.toLowerCase(Locale.ROOT)) ? name : quoted(name);
  }

  private static String scalar(String key, JsonNode value) {
    if (value.isTextual()) {
      return key.equals("type") ? value.asText() : quoted(value.asText());
    }
    return value.toString(); // numbers, booleans, null as JSON writes them, which YAML reads alike
  }

  /** A YAML double-quoted scalar; JSON's escapes are YAML's, and control characters are escaped. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT
          || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static void line(StringBuilder out, int indent, String text) {
    for (int i = 0; i < indent; i++) {
      out.append(' ');
    }
    out.append(text).append('\n');
  }
}
