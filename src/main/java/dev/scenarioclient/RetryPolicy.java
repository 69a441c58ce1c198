package dev.scenarioclient;

import java.time.Duration;

/** How many times and how patiently a call is retried. */
final class RetryPolicy {
  static final int DEFAULT_MAX_RETRIES = 2;
  static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(500);
  static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
  static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final int maxRetries;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {
    this.maxRetries = maxRetries;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.maxRetryAfter = maxRetryAfter;
  }

  int maxRetries() {
    return maxRetries;
  }

  Duration initialDelay() {
    return initialDelay;
  }

  Duration maxDelay() {
    return maxDelay;
  }

  Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public String toString() {
    return "maxRetries=" + maxRetries + ", backoff=" + initialDelay.toMillis() + ".."
        + maxDelay.toMillis() + "ms, maxRetryAfter=" + maxRetryAfter.toMillis() / 1000 + "s";
  }
}
