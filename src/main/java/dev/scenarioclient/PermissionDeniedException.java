package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/** The credentials do not grant access to the resource (HTTP 403). */
public final class PermissionDeniedException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message, statusCode, headers, body, serverMessage);
  }
}
