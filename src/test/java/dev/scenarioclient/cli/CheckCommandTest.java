package dev.scenarioclient.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.scenarioclient.cli.ScenarioCliTest.Run;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.PayloadVariants;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code scenario check}: the drift report on a saved or fetched response, run in-process. */
class CheckCommandTest {
  private static final String SAMPLE = OpenApiContract.SAMPLE.toString();
  private static final Path JULY_DOCUMENT = Fixtures.JULY_DOCUMENT;
  private static final Path AUGUST_SAMPLE =
      Fixtures.AUGUST_SAMPLE;

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort()
              .usingFilesUnderDirectory(OpenApiContract.projectFile("contract-tests/wiremock").toString()))
          .build();

  /** The report of a {@code --format json} run. */
  private static JsonObject report(Run run) {
    return JsonParser.parseString(run.out).getAsJsonObject();
  }

  /** The departures of a {@code --format json} run, as "path kind". */
  private static List<String> departures(Run run) {
    List<String> departures = new ArrayList<>();
    report(run).getAsJsonArray("departures").forEach(d -> departures.add(
        d.getAsJsonObject().get("path").getAsString() + " " + d.getAsJsonObject().get("kind").getAsString()));
    return departures;
  }

  private static Run run(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(env, builder -> builder,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code = ScenarioCli.run(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(Map.of(), "", args);
  }

  private static Run checkBody(String body, String... options) {
    List<String> args = new ArrayList<>(List.of("check", "-"));
    args.addAll(Arrays.asList(options));
    return run(Map.of(), body, args.toArray(new String[0]));
  }

  @Test
  void documentedSampleConformsAndExitsZero() {
    Run text = run("check", SAMPLE);
    Run json = run("check", SAMPLE, "--format", "json");

    assertThat(text.exitCode).as(text.err).isZero();
    assertThat(text.out).contains(": conforms, no departure.");
    assertThat(departures(json)).isEmpty();
    assertThat(report(json).get("conforms").getAsBoolean()).isTrue();
  }

  @Test
  void augustSampleAgainstTheJulyDocumentReportsExactlyItsNewFields() {
    JsonElement july = JsonParser.parseString(OpenApiContract.read(Fixtures.JULY_SAMPLE));
    JsonElement august = JsonParser.parseString(OpenApiContract.read(AUGUST_SAMPLE));
    Set<String> julyPaths = keyPaths(july);
    List<String> added = keyPaths(august).stream()
        .filter(path -> !julyPaths.contains(path) && julyPaths.contains(parentOf(path)))
        .map(path -> path + " UNKNOWN_FIELD")
        .sorted()
        .collect(Collectors.toList());

    Run json = run("check", AUGUST_SAMPLE.toString(), "--contract", JULY_DOCUMENT.toString(), "--format", "json");
    Run text = run("check", AUGUST_SAMPLE.toString(), "--contract", JULY_DOCUMENT.toString());

    assertThat(added).as("new fields of the August sample, by diffing key paths").hasSize(9);
    assertThat(json.exitCode).isEqualTo(8);
    assertThat(departures(json)).containsExactlyInAnyOrderElementsOf(added);
    assertThat(departureLines(text)).hasSameSizeAs(added)
        .allSatisfy(line -> assertThat(line).contains(": new field, found "));
    assertThat(text.out).contains("  AssetProperties: 6 new fields\n")
        .as("maxDuration, seen in WorkflowInput and in the WorkflowSubNodeInput it is composed of, goes to the latter")
        .contains("  WorkflowSubNodeInput: 1 new field (in 2 places)\n").doesNotContain("WorkflowInput:");
  }

  @Test
  void everyKindOfDepartureIsReportedByPathAndNothingElse() {
    PayloadVariants drifted = PayloadVariants.everyDeparture();
    List<String> expected = new ArrayList<>();
    drifted.changedEnumPaths().forEach(path -> expected.add(path + " UNLISTED_VALUE"));
    drifted.booleanEnumPaths().forEach(path -> expected.add(path + " UNLISTED_VALUE"));
    drifted.extendedObjectPaths().forEach(path -> expected.add(path + "." + PayloadVariants.FUTURE_FIELD + " UNKNOWN_FIELD"));
    drifted.forbiddenNullPaths().forEach(path -> expected.add(path + " UNEXPECTED_NULL"));
    drifted.overLimitPaths().forEach(path -> expected.add(path + " OUTSIDE_LIMIT"));

    Run json = checkBody(drifted.json(), "--format", "json");
    Run text = checkBody(drifted.json());

    assertThat(drifted.changedEnumPaths()).as("enumerations in the sample").hasSizeGreaterThan(20);
    assertThat(drifted.booleanEnumPaths()).as("boolean enumerations in the sample").isNotEmpty();
    assertThat(json.exitCode).isEqualTo(8);
    assertThat(departures(json)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(departureLines(text)).hasSameSizeAs(expected);
  }

  @Test
  void wrongTypesAreReportedEverywhereThoughStrictModeStopsAtTheFirst() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    List<String> paths = List.of("examples[0].asset", "examples[0].asset.metadata", "examples[0].job.billing");
    List<String> expected = new ArrayList<>();
    for (String path : paths) {
      JsonObject object = ExactJson.objectAt(sample, path);
      String field = object.keySet().stream()
          .filter(name -> object.get(name).isJsonPrimitive() && object.get(name).getAsJsonPrimitive().isString())
          .findFirst().orElse(object.keySet().iterator().next());
      boolean wasString = object.get(field).isJsonPrimitive() && object.get(field).getAsJsonPrimitive().isString();
      object.add(field, wasString ? new JsonPrimitive(42) : new JsonPrimitive("forty-two"));
      expected.add("$." + path + "." + field + " WRONG_TYPE");
    }

    Run json = checkBody(sample.toString(), "--format", "json");

    assertThat(departures(json)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(report(json).getAsJsonArray("notes").toString()).contains("strict mode stopped at $.examples[0].asset.");
  }

  @Test
  void junitFormatHasOneTestCasePerDeparture() throws Exception {
    String body = PayloadVariants.everyDeparture().json();
    int departures = departures(checkBody(body, "--format", "json")).size();

    Run junit = checkBody(body, "--format", "junit");

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out)));
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(junit.exitCode).isEqualTo(8);
    assertThat(cases.getLength()).isEqualTo(departures);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(departures);
    assertThat(((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("failures"))
        .isEqualTo(String.valueOf(departures));
  }

  @Test
  void junitFormatOfAConformingBodyHasOnePassingTestCase() throws Exception {
    Run junit = run("check", SAMPLE, "--format", "junit");

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out)));
    assertThat(junit.exitCode).isZero();
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void markdownFormatHasTheSummaryTableTheDeparturesAndYamlBlocks() {
    Run markdown = run("check", AUGUST_SAMPLE.toString(), "--contract", JULY_DOCUMENT.toString(), "--format", "markdown");

    assertThat(markdown.exitCode).isEqualTo(8);
    assertThat(markdown.out)
        .contains("| Component | Departures |\n|---|---|\n")
        .contains("| AssetProperties | 6 new fields |")
        .contains("| JobBilling | 1 new field |")
        .contains("| `$.examples[0].job.billing.disableRefund` | new field |")
        .contains("```yaml\n        disableRefund:\n          description: \"TODO(describe)\"\n          type: boolean\n```");
  }

  @Test
  void jsonFormatCarriesEachDepartureWithItsComponentAndWhoSawIt() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    ExactJson.objectAt(sample, "examples[0].job.billing").addProperty("refundPolicy", "none");

    Run json = checkBody(sample.toString(), "--format", "json");

    JsonObject refundPolicy = departure(json, "$.examples[0].job.billing.refundPolicy");
    assertThat(refundPolicy.get("kind").getAsString()).isEqualTo("UNKNOWN_FIELD");
    assertThat(refundPolicy.get("component").getAsString()).isEqualTo("JobBilling");
    assertThat(refundPolicy.get("found").getAsString()).isEqualTo("string");
    assertThat(refundPolicy.getAsJsonArray("seenBy").toString()).isEqualTo("[\"VALIDATOR\",\"STRICT_MODE\"]");
  }

  private static JsonObject departure(Run json, String path) {
    for (JsonElement departure : report(json).getAsJsonArray("departures")) {
      if (departure.getAsJsonObject().get("path").getAsString().equals(path)) {
        return departure.getAsJsonObject();
      }
    }
    throw new AssertionError("no departure at " + path + " in " + json.out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "truncated | '{\"examples\": ['",
    "trailing  | '{\"examples\": []} x'",
    "empty     | ''",
    "html      | '<html>error</html>'",
  })
  void bodyThatIsNotJsonExitsWithSevenAndOneLine(String name, String body) {
    Run run = checkBody(body);

    assertThat(run.exitCode).isEqualTo(7);
    assertThat(run.out).isEmpty();
    assertThat(run.err.split("\n")).singleElement().asString().startsWith("error: Response body is not JSON: ");
  }

  @ParameterizedTest(name = "check {0}")
  @CsvSource(delimiter = '|', value = {
    "''                                  | error: give either FILE (or '-') or --live MODEL_ID (see --help)",
    "- --live model_1                    | error: give either FILE (or '-') or --live MODEL_ID (see --help)",
    "- --format yaml                     | error: --format yaml: expected one of [text, markdown, json, junit] (see --help)",
    "no-such-file.json                   | error: no-such-file.json: no such file (see --help)",
    "- --contract no-such-contract.yaml  | error: --contract no-such-contract.yaml: no such file",
    "- --base-url http://127.0.0.1:1/v1  | error: --base-url, --api-secret-file and --original-assets go with --live (see --help)",
  })
  void usageErrorsExitWithTwoAndOneLine(String args, String line) {
    List<String> all = new ArrayList<>(List.of("check"));
    if (!args.isEmpty()) {
      all.addAll(Arrays.asList(args.split(" ")));
    }

    Run run = run(Map.of(), "{}", all.toArray(new String[0]));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.split("\n")).containsExactly(line);
  }

  @Test
  void controlCharactersFromTheBodyNeverReachTheTerminal() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    ExactJson.objectAt(sample, "examples[0].asset").addProperty("x\u001b[2Jy", "\u001b]0;title\u0007");
    ExactJson.objectAt(sample, "examples[0].asset").addProperty("kind", "\u009bred");

    for (String format : List.of("text", "markdown", "junit")) {
      Run run = checkBody(sample.toString(), "--format", format);

      assertThat(run.out).as(format).doesNotContain("\u001b", "\u0007", "\u009b").contains("x\\u001b[2Jy");
    }
  }

  @Test
  void liveFetchesWithTheConfiguredCredentialsAndChecksTheResponse() {
    server.stubFor(get(urlPathEqualTo("/v1/models/model_live/examples"))
        .willReturn(okJson(OpenApiContract.sample().replace("\"status\": \"error\"", "\"status\": \"archived\""))));
    Map<String, String> env = new HashMap<>();
    env.put("SCENARIO_SDK_API_KEY", "replay-api-key");
    env.put("SCENARIO_SDK_API_SECRET", "replay-api-secret");
    env.put("SCENARIO_BASE_URL", server.baseUrl() + "/v1");

    Run run = run(env, "", "check", "--live", "model_live");

    assertThat(run.exitCode).as(run.err).isEqualTo(8);
    assertThat(run.out).startsWith("Checked GET " + server.baseUrl() + "/v1/models/model_live/examples against ")
        .contains("$.examples[0].asset.status: unlisted enumeration value, found \"archived\"")
        .doesNotContain("replay-api-secret", "replay-api-key", "cmVwbGF5");
  }

  @Test
  void liveChecksABodyTheClientCannotRead() {
    JsonObject sample = ExactJson.parseObject(OpenApiContract.sample());
    ExactJson.objectAt(sample, "examples[0].asset").addProperty("createdAt", 1700000000);
    server.stubFor(get(urlPathEqualTo("/v1/models/model_unreadable/examples")).willReturn(okJson(sample.toString())));
    Map<String, String> env = Map.of("SCENARIO_SDK_JWT", "replay-jwt", "SCENARIO_BASE_URL", server.baseUrl() + "/v1");

    Run run = run(env, "", "check", "--live", "model_unreadable", "--format", "json");

    assertThat(departures(run)).containsExactly("$.examples[0].asset.createdAt WRONG_TYPE");
  }

  @Test
  void liveApiErrorsExitWithTheirListCodes() {
    Map<String, String> env = Map.of(
        "SCENARIO_SDK_API_KEY", "replay-api-key",
        "SCENARIO_SDK_API_SECRET", "replay-api-secret",
        "SCENARIO_BASE_URL", server.baseUrl() + "/v1");

    Run run = run(env, "", "check", "--live", "model_missing");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err.split("\n")).singleElement().asString().endsWith(": Model not found");
  }

  private static List<String> departureLines(Run text) {
    return Arrays.stream(text.out.split("\n")).filter(line -> line.startsWith("$")).collect(Collectors.toList());
  }

  /** Every key path of a JSON value, e.g. {@code $.examples[0].asset}. */
  private static Set<String> keyPaths(JsonElement value) {
    Set<String> paths = new LinkedHashSet<>();
    collect(value, "$", paths);
    return paths;
  }

  private static void collect(JsonElement value, String path, Set<String> paths) {
    if (value.isJsonObject()) {
      for (Map.Entry<String, JsonElement> field : value.getAsJsonObject().entrySet()) {
        paths.add(path + "." + field.getKey());
        collect(field.getValue(), path + "." + field.getKey(), paths);
      }
    } else if (value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        collect(array.get(i), path + "[" + i + "]", paths);
      }
    }
  }

  /** The path of the object holding a field, without the array indices that lead to it. */
  private static String parentOf(String path) {
    return path.substring(0, path.lastIndexOf('.')).replaceAll("(\\[\\d+])+$", "");
  }
}
