package dev.scenarioclient.cli;

import dev.scenarioclient.internal.ControlCharacters;

/**
 * Everything the CLI prints goes through here, so that nothing a server sends can drive the
 * terminal: no escape sequence setting its title or clearing its screen, no carriage return or line
 * feed forging a table row or an error line, no bidirectional override reversing what is shown.
 * Control characters (C0, DEL, C1), bidirectional formatting characters (U+202A to U+202E, U+2066
 * to U+2069, U+200E, U+200F, U+061C) and U+2028, U+2029 are shown as {@code \n}, {@code \r},
 * {@code \t} or {@code \}{@code uXXXX}.
 *
 * <p>A new command prints table cells and other text with {@link #text}, error lines with
 * {@link #errorLine}, and JSON with {@link #json}.
 */
final class TerminalText {
  /** Error lines quote at most this many characters of a message, then say how many were left out. */
  static final int MAX_ERROR_MESSAGE = 500;

  private TerminalText() {}

  /** Text to print, with every unsafe character escaped. */
  static String text(String text) {
    return ControlCharacters.escape(text);
  }

  /**
   * One error line for stderr: {@code "error: " + message}, the message cut to
   * {@value #MAX_ERROR_MESSAGE} characters with a marker saying how many more there were, and
   * escaped, so that it is one line however long or strange the server's message was.
   */
  static String errorLine(String message) {
    return "error: " + text(ControlCharacters.truncate(message, MAX_ERROR_MESSAGE));
  }

  /**
   * JSON as the client wrote it, with the characters JSON lets through raw inside strings but a
   * terminal would act on (DEL, C1, bidirectional formatting, U+2028, U+2029) written as
   * {@code \}{@code uXXXX} escapes: still exactly the same JSON value, since JSON allows them only
   * inside strings. C0 characters are left to the JSON writer, which escapes them inside strings,
   * and may put line breaks between tokens.
   */
  static String json(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c >= 0x20 && ControlCharacters.isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out != null ? out.toString() : json;
  }
}
