package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The credentials are missing or were rejected (HTTP 401). */
public final class UnauthorizedException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
