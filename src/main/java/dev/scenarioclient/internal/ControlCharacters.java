package dev.scenarioclient.internal;

/**
 * Makes text from a server safe to print on one line of a terminal or a log: control characters
 * (C0, DEL, C1), bidirectional formatting characters (such as U+202E, which reverses what follows
 * it on screen) and line and paragraph separators are written as visible escapes, {@code \n},
 * {@code \r}, {@code \t} or {@code \}{@code uXXXX}. Everything else is kept as is. Not API.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * Returns whether a character is one that {@link #escape} replaces.
   *
   * @param c the character
   * @return true for C0, DEL, C1, bidirectional formatting characters and U+2028, U+2029
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c' // Arabic letter mark
        || c == '\u200e' || c == '\u200f' // left-to-right and right-to-left marks
        || (c >= '\u2028' && c <= '\u202e') // line and paragraph separators, embeddings, overrides
        || (c >= '\u2066' && c <= '\u2069'); // isolates
  }

  /**
   * Returns {@code text} with every unsafe character escaped.
   *
   * @param text the text
   * @return the escaped text; {@code text} itself when nothing needed escaping
   */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && !isUnsafe(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u").append(hex(c >> 12)).append(hex(c >> 8)).append(hex(c >> 4)).append(hex(c));
      }
    }
    return out.toString();
  }

  /**
   * Returns at most the first {@code maxChars} characters of {@code text}, followed, when some were
   * left out, by a marker saying how many: {@code "... (1234 more characters)"}.
   *
   * @param text the text
   * @param maxChars how many characters to keep
   * @return the text, or its start and the marker
   */
  public static String truncate(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = maxChars;
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--; // never split a pair
    }
    return text.substring(0, cut) + "... (" + (text.length() - cut) + " more characters)";
  }

  private static char hex(int nibble) {
    return "0123456789ABCDEF".charAt(nibble & 0xf);
  }
}
