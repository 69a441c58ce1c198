package dev.scenarioclient.specgate;

import static dev.scenarioclient.testing.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.Fixtures;
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
 * The scenario tests edit a copy of a frozen fixture (the July-era document), so that editing the
 * real contract never changes them, and show which edits the gate lets through and in what words.
 */
class SpecChangeGateTest {
  private static final String ALLOW_BREAKING = "scenario.specGate.allowBreaking";
  private static final Path RELEASED = OpenApiContract.projectFile("openapi/released/openapi.yaml");
  private static final Path CURRENT = OpenApiContract.DOCUMENT;
  private static final Path FROZEN = Fixtures.JULY_DOCUMENT;
  private static final String OPERATION = "GET /models/{modelId}/examples";

  private static final String BITRATE = "        bitrate:\n"
      + "          description: \"Media bitrate (bits/s).\"\n"
      + "          type: number\n";
  private static final String ASSET_KINDS_END = "        - \"json\"\n        - \"video\"\n";
  private static final String PARAMETERS_END = "      responses:\n        \"200\":";
  private static final String ERROR = "        error:\n          description: \"Error that ended the job, if any.\"\n"
      + "          type: string\n";
  private static final String JOB_ID = "        jobId:\n          description: \"Job id, e.g. job_ocZCnG1Df35XRL1QyCZSRxAG8.\"\n"
      + "          type: string\n";
  private static final String ANGULAR_MAXIMUM = "          maximum: 1\n        aspectRatio:";
  private static final String TEXT_MAX_LENGTH = "          maxLength: 100\n        texture:";
  private static final String HEIGHT_MULTIPLE = "          multipleOf: 8\n        hideResults:";

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
    String withOrder = replaceOnce(OpenApiContract.read(FROZEN), PARAMETERS_END,
        queryParameter("order", false, "type: string\n            enum: [asc, desc]") + PARAMETERS_END);

