package dev.scenarioclient;

/**
 * The request could not be completed on the network: the connection failed or was reset, or the
 * response ended before it was complete. Retried automatically before it is thrown; the cause is the
 * underlying I/O exception.
 */
public class ScenarioNetworkException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  ScenarioNetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
