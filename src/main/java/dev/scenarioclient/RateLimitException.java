package dev.scenarioclient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The API is rate limiting this client (HTTP 429). Retried automatically, honouring
 * {@code Retry-After}, before it is thrown.
 */
public final class RateLimitException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitException(
      String message,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      String serverMessage,
      Duration retryAfter) {
    super(message, statusCode, headers, body, serverMessage);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked to wait, from its {@code Retry-After} header (seconds or an
   * HTTP date).
   *
   * @return the delay, or {@code null} if the server gave none
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
