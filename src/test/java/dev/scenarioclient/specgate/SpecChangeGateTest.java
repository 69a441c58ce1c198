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
 * The scenario tests edit a copy of the real document and show which edits the gate lets through.
 */
class SpecChangeGateTest {
  private static final String ALLOW_BREAKING = "scenario.specGate.allowBreaking";
  private static final Path RELEASED = OpenApiContract.projectFile("openapi/released/openapi.yaml");
  private static final Path CURRENT = OpenApiContract.DOCUMENT;
  private static final String OPERATION = "GET /models/{modelId}/examples";

  private static final String BITRATE = "        bitrate:\n"
      + "          description: \"Media bitrate (bits/s).\"\n"
      + "          type: number\n";
  private static final String ASSET_KINDS_END = "        - \"json\"\n        - \"video\"\n";
  private static final String PARAMETERS_END = "      responses:\n        \"200\":";

  @TempDir Path directory;

  @Test
  void currentDocumentHasNoBreakingChangeSinceTheLastRelease() throws IOException {
    String releasedVersion = OpenApiContract.read(RELEASED.resolveSibling("VERSION")).trim();
    String projectVersion = projectVersion();
    SpecChangeGate.Result result = SpecChangeGate.compare(RELEASED, CURRENT);
    System.out.println("openapi/openapi.yaml since release " + releasedVersion + ":\n" + result.report());

    if (result.breaking() && SpecChangeGate.majorVersionChanged(releasedVersion, projectVersion)) {
      System.out.println("Allowed: " + projectVersion + " starts a new major version.");
    } else if (result.breaking() && Boolean.getBoolean(ALLOW_BREAKING)) {
      System.out.println("Allowed by -D" + ALLOW_BREAKING + "=true.");
    } else {
      assertThat(result.breaking())
          .as("openapi/openapi.yaml breaks the contract of release %s, and %s keeps its major"
                  + " version. Bump the major version, or pass -D%s=true if the break is intended.%n%s",
              releasedVersion, projectVersion, ALLOW_BREAKING, result.report())
          .isFalse();
    }
  }

  @Test
  void addedOptionalResponseFieldIsNotBreaking() throws IOException {
    SpecChangeGate.Result result = edit(BITRATE, BITRATE + "        codec:\n          type: string\n");

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report())
        .contains(OPERATION + " 200 $.examples[].asset.properties.codec: field added in AssetProperties");
  }

  @Test
  void removedResponseFieldIsBreaking() throws IOException {
    SpecChangeGate.Result result = edit(BITRATE, "");

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report())
        .contains(OPERATION + " 200 $.examples[].asset.properties.bitrate: field removed in AssetProperties");
  }

  @Test
  void changedFieldTypeIsBreaking() throws IOException {
    SpecChangeGate.Result result = edit(BITRATE, BITRATE.replace("type: number", "type: string"));

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report())
        .contains(OPERATION
            + " 200 $.examples[].asset.properties.bitrate: type changed from number to string");
  }

  @Test
  void newRequiredQueryParameterIsBreaking() throws IOException {
    SpecChangeGate.Result result =
        edit(PARAMETERS_END, queryParameter("page", true, "type: integer") + PARAMETERS_END);

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report()).contains(OPERATION + ": query parameter page added, required");
  }

  @Test
  void newOptionalQueryParameterIsNotBreaking() throws IOException {
    SpecChangeGate.Result result =
        edit(PARAMETERS_END, queryParameter("page", false, "type: integer") + PARAMETERS_END);

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + ": query parameter page added, optional");
  }

  @Test
  void responseEnumGainingAValueIsNotBreakingBecauseTheClientsEnumsAreOpen() throws IOException {
    SpecChangeGate.Result result =
        edit(ASSET_KINDS_END, "        - \"json\"\n        - \"text\"\n        - \"video\"\n");

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report())
        .contains(OPERATION + " 200 $.examples[].asset.kind: enum value \"text\" added in AssetKind");
  }

  @Test
  void responseEnumLosingAValueIsBreaking() throws IOException {
    SpecChangeGate.Result result = edit(ASSET_KINDS_END, "        - \"json\"\n");

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report())
        .contains(OPERATION + " 200 $.examples[].asset.kind: enum value \"video\" removed in AssetKind");
  }

  @Test
  void requestEnumLosingAValueIsBreaking() throws IOException {
    String document = OpenApiContract.read(CURRENT);
    String withOrder = replaceOnce(document, PARAMETERS_END,
        queryParameter("order", false, "type: string\n            enum: [asc, desc]") + PARAMETERS_END);

    SpecChangeGate.Result result = SpecChangeGate.compare(
        write("released.yaml", withOrder), write("current.yaml", withOrder.replace("[asc, desc]", "[asc]")));

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report()).contains(OPERATION + ": query parameter order: enum value \"desc\" removed");
  }

  @Test
  void renamedSchemaIsBreakingBecauseItsClassDisappears() throws IOException {
    SpecChangeGate.Result result = compareWith(OpenApiContract.read(CURRENT)
        .replace("    Transcription:\n", "    AudioTranscription:\n")
        .replace("#/components/schemas/Transcription\"", "#/components/schemas/AudioTranscription\""));

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report())
        .contains("components.schemas.Transcription: schema removed")
        .contains("components.schemas.AudioTranscription: schema added");
  }

  @Test
  void unchangedDocumentIsNotBreaking() throws IOException {
    SpecChangeGate.Result result = compareWith(OpenApiContract.read(CURRENT));

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).isEqualTo(
        "openapi-diff, with response enum additions allowed: no changes\nVerdict: not breaking\n");
  }

  @Test
  void onlyANewMajorVersionAllowsBreakingChanges() {
    assertThat(SpecChangeGate.majorVersionChanged("0.1.0", "0.1.0-SNAPSHOT")).isFalse();
    assertThat(SpecChangeGate.majorVersionChanged("1.4.2", "1.5.0-SNAPSHOT")).isFalse();
    assertThat(SpecChangeGate.majorVersionChanged("0.9.1", "1.0.0-SNAPSHOT")).isTrue();
    assertThat(SpecChangeGate.majorVersionChanged("1.4.2", "2.0.0")).isTrue();
  }

  /** Compares the current document with a copy in which {@code original}, found once, is replaced. */
  private SpecChangeGate.Result edit(String original, String replacement) throws IOException {
    return compareWith(replaceOnce(OpenApiContract.read(CURRENT), original, replacement));
  }

  private SpecChangeGate.Result compareWith(String edited) throws IOException {
    return SpecChangeGate.compare(CURRENT, write("edited.yaml", edited));
  }

  private static String replaceOnce(String document, String original, String replacement) {
    int at = document.indexOf(original);
    assertThat(at).as("edit target not found: %s", original).isNotNegative();
    assertThat(document.indexOf(original, at + 1)).as("edit target not unique: %s", original).isNegative();
    return document.substring(0, at) + replacement + document.substring(at + original.length());
  }

  private static String queryParameter(String name, boolean required, String schema) {
    return "        - name: " + name + "\n          in: query\n          required: " + required
        + "\n          schema:\n            " + schema + "\n";
  }

  private Path write(String name, String document) throws IOException {
    return Files.write(directory.resolve(name), document.getBytes(StandardCharsets.UTF_8));
  }

  private static String projectVersion() throws IOException {
    Properties properties = new Properties();
    String resource = "/dev/scenarioclient/client.properties";
    try (InputStream in = SpecChangeGateTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("filtered resource %s on the test classpath", resource).isNotNull();
      properties.load(in);
    }
    return properties.getProperty("version");
  }
}
