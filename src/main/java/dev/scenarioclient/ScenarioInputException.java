package dev.scenarioclient;

/**
 * The caller supplied something this client cannot use: a missing or blank credential, a malformed
 * base URL, a blank model id. Thrown before any request is sent; the message names the setting or
 * argument at fault and never contains a credential.
 */
public final class ScenarioInputException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  ScenarioInputException(String message) {
    super(message);
  }
}
