package dev.scenarioclient.errors;

/**
 * A call was made on a closed {@link dev.scenarioclient.ScenarioClient}, or was still waiting for a
 * connection when the client was closed. Nothing was sent, or the exchange was abandoned.
 */
public final class ScenarioClientClosedException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception saying what was refused.
   *
   * @param message what was refused because the client is closed
   */
  public ScenarioClientClosedException(String message) {
    super(message);
  }
}
