package dev.scenarioclient.spec;

import static dev.scenarioclient.testing.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.scenarioclient.spec.Difference.Kind;
import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.List;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The fidelity check can fail, and says where: a deliberately broken copy of the document, or of
 * the reference, is reported with each difference named by kind and field. The copies are made
 * from frozen fixtures that match exactly (the July-era document and the July page; the same
 * document synced to the August Markdown), so each test's edit is the only difference.
 */
class ContractDiffTest {
  private static final String JULY_DOCUMENT = OpenApiContract.read(Fixtures.JULY_DOCUMENT);
  private static final String JULY_PAGE_TEXT = OpenApiContract.read(Fixtures.JULY_PAGE);
  private static final Reference JULY_PAGE = Reference.parse("2026-07 page", JULY_PAGE_TEXT);
  private static final String AUGUST_TEXT = OpenApiContract.read(Fixtures.AUGUST_MARKDOWN);
  private static final Reference AUGUST = Reference.parse("2026-08 markdown", AUGUST_TEXT);
  private static final String AUGUST_DOCUMENT =
      ReferenceSync.run(JULY_DOCUMENT, AUGUST, List.of(JULY_PAGE), null, true).document();

  private static final String BITRATE = "        bitrate:\n"
      + "          description: \"Media bitrate (bits/s).\"\n"
      + "          type: number\n";
  private static final String ANGULAR_LIMITS = "          minimum: 0\n          maximum: 1\n        aspectRatio:";
  private static final String ASSET_KINDS = "        - \"image-hdr\"\n        - \"json\"\n        - \"video\"\n";
  private static final String ERROR = "        error:\n          description: \"Error that ended the job, if any.\"\n"
      + "          type: string\n";
  private static final String ORIGINAL_ASSETS = "        - name: originalAssets\n          in: query\n"
      + "          required: false\n";
  private static final List<String> RETIRED_MODEL_TYPE_VALUES =
      List.of("sd-1_5", "sd-1_5-composition", "sd-1_5-lora", "sd-xl", "sd-xl-composition", "sd-xl-lora");
  private static final String RETIRED_MODEL_TYPES = "      x-scenario-retired-values:\n"
      + RETIRED_MODEL_TYPE_VALUES.stream().map(v -> "        - \"" + v + "\"\n").collect(Collectors.joining());
  private static final String[] MODEL_TYPE_PATHS = {"examples[].asset.metadata.modelType",
      "examples[].job.metadata.flow[].inputs[].items[][].modelTypes", "examples[].job.metadata.flow[].inputs[].modelTypes"};
  private static final String[] ASSET_KIND_PATHS = {
      "examples[].asset.kind", "examples[].asset.metadata.kind",
      "examples[].job.metadata.flow[].inputs[].items[][].kind", "examples[].job.metadata.flow[].inputs[].kind"};

  @Test
  void frozenJulyDocumentMatchesTheJulyPageExactly() {
    assertThat(differences(JULY_DOCUMENT, JULY_PAGE)).isEmpty();
  }

  @Test
  void julyDocumentSyncedToAugustMatchesTheAugustMarkdownExactly() {
    assertThat(ContractDiff.compare(ContractDocument.parse(AUGUST_DOCUMENT), AUGUST, List.of(JULY_PAGE)).differences())
        .extracting(Difference::toString)
        .isEmpty();
  }

  // ---- a broken copy of the document ----

