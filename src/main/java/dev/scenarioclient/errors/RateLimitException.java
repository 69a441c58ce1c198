package dev.scenarioclient.errors;

import dev.scenarioclient.internal.RetryAfter;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The API is rate limiting this client (HTTP 429). Retried automatically, honouring
 * {@code Retry-After}, before it is thrown. Build one with {@link ScenarioApiException#builder()}.
 */
public final class RateLimitException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  RateLimitException(Builder builder) {
    super(builder);
    this.retryAfter = RetryAfter.parse(builder.firstHeader("Retry-After"), System.currentTimeMillis());
  }

  /**
   * Returns how long the server asked to wait, from its {@code Retry-After} header (seconds or an
   * HTTP date).
   *
   * @return the delay, or {@code null} if the server gave none
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
