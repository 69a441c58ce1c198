package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.errors.ScenarioException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.http.GET;

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

  /** Retrofit rethrows an Error from the converter on OkHttp's thread, which then never completes the call. */
  @Test
  void errorWhileParsingTheBodyCompletesTheFutureWithAnInvalidResponse() throws Exception {
    OkHttpClient failingBody = new OkHttpClient.Builder()
        .addInterceptor(chain -> new okhttp3.Response.Builder()
            .request(chain.request()).protocol(okhttp3.Protocol.HTTP_1_1).code(200).message("OK")
            .body(okhttp3.ResponseBody.create(okio.Okio.buffer(new ThrowingSource()),
                okhttp3.MediaType.get("application/json"), -1))
            .build())
        .build();
    ClientRuntime parsing = new ClientRuntime(HttpUrl.get("http://localhost/v1/"), failingBody, true, false,
        Credentials.bearer("token_1234"), new java.util.concurrent.atomic.AtomicBoolean());
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    try {
      CompletableFuture<ScenarioResponse<ListModelExamplesResponse>> future =
          parsing.enqueue(parsing.create(Probe.class).examples(), response -> response);

      assertThat(failureOf(future)).isInstanceOf(ScenarioInvalidResponseException.class)
          .hasMessage("Reading the response body failed with java.lang.OutOfMemoryError: simulated")
          .hasRootCauseInstanceOf(OutOfMemoryError.class);
      Thread.sleep(200);
      assertThat(uncaught).as("exceptions that killed a thread").isEmpty();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
      parsing.close();
    }
  }

  interface Probe {
    @GET("models/m/examples")
    Call<ListModelExamplesResponse> examples();
  }

  /** A body that fails as a heap too small for it would. */
  private static final class ThrowingSource implements Source {
    @Override
    public long read(Buffer sink, long byteCount) {
      throw new OutOfMemoryError("simulated");
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
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
