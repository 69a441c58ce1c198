package dev.scenarioclient.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * Frozen inputs for the tests of the contract-maintenance tools (the reference sync, the fidelity
 * check, the spec change gate), kept under src/test/resources/frozen so that editing the real
 * contract or absorbing a newer reference never changes what those tests see.
 */
public final class Fixtures {
  /** openapi/openapi.yaml as it was while the July 2026 web page was the newest reference. */
  public static final Path JULY_DOCUMENT = OpenApiContract.projectFile("src/test/resources/frozen/openapi-2026-07.yaml");

  /** The vendor's SDK reference Markdown of August 2026, as published. */
  public static final Path AUGUST_MARKDOWN =
      OpenApiContract.projectFile("src/test/resources/frozen/sdk-reference-2026-08.md");

  /** The sample response of the July 2026 web page, byte for byte. */
  public static final Path JULY_SAMPLE =
      OpenApiContract.projectFile("src/test/resources/frozen/sample-response-2026-07.json");

  /** The sample response at the end of the August 2026 SDK reference, byte for byte. */
  public static final Path AUGUST_SAMPLE =
      OpenApiContract.projectFile("src/test/resources/frozen/sample-response-2026-08.json");

  /** The vendor's API reference web page of July 2026 (a published copy, never edited). */
  public static final Path JULY_PAGE =
      OpenApiContract.projectFile("src/test/resources/reference/2026-07/list-model-examples.api-reference.txt");

  private Fixtures() {}

  /** {@code text} with {@code original}, which must occur exactly once, replaced. */
  public static String replaceOnce(String text, String original, String replacement) {
    int at = text.indexOf(original);
    assertThat(at).as("edit target not found: %s", original).isNotNegative();
    assertThat(text.indexOf(original, at + 1)).as("edit target not unique: %s", original).isNegative();
    return text.substring(0, at) + replacement + text.substring(at + original.length());
  }
}
