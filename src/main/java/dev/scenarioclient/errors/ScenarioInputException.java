package dev.scenarioclient.errors;

/**
 * The caller supplied something this client cannot use: a missing or blank credential, a malformed
 * base URL, a blank model id. Thrown before any request is sent; the message names the setting or
 * argument at fault and never contains a credential.
 */
public final class ScenarioInputException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the setting or argument at fault.
   *
   * @param message what is wrong, naming the setting or argument
   */
  public ScenarioInputException(String message) {
    super(message);
  }
}
