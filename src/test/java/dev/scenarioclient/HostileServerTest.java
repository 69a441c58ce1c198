package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.HostileServer;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Probes of a hostile or broken server on a raw socket: redirect loops, ambiguous framing,
 * mislabelled charsets, JSON that breaks the JSON rules, oversized header blocks, and the
 * per-host limit on concurrent calls. Each answers with a typed error that says what was wrong.
 */
class HostileServerTest {
  private static final String SAMPLE = OpenApiContract.sample();

  @RegisterExtension final HostileServerFixture hostile = new HostileServerFixture();

  private static HostileServer.Handler json(String body, String... headers) {
    return HostileServer.respond("HTTP/1.1 200 OK", "application/json", body, headers);
  }

  @Test
  void aRedirectLoopIsFollowedTwentyTimesAndNotRetried() throws IOException {
    HostileServer.Handler loop = (head, out) -> HostileServer.writeHead(out, "HTTP/1.1 302 Found",
        "Location: /v1/models/model_1/examples", "Content-Length: 0");

    try (ScenarioClient client = hostile.client(loop).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageEndingWith(": the server redirected more than 20 times (a redirect loop)");
    }
    assertThat(hostile.server().requests()).as("the request and 20 redirects, once").hasSize(21);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "two different headers   | Content-Length: 5      | Content-Length: 6          | conflicting Content-Length values [5, 6]",
    "one header, two values  | Content-Length: 5, 6   | X-Padding: none            | conflicting Content-Length values [5, 6]",
    "leading zeros kept apart| Content-Length: 005    | Content-Length: 6          | conflicting Content-Length values [5, 6]",
    "not a number            | Content-Length: 5x     | X-Padding: none            | Content-Length is not a number",
    "a sign                  | Content-Length: +5     | X-Padding: none            | Content-Length is not a number",
    "an empty value in a list| Content-Length: 5,     | X-Padding: none            | Content-Length is not a number",
    "more than 18 digits     | Content-Length: 1234567890123456789 | X-Padding: none | Content-Length is not a number",
    "with Transfer-Encoding  | Content-Length: 5      | Transfer-Encoding: chunked | both Content-Length and Transfer-Encoding",
  })
  void ambiguousFramingIsRefusedWithoutRetries(String name, String first, String second, String problem)
      throws IOException {
    HostileServer.Handler smuggling = (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 200 OK", "Content-Type: application/json", first, second);
      out.write("{}\r\n\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    };

    try (ScenarioClient client = hostile.client(smuggling).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageContaining(problem);
    }
    assertThat(hostile.server().requests()).as("requests, no retry").hasSize(1);
  }

  @ParameterizedTest(name = "Content-Length: {0}N beside Content-Length: N")
  @ValueSource(strings = {"", "000"})
  void repeatedEqualContentLengthsAreAccepted(String leadingZeros) throws IOException {
    int length = SAMPLE.getBytes(StandardCharsets.UTF_8).length;

    try (ScenarioClient client =
        hostile.client(json(SAMPLE, "Content-Length: " + leadingZeros + length)).build()) {
      assertThat(client.models().listExamples("model_1"))
          .isEqualTo(ScenarioJson.fromJson(SAMPLE, ListModelExamplesResponse.class));
    }
  }

  @Test
  void jsonIsDecodedAsUtf8WhateverCharsetTheServerDeclares() throws IOException {
    String prompt = "château ☃ 城";
    String body = SAMPLE.replace("\"prompt\": \"prompt\"", "\"prompt\": \"" + prompt + "\"");
    HostileServer.Handler mislabelled =
        HostileServer.respond("HTTP/1.1 200 OK", "application/json; charset=latin1", body);

    try (ScenarioClient client = hostile.client(mislabelled).build()) {
      assertThat(client.models().listExamples("model_1").getExamples().get(0).getInferenceParameters().getPrompt())
          .isEqualTo(prompt);
    }
  }

  @Test
  void aBodyThatIsNotUtf8IsATypedErrorNotReplacementCharacters() throws IOException {
    byte[] latin1 = SAMPLE.replace("\"prompt\": \"prompt\"", "\"prompt\": \"château\"").getBytes(StandardCharsets.ISO_8859_1);
    HostileServer.Handler handler = (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 200 OK", "Content-Type: application/json; charset=ISO-8859-1",
          "Content-Length: " + latin1.length);
      out.write(latin1);
    };

    try (ScenarioClient client = hostile.client(handler).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessage("Response body is not valid UTF-8, which JSON must be (RFC 8259); the server labelled it"
              + " ISO-8859-1, which the client ignores");
    }
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0007", "000A", "001B"})
  void aRawControlCharacterInsideAJsonStringIsATypedError(String hex) throws IOException {
    char control = (char) Integer.parseInt(hex, 16);
    String body = SAMPLE.replace("\"prompt\": \"prompt\"", "\"prompt\": \"a" + control + "b\"");

    try (ScenarioClient client = hostile.client(json(body)).build()) {
      ScenarioInvalidResponseException e = catchThrowableOfType(ScenarioInvalidResponseException.class,
          () -> client.models().listExamples("model_1"));

      assertThat(e).hasMessageStartingWith("Response body is not valid contract JSON: Unescaped control character"
          + " in a string (JSON requires \\u0000 to \\u001F to be escaped)");
      assertThat(e.jsonPath()).as("jsonPath").endsWith(".prompt");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{}", "{\"examples\": null}"})
  void aMissingOrNullExamplesArrayIsAContractViolationNamingIt(String body) throws IOException {
    try (ScenarioClient client = hostile.client(json(body)).build()) {
      ListModelExamplesResponse response = client.models().listExamples("model_1");

      assertThatThrownBy(response::getExamples)
          .isInstanceOfSatisfying(ScenarioContractViolationException.class,
              e -> assertThat(e.jsonPath()).isEqualTo("$.examples"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{examples: []}", "{\"examples\": [1 2]}", "{\"examples\": []} trailing"})
  void malformedJsonMessagesSuggestNoParserSettings(String body) throws IOException {
    try (ScenarioClient client = hostile.client(json(body)).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessageStartingWith("Response body is not valid contract JSON: ")
          .hasMessageNotContaining("setStrictness")
          .hasMessageNotContaining("LENIENT")
          .hasMessageNotContaining("strict mode")
          .hasMessageNotContaining("gson");
    }
  }

  @Test
  void anOversizedHeaderBlockGetsAMessageSayingSo() throws IOException {
    HostileServer.Handler huge = (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 200 OK", "X-Padding: " + "a".repeat(300 * 1024));
      Thread.sleep(5000); // keep the connection open: OkHttp stops at its limit, not at the end
    };

    try (ScenarioClient client = hostile.client(huge).maxRetries(0).build()) {
      assertThatThrownBy(() -> client.models().listExamples("model_1"))
          .isInstanceOf(ScenarioNetworkException.class)
          .hasMessageEndingWith(" failed: the connection ended before the response headers were complete, or"
              + " the server sent more than the 256 KiB of headers OkHttp accepts")
          .satisfies(e -> assertThat(e.getCause()).as("a cause quoting raw header bytes").hasNoCause());
    }
  }

  @Test
  void asynchronousCallsPerHostAreLimitedToFiveByDefault() throws Exception {
    assertThat(maxConcurrentCalls(hostile.client(slowSample()).build(), 8)).isEqualTo(5);
  }

  @Test
  void theLimitOfAsynchronousCallsPerHostIsConfigurable() throws Exception {
    assertThat(maxConcurrentCalls(hostile.client(slowSample()).maxRequestsPerHost(2).build(), 6)).isEqualTo(2);
  }

  private static HostileServer.Handler slowSample() {
    HostileServer.Handler sample = json(SAMPLE);
    return (head, out) -> {
      Thread.sleep(300);
      sample.respond(head, out);
    };
  }

  private int maxConcurrentCalls(ScenarioClient client, int calls) throws Exception {
    try (client) {
      List<CompletableFuture<ListModelExamplesResponse>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(client.models().listExamplesAsync("model_1"));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    }
    return hostile.server().maxInFlight();
  }
}
