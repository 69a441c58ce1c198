package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The API answered with an error status that has no dedicated type. */
public final class UnexpectedStatusCodeException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusCodeException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
