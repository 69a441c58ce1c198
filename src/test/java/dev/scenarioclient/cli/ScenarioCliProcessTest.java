package dev.scenarioclient.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLI as a separate process: verbose logging to stderr with credentials redacted. */
class ScenarioCliProcessTest {
  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort()
              .usingFilesUnderDirectory(OpenApiContract.projectFile("contract-tests/wiremock").toString()))
          .build();

  private static final List<String> LAUNCH =
      List.of("-cp", System.getProperty("java.class.path"), ScenarioCli.class.getName());

  @Test
  void verboseLogsEachRequestAndResponseLineWithCredentialsRedacted() throws Exception {
    CliProcess run = CliProcess.run(LAUNCH, Map.of(
            "SCENARIO_SDK_API_KEY", "replay-api-key",
            "SCENARIO_SDK_API_SECRET", "replay-api-secret",
            "SCENARIO_BASE_URL", server.baseUrl() + "/v1",
            "LC_ALL", "C.UTF-8"),
        "list", "model_1", "--verbose");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("ASSET ID");
    assertThat(run.err.split("\n"))
        .contains("[INFO] --> GET " + server.baseUrl() + "/v1/models/model_1/examples http/1.1")
        .contains("[INFO] Authorization: ██")
        .anySatisfy(line -> assertThat(line).startsWith("[INFO] <-- 200 OK " + server.baseUrl()));
    assertThat(run.err).doesNotContain("replay-api-secret", "replay-api-key", "cmVwbGF5");
  }
}
