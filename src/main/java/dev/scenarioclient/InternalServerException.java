package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The API failed or is unavailable (HTTP 500 to 599). Retried automatically before it is thrown. */
public final class InternalServerException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  InternalServerException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
