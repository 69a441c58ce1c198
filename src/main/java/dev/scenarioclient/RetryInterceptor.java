package dev.scenarioclient;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Retries connection failures (including a body cut off mid-way) and the statuses 408, 409, 429 and
 * 5xx with exponential backoff and jitter, honouring {@code Retry-After}. It never waits past the call timeout: when the next wait
 * would cross it, the last response or failure is returned as is.
 */
final class RetryInterceptor implements Interceptor {
  /** Waits between attempts; returns early with an exception when the call is canceled. */
  interface Sleeper {
    void sleep(long millis, Call call) throws InterruptedIOException;
  }

  static final Sleeper REAL_SLEEPER =
      (millis, call) -> {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
          if (call.isCanceled()) {
            throw new InterruptedIOException("Canceled");
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
      RetryListener listener) {
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
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(request);
        bufferBody(response);
      } catch (IOException e) {
        if (chain.call().isCanceled()) {
          throw e;
        }
        failure = e;
      }
      long delay = retry > policy.maxRetries() ? -1 : delayBeforeRetry(retry, response, failure);
      if (delay >= 0 && callTimeoutMillis > 0) {
        long elapsed = clockMillis.getAsLong() - start;
        if (elapsed + delay >= callTimeoutMillis) {
          delay = -1;
        }
      }
      if (delay < 0) {
        if (failure != null) {
          throw failure;
        }
        return response;
      }
      String reason = failure != null ? failure.toString() : "HTTP " + response.code();
      if (response != null) {
        response.close();
      }
      listener.retrying(request, reason, retry, delay);
      sleeper.sleep(delay, chain.call());
    }
  }

  /**
   * Reads the whole body inside the attempt, so that a connection that fails mid-body (a reset,
   * a malformed chunk) is a retryable failure rather than an error while parsing.
   */
  private static void bufferBody(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body != null) {
      try {
        body.source().request(Long.MAX_VALUE);
      } catch (IOException e) {
        response.close();
        throw e;
      }
    }
  }

  /** Returns how long to wait before retry number {@code retry}, or -1 not to retry. */
  private long delayBeforeRetry(int retry, Response response, IOException failure) {
    if (failure != null) {
      return isRetryable(failure) ? backoff(retry) : -1;
    }
    if (!isRetryable(response.code())) {
      return -1;
    }
    Duration retryAfter = retryAfter(response.header("Retry-After"), clockMillis.getAsLong());
    if (retryAfter == null) {
      return backoff(retry);
    }
    long millis = retryAfter.toMillis();
    return millis <= policy.maxRetryAfter().toMillis() ? millis : -1;
  }

  private long backoff(int retry) {
    double exponential = policy.initialDelay().toMillis() * Math.pow(2, retry - 1);
    double capped = Math.min(exponential, policy.maxDelay().toMillis());
    return (long) (capped * (1 - 0.25 * random.getAsDouble()));
  }

  static boolean isRetryable(int code) {
    return code == 408 || code == 409 || code == 429 || code >= 500 && code <= 599;
  }

  private static boolean isRetryable(IOException failure) {
    if (failure instanceof SSLPeerUnverifiedException) {
      return false;
    }
    return !(failure instanceof SSLHandshakeException
        && failure.getCause() instanceof CertificateException);
  }

  /**
   * Parses {@code Retry-After}: a number of seconds or an HTTP date.
   *
   * @return the delay (never negative), or {@code null} if the header is absent or unreadable
   */
  static Duration retryAfter(String value, long nowMillis) {
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      double seconds = Double.parseDouble(trimmed);
      return seconds >= 0 && !Double.isInfinite(seconds)
          ? Duration.ofMillis((long) Math.ceil(seconds * 1000))
          : null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        long millis = when.toEpochMilli() - nowMillis;
        return Duration.ofMillis(Math.max(0, millis));
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
