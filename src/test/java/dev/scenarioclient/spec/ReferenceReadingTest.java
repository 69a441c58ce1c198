package dev.scenarioclient.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.JsonKeyPaths;
import dev.scenarioclient.testing.OpenApiContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each reader's reading of every reference copy agrees with what the reference's own text says by
 * simpler means: the fields of its JSON sample, and how many enumerations, objects and parameters
 * its type lines declare. The counts are computed from the text on each run, never typed in, so a
 * reader that drops or invents a field fails here.
 */
class ReferenceReadingTest {
  private static final Pattern PAGE_FIELD = Pattern.compile("^[A-Za-z_]\\w*: (optional )?(.*)$");
  private static final Pattern MARKDOWN_FIELD = Pattern.compile("^ *- `[A-Za-z_]\\w*\\??: (.*)`$");

  static Stream<Path> references() {
    List<Path> files = new ArrayList<>();
    ReferenceCopies.list().forEach(copy -> files.add(copy.file()));
    files.add(Fixtures.AUGUST_MARKDOWN);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("references")
  void readingHasExactlyTheFieldsOfTheReferencesOwnSample(Path file) {
    Reference reference = Reference.read(file);
    Set<String> read = new TreeSet<>();
    Set<String> opaque = new TreeSet<>();
    for (ReferenceField field : ReferenceField.flatten(reference.response())) {
      read.add(field.path());
      if (field.type() == ReferenceField.Type.MAP || field.type() == ReferenceField.Type.UNKNOWN) {
        opaque.add(field.path());
      }
    }
    Set<String> sampled = JsonKeyPaths.of(reference.sample(), opaque);

    assertThat(read).as("response fields read from %s, against the keys of its sample", file.getFileName())
        .isEqualTo(sampled);
  }

  @ParameterizedTest
  @MethodSource("references")
  void readingHasAsManyEnumerationsAndObjectsAsTheTextDeclares(Path file) {
    Reference reference = Reference.read(file);
    List<String> types = typeTexts(file);
    long enumerations = types.stream().filter(t -> t.replace("Array<", "").replace("array of ", "").startsWith("\""))
        .count();
    long objects = types.stream()
        .filter(t -> t.contains("object {") || t.replace("Array<", "").matches("[A-Z]\\w*>*( \\| null)?"))
        .count();

    assertThat(reference.allFields().stream().filter(f -> f.type() == ReferenceField.Type.ENUM))
        .as("enumerations read from %s", file.getFileName()).hasSize((int) enumerations);
    assertThat(reference.allFields().stream().filter(f -> f.type() == ReferenceField.Type.OBJECT))
        .as("objects read from %s", file.getFileName()).hasSize((int) objects - queryObjects(file));
  }

  @ParameterizedTest
  @MethodSource("references")
  void readingHasEveryFieldLineOfTheText(Path file) {
    Reference reference = Reference.read(file);

    assertThat(reference.allFields()).as("fields read from %s", file.getFileName())
        .hasSize(typeTexts(file).size() - queryObjects(file));
  }

  /** The type of every field line before the sample, found line by line without the reader. */
  private static List<String> typeTexts(Path file) {
    String text = OpenApiContract.read(file);
    boolean markdown = file.toString().endsWith(".md");
    String fields = markdown ? text.substring(0, text.indexOf("\n### Example")) : text.substring(0, text.indexOf("\ncurl "));
    List<String> types = new ArrayList<>();
    for (String line : fields.split("\n")) {
      Matcher matcher = (markdown ? MARKDOWN_FIELD : PAGE_FIELD).matcher(line);
      if (matcher.matches() && (markdown || isPageType(matcher.group(2)))) {
        types.add(markdown ? matcher.group(1) : matcher.group(2));
      }
    }
    return types;
  }

  private static boolean isPageType(String type) {
    return type.matches("(array of )*(string|number|boolean|true|unknown|map\\[unknown]|object \\{.*|\".*)");
  }

  /** The Markdown's {@code query: ExampleListParams} line groups the query parameters; it is no field itself. */
  private static int queryObjects(Path file) {
    return file.toString().endsWith(".md") ? 1 : 0;
  }
}
