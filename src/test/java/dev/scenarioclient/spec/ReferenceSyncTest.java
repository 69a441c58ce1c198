package dev.scenarioclient.spec;

import static dev.scenarioclient.testing.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scenarioclient.spec.Difference.Kind;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.JsonKeyPaths;
import dev.scenarioclient.testing.OpenApiContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference sync on real and invented input. On the vendor's August 2026 Markdown against the
 * frozen July-era document it proposes exactly what absorbing that reference needs, and applying it
 * leaves only descriptions to write; on an invented reference with additions at several depths,
 * enumeration values, a parameter and a changed limit it yields each, and applying it makes the
 * fidelity check pass. Every test works on copies; the real document is never written.
 *
 * <p>The expectations for the August reference are derived by routes independent of the readers
 * and of the comparison: new fields from the two references' own JSON samples, enumeration values
 * from the Markdown's runs of quoted-value bullets matched to the document's enumerations as
 * swagger-parser reads them, nullable fields from {@code | null} in the text, parameters from the
 * bullets of its Parameters section.
 */
class ReferenceSyncTest {
  private static final Pattern VALUE_BULLET = Pattern.compile("^ *- `\"([^\"]*)\"`$");
  private static final Pattern NULLABLE_LINE = Pattern.compile("^ *- `([A-Za-z_]\\w*)\\??: [^`]* \\| null`$");
  private static final Pattern PARAMETER_BULLET = Pattern.compile("^  - `([A-Za-z_]\\w*)\\??: [^`]*`$");

  private static final String JULY_DOCUMENT = OpenApiContract.read(Fixtures.JULY_DOCUMENT);
  private static final String JULY_TEXT = OpenApiContract.read(Fixtures.JULY_PAGE);
  private static final Reference JULY = Reference.parse("2026-07 page", JULY_TEXT);
  private static final String AUGUST_TEXT = OpenApiContract.read(Fixtures.AUGUST_MARKDOWN);
  private static final Reference AUGUST = Reference.parse("2026-08 markdown", AUGUST_TEXT);
  private static final ReferenceSync.Result PROPOSED =
      ReferenceSync.run(JULY_DOCUMENT, AUGUST, List.of(JULY), JULY.sample(), false);
  private static final ReferenceSync.Result APPLIED =
      ReferenceSync.run(JULY_DOCUMENT, AUGUST, List.of(JULY), JULY.sample(), true);

  @TempDir Path directory;

  // ---- the August Markdown against the July-era document ----

  @Test
  void proposesExactlyTheFieldsTheAugustSampleHasAndTheJulySampleLacks() {
    Set<String> expected = JsonKeyPaths.of(AUGUST.sample());
    expected.removeAll(JsonKeyPaths.of(JULY.sample()));

    assertThat(proposed(Kind.FIELD_ADDED).stream()
            .flatMap(d -> ReferenceField.flatten(List.of(d.field())).stream()).map(ReferenceField::path))
        .as("new fields the sync proposes, with the fields of new objects")
        .containsExactlyInAnyOrderElementsOf(expected)
        .isNotEmpty();
  }

  @Test
  void proposesExactlyTheEnumerationValuesTheMarkdownAddsAndRetiresThoseItDrops() {
    EnumerationScan scan = new EnumerationScan(AUGUST_TEXT, JULY_DOCUMENT);

    assertThat(proposed(Kind.ENUM_VALUE_ADDED).stream().map(d -> tuple(d.target().componentName(), d.value()))
            .collect(Collectors.toSet()))
        .as("enumeration values to add").containsExactlyInAnyOrderElementsOf(scan.added).isNotEmpty();
    assertThat(proposed(Kind.ENUM_VALUE_NO_LONGER_LISTED).stream()
            .map(d -> tuple(d.target().componentName(), d.value())).collect(Collectors.toSet()))
        .as("enumeration values to mark retired").containsExactlyInAnyOrderElementsOf(scan.dropped).isNotEmpty();
  }

  @Test
  void proposesExactlyTheNullableFieldsAndTheParametersTheMarkdownAdds() {
    Set<String> nullable = matches(NULLABLE_LINE, AUGUST_TEXT);
    Set<String> parameters = matches(PARAMETER_BULLET,
        AUGUST_TEXT.substring(AUGUST_TEXT.indexOf("### Parameters"), AUGUST_TEXT.indexOf("### Returns")));
    new OpenAPIV3Parser().readContents(JULY_DOCUMENT).getOpenAPI().getPaths().get(ContractDocument.OPERATION_PATH)
        .getGet().getParameters().stream().map(Parameter::getName).forEach(parameters::remove);

    assertThat(proposed(Kind.NULLABLE_ADDED)).extracting(d -> d.path().substring(d.path().lastIndexOf('.') + 1))
        .containsExactlyInAnyOrderElementsOf(nullable).isNotEmpty();
    assertThat(proposed(Kind.PARAMETER_ADDED)).extracting(Difference::path)
        .containsExactlyInAnyOrderElementsOf(parameters).isNotEmpty();
  }

