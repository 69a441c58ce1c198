package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/**
 * The API answered with an HTTP error status. Subclasses name the common statuses; each carries the
 * status code, the response headers and the raw body exactly as the server sent them.
 */
public class ScenarioApiException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  @SuppressWarnings("serial") // an unmodifiable TreeMap of ArrayLists, all serializable
  private final Map<String, List<String>> headers;
  private final String body;
  private final String serverMessage;

  ScenarioApiException(
      String message, int statusCode, Map<String, List<String>> headers, String body, String serverMessage) {
    super(message);
    this.statusCode = statusCode;
    this.headers = ResponseHeaders.copyOf(headers);
    this.body = body;
    this.serverMessage = serverMessage;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status, e.g. 404
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers; names are looked up case-insensitively.
   *
   * @return an unmodifiable map from header name to its values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, in any case
   * @return the value, or {@code null} if the response did not carry the header
   */
  public String header(String name) {
    return ResponseHeaders.first(headers, name);
  }

  /**
   * Returns the response body as text, as the server sent it.
   *
   * @return the body, empty if there was none
   */
  public String body() {
    return body;
  }

  /**
   * Returns the human-readable message the server put in a JSON error body ({@code message},
   * {@code error} or {@code detail}). The API reference does not document error bodies, so this is
   * best effort.
   *
   * @return the message, or {@code null} if the body carried none
   */
  public String serverMessage() {
    return serverMessage;
  }
}
