import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Turns a copy of the checkout into the next version of the contract: the document gains the
 * optional query parameter {@code sortOrder} and the optional response field
 * {@code Example.popularity}. Run with {@code java EvolveDocument.java <checkout copy>}.
 */
public final class EvolveDocument {
  private EvolveDocument() {}

  public static void main(String[] args) throws Exception {
    Path document = Paths.get(args[0], "openapi", "openapi.yaml");
    String text = new String(Files.readAllBytes(document), StandardCharsets.UTF_8);
    text = insertBefore(text, "\n      responses:\n",
        "\n        - name: sortOrder\n"
            + "          in: query\n"
            + "          required: false\n"
            + "          description: Order in which to list the examples (added by the evolution check).\n"
            + "          schema:\n"
            + "            type: string");
    int example = indexOf(text, "\n    Example:\n", 0);
    text = insertAfter(text, "\n      properties:\n", example,
        "        popularity:\n"
            + "          description: \"How often the example was viewed (added by the evolution check).\"\n"
            + "          type: number\n");
    Files.write(document, text.getBytes(StandardCharsets.UTF_8));
    System.out.println("evolved " + document + ": + query parameter sortOrder, + Example.popularity");
  }

  private static String insertBefore(String text, String anchor, String insertion) {
    int at = indexOf(text, anchor, 0);
    return text.substring(0, at) + insertion + text.substring(at);
  }

  private static String insertAfter(String text, String anchor, int from, String insertion) {
    int at = indexOf(text, anchor, from) + anchor.length();
    return text.substring(0, at) + insertion + text.substring(at);
  }

  private static int indexOf(String text, String anchor, int from) {
    int at = text.indexOf(anchor, from);
    if (at < 0) {
      throw new IllegalStateException("the document no longer contains " + anchor.trim());
    }
    return at;
  }
}
