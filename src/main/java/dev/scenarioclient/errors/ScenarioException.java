package dev.scenarioclient.errors;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception this client throws. All are unchecked; catch this type to handle any
 * failure of a call, or one of its subclasses to handle a specific cause.
 */
public class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public ScenarioException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ScenarioException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
