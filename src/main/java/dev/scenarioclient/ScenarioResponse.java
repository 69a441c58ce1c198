package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/**
 * A successful response with its HTTP status and headers, for callers who need more than the body
 * (rate-limit headers, request ids). Obtain one from {@link ModelService#withRawResponse()}.
 *
 * @param <T> the type of the parsed body
 */
public final class ScenarioResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;

  ScenarioResponse(int statusCode, Map<String, List<String>> headers, T body) {
    this.statusCode = statusCode;
    this.headers = ResponseHeaders.copyOf(headers);
    this.body = body;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status, e.g. 200
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
   * Returns the parsed body.
   *
   * @return the body, never {@code null}
   */
  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "ScenarioResponse{statusCode=" + statusCode + ", body=" + body + "}";
  }
}
