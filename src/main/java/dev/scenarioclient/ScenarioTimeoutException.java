package dev.scenarioclient;

/**
 * A connect, read or overall call timeout expired. Read and connect timeouts apply to each attempt
 * and are retried; the call timeout bounds the whole call, retries included.
 */
public final class ScenarioTimeoutException extends ScenarioNetworkException {
  private static final long serialVersionUID = 1L;

  ScenarioTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
