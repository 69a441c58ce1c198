package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The request was well-formed but the API could not process it (HTTP 422). */
public final class UnprocessableEntityException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
