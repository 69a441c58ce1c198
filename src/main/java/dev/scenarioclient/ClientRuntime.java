package dev.scenarioclient;

import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.errors.ScenarioException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.errors.ScenarioTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The running part of a {@link ScenarioClient}: its HTTP client and Retrofit, and whether it is
 * closed. The generated services run their calls through it, which turns every outcome into a
 * {@link ScenarioResponse} or a {@link ScenarioException}, with the credentials redacted from
 * whatever the server sent.
 */
final class ClientRuntime {
  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final Retrofit retrofit;
  private final Credentials credentials;
  private final AtomicBoolean closed;

  ClientRuntime(
      HttpUrl baseUrl, OkHttpClient httpClient, boolean ownsHttpClient, boolean strict,
      Credentials credentials, AtomicBoolean closed) {
    this.httpClient = httpClient;
    this.ownsHttpClient = ownsHttpClient;
    this.credentials = credentials;
    this.closed = closed;
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            .addConverterFactory(new JsonConverterFactory(strict))
            .build();
  }

  <S> S create(Class<S> service) {
    return retrofit.create(service);
  }

  void checkOpen() {
    if (closed.get()) {
      throw new ScenarioClientClosedException("ScenarioClient is closed");
    }
  }

  boolean isClosed() {
    return closed.get();
  }

  /**
   * Releases the threads and connections of an HTTP client the runtime created; idempotent. Calls
   * running keep running; calls still queued fail at once; connections in use are closed as their
   * calls release them (see {@link CloseListener}).
   */
  void close() {
    if (closed.compareAndSet(false, true) && ownsHttpClient) {
      Dispatcher dispatcher = httpClient.dispatcher();
      dispatcher.executorService().shutdown();
      // Queued calls wait for a free slot and would then be refused by the stopped executor one by
      // one, as running calls end. Lifting the limits makes the dispatcher refuse them all now.
      dispatcher.setMaxRequests(Integer.MAX_VALUE);
      dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
      httpClient.connectionPool().evictAll();
    }
  }

  OkHttpClient httpClient() {
    return httpClient;
  }

  <T> ScenarioResponse<T> execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw redacted(failure(call.request(), e));
    } catch (RuntimeException | Error e) {
      throw redacted(unexpected(call.request(), e));
    }
    return toResult(call.request(), response);
  }

  /** Starts the call; cancelling the returned future cancels it. */
  <T, R> CompletableFuture<R> enqueue(Call<T> call, Function<ScenarioResponse<T>, R> result) {
    CompletableFuture<R> future =
        new CompletableFuture<R>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            // Cancel the future first: cancelling the call fails it at once on another thread,
            // whose failure must not win the race to complete the future.
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            call.cancel();
            return cancelled;
          }
        };
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> call, Response<T> response) {
            try {
              future.complete(result.apply(toResult(call.request(), response)));
            } catch (Throwable failure) {
              future.completeExceptionally(redacted(unexpected(call.request(), failure)));
            }
          }

          @Override
          public void onFailure(Call<T> call, Throwable failure) {
            future.completeExceptionally(redacted(
                failure instanceof IOException
                    ? failure(call.request(), (IOException) failure)
                    : unexpected(call.request(), failure)));
          }
        });
    return future;
  }

  private <T> ScenarioResponse<T> toResult(Request request, Response<T> response) {
    if (!response.isSuccessful()) {
      throw ScenarioApiException.builder()
          .statusCode(response.code())
          .headers(response.headers().toMultimap())
          .body(errorBody(response))
          .request(request.method(), request.url().toString())
          .redact(credentials.secrets())
          .build();
    }
    T body = response.body();
    if (body == null) {
      throw new ScenarioInvalidResponseException(
          "HTTP " + response.code() + " for " + describe(request) + " carried no body", null, null);
    }
    return ScenarioResponse.fromOkHttp(response.code(), response.headers(), body);
  }

  private static String errorBody(Response<?> response) {
    try (ResponseBody body = response.errorBody()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      return "";
    }
  }

  private ScenarioException redacted(ScenarioException e) {
    return RedactedExceptions.redact(e, credentials.redactor());
  }

  private ScenarioException failure(Request request, IOException e) {
    if (e instanceof ResponseRefusedException) {
      return new ScenarioInvalidResponseException(
          describe(request) + ": " + e.getMessage(), null, e.getCause());
    }
    if (e instanceof ClosedDuringCallException) {
      return new ScenarioClientClosedException(describe(request) + ": " + e.getMessage());
    }
    if (closed.get() && e.getCause() instanceof RejectedExecutionException) {
      return new ScenarioClientClosedException(
          describe(request) + ": the ScenarioClient was closed before the call could start");
    }
    return networkFailure(request, e);
  }

  private static ScenarioNetworkException networkFailure(Request request, IOException e) {
    String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new ScenarioTimeoutException(describe(request) + " timed out: " + detail, e);
    }
    return new ScenarioNetworkException(describe(request) + " failed: " + detail, e);
  }

  /** Keeps Gson, Retrofit and OkHttp exception types, and raw {@link Error}s, out of the API. */
  private static ScenarioException unexpected(Request request, Throwable failure) {
    if (failure instanceof ScenarioException) {
      return (ScenarioException) failure;
    }
    if (failure instanceof VirtualMachineError) {
      return new ScenarioInvalidResponseException(
          describe(request) + ": reading the response failed with " + failure, null, failure);
    }
    return new ScenarioException(describe(request) + " failed: " + failure, failure);
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url();
  }
}