  @Test
  void fieldMissingFromTheDocument() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, BITRATE, ""), JULY_PAGE)
        .containsExactly(tuple(Kind.FIELD_ADDED, "examples[].asset.properties.bitrate"));
  }

  @Test
  void fieldTheReferenceDoesNotList() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, BITRATE, BITRATE + "        codec:\n          type: string\n"), JULY_PAGE)
        .containsExactly(tuple(Kind.FIELD_NO_LONGER_LISTED, "examples[].asset.properties.codec"));
  }

  @Test
  void changedType() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, BITRATE, BITRATE.replace("number", "string")), JULY_PAGE)
        .containsExactly(tuple(Kind.TYPE_CHANGED, "examples[].asset.properties.bitrate"));
  }

  @Test
  void changedArrayDepth() {
    String deeper = replaceOnce(JULY_DOCUMENT, "          items:\n            type: number\n        betterQuality:",
        "          items:\n            type: array\n            items:\n              type: number\n        betterQuality:");

    assertDifferences(deeper, JULY_PAGE).containsExactly(tuple(Kind.ARRAY_DEPTH_CHANGED, "examples[].asset.metadata.bbox"));
  }

  @Test
  void changedRequiredFlag() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, "      required: [size]\n", ""), JULY_PAGE)
        .containsExactly(tuple(Kind.REQUIRED_CHANGED, "examples[].asset.properties.size"));
  }

  @Test
  void enumValueMissingFromTheDocumentIsNamedAtEveryFieldThatUsesTheEnumeration() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, ASSET_KINDS, "        - \"image-hdr\"\n        - \"json\"\n"), JULY_PAGE)
        .containsExactlyInAnyOrder(tuples(Kind.ENUM_VALUE_ADDED, ASSET_KIND_PATHS));
  }

  @Test
  void enumValueTheReferenceDoesNotList() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, ASSET_KINDS, ASSET_KINDS + "        - \"hologram\"\n"), JULY_PAGE)
        .containsExactlyInAnyOrder(tuples(Kind.ENUM_VALUE_NO_LONGER_LISTED, ASSET_KIND_PATHS));
  }

  @Test
  void enumValuesInAnotherOrder() {
    String swapped = replaceOnce(JULY_DOCUMENT, ASSET_KINDS, "        - \"json\"\n        - \"image-hdr\"\n        - \"video\"\n");

    assertDifferences(swapped, JULY_PAGE).containsExactlyInAnyOrder(tuples(Kind.ENUM_ORDER_CHANGED, ASSET_KIND_PATHS));
  }

  @Test
  void changedLimit() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, ANGULAR_LIMITS, ANGULAR_LIMITS.replace("maximum: 1", "maximum: 2")),
        JULY_PAGE).containsExactly(tuple(Kind.LIMIT_CHANGED, "examples[].asset.metadata.angular"));
  }

  @Test
  void limitMissingFromTheDocument() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, ANGULAR_LIMITS, ANGULAR_LIMITS.replace("          maximum: 1\n", "")),
        JULY_PAGE).containsExactly(tuple(Kind.LIMIT_ADDED, "examples[].asset.metadata.angular"));
  }

  @Test
  void limitTheReferenceDoesNotDocument() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, BITRATE, BITRATE + "          minimum: 0\n"), JULY_PAGE)
        .containsExactly(tuple(Kind.LIMIT_NO_LONGER_LISTED, "examples[].asset.properties.bitrate"));
  }

  @Test
  void nullableTheReferenceDoesNotAllow() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, ERROR, ERROR + "          nullable: true\n"), JULY_PAGE)
        .containsExactly(tuple(Kind.NULLABLE_NO_LONGER_LISTED, "examples[].job.metadata.error"));
  }

  @Test
  void keywordNoReferenceDocuments() {
    String dated = replaceOnce(JULY_DOCUMENT, "        createdAt:\n          description: \"When the asset was created,"
        + " as an ISO 8601 timestamp.\"\n          type: string\n", "        createdAt:\n          type: string\n"
        + "          format: date-time\n");

    assertDifferences(dated, JULY_PAGE).containsExactly(tuple(Kind.KEYWORD_NOT_DOCUMENTED, "examples[].asset.createdAt"));
  }

  @Test
  void parameterWithAnotherRequiredFlag() {
    assertDifferences(replaceOnce(JULY_DOCUMENT, ORIGINAL_ASSETS, ORIGINAL_ASSETS.replace("false", "true")), JULY_PAGE)
        .containsExactly(tuple(Kind.REQUIRED_CHANGED, "query parameter originalAssets"));
  }

  @Test
  void parameterTheReferenceDoesNotList() {
    String paged = replaceOnce(JULY_DOCUMENT, ORIGINAL_ASSETS,
        "        - name: page\n          in: query\n          schema:\n            type: number\n" + ORIGINAL_ASSETS);

    assertDifferences(paged, JULY_PAGE).containsExactly(tuple(Kind.PARAMETER_NO_LONGER_LISTED, "query parameter page"));
  }

  // ---- a broken copy of the reference ----

  @Test
  void fieldOnlyTheReferenceLists() {
    String page = replaceOnce(JULY_PAGE_TEXT, "properties: object { size, animationFrameCount, bitrate, 20 more }",
        "properties: object { size, animationFrameCount, bitrate, 21 more }");
    page = replaceOnce(page, "\nboneCount: optional number\n", "\ncodec: optional string\nboneCount: optional number\n");

    assertDifferences(JULY_DOCUMENT, Reference.parse("edited page", page))
        .containsExactly(tuple(Kind.FIELD_ADDED, "examples[].asset.properties.codec"));
  }

  @Test
  void fieldTheReferenceNowSaysIsRequired() {
    String page = replaceOnce(JULY_PAGE_TEXT, "\nbitrate: optional number\n", "\nbitrate: number\n");

    assertDifferences(JULY_DOCUMENT, Reference.parse("edited page", page))
        .containsExactly(tuple(Kind.REQUIRED_CHANGED, "examples[].asset.properties.bitrate"));
  }

  @Test
  void limitTheReferenceChanged() {
    String page = replaceOnce(JULY_PAGE_TEXT, "mechanical object\n\nmaximum1\n", "mechanical object\n\nmaximum3\n");

    assertDifferences(JULY_DOCUMENT, Reference.parse("edited page", page))
        .containsExactly(tuple(Kind.LIMIT_CHANGED, "examples[].asset.metadata.angular"));
  }

  @Test
  void nullableTheMarkdownNoLongerAllows() {
    String markdown = replaceOnce(AUGUST_TEXT, "`error?: string | null`", "`error?: string`");

    assertAugustDifferences(AUGUST_DOCUMENT, markdown)
        .containsExactly(tuple(Kind.NULLABLE_NO_LONGER_LISTED, "examples[].job.metadata.error"));
  }

  @Test
  void arrayDepthTheMarkdownChanged() {
    String markdown = replaceOnce(AUGUST_TEXT, "`points?: Array<Array<number>>`", "`points?: Array<number>`");

    assertAugustDifferences(AUGUST_DOCUMENT, markdown)
        .containsExactly(tuple(Kind.ARRAY_DEPTH_CHANGED, "examples[].asset.metadata.points"));
  }

  @Test
  void limitsOfTheOlderPageApplyWhereTheMarkdownSaysNone() {
    String document = replaceOnce(AUGUST_DOCUMENT, ANGULAR_LIMITS, ANGULAR_LIMITS.replace("maximum: 1", "maximum: 2"));

    assertThat(ContractDiff.compare(ContractDocument.parse(document), AUGUST, List.of(JULY_PAGE)).differences())
        .extracting(Difference::kind, Difference::where, Difference::limit)
        .containsExactly(tuple(Kind.LIMIT_CHANGED, "examples[].asset.metadata.angular", new BigDecimal("1")));
  }

  // ---- retired fields and values ----

  @Test
  void valueTheNewestReferenceNoLongerListsMustBeMarkedRetired() {
    String unmarked = replaceOnce(AUGUST_DOCUMENT, RETIRED_MODEL_TYPES, "");

    assertThat(ContractDiff.compare(ContractDocument.parse(unmarked), AUGUST, List.of(JULY_PAGE)).differences())
        .extracting(Difference::kind, Difference::value)
        .containsOnly(RETIRED_MODEL_TYPE_VALUES.stream().map(v -> tuple(Kind.ENUM_VALUE_NO_LONGER_LISTED, v))
            .toArray(Tuple[]::new))
        .hasSize(RETIRED_MODEL_TYPE_VALUES.size() * MODEL_TYPE_PATHS.length);
  }

  @Test
  void retiredValueMustStayInTheDocument() {
    String dropped = replaceOnce(replaceOnce(AUGUST_DOCUMENT, "        - \"sd-xl-lora\"\n        - \"zimage-de-turbo-lora\"\n",
        "        - \"zimage-de-turbo-lora\"\n"), "        - \"sd-xl-composition\"\n        - \"sd-xl-lora\"\n",
        "        - \"sd-xl-composition\"\n");

    assertAugustDifferences(dropped, AUGUST_TEXT).containsExactlyInAnyOrder(tuples(Kind.ENUM_VALUE_RETIRED_DROPPED,
        MODEL_TYPE_PATHS));
  }

  @Test
  void valueMarkedRetiredThatTheNewestReferenceListsAgain() {
    String marked = replaceOnce(AUGUST_DOCUMENT, "        - \"text\"\n        - \"video\"\n",
        "        - \"text\"\n        - \"video\"\n      x-scenario-retired-values:\n        - \"json\"\n");

    assertAugustDifferences(marked, AUGUST_TEXT).containsExactlyInAnyOrder(tuples(Kind.ENUM_VALUE_RETIRED_BUT_LISTED,
        ASSET_KIND_PATHS));
  }

  @Test
  void valueMarkedRetiredThatNoReferenceListed() {
    String invented = replaceOnce(replaceOnce(AUGUST_DOCUMENT, "        - \"sd-xl-lora\"\n        - \"zimage-de-turbo-lora\"\n",
        "        - \"sd-xl-lora\"\n        - \"sd-4\"\n        - \"zimage-de-turbo-lora\"\n"),
        RETIRED_MODEL_TYPES, RETIRED_MODEL_TYPES + "        - \"sd-4\"\n");

    assertAugustDifferences(invented, AUGUST_TEXT).containsExactlyInAnyOrder(
        tuples(Kind.ENUM_VALUE_RETIRED_NEVER_LISTED, MODEL_TYPE_PATHS));
  }

  @Test
  void fieldMarkedRetiredThatTheNewestReferenceLists() {
    String marked = replaceOnce(AUGUST_DOCUMENT, BITRATE, BITRATE + "          x-scenario-retired: true\n");

    assertAugustDifferences(marked, AUGUST_TEXT)
        .containsExactly(tuple(Kind.FIELD_RETIRED_BUT_LISTED, "examples[].asset.properties.bitrate"));
  }

  @Test
  void fieldMarkedRetiredThatNoReferenceListed() {
    String invented = replaceOnce(AUGUST_DOCUMENT, BITRATE,
        BITRATE + "        codec:\n          type: string\n          x-scenario-retired: true\n");

    assertAugustDifferences(invented, AUGUST_TEXT)
        .containsExactly(tuple(Kind.FIELD_RETIRED_NEVER_LISTED, "examples[].asset.properties.codec"));
  }

  @Test
  void fieldAnOlderReferenceListedMustStayMarkedRetired() {
    Reference olderWithCodec = Reference.parse("older page", replaceOnce(replaceOnce(JULY_PAGE_TEXT,
            "properties: object { size, animationFrameCount, bitrate, 20 more }",
            "properties: object { size, animationFrameCount, bitrate, 21 more }"),
        "\nboneCount: optional number\n", "\ncodec: optional string\nboneCount: optional number\n"));
    String kept = replaceOnce(AUGUST_DOCUMENT, BITRATE,
        BITRATE + "        codec:\n          type: string\n          x-scenario-retired: true\n");

    assertThat(ContractDiff.compare(ContractDocument.parse(AUGUST_DOCUMENT), AUGUST, List.of(olderWithCodec))
            .differences())
        .extracting(Difference::kind, Difference::where)
        .containsExactly(tuple(Kind.FIELD_RETIRED_DROPPED, "examples[].asset.properties.codec"));
    assertThat(ContractDiff.compare(ContractDocument.parse(kept), AUGUST, List.of(olderWithCodec)).differences())
        .extracting(Difference::toString)
        .isEmpty();
  }

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertDifferences(
      String document, Reference reference) {
    return assertThat(differences(document, reference)).extracting(Difference::kind, Difference::where);
  }

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertAugustDifferences(
      String document, String markdown) {
    return assertThat(ContractDiff.compare(ContractDocument.parse(document), Reference.parse("edited", markdown),
            List.of(JULY_PAGE)).differences())
        .extracting(Difference::kind, Difference::where);
  }

  private static List<Difference> differences(String document, Reference reference) {
    return ContractDiff.compare(ContractDocument.parse(document), reference, List.of()).differences();
  }

  private static Tuple[] tuples(Kind kind, String... paths) {
    Tuple[] out = new Tuple[paths.length];
    for (int i = 0; i < paths.length; i++) {
      out[i] = tuple(kind, paths[i]);
    }
    return out;
  }
}
