package dev.scenarioclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.mock.MockScenario;
import dev.scenarioclient.mock.ScenarioMockServer;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mock} in-process: its help and the README list the same scenarios, both printed from the
 * stub files' metadata. (Serving and stopping are tested on a process, in MockProcessTest.)
 */
class MockCommandTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ScenarioCli.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void helpListsEveryScenarioWithItsModelIdAndAnswer() {
    String[] run = run("mock", "--help");
    List<MockScenario> scenarios = MockScenario.embedded();

    assertThat(run[0]).isEqualTo("0");
    assertThat(scenarios).as("scenarios of the stub files").hasSizeGreaterThanOrEqualTo(18);
    String help = run[1].replaceAll("\\s+", " ");
    assertThat(scenarios).allSatisfy(scenario ->
        assertThat(help).contains(" " + scenario.trigger()).contains(" " + scenario.answer().replaceAll("\\s+", " ")));
    assertThat(run[1].split("\n")).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    assertThat(run[1]).contains("--port", "--stubs");
  }

  @Test
  void readmeScenarioTableIsTheOneTheStubFilesDescribe() {
    Matcher table = Pattern.compile("<!-- scenarios: printed by MockCommand.scenarioTable -->\n(.*?)\n<!-- /scenarios -->",
        Pattern.DOTALL).matcher(OpenApiContract.read(OpenApiContract.projectFile("README.md")));
    String expected = MockCommand.scenarioTable(MockScenario.embedded());

    assertThat(table.find()).as("the README's scenario table, between its markers").isTrue();
    assertThat(table.group(1) + "\n")
        .as("README scenario table; paste this if the stub files changed:\n%s", expected)
        .isEqualTo(expected);
  }

  @Test
  void everyScenarioOfTheBuiltInAnswersAndEveryStubHasAUniqueModelId() {
    assertThat(MockScenario.embedded()).extracting(MockScenario::id)
        .contains(MockScenario.BROKEN_REQUEST, MockScenario.UNKNOWN_PATH, MockScenario.UNKNOWN_CREDENTIALS)
        .doesNotHaveDuplicates();
    assertThat(MockScenario.embedded()).extracting(MockScenario::modelId).filteredOn(id -> id != null)
        .doesNotHaveDuplicates();
  }

  @Test
  void aTakenPortIsAUsageErrorOnOneLine() {
    try (ScenarioMockServer taken = ScenarioMockServer.builder().onRequest(request -> { }).start()) {
      String[] run = run("mock", "--port", String.valueOf(taken.port()));

      assertThat(run[0]).isEqualTo("2");
      assertThat(run[2]).startsWith("error: cannot start the mock server on port " + taken.port() + ": cannot listen on")
          .doesNotContain("\tat ").hasLineCount(1);
    }
  }

  @Test
  void aStubDirectoryWithoutMappingsIsAUsageError(@TempDir Path directory) {
    String[] run = run("mock", "--stubs", directory.toString());

    assertThat(run[0]).isEqualTo("2");
    assertThat(run[2]).isEqualTo("error: --stubs " + directory + ": no such directory, or it has no mappings/ directory (see --help)\n");
  }
}
