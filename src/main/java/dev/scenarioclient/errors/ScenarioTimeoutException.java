package dev.scenarioclient.errors;

import org.jspecify.annotations.Nullable;

/**
 * A connect, read or overall call timeout expired. Read and connect timeouts apply to each attempt
 * and are retried; the call timeout bounds the whole call, retries included.
 */
public final class ScenarioTimeoutException extends ScenarioNetworkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an expired timeout.
   *
   * @param message which request timed out
   * @param cause the underlying timeout, or {@code null}
   */
  public ScenarioTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