  @Test
  void proposesNothingElse() {
    assertThat(PROPOSED.comparison().differences()).extracting(Difference::kind)
        .as("kinds of difference between the July-era document and the August Markdown")
        .containsOnly(Kind.FIELD_ADDED, Kind.ENUM_VALUE_ADDED, Kind.ENUM_VALUE_NO_LONGER_LISTED, Kind.NULLABLE_ADDED,
            Kind.PARAMETER_ADDED);
    assertThat(PROPOSED.document()).as("the document a proposal writes").isNull();
  }

  @Test
  void applyingItMakesTheDocumentMatchTheAugustMarkdownLeavingDescriptionsToWrite() {
    String patched = APPLIED.document();

    assertThat(ContractDiff.compare(ContractDocument.parse(patched), AUGUST, List.of(JULY)).differences())
        .extracting(Difference::toString).isEmpty();
    assertThat(DescriptionsWrittenTest.markers(patched)).as("descriptions left to write").isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains(ReferenceSync.MARKER + ": "));
  }

  @Test
  void appliedDocumentIsValidOpenApiWithTheNewObjectAndEnumerationAsComponents() {
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(APPLIED.document());
    OpenAPI before = new OpenAPIV3Parser().readContents(JULY_DOCUMENT).getOpenAPI();
    Set<String> added = new LinkedHashSet<>(parsed.getOpenAPI().getComponents().getSchemas().keySet());
    added.removeAll(before.getComponents().getSchemas().keySet());
    EnumerationScan scan = new EnumerationScan(AUGUST_TEXT, JULY_DOCUMENT);

    assertThat(parsed.getMessages()).as("parser messages").isEmpty();
    assertThat(added.stream().map(name -> parsed.getOpenAPI().getComponents().getSchemas().get(name))
            .filter(schema -> schema.getEnum() != null).map(ReferenceSyncTest::values))
        .as("new enumerations").containsExactlyInAnyOrderElementsOf(scan.unmatched);
    assertThat(added).as("new components").contains("CameraTrajectory");
  }

  @Test
  void applyingItReplacesTheExampleAndTheSampleByTheAugustSample() {
    Object example = new OpenAPIV3Parser().readContents(APPLIED.document()).getOpenAPI()
        .getPaths().get(ContractDocument.OPERATION_PATH).getGet().getResponses().get("200").getContent()
        .get("application/json").getExample();

    ExactJson.assertJsonEquals(io.swagger.v3.core.util.Json.pretty(example), AUGUST.sample());
    assertThat(APPLIED.sample()).isEqualTo(AUGUST.sample());
  }

  @Test
  void newFieldsAndValuesGoWhereTheReferenceListsThem() {
    ContractDocument patched = ContractDocument.parse(APPLIED.document());
    ContractDiff.Comparison comparison = ContractDiff.compare(patched, AUGUST, List.of(JULY));

    comparison.objectVisits().forEach((pointer, visits) -> {
      ContractDocument.ObjectSchema object = patched.object(pointer);
      List<String> declared = object.properties().keySet().stream()
          .filter(name -> object.owners().get(name).equals(pointer)).collect(Collectors.toList());
      for (ContractDiff.Visit visit : visits) {
        assertThat(declared.stream().filter(visit.names()::contains).collect(Collectors.toList()))
            .as("properties of %s, reached from %s, in the reference's order", pointer, visit.path())
            .isEqualTo(visit.names().stream().filter(declared::contains).collect(Collectors.toList()));
      }
    });
    assertThat(comparison.enumVisits()).isNotEmpty();
    assertThat(comparison.differences()).noneMatch(d -> d.kind() == Kind.ENUM_ORDER_CHANGED);
  }

  @Test
  void everyLineOfTheDocumentOutsideTheExampleSurvivesInOrder() {
    List<String> before = withoutExample(JULY_DOCUMENT);
    List<String> after = withoutExample(APPLIED.document());

    assertThat(missingFrom(after, before)).as("lines of the July-era document lost or reordered").isEmpty();
    assertThat(after.size()).isGreaterThan(before.size());
  }

  // ---- invented input ----

  @Test
  void inventedPageYieldsEachAdditionAndApplyingItMakesTheFidelityCheckPass() {
    String page = JULY_TEXT;
    page = replaceOnce(page, "\nReturnsExpand Collapse\n",
        "\npageSize: optional number\n\nExamples per page.\n\nmaximum100\nminimum1\nReturnsExpand Collapse\n");
    page = replaceOnce(page, "\n\nList\n\ncurl ", "\n\nnextCursor: optional string\n\nWhere the next page starts.\n\nList\n\ncurl ");
    page = replaceOnce(page, "properties: object { size, animationFrameCount, bitrate, 20 more }",
        "properties: object { size, animationFrameCount, bitrate, 21 more }");
    page = replaceOnce(page, "\nBitrate of the media in bits per second\n\nboneCount: optional number\n",
        "\nBitrate of the media in bits per second\n\nminimum0\nloudness: optional number\n\nLoudness in dB.\n\n"
            + "maximum0\nminimum-70\nboneCount: optional number\n");
    page = replaceOnce(page, "metadata: object { kind, type, angular, 106 more }",
        "metadata: object { kind, type, angular, 107 more }");
    page = replaceOnce(page, "\nlowThreshold: optional number\n",
        "\nlighting: optional object { intensity, color }\n\nThe lighting.\n\nintensity: number\n\nminimum0\n"
            + "color: optional string\nlowThreshold: optional number\n");
    page = replaceOnce(page, "mechanical object\n\nmaximum1\n", "mechanical object\n\nmaximum2\n");
    page = replaceOnce(page, "billing: optional object { cuCost, cuDiscount }",
        "billing: optional object { cuCost, cuDiscount, currency }");
    page = replaceOnce(page, "cuDiscount: number\n", "cuDiscount: number\ncurrency: optional \"credits\" or \"usd\"\n"
        + "One of the following:\n\"credits\"\n\"usd\"\n");
    page = page.replace("status: \"canceled\" or \"failure\" or \"finalizing\" or 5 more",
        "status: \"canceled\" or \"failure\" or \"finalizing\" or 6 more");
    page = page.replace("\"in-progress\"\n\"pending\"\n\"queued\"", "\"in-progress\"\n\"paused\"\n\"pending\"\n\"queued\"");
    page = page.replace("ref: optional object { conditional, equal, name, node }",
        "ref: optional object { conditional, equal, name, node, port }");
    page = page.replace("\nnode: optional string\n\nThe node id or ‘workflow’ if the source is a workflow input.\n",
        "\nnode: optional string\n\nThe node id or ‘workflow’ if the source is a workflow input.\n\nport: optional string\n");
    Reference invented = Reference.parse("invented page", page);

    ReferenceSync.Result result = ReferenceSync.run(JULY_DOCUMENT, invented, List.of(), JULY.sample(), true);

    assertThat(result.comparison().differences())
        .extracting(Difference::kind, Difference::where, Difference::value)
        .containsExactlyInAnyOrder(
            tuple(Kind.PARAMETER_ADDED, "query parameter pageSize", null),
            tuple(Kind.FIELD_ADDED, "nextCursor", null),
            tuple(Kind.LIMIT_ADDED, "examples[].asset.properties.bitrate", "minimum"),
            tuple(Kind.FIELD_ADDED, "examples[].asset.properties.loudness", null),
            tuple(Kind.FIELD_ADDED, "examples[].asset.metadata.lighting", null),
            tuple(Kind.LIMIT_CHANGED, "examples[].asset.metadata.angular", "maximum"),
            tuple(Kind.FIELD_ADDED, "examples[].job.billing.currency", null),
            tuple(Kind.ENUM_VALUE_ADDED, "examples[].job.status", "paused"),
            tuple(Kind.ENUM_VALUE_ADDED, "examples[].job.statusHistory[].status", "paused"),
            tuple(Kind.FIELD_ADDED, "examples[].job.metadata.flow[].inputs[].ref.port", null),
            tuple(Kind.FIELD_ADDED, "examples[].job.metadata.flow[].inputs[].items[][].ref.port", null));
    assertThat(ContractDiff.compare(ContractDocument.parse(result.document()), invented, List.of()).differences())
        .extracting(Difference::toString).as("differences left after applying").isEmpty();
  }

  @Test
  void inventedMarkdownYieldsEachAdditionAndApplyingItMakesTheFidelityCheckPass() {
    String markdown = AUGUST_TEXT;
    markdown = replaceOnce(markdown, "Either to assert ownership or to set the owner of the resource(s)\n",
        "Either to assert ownership or to set the owner of the resource(s)\n\n  - `cursor?: string`\n\n    Paging.\n");
    markdown = replaceOnce(markdown, "\n            - `transform?: string`\n",
        "\n            - `timeout?: number`\n\n              Seconds.\n\n            - `transform?: string`\n");
    markdown = replaceOnce(markdown, "`jobType: \"assets-download\" | \"canvas-export\" | \"caption\" | 37 more`",
        "`jobType: \"assets-download\" | \"canvas-export\" | \"caption\" | 38 more`");
    markdown = replaceOnce(markdown, "        - `\"reframe\"`\n\n        - `\"remove-background\"`\n",
        "        - `\"reframe\"`\n\n        - `\"relight\"`\n\n        - `\"remove-background\"`\n");
    markdown = replaceOnce(markdown, "`hint?: string`\n\n          Actionable", "`hint?: string | null`\n\n          Actionable");
    markdown = replaceOnce(markdown, "        - `disableRefund?: boolean`\n",
        "        - `refund?: Refund`\n\n          - `amount: number`\n\n          - `reason?: \"failure\" | \"manual\"`\n\n"
            + "            - `\"failure\"`\n\n            - `\"manual\"`\n\n        - `disableRefund?: boolean`\n");
    Reference invented = Reference.parse("invented markdown", markdown);
    String august = APPLIED.document();

    ReferenceSync.Result result = ReferenceSync.run(august, invented, List.of(JULY), AUGUST.sample(), true);

    assertThat(result.comparison().differences())
        .extracting(Difference::kind, Difference::where, Difference::value)
        .containsExactlyInAnyOrder(
            tuple(Kind.PARAMETER_ADDED, "query parameter cursor", null),
            tuple(Kind.FIELD_ADDED, "examples[].job.metadata.flow[].logic.timeout", null),
            tuple(Kind.ENUM_VALUE_ADDED, "examples[].job.jobType", "relight"),
            tuple(Kind.NULLABLE_ADDED, "examples[].job.metadata.hint", null),
            tuple(Kind.FIELD_ADDED, "examples[].job.billing.refund", null));
    assertThat(ContractDiff.compare(ContractDocument.parse(result.document()), invented, List.of(JULY)).differences())
        .extracting(Difference::toString).as("differences left after applying").isEmpty();
    assertThat(result.document()).contains("    Refund:\n", "$ref: \"#/components/schemas/Reason\"");
  }

  @Test
  void fieldAddedAtOnlyOneUseOfASharedSchemaIsReportedAndNotApplied() {
    String markdown = replaceOnce(AUGUST_TEXT, "        Contains the assetId and the url of the first frame.\n\n"
            + "        - `assetId: string`\n",
        "        Contains the assetId and the url of the first frame.\n\n        - `assetId: string`\n\n"
            + "        - `width?: number`\n");

    ReferenceSync.Result result =
        ReferenceSync.run(APPLIED.document(), Reference.parse("edited", markdown), List.of(JULY), null, true);

    assertThat(result.document()).isEqualTo(APPLIED.document());
    assertThat(result.report()).anySatisfy(line -> assertThat(line).startsWith("Not applied: field added:"
        + " examples[].asset.firstFrame.width").contains("AssetReference is used at").contains("split the schema"));
  }

  @Test
  void changedTypeIsReportedAndNeverApplied() {
    String markdown = replaceOnce(AUGUST_TEXT, "`bitrate?: number`", "`bitrate?: string`");

    ReferenceSync.Result result =
        ReferenceSync.run(APPLIED.document(), Reference.parse("edited", markdown), List.of(JULY), null, true);

    assertThat(result.document()).isEqualTo(APPLIED.document());
    assertThat(result.report()).contains("Changes and removals (reported only: a person decides):",
        "  type changed: examples[].asset.properties.bitrate: reference: string, document: number");
  }

  // ---- the command ----

  @Test
  void commandWritesTheDocumentAndTheSampleGivenAndPrintsTheReport() throws IOException {
    Path references = directory.resolve("reference");
    Path august = copy(Fixtures.AUGUST_MARKDOWN, references.resolve("2026-08/list-model-examples.sdk-reference.md"));
    copy(Fixtures.JULY_PAGE, references.resolve("2026-07/list-model-examples.api-reference.txt"));
    Path document = copy(Fixtures.JULY_DOCUMENT, directory.resolve("openapi.yaml"));
    Path sample = Files.write(directory.resolve("sample.json"), JULY.sample().getBytes(StandardCharsets.UTF_8));

    List<String> printed = ReferenceSync.command(Map.of("reference", august.toString(), "write", "true",
        "document", document.toString(), "sample", sample.toString(), "references", references.toString()));

    assertThat(OpenApiContract.read(document)).isEqualTo(APPLIED.document());
    assertThat(OpenApiContract.read(sample)).isEqualTo(AUGUST.sample());
    assertThat(printed).contains("Wrote " + document, "Wrote " + sample).last().asString().startsWith("Took ");
  }

  @Test
  void commandRefusesToWriteFromAnOlderEditionThanTheNewestCopy() throws IOException {
    Path references = directory.resolve("reference");
    copy(Fixtures.AUGUST_MARKDOWN, references.resolve("2026-08/list-model-examples.sdk-reference.md"));
    Path july = copy(Fixtures.JULY_PAGE, references.resolve("2026-07/list-model-examples.api-reference.txt"));
    Path document = copy(Fixtures.JULY_DOCUMENT, directory.resolve("openapi.yaml"));

    assertThatThrownBy(() -> ReferenceSync.command(Map.of("reference", july.toString(), "write", "true",
            "document", document.toString(), "references", references.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edition 2026-07, older than the newest copy 2026-08");
    assertThat(OpenApiContract.read(document)).isEqualTo(JULY_DOCUMENT);
  }

  @Test
  void commandWithoutAReferenceSaysHowToGiveOne() {
    assertThatThrownBy(() -> ReferenceSync.command(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Dreference=PATH");
  }

  // ---- helpers ----

  private static List<Difference> proposed(Kind kind) {
    return PROPOSED.comparison().differences().stream().filter(d -> d.kind() == kind).collect(Collectors.toList());
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> out = new TreeSet<>();
    for (String line : text.split("\n")) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.matches()) {
        out.add(matcher.group(1));
      }
    }
    return out;
  }

  private static List<String> values(Schema<?> schema) {
    return schema.getEnum().stream().map(String::valueOf).collect(Collectors.toList());
  }

  private static List<String> withoutExample(String document) {
    List<String> lines = new ArrayList<>(List.of(document.split("\n", -1)));
    int start = lines.indexOf("              example:");
    int end = lines.indexOf("        \"400\":");
    lines.subList(start + 1, end).clear();
    return lines;
  }

  /** The lines of {@code original} that are not, in order, among {@code edited}'s. */
  private static List<String> missingFrom(List<String> edited, List<String> original) {
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String line : original) {
      int found = edited.subList(at, edited.size()).indexOf(line);
      if (found < 0) {
        missing.add(line);
      } else {
        at += found + 1;
      }
    }
    return missing;
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    return Files.copy(from, to);
  }

  /**
   * The Markdown's enumerations read without its reader: each run of {@code - `"value"`} bullets is
   * one list of values, matched to the document enumeration (as swagger-parser reads the document)
   * sharing most values with it.
   */
  private static final class EnumerationScan {
    final Set<Tuple> added = new LinkedHashSet<>();
    final Set<Tuple> dropped = new LinkedHashSet<>();
    final Set<List<String>> unmatched = new LinkedHashSet<>();

    EnumerationScan(String markdown, String document) {
      Map<String, List<String>> enumerations = new LinkedHashMap<>();
      new OpenAPIV3Parser().readContents(document).getOpenAPI().getComponents().getSchemas().forEach((name, schema) -> {
        if (schema.getEnum() != null && "string".equals(schema.getType())) {
          enumerations.put(name, values(schema));
        }
      });
      for (List<String> run : runs(markdown)) {
        String best = null;
        long shared = 0;
        for (Map.Entry<String, List<String>> enumeration : enumerations.entrySet()) {
          long count = run.stream().filter(enumeration.getValue()::contains).count();
          if (count > shared) {
            best = enumeration.getKey();
            shared = count;
          }
        }
        if (best == null) {
          unmatched.add(run);
          continue;
        }
        for (String value : run) {
          if (!enumerations.get(best).contains(value)) {
            added.add(tuple(best, value));
          }
        }
        for (String value : enumerations.get(best)) {
          if (!run.contains(value)) {
            dropped.add(tuple(best, value));
          }
        }
      }
    }

    private static List<List<String>> runs(String markdown) {
      List<List<String>> runs = new ArrayList<>();
      List<String> run = new ArrayList<>();
      for (String line : markdown.substring(0, markdown.indexOf("### Example")).split("\n")) {
        Matcher value = VALUE_BULLET.matcher(line);
        if (value.matches()) {
          run.add(value.group(1));
        } else if (!line.isBlank()) {
          if (!run.isEmpty()) {
            runs.add(run);
          }
          run = new ArrayList<>();
        }
      }
      return runs;
    }
  }
}
