package dev.scenarioclient.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.internal.ControlCharacters;
import dev.scenarioclient.internal.HeaderMaps;
import dev.scenarioclient.internal.Redactor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 *
 * <p>A server may echo the request's credentials back (some gateways quote the {@code Authorization}
 * header in their error body). The client builds these exceptions with {@link Builder#redact}, so
 * the message, {@link #toString()}, {@link #serverMessage()} and the serialized form carry none of
 * them, in any encoding; {@link #body()} and {@link #headers()} return what the server sent, for
 * callers who ask. The message quotes at most 1,000 characters of the server's message, with control
 * characters escaped, so that it stays one readable line.
 */
public class ScenarioApiException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  /** How many characters of the server's message {@link #getMessage()} quotes. */
  private static final int MAX_QUOTED_MESSAGE = 1000;

  private final int statusCode;
  @SuppressWarnings("serial") // an unmodifiable TreeMap of unmodifiable ArrayLists, all serializable
  private final Map<String, List<String>> headers; // redacted
  private final String body; // redacted
  private final @Nullable String serverMessage; // redacted
  // As the server sent them; not serialized. Null after deserialization, and when equal to the above.
  private final transient @Nullable Map<String, List<String>> rawHeaders;
  private final transient @Nullable String rawBody;

  ScenarioApiException(Builder builder) {
    this(builder, builder.prepare());
  }

  private ScenarioApiException(Builder builder, Builder.Prepared prepared) {
    super(prepared.message);
    this.statusCode = builder.statusCode;
    this.headers = prepared.headers;
    this.rawHeaders = prepared.rawHeaders;
    this.body = prepared.body;
    this.rawBody = prepared.rawBody;
    this.serverMessage = prepared.serverMessage;
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
    Map<String, List<String>> raw = rawHeaders;
    return raw != null ? raw : headers;
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, in any case
   * @return the value, or {@code null} if the response did not carry the header
   */
  public @Nullable String header(String name) {
    return HeaderMaps.first(headers(), name);
  }

  /**
   * Returns the response body as text, as the server sent it. (An exception read back from its
   * serialized form has the body with credentials redacted.)
   *
   * @return the body, empty if there was none
   */
  public String body() {
    String raw = rawBody;
    return raw != null ? raw : body;
  }

  /**
   * Returns the human-readable message the server put in a JSON error body ({@code message},
   * {@code error} or {@code detail}), with the credentials given to {@link Builder#redact} replaced
   * by {@code ██}. The API reference does not document error bodies, so this is best effort.
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
    private List<String> redacted = Collections.emptyList();

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
     * Names secrets the exception must never show: each, and its percent-encoded and JSON-escaped
     * forms, is replaced by {@code ██} in the message, {@code toString()}, {@code serverMessage()}
     * and the serialized form (body and headers included). {@code body()} and {@code headers()}
     * still return what the server sent. The client passes its API key, secret and Basic token, or
     * its bearer token. The secrets are not stored in the exception. Strings shorter than four
     * characters are ignored, as they would match ordinary text.
     *
     * @param secrets the secrets; replaces any given before
     * @return this builder
     */
    public Builder redact(Collection<String> secrets) {
      if (secrets == null) {
        throw new ScenarioInputException("secrets must not be null (pass an empty collection)");
      }
      this.redacted = new ArrayList<>(secrets);
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

    /** What the exception keeps, computed once, with the secrets applied and then dropped. */
    static final class Prepared {
      final String message;
      final Map<String, List<String>> headers;
      final @Nullable Map<String, List<String>> rawHeaders;
      final String body;
      final @Nullable String rawBody;
      final @Nullable String serverMessage;

      Prepared(Builder builder) {
        Redactor redactor = Redactor.of(builder.redacted);
        Map<String, List<String>> raw = HeaderMaps.copyOf(builder.headers);
        boolean secretInHeaders = false;
        for (List<String> values : raw.values()) {
          for (String value : values) {
            secretInHeaders |= redactor.foundIn(value);
          }
        }
        this.headers = secretInHeaders ? redactHeaders(raw, redactor) : raw;
        this.rawHeaders = secretInHeaders ? raw : null;
        boolean secretInBody = redactor.foundIn(builder.body);
        this.body = secretInBody ? redactor.redact(builder.body) : builder.body;
        this.rawBody = secretInBody ? builder.body : null;
        this.serverMessage = redactor.redactNullable(builder.serverMessage());
        String quoted = serverMessage != null
            ? ": " + ControlCharacters.escape(ControlCharacters.truncate(serverMessage, MAX_QUOTED_MESSAGE))
            : "";
        this.message = "HTTP " + builder.statusCode
            + (builder.request != null ? " for " + builder.request : "") + quoted;
      }

      private static Map<String, List<String>> redactHeaders(
          Map<String, List<String>> headers, Redactor redactor) {
        Map<String, List<String>> redacted = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
          List<String> values = new ArrayList<>();
          for (String value : header.getValue()) {
            values.add(redactor.redact(value));
          }
          redacted.put(header.getKey(), values);
        }
        return HeaderMaps.copyOf(redacted);
      }
    }

    Prepared prepare() {
      return new Prepared(this);
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
