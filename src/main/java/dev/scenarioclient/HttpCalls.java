package dev.scenarioclient;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** Runs Retrofit calls and turns every outcome into a typed response or a {@link ScenarioException}. */
final class HttpCalls {
  private HttpCalls() {}

  static <T> ScenarioResponse<T> execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw networkFailure(call.request(), e);
    } catch (RuntimeException e) {
      throw unexpected(call.request(), e);
    }
    return toResult(call.request(), response);
  }

  /** Starts the call; cancelling the returned future cancels it. */
  static <T, R> CompletableFuture<R> enqueue(Call<T> call, Function<ScenarioResponse<T>, R> result) {
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
            } catch (ScenarioException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<T> call, Throwable failure) {
            future.completeExceptionally(
                failure instanceof IOException
                    ? networkFailure(call.request(), (IOException) failure)
                    : unexpected(call.request(), failure));
          }
        });
    return future;
  }

  private static <T> ScenarioResponse<T> toResult(Request request, Response<T> response) {
    if (!response.isSuccessful()) {
      throw statusFailure(request, response.code(), response.headers(), errorBody(response));
    }
    T body = response.body();
    if (body == null) {
      throw new ScenarioInvalidResponseException(
          "HTTP " + response.code() + " for " + describe(request) + " carried no body", null, null);
    }
    return new ScenarioResponse<>(response.code(), response.headers(), body);
  }

  private static String errorBody(Response<?> response) {
    try (ResponseBody body = response.errorBody()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      return "";
    }
  }

  static ScenarioApiException statusFailure(Request request, int code, Headers headers, String body) {
    String serverMessage = serverMessage(body);
    String message =
        "HTTP " + code + " for " + describe(request) + (serverMessage != null ? ": " + serverMessage : "");
    Map<String, List<String>> headerMap = headers.toMultimap();
    switch (code) {
      case 400:
        return new BadRequestException(message, code, headerMap, body, serverMessage);
      case 401:
        return new UnauthorizedException(message, code, headerMap, body, serverMessage);
      case 403:
        return new PermissionDeniedException(message, code, headerMap, body, serverMessage);
      case 404:
        return new NotFoundException(message, code, headerMap, body, serverMessage);
      case 422:
        return new UnprocessableEntityException(message, code, headerMap, body, serverMessage);
      case 429:
        return new RateLimitException(
            message, code, headerMap, body, serverMessage,
            RetryInterceptor.retryAfter(headers.get("Retry-After"), System.currentTimeMillis()));
      default:
        return code >= 500 && code <= 599
            ? new InternalServerException(message, code, headerMap, body, serverMessage)
            : new UnexpectedStatusCodeException(message, code, headerMap, body, serverMessage);
    }
  }

  static ScenarioNetworkException networkFailure(Request request, IOException e) {
    String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    if (e instanceof SocketTimeoutException
        || e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
      return new ScenarioTimeoutException(describe(request) + " timed out: " + detail, e);
    }
    return new ScenarioNetworkException(describe(request) + " failed: " + detail, e);
  }

  /** Keeps Gson, Retrofit and OkHttp exception types out of the public API. */
  private static ScenarioException unexpected(Request request, Throwable failure) {
    return failure instanceof ScenarioException
        ? (ScenarioException) failure
        : new ScenarioException(describe(request) + " failed: " + failure, failure);
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url();
  }

  /** Best effort: the API reference does not document error bodies. */
  static String serverMessage(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (!parsed.isJsonObject()) {
        return null;
      }
      JsonObject object = parsed.getAsJsonObject();
      for (String name : new String[] {"message", "error", "detail"}) {
        JsonElement value = object.get(name);
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
          return value.getAsString();
        }
      }
      return null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
