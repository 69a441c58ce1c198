package dev.scenarioclient.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every description in openapi/openapi.yaml is written: the reference sync marks each one it adds
 * with {@value ReferenceSync#MARKER} for a person to write in our own words, and this test fails
 * while any mark remains.
 */
class DescriptionsWrittenTest {
  @Test
  void documentHasNoDescriptionLeftToWrite() {
    assertThat(markers(OpenApiContract.read(OpenApiContract.DOCUMENT)))
        .as("descriptions in openapi/openapi.yaml still to write (grep %s)", ReferenceSync.MARKER)
        .isEmpty();
  }

  /** The lines holding the marker, each with its line number. */
  static List<String> markers(String document) {
    List<String> found = new ArrayList<>();
    String[] lines = document.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(ReferenceSync.MARKER)) {
        found.add((i + 1) + ": " + lines[i].strip());
      }
    }
    return found;
  }
}
