package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.errors.ScenarioException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Whatever goes wrong inside an asynchronous call completes its future: no exception or error is
 * lost on a dispatcher thread, leaving the caller waiting forever.
 */
class ClientRuntimeTest {
  private final ClientRuntime runtime =
      new ClientRuntime(HttpUrl.get("http://localhost/v1/"), new OkHttpClient(), true, false,
          Credentials.bearer("token_1234"), new java.util.concurrent.atomic.AtomicBoolean());

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void runtimeExceptionInTheResultCompletesTheFutureWithAScenarioException() throws Exception {
    CompletableFuture<String> future = runtime.enqueue(new AnsweringCall(), response -> {
      throw new IllegalStateException("a bug");
    });

    assertThat(failureOf(future)).isInstanceOf(ScenarioException.class).hasRootCauseMessage("a bug");
  }

  @Test
  void errorInTheResultCompletesTheFutureWithAScenarioException() throws Exception {
    CompletableFuture<String> future = runtime.enqueue(new AnsweringCall(), response -> {
      throw new OutOfMemoryError("simulated");
    });

    assertThat(failureOf(future)).isInstanceOf(ScenarioException.class).hasRootCauseInstanceOf(OutOfMemoryError.class);
  }

  private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
    try {
      future.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the future completed normally");
  }

  /** A call that answers 200 with a body at once, on the caller's thread. */
  private static final class AnsweringCall implements Call<String> {
    @Override
    public Response<String> execute() {
      return Response.success("body");
    }

    @Override
    public void enqueue(Callback<String> callback) {
      callback.onResponse(this, Response.success("body"));
    }

    @Override
    public boolean isExecuted() {
      return true;
    }

    @Override
    public void cancel() {}

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Call<String> clone() {
      return new AnsweringCall();
    }

    @Override
    public Request request() {
      return new Request.Builder().url("http://localhost/v1/models/m/examples").build();
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }
  }
}
