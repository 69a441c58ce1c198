package dev.scenarioclient.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.internal.HeaderMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an HTTP error status. Subclasses name the common statuses; each carries the
 * status code, the response headers and the raw body exactly as the server sent them.
 *
 * <p>The client throws the subclass for the status; {@link #builder()} builds the same one, for
 * tests of code that handles these errors:
 *
 * <pre>{@code
 * throw ScenarioApiException.builder().statusCode(429).header("Retry-After", "7").build(); // a RateLimitException
 * }</pre>
 */
public class ScenarioApiException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  @SuppressWarnings("serial") // an unmodifiable TreeMap of unmodifiable ArrayLists, all serializable
  private final Map<String, List<String>> headers;
  private final String body;
  private final @Nullable String serverMessage;

  ScenarioApiException(Builder builder) {
    super(builder.message());
    this.statusCode = builder.statusCode;
    this.headers = HeaderMaps.copyOf(builder.headers);
    this.body = builder.body;
    this.serverMessage = builder.serverMessage();
  }

  /**
   * Returns a builder of the exception the client throws for a status.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
   * @return an unmodifiable map from header name to its unmodifiable values
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
  public @Nullable String header(String name) {
    return HeaderMaps.first(headers, name);
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
  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /**
   * Builds the {@link ScenarioApiException} subclass the client throws for a status: 400
   * {@link BadRequestException}, 401 {@link UnauthorizedException}, 403
   * {@link PermissionDeniedException}, 404 {@link NotFoundException}, 422
   * {@link UnprocessableEntityException}, 429 {@link RateLimitException}, 5xx
   * {@link InternalServerException}, any other {@link UnexpectedStatusCodeException}. Not
   * thread-safe.
   */
  public static final class Builder {
    private int statusCode;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private String body = "";
    private @Nullable String request;

    private Builder() {}

    /**
     * Sets the HTTP status. Required.
     *
     * @param statusCode an error status: 100 to 999, not 2xx
     * @return this builder
     */
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /**
     * Replaces the response headers.
     *
     * @param headers header names to their values
     * @return this builder
     */
    public Builder headers(Map<String, ? extends List<String>> headers) {
      this.headers.clear();
      for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
        for (String value : header.getValue()) {
          header(header.getKey(), value);
        }
      }
      return this;
    }

    /**
     * Adds a response header value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      if (name == null || value == null) {
        throw new ScenarioInputException("a header needs a name and a value");
      }
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets the response body. Defaults to empty.
     *
     * @param body the body as text; {@code null} for none
     * @return this builder
     */
    public Builder body(@Nullable String body) {
      this.body = body != null ? body : "";
      return this;
    }

    /**
     * Names the request that got this answer, for the message.
     *
     * @param method the HTTP method
     * @param url the request URL
     * @return this builder
     */
    public Builder request(String method, String url) {
      this.request = method + " " + url;
      return this;
    }

    /**
     * Returns the exception for the status.
     *
     * @return the exception; its class depends on the status
     * @throws ScenarioInputException if no error status was set
     */
    public ScenarioApiException build() {
      if (statusCode < 100 || statusCode > 999 || statusCode / 100 == 2) {
        throw new ScenarioInputException(
            "statusCode must be an HTTP error status (100 to 999, not 2xx), not " + statusCode);
      }
      switch (statusCode) {
        case 400:
          return new BadRequestException(this);
        case 401:
          return new UnauthorizedException(this);
        case 403:
          return new PermissionDeniedException(this);
        case 404:
          return new NotFoundException(this);
        case 422:
          return new UnprocessableEntityException(this);
        case 429:
          return new RateLimitException(this);
        default:
          return statusCode / 100 == 5
              ? new InternalServerException(this)
              : new UnexpectedStatusCodeException(this);
      }
    }

    @Nullable String firstHeader(String name) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
          return header.getValue().get(0);
        }
      }
      return null;
    }

    private String message() {
      String serverMessage = serverMessage();
      return "HTTP " + statusCode + (request != null ? " for " + request : "")
          + (serverMessage != null ? ": " + serverMessage : "");
    }

    /** Best effort: the API reference does not document error bodies. */
    private @Nullable String serverMessage() {
      try {
        JsonElement parsed = JsonParser.parseString(body);
        if (!parsed.isJsonObject()) {
          return null;
        }
        JsonObject object = parsed.getAsJsonObject();
        for (String name : new String[] {"message", "error", "detail"}) {
          JsonElement value = object.get(name);
          if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
          }
        }
        return null;
      } catch (RuntimeException notJson) {
        return null;
      }
    }
  }
}
