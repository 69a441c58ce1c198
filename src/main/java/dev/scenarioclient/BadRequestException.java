package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The request was malformed (HTTP 400). */
public final class BadRequestException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
