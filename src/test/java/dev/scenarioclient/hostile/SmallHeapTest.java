package dev.scenarioclient.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.HostilePayloads;
import dev.scenarioclient.testing.HostileServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses far larger than the heap, against a client in a JVM of its own with {@code -Xmx128m}
 * ({@link SmallHeapProbe}): a gzip bomb inflating to 10 GiB and a 200 MB body fail with the typed
 * limit error, and with the limit removed the {@link OutOfMemoryError} still reaches the caller as a
 * typed exception, the asynchronous future completes, and no thread dies. Each run prints its time
 * and peak heap; they are reported in the README, not asserted. Each test has its own server and
 * probe JVM, so they run two at a time.
 */
@Execution(ExecutionMode.CONCURRENT)
class SmallHeapTest {
  private static final String HEAP = "-Xmx128m";
  private static final long MB = 1000L * 1000;

  private HostileServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest(name = "{0} call")
  @ValueSource(strings = {"sync", "async"})
  void aGzipBombOf10GiBFailsAtTheLimit(String mode) throws Exception {
    server = HostileServer.start(HostilePayloads.gzipBomb(10 * HostilePayloads.GIB));

    Map<String, String> run = probe("10 GiB gzip bomb", mode, "default");

    assertThat(run.get("outcome")).isEqualTo("dev.scenarioclient.errors.ScenarioInvalidResponseException: GET "
        + server.baseUrl() + "/models/model_1/examples: the response body once decompressed is larger than the"
        + " client's maxResponseSize of 64 MiB (67108864 bytes)");
    assertThat(run.get("uncaught")).as("threads killed").isEqualTo("[]");
    assertThat(server.requests()).as("requests, no retry").hasSize(1);
  }

  @ParameterizedTest(name = "{0} call")
  @ValueSource(strings = {"sync", "async"})
  void a200MegabyteBodyFailsAtTheLimit(String mode) throws Exception {
    server = HostileServer.start(HostilePayloads.chunkedBody(200 * MB));

    Map<String, String> run = probe("200 MB body", mode, "default");

    assertThat(run.get("outcome")).isEqualTo("dev.scenarioclient.errors.ScenarioInvalidResponseException: GET "
        + server.baseUrl() + "/models/model_1/examples: the response body is larger than the client's"
        + " maxResponseSize of 64 MiB (67108864 bytes)");
    assertThat(run.get("uncaught")).as("threads killed").isEqualTo("[]");
  }

  @ParameterizedTest(name = "{0} call")
  @ValueSource(strings = {"sync", "async"})
  void withoutALimitRunningOutOfMemoryIsATypedErrorAndNoDispatcherThreadDies(String mode) throws Exception {
    server = HostileServer.start(HostilePayloads.chunkedBody(200 * MB));

    Map<String, String> run = probe("200 MB body", mode, "0");

    assertThat(run.get("outcome")).startsWith("dev.scenarioclient.errors.ScenarioInvalidResponseException: GET "
        + server.baseUrl() + "/models/model_1/examples: reading the response failed with java.lang.OutOfMemoryError");
    assertThat(run.get("rootCause")).isEqualTo("java.lang.OutOfMemoryError");
    // With the heap exhausted, whichever thread allocates next gets the error: at times Okio's timeout
    // watchdog, which is not the client's to guard. The client's own calls and OkHttp's dispatcher
    // must survive; with the default limit (above) no thread at all dies.
    assertThat(run.get("uncaught")).as("threads killed").doesNotContain("OkHttp", "main");
    assertThat(server.requests()).as("requests, no retry").hasSize(1);
  }

  private Map<String, String> probe(String payload, String mode, String maxResponseSize) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        // C1 only, as in CliProcess.SHORT_LIVED_JVM, but on the default collector: the heap bounds in
        // the README were measured under it. C1 does not change the heap a call needs.
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", HEAP, "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), SmallHeapProbe.class.getName(),
        mode, server.baseUrl(), maxResponseSize));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        values.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    System.out.printf("SmallHeapTest %s, %s %s call, maxResponseSize=%s: %s ms, peak heap %.1f MiB of %.1f MiB%n",
        payload, HEAP, mode, maxResponseSize, values.get("elapsedMillis"),
        Long.parseLong(values.getOrDefault("peakHeapBytes", "0")) / 1048576.0,
        Long.parseLong(values.getOrDefault("maxHeapBytes", "0")) / 1048576.0);
    assertThat(values).as("probe output:\n" + text).containsKeys("outcome", "uncaught");
    return values;
  }
}
