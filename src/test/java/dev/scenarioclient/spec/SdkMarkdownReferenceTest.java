package dev.scenarioclient.spec;

import static dev.scenarioclient.testing.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scenarioclient.spec.ReferenceField.Type;
import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading the vendor's SDK reference Markdown: the TypeScript-like types, nesting and parameters
 * become the same field model the web page reader produces, and anything the reader cannot read
 * stops it with the line and the problem.
 */
class SdkMarkdownReferenceTest {
  private static final String AUGUST = OpenApiContract.read(Fixtures.AUGUST_MARKDOWN);
  private static final Reference READ = Reference.parse("august", AUGUST);
  private static final Map<String, ReferenceField> BY_PATH =
      READ.allFields().stream().collect(Collectors.toMap(ReferenceField::path, Function.identity(), (a, b) -> a));

  @Test
  void pathParameterIsNamedAsInTheOperationsPathAndIsRequired() {
    assertThat(READ.parameters().get(0))
        .extracting(ReferenceField::location, ReferenceField::name, ReferenceField::required, ReferenceField::type)
        .containsExactly("path", "modelId", true, Type.STRING);
  }

  @Test
  void queryObjectListsTheOptionalQueryParameters() {
    assertThat(READ.parameters().subList(1, READ.parameters().size()))
        .extracting(ReferenceField::location, ReferenceField::name, ReferenceField::required, ReferenceField::type)
        .containsExactly(
            tuple("query", "originalAssets", false, Type.BOOLEAN),
            tuple("query", "projectId", false, Type.STRING));
  }

  @Test
  void orNullMakesAFieldNullable() {
    assertThat(BY_PATH.get("examples[].job.metadata.error"))
        .extracting(ReferenceField::type, ReferenceField::nullable, ReferenceField::required)
        .containsExactly(Type.STRING, true, false);
    assertThat(READ.allFields().stream().filter(ReferenceField::nullable)).hasSize(1);
  }

  @Test
  void nestedArraysCountTheirLevels() {
    assertThat(BY_PATH.get("examples[].asset.metadata.points").arrayDepth()).isEqualTo(2);
    assertThat(BY_PATH.get("examples[].asset.metadata.contours").arrayDepth()).isEqualTo(4);
    assertThat(BY_PATH.get("examples[].job.metadata.flow[].inputs[].items").arrayDepth()).isEqualTo(2);
  }

  @Test
  void unionOfQuotedValuesIsAnEnumerationWithItsListedValuesInOrder() {
    assertThat(BY_PATH.get("examples[].asset.kind").enumValues())
        .containsExactly("3d", "audio", "document", "image", "image-hdr", "json", "text", "video");
  }

  @Test
  void namedTypeIsAnObjectWithTheFieldsNestedUnderIt() {
    ReferenceField trajectory = BY_PATH.get("examples[].asset.properties.cameraTrajectory");

    assertThat(trajectory).extracting(ReferenceField::type, ReferenceField::typeName, ReferenceField::arrayDepth)
        .containsExactly(Type.OBJECT, "CameraTrajectory", 1);
    assertThat(trajectory.children()).extracting(ReferenceField::path, ReferenceField::required)
        .containsExactly(
            tuple("examples[].asset.properties.cameraTrajectory[].position", true),
            tuple("examples[].asset.properties.cameraTrajectory[].target", true),
            tuple("examples[].asset.properties.cameraTrajectory[].fov", false));
  }

  @Test
  void recordIsAMapTrueIsTheBooleanTrueAndUnknownIsAnyValue() {
    assertThat(BY_PATH.get("examples[].job.metadata.input").type()).isEqualTo(Type.MAP);
    assertThat(BY_PATH.get("examples[].job.metadata.flow[].includeOutputsInWorkflowJob"))
        .extracting(ReferenceField::type, ReferenceField::enumValues).containsExactly(Type.TRUE, List.of());
    assertThat(BY_PATH.get("examples[].job.metadata.flow[].output").type()).isEqualTo(Type.UNKNOWN);
  }

  @Test
  void markdownDocumentsNoLimits() {
    assertThat(READ.documentsLimits()).isFalse();
    assertThat(READ.allFields()).allSatisfy(field -> assertThat(field.limits()).as(field.path()).isEmpty());
  }

  @Test
  void sampleIsTheJsonCodeBlockAfterTheResponseHeadingByteForByte() {
    int start = AUGUST.indexOf("```json\n", AUGUST.indexOf("#### Response")) + "```json\n".length();

    assertThat(READ.sample()).isEqualTo(AUGUST.substring(start, AUGUST.indexOf("```", start)));
  }

  @Test
  void fieldsWithoutADescriptionAreKnownAsSuch() {
    assertThat(BY_PATH.get("examples[].asset.properties.size").described()).isFalse();
    assertThat(BY_PATH.get("examples[].asset.properties.bitrate").described()).isTrue();
  }

  // ---- what it refuses to read ----

  @Test
  void announcedValueCountThatDoesNotMatchTheListedValuesFails() {
    String edited = replaceOnce(AUGUST, "- `kind: \"3d\" | \"audio\" | \"document\" | 5 more`\n\n        The kind of asset",
        "- `kind: \"3d\" | \"audio\" | \"document\" | 6 more`\n\n        The kind of asset");

    assertUnreadable(edited, "announces 9 values starting [3d, audio, document] but lists [3d, audio, document, image,");
  }

  @Test
  void nestingStepOtherThanTwoSpacesFails() {
    String edited = replaceOnce(AUGUST, "\n        - `cuDiscount: number`\n", "\n         - `cuDiscount: number`\n");

    assertUnreadable(edited, "bullet `cuDiscount: number` is 1 space deeper than `cuCost: number`");
  }

  @Test
  void unknownTypeFails() {
    assertUnreadable(replaceOnce(AUGUST, "`wordCount?: number`", "`wordCount?: Set<number>`"),
        "unreadable type Set<number>");
  }

  @Test
  void fieldsUnderAScalarFail() {
    String edited = replaceOnce(AUGUST, "        - `cuDiscount: number`\n",
        "        - `cuDiscount: number`\n\n          - `currency: string`\n");

    assertUnreadable(edited, "`cuDiscount: number` is a number but has bullets nested under it");
  }

  @Test
  void namedTypeWithoutFieldsFails() {
    String edited = replaceOnce(AUGUST, "          - `text: string`\n\n", "");

    assertUnreadable(edited, "names object type Transcription but nests no field under it");
  }

  @Test
  void parameterThatIsNeitherInThePathNorTheQueryFails() {
    String edited = replaceOnce(AUGUST, "- `query: ExampleListParams`", "- `body: ExampleListParams`");

    assertUnreadable(edited, "parameter body is neither a path parameter of the operation [modelId] nor the query object");
  }

  @Test
  void missingReturnsSectionFails() {
    assertUnreadable(AUGUST.replace("### Returns", "### Results"), "no ### Returns heading");
  }

  private static void assertUnreadable(String markdown, String problem) {
    assertThatThrownBy(() -> Reference.parse("edited.md", markdown))
        .isInstanceOf(UnreadableReferenceException.class)
        .hasMessageStartingWith("edited.md:")
        .hasMessageContaining(problem);
  }
}
