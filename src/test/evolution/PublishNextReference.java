import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Publishes, in a copy of the checkout, the vendor's next reference: the newest SDK Markdown copy
 * with the optional query parameter {@code sortOrder} and the optional response field
 * {@code Example.popularity} added (in the field list and in the sample), as a later edition. The
 * maintainer's workflow then absorbs it. Run with {@code java PublishNextReference.java <checkout copy>};
 * prints the new copy's path.
 */
public final class PublishNextReference {
  private PublishNextReference() {}

  public static void main(String[] args) throws Exception {
    Path copy = newerReferenceCopy(Paths.get(args[0], "src", "test", "resources", "reference"));
    System.out.println(copy);
  }

  /** Writes the newest SDK Markdown copy, with the two additions, as an edition later than any. */
  private static Path newerReferenceCopy(Path folder) throws Exception {
    Path newest;
    try (java.util.stream.Stream<Path> editions = Files.list(folder)) {
      newest = editions.sorted().reduce((first, second) -> second).orElseThrow(IllegalStateException::new);
    }
    Path file;
    try (java.util.stream.Stream<Path> inside = Files.list(newest)) {
      file = inside.filter(p -> p.toString().endsWith(".md")).findFirst()
          .orElseThrow(() -> new IllegalStateException("the newest reference copy is not the SDK Markdown"));
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    text = insertBefore(text, "\n### Returns\n",
        "  - `sortOrder?: string`\n\n    Order in which to list the examples\n");
    text = insertBefore(text, "\n    - `modelId: string`\n",
        "\n    - `popularity?: number`\n\n      How often the example was viewed\n");
    text = insertBefore(text, "\n      \"modelId\": \"modelId\",\n", "\n      \"popularity\": 0,");
    Path edition = folder.resolve("9999-12");
    Files.createDirectories(edition);
    Path copy = edition.resolve(file.getFileName());
    Files.write(copy, text.getBytes(StandardCharsets.UTF_8));
    return copy;
  }

  private static String insertBefore(String text, String anchor, String insertion) {
    int at = indexOf(text, anchor, 0);
    return text.substring(0, at) + insertion + text.substring(at);
  }

  private static int indexOf(String text, String anchor, int from) {
    int at = text.indexOf(anchor, from);
    if (at < 0) {
      throw new IllegalStateException("the reference copy no longer contains " + anchor.trim());
    }
    return at;
  }
}
