package dev.scenarioclient.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vendor's SDK reference for the endpoint, published as Markdown (the August 2026 copy is
 * {@code 2026-08/list-model-examples.sdk-reference.md}), into {@link ReferenceField}s.
 *
 * <p>The Markdown nests fields as bullet lists indented two spaces per level. A field is a bullet
 * holding nothing but code, {@code - `name: type`} or {@code - `name?: type`} ({@code ?} marks it
 * optional), followed by its description and its children: the fields of an object type, or the
 * values of an enumeration as {@code - `"value"`} bullets. Types are TypeScript: {@code string},
 * {@code number}, {@code boolean}, {@code true}, {@code unknown}, {@code Record<string, unknown>},
 * {@code Array<T>}, a named object type such as {@code Concept}, a union of quoted values ending in
 * {@code | N more}, and {@code T | null} for a nullable value. {@code ### Parameters} lists the path
 * parameters and a {@code query} object of query parameters; {@code ### Returns} the response type;
 * the sample follows {@code #### Response} in a JSON code block.
 *
 * <p>The reader checks its own reading (announced value counts and first values, nesting steps of
 * exactly one level, children only where a type has them, every path parameter of the operation
 * documented) and throws {@link UnreadableReferenceException} on anything it cannot read. The
 * Markdown documents no limits ({@code minimum}…), so its fields carry none.
 */
final class SdkMarkdownReference {
  private static final Pattern BULLET = Pattern.compile("^( *)- `([^`]+)`$");
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(\\?)?: (.+)$");
  private static final Pattern VALUE = Pattern.compile("^\"([^\"]*)\"$|^(true)$");
  private static final Pattern TYPE_NAME = Pattern.compile("^[A-Z][A-Za-z0-9]*$");
  private static final Pattern OPERATION = Pattern.compile("^\\*\\*(get|post|put|patch|delete)\\*\\* `([^`]+)`$");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Pattern MORE = Pattern.compile("^(\\d+) more$");
  private static final String NULLABLE = " | null";
  private static final String ARRAY = "Array<";
  private static final String MAP = "Record<string, unknown>";

  /** A bullet the reader understands: a field, an enumeration value or a bare type name. */
  private static final class Node {
    final int line;
    final int indent;
    final String code;
    final List<Node> children = new ArrayList<>();
    boolean described;

    Node(int line, int indent, String code) {
      this.line = line;
      this.indent = indent;
      this.code = code;
    }
  }

  /** A parsed type expression. */
  private record TypeExpression(
      int arrayDepth, ReferenceField.Type type, List<String> announced, int more, boolean nullable, String typeName) {}

  private final String source;
  private final List<String> lines;

  private SdkMarkdownReference(String source, String text) {
    this.source = source;
    this.lines = List.of(text.split("\n", -1));
  }

  /** Reads a reference; {@code text} uses {@code \n} line ends. */
  static Reference parse(String source, String text) {
    return new SdkMarkdownReference(source, text).read();
  }

  private Reference read() {
    List<String> pathParameters = pathParameters();
    int parameters = heading("### Parameters", 0);
    int returns = heading("### Returns", parameters);
    int end = nextHeading(returns);
    List<ReferenceField> params = parameters(bullets(parameters + 1, returns), pathParameters);
    List<Node> returned = bullets(returns + 1, end);
    if (returned.size() != 1 || !TYPE_NAME.matcher(returned.get(0).code).matches()) {
      throw fail(returns + 1, "### Returns should hold one bullet naming the response type, with its fields nested under it");
    }
    Node body = returned.get(0);
    if (body.children.isEmpty()) {
      throw fail(body.line, "response type " + body.code + " lists no fields");
    }
    List<ReferenceField> response = new ArrayList<>();
    for (Node child : body.children) {
      response.add(field("response", "", child));
    }
    return new Reference(source, Reference.Form.SDK_MARKDOWN, params, response, sample());
  }

  private List<String> pathParameters() {
    for (String line : lines) {
      Matcher operation = OPERATION.matcher(line);
      if (operation.matches()) {
        List<String> names = new ArrayList<>();
        Matcher parameter = PATH_PARAMETER.matcher(operation.group(2));
        while (parameter.find()) {
          names.add(parameter.group(1));
        }
        return names;
      }
    }
    throw fail(0, "no **method** `path` line naming the operation");
  }

  private List<ReferenceField> parameters(List<Node> roots, List<String> pathParameters) {
    List<ReferenceField> path = new ArrayList<>();
    List<ReferenceField> query = new ArrayList<>();
    for (Node root : roots) {
      Matcher field = fieldMatcher(root);
      String name = field.group(1);
      String inPath = pathParameters.stream()
          .filter(p -> p.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
          .findFirst().orElse(null);
      if (inPath != null) {
        ReferenceField parameter = field("path", "", root);
        if (!parameter.required()) {
          throw fail(root.line, "path parameter " + name + " is marked optional");
        }
        path.add(rename(parameter, inPath));
      } else if (name.equals("query")) {
        TypeExpression type = type(root, field.group(3));
        if (type.type() != ReferenceField.Type.OBJECT || type.arrayDepth() != 0 || root.children.isEmpty()) {
          throw fail(root.line, "query should be an object type with the query parameters nested under it");
        }
        for (Node child : root.children) {
          query.add(field("query", "", child));
        }
      } else {
        throw fail(root.line, "parameter " + name + " is neither a path parameter of the operation "
            + pathParameters + " nor the query object");
      }
    }
    for (String name : pathParameters) {
      if (path.stream().noneMatch(p -> p.name().equals(name))) {
        throw fail(0, "path parameter " + name + " of the operation is not documented under ### Parameters");
      }
    }
    path.addAll(query);
    return path;
  }

  /** The reference's modelID is the operation's {modelId}: parameters are named as the path names them. */
  private static ReferenceField rename(ReferenceField field, String name) {
    return new ReferenceField(field.location(), name, name, field.required(), field.arrayDepth(), field.type(),
        field.enumValues(), field.limits(), field.nullable(), field.described(), field.typeName(), field.children());
  }

  private ReferenceField field(String location, String parentPath, Node node) {
    Matcher field = fieldMatcher(node);
    String name = field.group(1);
    TypeExpression type = type(node, field.group(3));
    String path = parentPath.isEmpty() ? name : parentPath + "." + name;
    List<String> values = new ArrayList<>();
    List<ReferenceField> children = new ArrayList<>();
    String childPrefix = path + "[]".repeat(type.arrayDepth());
    for (Node child : node.children) {
      Matcher value = VALUE.matcher(child.code);
      if (value.matches()) {
        if (!child.children.isEmpty()) {
          throw fail(child.line, "enumeration value " + child.code + " has nested bullets");
        }
        values.add(value.group(1) != null ? value.group(1) : value.group(2));
      } else if (FIELD.matcher(child.code).matches()) {
        children.add(field(location, childPrefix, child));
      } else {
        throw fail(child.line, "bullet `" + child.code + "` under " + name + " is neither a field nor a value");
      }
    }
    switch (type.type()) {
      case ENUM -> {
        check(children.isEmpty(), node, "is an enumeration but has fields nested under it");
        int count = type.announced().size() + type.more();
        check(values.size() == count && values.subList(0, Math.min(values.size(), type.announced().size()))
                .equals(type.announced()),
            node, "announces " + count + " values starting " + type.announced() + " but lists " + values);
        check(values.stream().distinct().count() == values.size(), node, "lists a value twice: " + values);
      }
      case TRUE -> {
        check(children.isEmpty() && (values.isEmpty() || values.equals(List.of("true"))), node,
            "is the boolean true but lists " + values + (children.isEmpty() ? "" : " and nested fields"));
        values.clear();
      }
      case OBJECT -> {
        check(values.isEmpty(), node, "is an object type but lists values " + values);
        check(!children.isEmpty(), node, "names object type " + type.typeName() + " but nests no field under it");
        check(children.stream().map(ReferenceField::name).distinct().count() == children.size(), node,
            "nests a field twice");
      }
      default -> check(values.isEmpty() && children.isEmpty(), node,
          "is a " + type.type().word + " but has bullets nested under it");
    }
    return new ReferenceField(location, path, name, field.group(2) == null, type.arrayDepth(), type.type(), values,
        Map.of(), type.nullable(), node.described, type.typeName(), children);
  }

  private Matcher fieldMatcher(Node node) {
    Matcher field = FIELD.matcher(node.code);
    if (!field.matches()) {
      throw fail(node.line, "expected a field `name: type` or `name?: type`, found `" + node.code + "`");
    }
    return field;
  }

  private TypeExpression type(Node node, String text) {
    String type = text;
    boolean nullable = false;
    if (type.endsWith(NULLABLE)) {
      nullable = true;
      type = type.substring(0, type.length() - NULLABLE.length());
    }
    int depth = 0;
    while (type.startsWith(ARRAY) && type.endsWith(">")) {
      depth++;
      type = type.substring(ARRAY.length(), type.length() - 1);
    }
    if (type.contains(NULLABLE) || type.contains(ARRAY)) {
      throw fail(node.line, "unreadable type " + text + " (null or arrays inside an array's items)");
    }
    switch (type) {
      case "string":
        return new TypeExpression(depth, ReferenceField.Type.STRING, List.of(), 0, nullable, null);
      case "number":
        return new TypeExpression(depth, ReferenceField.Type.NUMBER, List.of(), 0, nullable, null);
      case "boolean":
        return new TypeExpression(depth, ReferenceField.Type.BOOLEAN, List.of(), 0, nullable, null);
      case "true":
        return new TypeExpression(depth, ReferenceField.Type.TRUE, List.of(), 0, nullable, null);
      case "unknown":
        return new TypeExpression(depth, ReferenceField.Type.UNKNOWN, List.of(), 0, nullable, null);
      case MAP:
        return new TypeExpression(depth, ReferenceField.Type.MAP, List.of(), 0, nullable, null);
      default:
        break;
    }
    if (TYPE_NAME.matcher(type).matches()) {
      return new TypeExpression(depth, ReferenceField.Type.OBJECT, List.of(), 0, nullable, type);
    }
    if (type.startsWith("\"")) {
      List<String> announced = new ArrayList<>();
      int more = 0;
      String[] parts = type.split(" \\| ", -1);
      for (int i = 0; i < parts.length; i++) {
        Matcher value = VALUE.matcher(parts[i]);
        Matcher count = MORE.matcher(parts[i]);
        if (value.matches() && value.group(1) != null) {
          announced.add(value.group(1));
        } else if (count.matches() && i == parts.length - 1) {
          more = Integer.parseInt(count.group(1));
        } else {
          throw fail(node.line, "unreadable enumeration type " + text + " at `" + parts[i] + "`");
        }
      }
      return new TypeExpression(depth, ReferenceField.Type.ENUM, announced, more, nullable, null);
    }
    throw fail(node.line, "unreadable type " + text);
  }

  /** Reads the bullets of lines [from, to) into a tree by indentation. */
  private List<Node> bullets(int from, int to) {
    List<Node> roots = new ArrayList<>();
    List<Node> open = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      while (!open.isEmpty() && open.get(open.size() - 1).indent >= indent) {
        open.remove(open.size() - 1);
      }
      Matcher bullet = BULLET.matcher(line);
      String code = bullet.matches() ? bullet.group(2) : null;
      boolean structural = code != null
          && (FIELD.matcher(code).matches() || VALUE.matcher(code).matches() || TYPE_NAME.matcher(code).matches());
      if (!structural) {
        if (open.isEmpty()) {
          throw fail(i + 1, "text outside any field: " + line.strip());
        }
        open.get(open.size() - 1).described = true;
        continue;
      }
      Node node = new Node(i + 1, indent, code);
      if (open.isEmpty()) {
        if (indent != 0) {
          throw fail(i + 1, "top-level bullet indented by " + indent);
        }
        roots.add(node);
      } else {
        Node parent = open.get(open.size() - 1);
        if (indent != parent.indent + 2) {
          int deeper = indent - parent.indent;
          throw fail(i + 1, "bullet `" + code + "` is " + deeper + (deeper == 1 ? " space" : " spaces")
              + " deeper than `" + parent.code + "` (line " + parent.line + "); each level nests 2 spaces deeper");
        }
        parent.children.add(node);
      }
      open.add(node);
    }
    return roots;
  }

  /** The JSON code block after {@code #### Response}, each line with its {@code \n}; null when absent. */
  private String sample() {
    int response = lines.indexOf("#### Response");
    if (response < 0) {
      return null;
    }
    int open = response + 1;
    while (open < lines.size() && lines.get(open).isBlank()) {
      open++;
    }
    if (open >= lines.size() || !lines.get(open).equals("```json")) {
      throw fail(open + 1, "#### Response is not followed by a ```json code block");
    }
    int close = lines.subList(open + 1, lines.size()).indexOf("```");
    if (close < 0) {
      throw fail(open + 1, "the ```json code block after #### Response is not closed");
    }
    StringBuilder sample = new StringBuilder();
    lines.subList(open + 1, open + 1 + close).forEach(line -> sample.append(line).append('\n'));
    return sample.toString();
  }

  private int heading(String heading, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(heading)) {
        return i;
      }
    }
    throw fail(0, "no " + heading + " heading");
  }

  private int nextHeading(int after) {
    for (int i = after + 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("#")) {
        return i;
      }
    }
    return lines.size();
  }

  private void check(boolean consistent, Node node, String problem) {
    if (!consistent) {
      throw fail(node.line, "`" + node.code + "` " + problem);
    }
  }

  private UnreadableReferenceException fail(int line, String problem) {
    return new UnreadableReferenceException(source, line, problem);
  }
}
