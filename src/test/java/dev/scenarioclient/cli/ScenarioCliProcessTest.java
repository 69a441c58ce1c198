package dev.scenarioclient.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.HostilePayloads;
import dev.scenarioclient.testing.HostileServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI as a separate process: verbose logging to stderr with credentials redacted, and responses
 * far larger than its heap.
 */
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a 200 MB body", "a gzip bomb of 10 GiB"})
  void withA128MiBHeapAResponseFarLargerThanItIsAnUnreadableResponseNotAnOutOfMemoryTrace(String payload)
      throws Exception {
    HostileServer.Handler handler = payload.startsWith("a 200")
        ? HostilePayloads.chunkedBody(200_000_000L)
        : HostilePayloads.gzipBomb(10 * HostilePayloads.GIB);
    try (HostileServer hostile = HostileServer.start(handler)) {
      List<String> launch = new ArrayList<>(List.of("-Xmx128m"));
      launch.addAll(LAUNCH);
      CliProcess run = CliProcess.run(launch, Map.of(
              "SCENARIO_SDK_API_KEY", "key_1234",
              "SCENARIO_SDK_API_SECRET", "secret_5678",
              "SCENARIO_BASE_URL", hostile.baseUrl()),
          "list", "model_1");

      assertThat(run.exitCode).as("exit code: unreadable response").isEqualTo(7);
      assertThat(run.err.split("\n")).singleElement().asString()
          .startsWith("error: GET " + hostile.baseUrl() + "/models/model_1/examples: the response body")
          .endsWith("larger than the client's maxResponseSize of 64 MiB (67108864 bytes)");
    }
  }
}
