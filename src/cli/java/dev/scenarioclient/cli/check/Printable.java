package dev.scenarioclient.cli.check;

/**
 * Makes text from a response safe to print: control characters (C0, DEL, C1) and the Unicode
 * format characters that reorder or hide text are written as {@code \\uXXXX}, so nothing a server
 * sent can move a terminal's cursor or disguise a line.
 */
final class Printable {
  private Printable() {}

  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT
        || c == '\u2028' || c == '\u2029';
  }
}
