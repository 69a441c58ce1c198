package dev.scenarioclient.specgate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec-change gate: the build fails when openapi/openapi.yaml breaks what the last release's
 * contract (openapi/released/) promised, unless the major version changed or the override is set.
 * The scenario tests show which edits the gate lets through and which it stops.
 */
class SpecChangeGateTest {
  static final String OVERRIDE = "scenario.specGate.allowBreaking";
  private static final Path RELEASED = OpenApiContract.projectFile("openapi/released/openapi.yaml");
  private static final Path CURRENT = OpenApiContract.DOCUMENT;

  @TempDir Path directory;

  @Test
  void currentDocumentHasNoBreakingChangeSinceTheLastRelease() throws IOException {
    SpecChangeGate.Result result = SpecChangeGate.compare(RELEASED, CURRENT);
    String releasedVersion = OpenApiContract.read(RELEASED.resolveSibling("VERSION")).trim();
    String projectVersion = projectVersion();
    System.out.println("Contract changes since release " + releasedVersion + ":\n" + result.report());

    boolean majorChanged = !major(projectVersion).equals(major(releasedVersion));
    boolean overridden = Boolean.getBoolean(OVERRIDE);
    assertThat(result.isBreaking() && !majorChanged && !overridden)
        .as("openapi/openapi.yaml breaks the contract of release %s and the version %s keeps its major."
                + " Bump the major version, or pass -D%s=true if the break is intended.%n%s",
            releasedVersion, projectVersion, OVERRIDE, result.report())
        .isFalse();
  }

  @Test
  void addedOptionalResponseFieldIsAdditive() throws IOException {
    SpecChangeGate.Result result = compareWith(
        "        cuDiscount:\n          description: \"Discount in compute units.\"\n          type: number\n",
        "        cuDiscount:\n          description: \"Discount in compute units.\"\n          type: number\n"
            + "        currency:\n          type: string\n");

    assertThat(result.isBreaking()).as(result.report()).isFalse();
    assertThat(result.additive).anySatisfy(line -> assertThat(line).endsWith(".billing.currency: field added"));
  }

  @Test
  void removedResponseFieldIsBreaking() throws IOException {
    SpecChangeGate.Result result = compareWith(
        "        bitrate:\n          description: \"Bitrate of the media, in bits per second.\"\n          type: number\n", "");

    assertThat(result.isBreaking()).isTrue();
    assertThat(result.breaking).anySatisfy(line -> assertThat(line)
        .isEqualTo("GET /models/{modelId}/examples 200 $.examples[].asset.properties.bitrate: field removed"));
  }

  @Test
  void changedFieldTypeIsBreaking() throws IOException {
    SpecChangeGate.Result result = compareWith(
        "        bitrate:\n          description: \"Bitrate of the media, in bits per second.\"\n          type: number\n",
        "        bitrate:\n          description: \"Bitrate of the media, in bits per second.\"\n          type: string\n");

    assertThat(result.isBreaking()).isTrue();
    assertThat(result.breaking).anySatisfy(line -> assertThat(line)
        .endsWith("$.examples[].asset.properties.bitrate: type changed from number to string"));
  }

  @Test
  void newRequiredQueryParameterIsBreaking() throws IOException {
    SpecChangeGate.Result result = compareWith(
        "      responses:\n        \"200\":",
        "        - name: page\n          in: query\n          required: true\n          schema:\n            type: integer\n"
            + "      responses:\n        \"200\":");

    assertThat(result.isBreaking()).isTrue();
    assertThat(result.breaking)
        .containsExactly("GET /models/{modelId}/examples: query parameter page added, required");
  }

  @Test
  void newOptionalQueryParameterIsAdditive() throws IOException {
    SpecChangeGate.Result result = compareWith(
        "      responses:\n        \"200\":",
        "        - name: page\n          in: query\n          required: false\n          schema:\n            type: integer\n"
            + "      responses:\n        \"200\":");

    assertThat(result.isBreaking()).as(result.report()).isFalse();
  }

  @Test
  void responseEnumerationGainingAValueIsAdditiveForOpenEnumerations() throws IOException {
    SpecChangeGate.Result result = compareWith("        - \"json\"\n        - \"video\"\n", "        - \"json\"\n        - \"text\"\n        - \"video\"\n");

    assertThat(result.isBreaking()).as(result.report()).isFalse();
    assertThat(result.additive).anySatisfy(line -> assertThat(line)
        .isEqualTo("GET /models/{modelId}/examples 200 $.examples[].asset.kind: enum value \"text\" added"));
  }

  @Test
  void responseEnumerationLosingAValueIsBreaking() throws IOException {
    SpecChangeGate.Result result = compareWith("        - \"json\"\n        - \"video\"\n", "        - \"json\"\n");

    assertThat(result.isBreaking()).isTrue();
    assertThat(result.breaking).anySatisfy(line -> assertThat(line).endsWith("$.examples[].asset.kind: enum value \"video\" removed"));
  }

  @Test
  void renamedSchemaIsBreakingBecauseItsClassDisappears() throws IOException {
    String document = OpenApiContract.read(CURRENT)
        .replace("    Transcription:\n", "    AudioTranscription:\n")
        .replace("#/components/schemas/Transcription\"", "#/components/schemas/AudioTranscription\"");

    SpecChangeGate.Result result = SpecChangeGate.compare(RELEASED, write(document));

    assertThat(result.breaking).containsExactly("schema Transcription removed (its generated class disappears)");
  }

  @Test
  void unchangedDocumentReportsNoChange() throws IOException {
    SpecChangeGate.Result result = SpecChangeGate.compare(CURRENT, write(OpenApiContract.read(CURRENT)));

    assertThat(result.report()).isEqualTo("No change to the contract.\n");
  }

  private SpecChangeGate.Result compareWith(String original, String replacement) throws IOException {
    String document = OpenApiContract.read(CURRENT);
    int at = document.indexOf(original);
    assertThat(at).as("edit target").isNotNegative();
    assertThat(document.indexOf(original, at + 1)).as("edit target is unique").isNegative();
    return SpecChangeGate.compare(CURRENT, write(document.substring(0, at) + replacement + document.substring(at + original.length())));
  }

  private Path write(String document) throws IOException {
    Path file = directory.resolve("openapi.yaml");
    Files.write(file, document.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static String projectVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SpecChangeGateTest.class.getResourceAsStream("/dev/scenarioclient/client.properties")) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  private static String major(String version) {
    return version.split("[.-]", 2)[0];
  }
}
