package dev.scenarioclient;

import dev.scenarioclient.errors.ScenarioInputException;
import dev.scenarioclient.internal.HeaderMaps;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful response with its HTTP status and headers, for callers who need more than the body
 * (rate-limit headers, request ids). The services return one from their {@code withRawResponse()}
 * view; {@link #of} builds one for tests. Immutable.
 *
 * @param <T> the type of the parsed body
 */
public final class ScenarioResponse<T> {
  private final int statusCode;
  private final @Nullable Headers rawHeaders;
  private final T body;
  private volatile @Nullable Map<String, List<String>> headers; // from rawHeaders on first use

  private ScenarioResponse(
      int statusCode, @Nullable Headers rawHeaders, @Nullable Map<String, List<String>> headers, T body) {
    this.statusCode = statusCode;
    this.rawHeaders = rawHeaders;
    this.headers = headers;
    this.body = body;
  }

  static <T> ScenarioResponse<T> fromOkHttp(int statusCode, Headers headers, T body) {
    return new ScenarioResponse<>(statusCode, headers, null, body);
  }

  /**
   * Returns a response, for tests of code that reads status or headers.
   *
   * @param statusCode the HTTP status, e.g. 200
   * @param headers header names to values; copied
   * @param body the parsed body
   * @param <T> the type of the body
   * @return the response
   * @throws ScenarioInputException if {@code headers} or {@code body} is {@code null}
   */
  public static <T> ScenarioResponse<T> of(
      int statusCode, Map<String, ? extends List<String>> headers, T body) {
    if (headers == null || body == null) {
      throw new ScenarioInputException("a response needs headers (possibly empty) and a body");
    }
    return new ScenarioResponse<>(statusCode, null, HeaderMaps.copyOf(headers), body);
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
   * @return an unmodifiable map from header name to its unmodifiable values
   */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> result = headers;
    if (result == null) {
      Headers raw = rawHeaders;
      result = HeaderMaps.copyOf(raw != null ? raw.toMultimap() : java.util.Collections.emptyMap());
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
  public @Nullable String header(String name) {
    Headers raw = rawHeaders;
    if (raw != null) {
      List<String> values = raw.values(name);
      return values.isEmpty() ? null : values.get(0);
    }
    return HeaderMaps.first(headers(), name);
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
