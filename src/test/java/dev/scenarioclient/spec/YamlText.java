package dev.scenarioclient.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI document's text as lines, with just enough of YAML's block structure to find the
 * lines of a key (by {@link Pointer}) and to insert or replace lines around it. Every line it is not
 * told to change comes out byte for byte as it went in, comments and blank lines included.
 *
 * <p>It understands block mappings and block sequences indented two spaces per level, as the
 * document writes them, and refuses anything else it would have to edit inside: an edit it cannot
 * place is an {@link IllegalStateException} naming the pointer, never a guess.
 */
final class YamlText {
  /**
   * The lines of one key's (or sequence item's) entry: {@code start} is its first line, {@code end}
   * the line after its last, {@code childIndent} the indentation of its nested keys or items (-1
   * when its value is on its own line).
   */
  record Block(int start, int end, int indent, int childIndent, boolean item) {}

  private final List<String> lines;
  private final boolean finalNewline;
  private final TreeMap<Integer, List<String>> insertions = new TreeMap<>();
  private final Map<Integer, String> replacements = new HashMap<>();
  private final Map<Integer, Integer> deletions = new HashMap<>();

  YamlText(String text) {
    finalNewline = text.endsWith("\n");
    String body = finalNewline ? text.substring(0, text.length() - 1) : text;
    lines = new ArrayList<>(List.of(body.split("\n", -1)));
  }

  String line(int index) {
    return lines.get(index);
  }

  /** The block at {@code pointer}: mapping keys by name, sequence items by index. */
  Block find(Pointer pointer) {
    Block block = new Block(-1, lines.size(), -2, 0, false);
    for (String segment : pointer.segments()) {
      block = isSequence(block) ? item(block, segment, pointer) : key(block, segment, pointer);
    }
    return block;
  }

  /** Whether the pointer names a line in the text. */
  boolean has(Pointer pointer) {
    try {
      find(pointer);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** The line holding {@code key} directly inside {@code block}, or -1. */
  int keyLine(Block block, String key) {
    if (block.childIndent() < 0) {
      return -1;
    }
    for (int i = firstChildLine(block); i < block.end(); i++) {
      if (key.equals(keyAt(lines.get(i), block.childIndent()))) {
        return i;
      }
    }
    return -1;
  }

  /** The lines of the items of the block sequence that is {@code block}'s value. */
  List<Integer> itemLines(Block block) {
    List<Integer> items = new ArrayList<>();
    for (int i = block.start() + 1; i < block.end(); i++) {
      if (isItem(lines.get(i), block.childIndent())) {
        items.add(i);
      }
    }
    return items;
  }

  void insertBefore(int line, List<String> newLines) {
    insertions.computeIfAbsent(line, l -> new ArrayList<>()).addAll(newLines);
  }

  void replace(int line, String newLine) {
    if (replacements.containsKey(line) || deletions.containsKey(line)) {
      throw new IllegalStateException("line " + (line + 1) + " is edited twice");
    }
    replacements.put(line, newLine);
  }

  /** Replaces lines [from, to) with {@code newLines}. */
  void replaceRange(int from, int to, List<String> newLines) {
    for (int i = from; i < to; i++) {
      if (replacements.containsKey(i) || insertions.containsKey(i) && i > from) {
        throw new IllegalStateException("line " + (i + 1) + " is edited twice");
      }
    }
    deletions.put(from, to - from);
    insertBefore(from, newLines);
  }

  /** The text with every edit applied. */
  String render() {
    StringBuilder out = new StringBuilder();
    int skipUntil = -1;
    for (int i = 0; i <= lines.size(); i++) {
      for (String inserted : insertions.getOrDefault(i, List.of())) {
        out.append(inserted).append('\n');
      }
      if (i == lines.size()) {
        break;
      }
      if (deletions.containsKey(i)) {
        skipUntil = i + deletions.get(i);
      }
      if (i < skipUntil) {
        continue;
      }
      out.append(replacements.getOrDefault(i, lines.get(i))).append('\n');
    }
    return finalNewline || out.length() == 0 ? out.toString() : out.substring(0, out.length() - 1);
  }

  private Block key(Block parent, String key, Pointer pointer) {
    int line = keyLine(parent, key);
    if (line < 0) {
      throw new IllegalStateException("no key " + key + " at indentation " + parent.childIndent()
          + " on the way to " + pointer + " (lines " + (parent.start() + 2) + "-" + parent.end() + ")");
    }
    int indent = parent.childIndent();
    int end = line + 1;
    while (end < parent.end() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) {
      end++;
    }
    while (end > line + 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new Block(line, end, indent, childIndent(line, end), false);
  }

  private Block item(Block parent, String segment, Pointer pointer) {
    List<Integer> items = itemLines(parent);
    int index = Integer.parseInt(segment);
    if (index >= items.size()) {
      throw new IllegalStateException("no item " + index + " on the way to " + pointer);
    }
    int start = items.get(index);
    int end = index + 1 < items.size() ? items.get(index + 1) : parent.end();
    while (end > start + 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new Block(start, end, parent.childIndent(), parent.childIndent() + 2, true);
  }

  private boolean isSequence(Block block) {
    int first = firstContentLine(block.start() + 1, block.end());
    return first >= 0 && isItem(lines.get(first), block.childIndent()) && !block.item();
  }

  private int firstChildLine(Block block) {
    return block.item() ? block.start() : block.start() + 1;
  }

  private int childIndent(int line, int end) {
    int first = firstContentLine(line + 1, end);
    return first < 0 ? -1 : indentOf(lines.get(first));
  }

  private int firstContentLine(int from, int to) {
    for (int i = Math.max(from, 0); i < to; i++) {
      String trimmed = lines.get(i).strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isItem(String line, int indent) {
    return line.startsWith(" ".repeat(indent) + "- ") || line.equals(" ".repeat(indent) + "-");
  }

  static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  /** The mapping key {@code line} holds at {@code indent} (also as a sequence item's first key), or null. */
  static String keyAt(String line, int indent) {
    int at;
    if (line.length() > indent && line.startsWith(" ".repeat(indent)) && line.charAt(indent) != ' ') {
      at = indent;
    } else if (indent >= 2 && line.startsWith(" ".repeat(indent - 2) + "- ")) {
      at = indent;
    } else {
      return null;
    }
    char first = line.charAt(at);
    if (first == '#' || first == '-' && (line.length() == at + 1 || line.charAt(at + 1) == ' ')) {
      return null;
    }
    if (first == '"' || first == '\'') {
      int close = line.indexOf(first, at + 1);
      return close > 0 && line.startsWith(":", close + 1) ? line.substring(at + 1, close) : null;
    }
    int colon = line.indexOf(':', at);
    while (colon >= 0 && colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
      colon = line.indexOf(':', colon + 1);
    }
    return colon < 0 ? null : line.substring(at, colon);
  }
}
