package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.HostileServer;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client reads no more than {@code maxResponseSize} bytes of a body, counted after
 * decompression, and refuses a larger one at once, without retrying. (The gzip bomb and a 200 MB
 * body against a small heap are in {@link SmallHeapTest}.)
 */
class ResponseLimitTest {
  private static final String SAMPLE = OpenApiContract.sample();
  private static final int SAMPLE_BYTES = SAMPLE.getBytes(StandardCharsets.UTF_8).length;

  @RegisterExtension final HostileServerFixture hostile = new HostileServerFixture();

  /** The documented sample followed by {@code padding} bytes of JSON whitespace. */
  private static HostileServer.Handler paddedSample(int status, long padding) {
    return (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 " + status + " Whatever", "Content-Type: application/json",
          "Content-Length: " + (SAMPLE_BYTES + padding));
      out.write(SAMPLE.getBytes(StandardCharsets.UTF_8));
      writeSpaces(out, padding);
    };
  }

  private static void writeSpaces(OutputStream out, long count) throws IOException {
    byte[] spaces = new byte[64 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    for (long left = count; left > 0; left -= spaces.length) {
      out.write(spaces, 0, (int) Math.min(spaces.length, left));
    }
  }

  /** A chunked body that never ends: only a limit stops the client reading. */
  private static void endlessChunkedBody(String head, OutputStream out) throws IOException {
    HostileServer.writeHead(out, "HTTP/1.1 200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked");
    byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    while (true) {
      out.write(chunk);
    }
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() throws IOException {
    try (ScenarioClient client = hostile.client(paddedSample(200, 0)).maxResponseSize(SAMPLE_BYTES).build()) {
      assertThat(client.models().listExamples("model_1"))
          .isEqualTo(ScenarioJson.fromJson(SAMPLE, ListModelExamplesResponse.class));
    }
  }

  @Test
  void aBodyDeclaringMoreThanTheLimitIsRefusedAtOnceWithoutRetries() throws IOException {
    try (ScenarioClient client = hostile.client(paddedSample(200, 1)).maxResponseSize(SAMPLE_BYTES).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessage("GET " + hostile.server().baseUrl() + "/models/model_1/examples: the response body (Content-Length "
              + (SAMPLE_BYTES + 1) + ") is larger than the client's maxResponseSize of " + SAMPLE_BYTES + " bytes");
    }
    assertThat(hostile.server().requests()).as("requests, no retry").hasSize(1);
  }

  @Test
  void anEndlessBodyIsCutOffAtTheLimit() throws IOException {
    try (ScenarioClient client = hostile.client(ResponseLimitTest::endlessChunkedBody).maxResponseSize(1024 * 1024).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageEndingWith(": the response body is larger than the client's maxResponseSize of 1 MiB (1048576 bytes)");
    }
    assertThat(hostile.server().requests()).as("requests, no retry").hasSize(1);
  }

  @Test
  void aCompressedBodyIsMeasuredDecompressed() throws IOException {
    HostileServer.Handler gzipped = (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Encoding: gzip",
          "Connection: close");
      GZIPOutputStream gzip = new GZIPOutputStream(out);
      gzip.write(SAMPLE.getBytes(StandardCharsets.UTF_8));
      writeSpaces(gzip, 1024 * 1024);
      gzip.finish();
    };
    try (ScenarioClient client = hostile.client(gzipped).maxResponseSize(512 * 1024).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageEndingWith(": the response body once decompressed is larger than the client's maxResponseSize"
              + " of 512 KiB (524288 bytes)");
    }
  }

  @Test
  void anErrorBodyOverTheLimitIsRefusedToo() throws IOException {
    try (ScenarioClient client = hostile.client(paddedSample(503, 4096)).maxResponseSize(4096).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageContaining("maxResponseSize of 4 KiB");
    }
    assertThat(hostile.server().requests()).as("requests: a refused 503 is not retried").hasSize(1);
  }

  @Test
  void anAsynchronousCallFailsTheSameWay() throws IOException {
    try (ScenarioClient client = hostile.client(ResponseLimitTest::endlessChunkedBody).maxResponseSize(64 * 1024).build()) {
      assertThatThrownBy(() -> client.models().listExamplesAsync("model_1").get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageContaining("maxResponseSize of 64 KiB");
    }
  }

  @Test
  void theDefaultLimitIs64MiB() throws IOException {
    try (ScenarioClient client = hostile.client(paddedSample(200, 64L * 1024 * 1024)).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageEndingWith("maxResponseSize of 64 MiB (67108864 bytes)");
    }
  }

  @Test
  void zeroRemovesTheLimit() throws IOException {
    try (ScenarioClient client = hostile.client(paddedSample(200, 64L * 1024 * 1024)).maxResponseSize(0).build()) {
      assertThat(client.models().listExamples("model_1"))
          .isEqualTo(ScenarioJson.fromJson(SAMPLE, ListModelExamplesResponse.class));
    }
  }
}
