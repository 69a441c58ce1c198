package dev.scenarioclient;

import dev.scenarioclient.internal.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries connection failures (including a body cut off mid-way) and the statuses 408, 409, 429 and
 * 5xx with exponential backoff and jitter, honouring {@code Retry-After}. It never waits past the call timeout: when the next wait
 * would cross it, the last response or failure is returned as is. A response the client refuses
 * ({@link ResponseRefusedException}) is not retried, and once the client is closed nothing is: a
 * call waiting to retry then fails with {@link ClosedDuringCallException}.
 */
final class RetryInterceptor implements Interceptor {
  /** Waits between attempts; returns early when {@code stop} says so. */
  interface Sleeper {
    void sleep(long millis, BooleanSupplier stop) throws InterruptedIOException;
  }

  static final Sleeper REAL_SLEEPER =
      (millis, stop) -> {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
          if (stop.getAsBoolean()) {
            return;
          }
          long remaining = (deadline - System.nanoTime()) / 1_000_000L;
          if (remaining <= 0) {
            return;
          }
          try {
            Thread.sleep(Math.min(remaining, 50));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
          }
        }
      };

  private final RetryPolicy policy;
  private final long callTimeoutMillis;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final LongSupplier clockMillis;
  private final RetryListener listener;
  private final BooleanSupplier closed;

  /** Told about each retry, for logging. */
  interface RetryListener {
    void retrying(Request request, String reason, int retry, long delayMillis);
  }

  RetryInterceptor(
      RetryPolicy policy,
      long callTimeoutMillis,
      Sleeper sleeper,
      DoubleSupplier random,
      LongSupplier clockMillis,
      RetryListener listener,
      BooleanSupplier closed) {
    this.closed = closed;
    this.policy = policy;
    this.callTimeoutMillis = callTimeoutMillis;
    this.sleeper = sleeper;
    this.random = random;
    this.clockMillis = clockMillis;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = clockMillis.getAsLong();
    for (int retry = 1; ; retry++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        if (chain.call().isCanceled()) {
          throw failure;
        }
        long delay = allowedDelay(retry, start, isRetryable(failure) ? backoff(retry) : -1);
        if (delay < 0) {
          throw failure;
        }
        wait(chain, failure.toString(), retry, delay);
        continue;
      }
      long delay = allowedDelay(retry, start, delayBeforeRetry(retry, response));
      if (delay < 0) {
        return response;
      }
      response.close();
      wait(chain, "HTTP " + response.code(), retry, delay);
    }
  }

  /** Returns the delay if retry number {@code retry} may happen after it, else -1. */
  private long allowedDelay(int retry, long start, long delay) {
    if (retry > policy.maxRetries() || delay < 0 || closed.getAsBoolean()) {
      return -1;
    }
    if (callTimeoutMillis > 0 && clockMillis.getAsLong() - start + delay >= callTimeoutMillis) {
      return -1;
    }
    return delay;
  }

  private void wait(Chain chain, String reason, int retry, long delay) throws IOException {
    listener.retrying(chain.request(), reason, retry, delay);
    Call call = chain.call();
    sleeper.sleep(delay, () -> call.isCanceled() || closed.getAsBoolean());
    if (call.isCanceled()) {
      throw new InterruptedIOException("Canceled");
    }
    if (closed.getAsBoolean()) {
      throw new ClosedDuringCallException("the ScenarioClient was closed while the call waited to retry");
    }
  }

  /** Returns how long to wait before retry number {@code retry}, or -1 not to retry. */
  private long delayBeforeRetry(int retry, Response response) {
    if (!isRetryable(response.code())) {
      return -1;
    }
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clockMillis.getAsLong());
    if (retryAfter == null) {
      return backoff(retry);
    }
    long millis = retryAfter.toMillis();
    return millis <= policy.maxRetryAfter().toMillis() ? millis : -1;
  }

  private long backoff(int retry) {
    double exponential = policy.initialDelay().toMillis() * Math.pow(2, retry - 1);
    double capped = Math.min(exponential, (double) policy.maxDelay().toMillis());
    return (long) (capped * (1 - 0.25 * random.getAsDouble()));
  }

  static boolean isRetryable(int code) {
    return code == 408 || code == 409 || code == 429 || (code >= 500 && code <= 599);
  }

  private static boolean isRetryable(IOException failure) {
    if (failure instanceof ResponseRefusedException || failure instanceof SSLPeerUnverifiedException) {
      return false;
    }
    return !(failure instanceof SSLHandshakeException
        && failure.getCause() instanceof CertificateException);
  }
}
