package dev.scenarioclient;

/**
 * Base of every exception this client throws. All are unchecked; catch this type to handle any
 * failure of a call, or one of its subclasses to handle a specific cause.
 */
public class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScenarioException(String message) {
    super(message);
  }

  ScenarioException(String message, Throwable cause) {
    super(message, cause);
  }
}
