package dev.scenarioclient.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.OpenApiContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link DriftCheck} proposes, and how it merges and attributes what the two checks see. */
class DriftCheckTest {
  private static final Path JULY_DOCUMENT = Fixtures.JULY_DOCUMENT;
  private static final String AUGUST_SAMPLE = OpenApiContract.read(
      Fixtures.AUGUST_SAMPLE);

  private static DriftReport check(String body) {
    return DriftCheck.embedded().check(body, "test body");
  }

  private static final String JULY_SAMPLE = OpenApiContract.read(Fixtures.JULY_SAMPLE);

  private static String sampleWith(String objectPath, String field, String json) {
    return with(OpenApiContract.sample(), objectPath, field, json);
  }

  private static String with(String body, String objectPath, String field, String json) {
    JsonObject sample = ExactJson.parseObject(body);
    ExactJson.objectAt(sample, objectPath).add(field, JsonParser.parseString(json));
    return sample.toString();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "\"plain\"", "\"quote \\\" backslash \\\\ slash /\"", "\"controls \\u0000 \\n \\t \\u001f \\u007f\"",
    "\"ch\u00e2teau \u2603 \\ud83d\\ude00\"", "\"\"", "0", "-7", "9223372036854775807", "92233720368547758070",
    "1.50", "1e3", "-0.0", "1E-7", "123456789012345678901234567890.5", "true", "false", "null"})
  void valuesInTheReportAreWrittenAsJacksonWritesThem(String literal) throws Exception {
    for (JsonNode node : new JsonNode[] {DEFAULT_MAPPER.readTree(literal), CHECK_MAPPER.readTree(literal)}) {
      assertThat(DriftCheck.json(node)).as("%s (%s)", literal, node.getNodeType()).isEqualTo(node.toString());
    }
  }

  /** Jackson's defaults, and the settings DriftCheck reads bodies with. */
  private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();
  private static final ObjectMapper CHECK_MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Test
  void pastingTheProposedYamlIntoTheJulyDocumentMakesTheAugustSampleConform(@TempDir Path directory) throws Exception {
    DriftReport report = DriftCheck.against(JULY_DOCUMENT).check(AUGUST_SAMPLE, "August sample");
    String document = OpenApiContract.read(JULY_DOCUMENT);

    for (Proposal proposal : report.proposals()) {
      document = paste(document, proposal);
    }
    Path patched = directory.resolve("openapi.yaml");
    Files.write(patched, document.getBytes(StandardCharsets.UTF_8));

    assertThat(report.proposals()).extracting(Proposal::kind).contains(Proposal.Kind.NEW_FIELDS, Proposal.Kind.NEW_COMPONENT);
    assertThat(DriftCheck.against(patched).check(AUGUST_SAMPLE, "August sample").departures()).isEmpty();
    assertThat(document).as("every new description is left for a person").contains("description: \"" + Proposal.DESCRIBE + "\"");
  }

  /** Inserts a proposal's YAML as a person would: under the line of the location it names. */
  private static String paste(String document, Proposal proposal) {
    List<String> lines = new ArrayList<>(Arrays.asList(document.split("\n", -1)));
    int line = -1;
    int indent = -2;
    for (Object key : proposal.pointer()) {
      String wanted = " ".repeat(indent + 2) + key + ":";
      do {
        line++;
      } while (!lines.get(line).equals(wanted) && !lines.get(line).startsWith(wanted + " "));
      indent += 2;
    }
    lines.add(line + 1, proposal.yaml().replaceAll("\n$", ""));
    return String.join("\n", lines);
  }

  @Test
  void proposedFragmentsAreYamlOfTheSchemasTheyPropose() throws Exception {
    DriftReport report = DriftCheck.against(JULY_DOCUMENT).check(AUGUST_SAMPLE, "August sample");

    for (Proposal proposal : report.proposals()) {
      JsonNode parsed = new YAMLMapper().readTree(proposal.yaml());
      assertThat(parsed).as(proposal.yaml()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(proposal.additions()));
    }
  }

  @Test
  void aNewObjectShapedLikeAComponentIsProposedAsAReferenceToIt() {
    DriftReport report = check(sampleWith("examples[0].asset", "coverFrame", "{\"assetId\": \"asset_1\", \"url\": \"https://x\"}"));

    assertThat(report.proposals()).singleElement().satisfies(proposal -> {
      assertThat(proposal.component()).isEqualTo("Asset");
      assertThat(proposal.yaml()).isEqualTo("        coverFrame:\n          $ref: \"#/components/schemas/AssetReference\"\n");
    });
  }

  @Test
  void aNewFieldsSchemaMergesEveryOccurrenceInTheBody() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    JsonObject second = sample.getAsJsonArray("examples").get(0).deepCopy().getAsJsonObject();
    sample.getAsJsonArray("examples").add(second);
    ExactJson.objectAt(sample, "examples[0].asset").add("camera", JsonParser.parseString("{\"fov\": 40, \"path\": [[1, 2]], \"stops\": [{\"t\": 0}, {\"t\": 1, \"ease\": \"in\"}]}"));
    ExactJson.objectAt(sample, "examples[1].asset").add("camera", JsonParser.parseString("{\"fov\": null, \"mode\": \"orbit\"}"));

    DriftReport report = check(sample.toString());

    assertThat(report.departures()).extracting(Departure::path)
        .containsExactly("$.examples[0].asset.camera", "$.examples[1].asset.camera");
    Proposal component = report.proposals().stream().filter(p -> p.component().equals("Camera")).findFirst().orElseThrow();
    Proposal stop = report.proposals().stream().filter(p -> p.component().equals("Stop")).findFirst().orElseThrow();
    assertThat(stop.yaml()).as("the fields of every element of the array, merged").isEqualTo(String.join("\n",
        "    Stop:",
        "      description: \"TODO(describe)\"",
        "      type: object",
        "      properties:",
        "        ease:",
        "          description: \"TODO(describe)\"",
        "          type: string",
        "        t:",
        "          description: \"TODO(describe)\"",
        "          type: number",
        ""));
    assertThat(component.yaml()).isEqualTo(String.join("\n",
        "    Camera:",
        "      description: \"TODO(describe)\"",
        "      type: object",
        "      properties:",
        "        fov:",
        "          description: \"TODO(describe)\"",
        "          type: number",
        "          nullable: true",
        "        mode:",
        "          description: \"TODO(describe)\"",
        "          type: string",
        "        path:",
        "          description: \"TODO(describe)\"",
        "          type: array",
        "          items:",
        "            type: array",
        "            items:",
        "              type: number",
        "        stops:",
        "          description: \"TODO(describe)\"",
        "          type: array",
        "          items:",
        "            $ref: \"#/components/schemas/Stop\"",
        ""));
  }

  @Test
  void aFieldSeenWithSeveralTypesIsLeftUntypedWithANote() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    sample.getAsJsonArray("examples").add(sample.getAsJsonArray("examples").get(0).deepCopy());
    ExactJson.objectAt(sample, "examples[0].asset").addProperty("rating", 4);
    ExactJson.objectAt(sample, "examples[1].asset").addProperty("rating", "four");

    Proposal proposal = check(sample.toString()).proposals().get(0);

    assertThat(proposal.notes()).containsExactly("rating: seen as number and string; its type is left for a person");
    assertThat(proposal.yaml()).isEqualTo(
        "        # rating: seen as number and string; its type is left for a person\n"
            + "        rating:\n          description: \"TODO(describe)\"\n");
  }

  @Test
  void anUnlistedValueIsProposedForItsEnumerationInTheListsOrder() {
    DriftReport report = DriftCheck.against(JULY_DOCUMENT)
        .check(JULY_SAMPLE.replace("\"kind\": \"3d\",\n        \"metadata\"", "\"kind\": \"text\",\n        \"metadata\""), "body");

    assertThat(report.departures()).extracting(Departure::toString).containsExactly(
        "$.examples[0].asset.kind: unlisted enumeration value, found \"text\", expected one of the 7 values of AssetKind [AssetKind]");
    assertThat(report.proposals()).singleElement().satisfies(proposal -> {
      assertThat(proposal.location()).isEqualTo("components.schemas.AssetKind.enum");
      assertThat(proposal.yaml()).isEqualTo("        - \"text\"  # after \"json\"\n");
    });
  }

  @Test
  void aDepartureSeenByBothChecksIsOneLine() {
    DriftReport report = check(sampleWith("examples[0].job", "queue", "\"gpu\""));

    assertThat(report.departures()).singleElement().satisfies(departure -> {
      assertThat(departure.path()).isEqualTo("$.examples[0].job.queue");
      assertThat(departure.sources()).containsExactly(Departure.Source.VALIDATOR, Departure.Source.STRICT_MODE);
    });
  }

  @Test
  void strictModeSitsOutWhenTheContractIsNotTheOneTheModelsCameFrom(@TempDir Path directory) throws Exception {
    Path other = directory.resolve("openapi.yaml");
    Files.write(other, (OpenApiContract.read(JULY_DOCUMENT) + "\n# edited\n").getBytes(StandardCharsets.UTF_8));

    DriftReport report = DriftCheck.against(other).check(with(JULY_SAMPLE, "examples[0].job", "queue", "\"gpu\""), "body");

    assertThat(report.strictMode()).isFalse();
    assertThat(report.notes()).singleElement().asString().startsWith("strict mode skipped");
    assertThat(report.departures()).singleElement().satisfies(departure ->
        assertThat(departure.sources()).containsExactly(Departure.Source.VALIDATOR));
  }

  @Test
  void aNullIsAcceptedWhereTheContractSaysNullable(@TempDir Path directory) throws Exception {
    Path nullable = directory.resolve("openapi.yaml");
    String document = OpenApiContract.read(JULY_DOCUMENT).replace(
        "        automaticCaptioning:\n          description: \"Caption generated automatically for the asset.\"\n          type: string\n",
        "        automaticCaptioning:\n          description: \"Caption generated automatically for the asset.\"\n          type: string\n          nullable: true\n");
    Files.write(nullable, document.getBytes(StandardCharsets.UTF_8));
    String body = JULY_SAMPLE.replace("\"automaticCaptioning\": \"automaticCaptioning\"", "\"automaticCaptioning\": null")
        .replace("\"description\": \"description\",\n        \"embedding\"", "\"description\": null,\n        \"embedding\"");

    DriftReport report = DriftCheck.against(nullable).check(body, "body");

    assertThat(document).contains("nullable: true");
    assertThat(report.departures()).extracting(Departure::toString)
        .containsExactly("$.examples[0].asset.description: null not allowed, expected string [Asset]");
  }

  @Test
  void aSeedSentAsANumberConformsAsTheClientAcceptsIt() {
    String body = OpenApiContract.sample().replace("\"seed\": \"seed\"", "\"seed\": 42");

    assertThat(body).contains("\"seed\": 42");
    assertThat(check(body).departures()).isEmpty();
  }

  @Test
  void summaryCountsDistinctFieldsPerComponentAndThePlacesTheyAppear() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    sample.getAsJsonArray("examples").add(sample.getAsJsonArray("examples").get(0).deepCopy());
    for (int i = 0; i < 2; i++) {
      ExactJson.objectAt(sample, "examples[" + i + "].asset.properties").addProperty("pageCount", 3);
      ExactJson.objectAt(sample, "examples[" + i + "].asset.properties").addProperty("lineCount", 12);
    }

    DriftReport report = check(sample.toString());

    assertThat(report.summaryByComponent()).containsExactly("AssetProperties: 2 new fields (in 4 places)");
    assertThat(report.departures().stream().map(Departure::component).distinct().collect(Collectors.toList()))
        .containsExactly("AssetProperties");
  }
}
