package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The resource does not exist, for example an unknown model id (HTTP 404). */
public final class NotFoundException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
