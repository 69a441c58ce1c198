package dev.scenarioclient.errors;

import org.jspecify.annotations.Nullable;

/**
 * The request could not be completed on the network: the connection failed or was reset, or the
 * response ended before it was complete. Retried automatically before it is thrown; the cause is the
 * underlying I/O exception.
 */
public class ScenarioNetworkException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a failed exchange.
   *
   * @param message what failed, naming the request
   * @param cause the underlying I/O failure, or {@code null}
   */
  public ScenarioNetworkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
