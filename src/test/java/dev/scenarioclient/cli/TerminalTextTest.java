package dev.scenarioclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the CLI's one escaping class makes of each kind of character a terminal acts on. */
class TerminalTextTest {
  @ParameterizedTest(name = "U+{0} shows as {1}")
  @CsvSource({
    "0000, \\u0000", "0007, \\u0007", "0009, \\t", "000A, \\n", "000D, \\r", "001B, \\u001B",
    "007F, \\u007F", "0085, \\u0085", "009B, \\u009B",
    "061C, \\u061C", "200E, \\u200E", "200F, \\u200F", "2028, \\u2028", "2029, \\u2029",
    "202A, \\u202A", "202E, \\u202E", "2066, \\u2066", "2069, \\u2069",
  })
  void unsafeCharactersAreShownEscaped(String hex, String shown) {
    char c = (char) Integer.parseInt(hex, 16);

    assertThat(TerminalText.text("a" + c + "b")).isEqualTo("a" + shown + "b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"plain ascii", "château", "城 ☃", "emoji 😀", "back\\slash"})
  void printableTextIsKeptAsIs(String text) {
    assertThat(TerminalText.text(text)).isSameAs(text);
  }

  @ParameterizedTest(name = "{0} characters")
  @CsvSource({"500, 0", "501, 1", "5000000, 4999500"})
  void errorLinesQuoteAtMost500CharactersAndSayHowManyMoreThereWere(int length, int more) {
    String line = TerminalText.errorLine("x".repeat(length));

    assertThat(line).isEqualTo("error: " + "x".repeat(Math.min(length, 500))
        + (more == 0 ? "" : "... (" + more + " more characters)"));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"007F", "009B", "202E", "2066"})
  void jsonKeepsItsValueButEscapesWhatATerminalActsOn(String hex) {
    char c = (char) Integer.parseInt(hex, 16);
    String json = "{\"prompt\":\"a" + c + "b\"}";

    String shown = TerminalText.json(json);

    assertThat(shown).isEqualTo("{\"prompt\":\"a\\u" + hex.toLowerCase() + "b\"}");
    assertThat(JsonParser.parseString(shown)).isEqualTo(JsonParser.parseString(json));
  }
}