    SpecChangeGate.Result result = SpecChangeGate.compare(
        write("released.yaml", withOrder), write("current.yaml", withOrder.replace("[asc, desc]", "[asc]")));

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report()).contains(OPERATION + ": query parameter order: enum value \"desc\" removed");
  }

  @Test
  void renamedSchemaIsBreakingBecauseItsClassDisappears() throws IOException {
    SpecChangeGate.Result result = compareWith(OpenApiContract.read(FROZEN)
        .replace("    Transcription:\n", "    AudioTranscription:\n")
        .replace("#/components/schemas/Transcription\"", "#/components/schemas/AudioTranscription\""));

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report())
        .contains("components.schemas.Transcription: schema removed")
        .contains("components.schemas.AudioTranscription: schema added");
  }

  @Test
  void unchangedDocumentIsNotBreaking() throws IOException {
    SpecChangeGate.Result result = compareWith(OpenApiContract.read(FROZEN));

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).isEqualTo("openapi-diff, with response enum additions allowed, limits and"
        + " nullable left to the gate: no changes\nVerdict: not breaking\n");
  }

  // ---- nullable, required and limits, in words ----

  @Test
  void optionalResponseFieldBecomingNullableIsNotBreaking() throws IOException {
    SpecChangeGate.Result result = edit(ERROR, ERROR + "          nullable: true\n");

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].job.metadata.error: became nullable in"
        + " JobMetadata: not breaking, the field is optional, so its getter could already return null");
  }

  @Test
  void requiredResponseFieldBecomingNullableIsBreaking() throws IOException {
    SpecChangeGate.Result result = edit(JOB_ID, JOB_ID + "          nullable: true\n");

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].job.jobId: became nullable in Job:"
        + " BREAKING, the field is required, and code may treat its getter as never null");
  }

  @Test
  void responseFieldThatStopsBeingNullableIsNotBreaking() throws IOException {
    String nullable = replaceOnce(OpenApiContract.read(FROZEN), ERROR, ERROR + "          nullable: true\n");

    SpecChangeGate.Result result =
        SpecChangeGate.compare(write("released.yaml", nullable), write("current.yaml", OpenApiContract.read(FROZEN)));

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].job.metadata.error: stopped being nullable"
        + " in JobMetadata: not breaking");
  }

  @Test
  void responseFieldBecomingOptionalIsBreaking() throws IOException {
    SpecChangeGate.Result result = edit("      required: [size]\n", "");

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].asset.properties.size: became optional in"
        + " AssetProperties: BREAKING, its getter may now return null");
  }

  @Test
  void responseFieldBecomingRequiredIsNotBreaking() throws IOException {
    SpecChangeGate.Result result = edit("      required: [size]\n", "      required: [size, bitrate]\n");

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].asset.properties.bitrate: became required in"
        + " AssetProperties: not breaking, the field is now always sent");
  }

  @Test
  void queryParameterBecomingRequiredIsBreakingAndBecomingOptionalIsNot() throws IOException {
    String optional = replaceOnce(OpenApiContract.read(FROZEN), PARAMETERS_END,
        queryParameter("page", false, "type: integer") + PARAMETERS_END);
    String required = optional.replace("name: page\n          in: query\n          required: false",
        "name: page\n          in: query\n          required: true");

    SpecChangeGate.Result tightened = SpecChangeGate.compare(write("a.yaml", optional), write("b.yaml", required));
    SpecChangeGate.Result loosened = SpecChangeGate.compare(write("c.yaml", required), write("d.yaml", optional));

    assertThat(tightened.breaking()).as(tightened.report()).isTrue();
    assertThat(tightened.report()).contains(OPERATION + ": query parameter page became required: BREAKING");
    assertThat(loosened.breaking()).as(loosened.report()).isFalse();
    assertThat(loosened.report()).contains(OPERATION + ": query parameter page became optional: not breaking");
  }

  @Test
  void responseLimitLoosenedIsNotBreakingAndSaysToReviewCodeRelyingOnIt() throws IOException {
    SpecChangeGate.Result result = edit(ANGULAR_MAXIMUM, ANGULAR_MAXIMUM.replace("maximum: 1", "maximum: 2"));

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].asset.metadata.angular: maximum changed from"
        + " 1 to 2 in AssetMetadata (loosened): not breaking, the client checks no limit on what it receives; review code that"
        + " relied on the old range");
  }

  @Test
  void responseLimitTightenedIsNotBreaking() throws IOException {
    SpecChangeGate.Result result = edit(TEXT_MAX_LENGTH, TEXT_MAX_LENGTH.replace("100", "50"));

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + " 200 $.examples[].asset.metadata.text: maxLength changed from"
        + " 100 to 50 in AssetMetadata (tightened): not breaking");
  }

  @Test
  void responseMaxLengthAndMultipleOfChangesAreNotBreakingThoughOpenApiDiffWouldSaySo() throws IOException {
    String longer = replaceOnce(OpenApiContract.read(FROZEN), TEXT_MAX_LENGTH, TEXT_MAX_LENGTH.replace("100", "200"));
    String coarser = replaceOnce(longer, HEIGHT_MULTIPLE, HEIGHT_MULTIPLE.replace("8", "12"));

    SpecChangeGate.Result result = compareWith(coarser);

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report())
        .contains(OPERATION + " 200 $.examples[].asset.metadata.text: maxLength changed from 100 to 200 in AssetMetadata (loosened)")
        .contains(OPERATION + " 200 $.examples[].inferenceParameters.height: multipleOf changed from 8 to 12"
            + " in InferenceParameters (neither tighter nor looser): not breaking");
  }

  @Test
  void requestLimitTightenedIsBreaking() throws IOException {
    String released = replaceOnce(OpenApiContract.read(FROZEN), PARAMETERS_END,
        queryParameter("limit", false, "type: number\n            maximum: 100") + PARAMETERS_END);

    SpecChangeGate.Result result =
        SpecChangeGate.compare(write("released.yaml", released), write("current.yaml", released.replace("maximum: 100", "maximum: 50")));

    assertThat(result.breaking()).as(result.report()).isTrue();
    assertThat(result.report()).contains(OPERATION + ": query parameter limit: maximum changed from 100 to 50"
        + " (tightened): BREAKING, values callers could send before may now be refused");
  }

  @Test
  void requestMultipleOfLoosenedIsNotBreakingThoughOpenApiDiffWouldSaySo() throws IOException {
    String released = replaceOnce(OpenApiContract.read(FROZEN), PARAMETERS_END,
        queryParameter("step", false, "type: number\n            multipleOf: 8") + PARAMETERS_END);

    SpecChangeGate.Result result = SpecChangeGate.compare(
        write("released.yaml", released), write("current.yaml", released.replace("multipleOf: 8", "multipleOf: 4")));

    assertThat(result.breaking()).as(result.report()).isFalse();
    assertThat(result.report()).contains(OPERATION + ": query parameter step: multipleOf changed from 8 to 4"
        + " (loosened): not breaking, every value accepted before still is");
  }

  @Test
  void onlyANewMajorVersionAllowsBreakingChanges() {
    assertThat(SpecChangeGate.majorVersionChanged("0.1.0", "0.1.0-SNAPSHOT")).isFalse();
    assertThat(SpecChangeGate.majorVersionChanged("1.4.2", "1.5.0-SNAPSHOT")).isFalse();
    assertThat(SpecChangeGate.majorVersionChanged("0.9.1", "1.0.0-SNAPSHOT")).isTrue();
    assertThat(SpecChangeGate.majorVersionChanged("1.4.2", "2.0.0")).isTrue();
  }

  /** Compares the frozen document with a copy in which {@code original}, found once, is replaced. */
  private SpecChangeGate.Result edit(String original, String replacement) throws IOException {
    return compareWith(replaceOnce(OpenApiContract.read(FROZEN), original, replacement));
  }

  private SpecChangeGate.Result compareWith(String edited) throws IOException {
    return SpecChangeGate.compare(FROZEN, write("edited.yaml", edited));
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
