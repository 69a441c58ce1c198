package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.HostileServer;
import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} with calls in flight: the running ones finish, the queued ones fail saying the
 * client was closed, and once the running ones end no socket and no thread of the client remains.
 */
class CloseTest {
  private static final HostileServer.Handler SAMPLE =
      HostileServer.respond("HTTP/1.1 200 OK", "application/json", OpenApiContract.sample());

  private HostileServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private ScenarioClient.Builder builder(HostileServer.Handler handler) throws IOException {
    server = HostileServer.start(handler);
    return ScenarioClient.builder().baseUrl(server.baseUrl()).apiKey("key_1234").apiSecret("secret_5678");
  }

  @Test
  void closingWith200CallsInFlightFailsTheQueuedOnesAndLeavesNoSocketOrThreadBehind() throws Exception {
    ScenarioClient client = builder(SAMPLE).build();
    client.models().listExamples("model_1"); // a warm client: one pooled connection
    CountDownLatch answer = new CountDownLatch(1);
    server.handler((head, out) -> {
      answer.await(30, TimeUnit.SECONDS);
      SAMPLE.respond(head, out);
    });
    List<CompletableFuture<ListModelExamplesResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(client.models().listExamplesAsync("model_1"));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> server.inFlight() == 5);

    client.close();

    await().atMost(Duration.ofSeconds(10)).until(() -> calls.stream().filter(CompletableFuture::isDone).count() == 195);
    assertThat(server.inFlight()).as("calls still running when the queued ones have failed").isEqualTo(5);
    answer.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> calls.stream().allMatch(CompletableFuture::isDone));
    List<Throwable> failures = new ArrayList<>();
    int succeeded = 0;
    for (CompletableFuture<ListModelExamplesResponse> call : calls) {
      try {
        call.join();
        succeeded++;
      } catch (CompletionException e) {
        failures.add(e.getCause());
      }
    }
    assertThat(succeeded).as("calls running at close, which finish").isEqualTo(5);
    assertThat(failures).as("calls queued at close").hasSize(195).allSatisfy(failure -> assertThat(failure)
        .isInstanceOf(ScenarioClientClosedException.class)
        .hasMessageEndingWith(": the ScenarioClient was closed before the call could start"));
    OkHttpClient okHttp = client.httpClient();
    assertThat(okHttp.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS))
        .as("every dispatcher thread ended").isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 0);
    assertThat(okHttp.connectionPool().connectionCount()).as("pooled connections").isZero();
  }

  @Test
  void aCallWaitingToRetryWhenTheClientClosesFailsSayingSo() throws Exception {
    ScenarioClient client = builder(HostileServer.respond("HTTP/1.1 503 Unavailable", "application/json", "{}",
        "Retry-After: 30")).build();
    CompletableFuture<ListModelExamplesResponse> call = client.models().listExamplesAsync("model_1");
    await().atMost(Duration.ofSeconds(10)).until(() -> server.requests().size() == 1);

    client.close();

    await().atMost(Duration.ofSeconds(5)).until(call::isDone);
    assertThat(call).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
        .isInstanceOf(ScenarioClientClosedException.class)
        .withMessageEndingWith(": the ScenarioClient was closed while the call waited to retry");
    assertThat(server.requests()).as("requests: no retry after close").hasSize(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 0);
  }
}
