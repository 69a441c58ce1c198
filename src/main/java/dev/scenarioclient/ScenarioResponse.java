package dev.scenarioclient;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/**
 * A successful response with its HTTP status and headers, for callers who need more than the body
 * (rate-limit headers, request ids). Obtain one from {@link ModelService#withRawResponse()}.
 *
 * @param <T> the type of the parsed body
 */
public final class ScenarioResponse<T> {
  private final int statusCode;
  private final Headers rawHeaders;
  private final T body;
  private volatile Map<String, List<String>> headers; // built on first use: most callers never ask

  ScenarioResponse(int statusCode, Headers rawHeaders, T body) {
    this.statusCode = statusCode;
    this.rawHeaders = rawHeaders;
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
    Map<String, List<String>> result = headers;
    if (result == null) {
      result = ResponseHeaders.copyOf(rawHeaders.toMultimap());
      headers = result;
    }
    return result;
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, in any case
   * @return the value, or {@code null} if the response did not carry the header
   */
  public String header(String name) {
    List<String> values = rawHeaders.values(name);
    return values.isEmpty() ? null : values.get(0);
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
