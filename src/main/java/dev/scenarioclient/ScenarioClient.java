package dev.scenarioclient;

import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.errors.ScenarioInputException;
import java.io.Closeable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the client: holds the configuration, the connection pool and the operations.
 *
 * <pre>{@code
 * try (ScenarioClient client = ScenarioClient.fromEnv()) {
 *   ListModelExamplesResponse examples = client.models().listExamples("model_eyVcnFJcR92BxBkz7N6g5w");
 * }
 * }</pre>
 *
 * <p>It has one accessor per service of the OpenAPI document, such as {@link #models()}; they are
 * generated with the services. Immutable and thread-safe: create one and share it.
 * {@link #close()} releases its threads and connections.
 */
public final class ScenarioClient extends ScenarioServices implements Closeable {
  /** The production API, used when no base URL is configured. */
  public static final String DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1";

  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /** Environment variable holding the API key, read by {@link #fromEnv()}. */
  public static final String ENV_API_KEY = "SCENARIO_SDK_API_KEY";
  /** Environment variable holding the API secret, read by {@link #fromEnv()}. */
  public static final String ENV_API_SECRET = "SCENARIO_SDK_API_SECRET";
  /** Environment variable holding a bearer token (JWT), read by {@link #fromEnv()}. */
  public static final String ENV_JWT = "SCENARIO_SDK_JWT";
  /** Environment variable holding the base URL, read by {@link #fromEnv()}. */
  public static final String ENV_BASE_URL = "SCENARIO_BASE_URL";

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final RetryPolicy retryPolicy;
  private final boolean strictResponseValidation;
  private final HttpLogLevel httpLogLevel;
  private final ClientRuntime runtime;

  private ScenarioClient(Settings settings) {
    super(settings.runtime);
    this.baseUrl = settings.baseUrl;
    this.credentials = settings.credentials;
    this.retryPolicy = settings.retryPolicy;
    this.strictResponseValidation = settings.builder.strictResponseValidation;
    this.httpLogLevel = settings.builder.httpLogLevel;
    this.runtime = settings.runtime;
  }

  /** What {@link Builder#build()} validated, and the runtime made from it, before the client exists. */
  private static final class Settings {
    final Builder builder;
    final HttpUrl baseUrl;
    final Credentials credentials;
    final RetryPolicy retryPolicy;
    final ClientRuntime runtime;

    Settings(Builder builder, HttpUrl baseUrl, Credentials credentials) {
      this.builder = builder;
      this.baseUrl = baseUrl;
      this.credentials = credentials;
      this.retryPolicy =
          new RetryPolicy(
              builder.maxRetries, builder.initialRetryDelay, builder.maxRetryDelay, builder.maxRetryAfter);
      this.runtime =
          new ClientRuntime(
              baseUrl, httpClient(builder, credentials, retryPolicy), builder.okHttpClient == null,
              builder.strictResponseValidation);
    }
  }

  private static OkHttpClient httpClient(Builder builder, Credentials credentials, RetryPolicy retryPolicy) {
    OkHttpClient supplied = builder.okHttpClient;
    // Without a supplied client, start from a builder: a throwaway default client would cost a
    // first call its construction.
    OkHttpClient.Builder http = supplied != null ? supplied.newBuilder() : new OkHttpClient.Builder();
    // Retries are this client's, counted by maxRetries: OkHttp's own silent retry is off.
    http.retryOnConnectionFailure(false);
    // A supplied client keeps the timeouts it has unless this builder sets them.
    Duration connect = timeout(builder.connectTimeout, DEFAULT_CONNECT_TIMEOUT, builder);
    Duration read = timeout(builder.readTimeout, DEFAULT_READ_TIMEOUT, builder);
    Duration call = timeout(builder.callTimeout, DEFAULT_CALL_TIMEOUT, builder);
    if (connect != null) {
      http.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (read != null) {
      http.readTimeout(read.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (call != null) {
      http.callTimeout(call.toMillis(), TimeUnit.MILLISECONDS);
    }
    long callTimeoutMillis = call != null ? call.toMillis() : supplied != null ? supplied.callTimeoutMillis() : 0;

    HttpLogLevel httpLogLevel = builder.httpLogLevel;
    Consumer<String> log = httpLogLevel == HttpLogLevel.NONE ? null : logSink(builder, credentials);
    RetryInterceptor.RetryListener retryListener =
        log == null
            ? (request, reason, retry, delay) -> {}
            : (request, reason, retry, delay) ->
                log.accept(
                    "Retrying " + request.method() + " " + request.url() + " after " + reason + " in "
                        + delay + " ms (retry " + retry + " of " + retryPolicy.maxRetries() + ")");
    // Ours run first, so a supplied client's interceptors see each authenticated attempt.
    http.interceptors().add(0, new HeadersInterceptor(credentials, ClientVersion.userAgent()));
    http.interceptors().add(0,
        new RetryInterceptor(
            retryPolicy, callTimeoutMillis, builder.sleeper, builder.random, builder.clockMillis,
            retryListener));
    if (log != null) {
      HttpLoggingInterceptor logging = new HttpLoggingInterceptor(log::accept);
      logging.setLevel(HttpLoggingInterceptor.Level.valueOf(httpLogLevel.name()));
      for (String header : new String[] {"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"}) {
        logging.redactHeader(header);
      }
      http.addNetworkInterceptor(logging);
    }
    return http.build();
  }

  private static @Nullable Duration timeout(@Nullable Duration configured, Duration fallback, Builder builder) {
    if (configured != null) {
      return configured;
    }
    return builder.okHttpClient == null ? fallback : null;
  }

  private static Consumer<String> logSink(Builder builder, Credentials credentials) {
    Consumer<String> configured = builder.logSink;
    Consumer<String> sink =
        configured != null ? configured : LoggerFactory.getLogger("dev.scenarioclient.http")::info;
    return line -> sink.accept(credentials.redact(line));
  }

  /**
   * Returns a builder with no credentials and the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the environment variables {@code SCENARIO_SDK_API_KEY} and
   * {@code SCENARIO_SDK_API_SECRET} (Basic), or {@code SCENARIO_SDK_JWT} (Bearer), and
   * {@code SCENARIO_BASE_URL} (optional).
   *
   * @return a new client
   * @throws ScenarioInputException naming the variable that is missing, blank or malformed
   */
  public static ScenarioClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the base URL requests are resolved against, always ending in {@code /}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the client's threads and pooled connections. A client built on a supplied
   * {@link OkHttpClient} leaves that client's pool and dispatcher to their owner. Calls made after
   * closing fail with {@link ScenarioClientClosedException}. Closing twice does nothing.
   */
  @Override
  public void close() {
    runtime.close();
  }

  OkHttpClient httpClient() {
    return runtime.httpClient();
  }

  @Override
  public String toString() {
    return "ScenarioClient{baseUrl=" + baseUrl + ", auth=" + credentials + ", " + retryPolicy
        + ", strictResponseValidation=" + strictResponseValidation + ", httpLogLevel=" + httpLogLevel
        + (runtime.isClosed() ? ", closed" : "") + "}";
  }

  /**
   * Configures a {@link ScenarioClient}. Credentials are required: an API key and secret, or a
   * bearer token. Everything else has a documented default. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String baseUrl;
    private @Nullable String apiKey;
    private @Nullable String apiSecret;
    private @Nullable String bearerToken;
    private String apiKeyName = "apiKey";
    private String apiSecretName = "apiSecret";
    private String bearerTokenName = "bearerToken";
    private String baseUrlName = "baseUrl";
    private @Nullable OkHttpClient okHttpClient;
    private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;
    private Duration initialRetryDelay = RetryPolicy.DEFAULT_INITIAL_DELAY;
    private Duration maxRetryDelay = RetryPolicy.DEFAULT_MAX_DELAY;
    private Duration maxRetryAfter = RetryPolicy.DEFAULT_MAX_RETRY_AFTER;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private boolean strictResponseValidation;
    private HttpLogLevel httpLogLevel = HttpLogLevel.NONE;

    // Test seams: time, randomness and log output.
    RetryInterceptor.Sleeper sleeper = RetryInterceptor.REAL_SLEEPER;
    DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    LongSupplier clockMillis = System::currentTimeMillis;
    @Nullable Consumer<String> logSink;

    private Builder() {}

    /**
     * Sets the API base URL, with or without a trailing slash. Defaults to
     * {@value ScenarioClient#DEFAULT_BASE_URL}.
     *
     * @param baseUrl an absolute http or https URL, or {@code null} for the default
     * @return this builder
     */
    public Builder baseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
      this.baseUrlName = "baseUrl";
      return this;
    }

    /**
     * Sets the API key, sent as the Basic user name. Requires {@link #apiSecret(String)}.
     *
     * @param apiKey the key, or {@code null} to unset it
     * @return this builder
     */
    public Builder apiKey(@Nullable String apiKey) {
      this.apiKey = apiKey;
      this.apiKeyName = "apiKey";
      return this;
    }

    /**
     * Sets the API secret, sent as the Basic password. Requires {@link #apiKey(String)}.
     *
     * @param apiSecret the secret, or {@code null} to unset it
     * @return this builder
     */
    public Builder apiSecret(@Nullable String apiSecret) {
      this.apiSecret = apiSecret;
      this.apiSecretName = "apiSecret";
      return this;
    }

    /**
     * Sets a bearer token (JWT) to authenticate with instead of an API key and secret.
     *
     * @param bearerToken the token, or {@code null} to unset it
     * @return this builder
     */
    public Builder bearerToken(@Nullable String bearerToken) {
      this.bearerToken = bearerToken;
      this.bearerTokenName = "bearerToken";
      return this;
    }

    /**
     * Reads {@code SCENARIO_SDK_API_KEY}, {@code SCENARIO_SDK_API_SECRET}, {@code SCENARIO_SDK_JWT}
     * and {@code SCENARIO_BASE_URL}; variables that are not set leave the setting unchanged.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Like {@link #fromEnv()}, reading the variables from {@code env} instead of the process
     * environment (a dotenv file, a test fixture).
     *
     * @param env variable names to values
     * @return this builder
     */
    public Builder fromEnv(Map<String, String> env) {
      // Errors about a credential name the variable it came from, or should have come from.
      if (env.containsKey(ENV_API_KEY)) {
        apiKey(env.get(ENV_API_KEY));
      }
      if (env.containsKey(ENV_API_KEY) || apiKey == null) {
        apiKeyName = ENV_API_KEY;
      }
      if (env.containsKey(ENV_API_SECRET)) {
        apiSecret(env.get(ENV_API_SECRET));
      }
      if (env.containsKey(ENV_API_SECRET) || apiSecret == null) {
        apiSecretName = ENV_API_SECRET;
      }
      if (env.containsKey(ENV_JWT)) {
        bearerToken(env.get(ENV_JWT));
      }
      if (env.containsKey(ENV_JWT) || bearerToken == null) {
        bearerTokenName = ENV_JWT;
      }
      String url = env.get(ENV_BASE_URL);
      if (url != null && !url.trim().isEmpty()) {
        baseUrl(url);
        baseUrlName = ENV_BASE_URL;
      }
      return this;
    }

    /**
     * Builds on a caller's {@link OkHttpClient} (proxy, TLS, interceptors, connection pool). The
     * client adds authentication and retries in front of its interceptors and keeps its timeouts
     * unless they are set on this builder.
     *
     * @param okHttpClient the client to derive from, or {@code null} for a new one
     * @return this builder
     */
    public Builder okHttpClient(@Nullable OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /**
     * Sets how many times a failed call is retried; 0 disables retries. Defaults to 2.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the exponential backoff between retries: the first wait, doubled for each further retry
     * up to the maximum, each reduced by up to 25% of random jitter. Defaults to 0.5 s and 8 s.
     *
     * @param initial the first wait
     * @param max the longest wait
     * @return this builder
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      this.initialRetryDelay = initial;
      this.maxRetryDelay = max;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for. A server asking for more ends the
     * retries with its response. Defaults to 60 s.
     *
     * @param maxRetryAfter the longest wait
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Sets the timeout for opening a connection, per attempt. Defaults to 10 s; zero means none.
     *
     * @param timeout the timeout, or {@code null} for the default
     * @return this builder
     */
    public Builder connectTimeout(@Nullable Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * Sets the longest silence while reading a response, per attempt. Defaults to 30 s; zero means
     * none.
     *
     * @param timeout the timeout, or {@code null} for the default
     * @return this builder
     */
    public Builder readTimeout(@Nullable Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Sets the limit on a whole call, retries and waits included. Defaults to 60 s; zero means none.
     *
     * @param timeout the timeout, or {@code null} for the default
     * @return this builder
     */
    public Builder callTimeout(@Nullable Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Makes calls fail with {@link dev.scenarioclient.errors.ScenarioContractViolationException} when a response carries
     * fields, enumeration values or omissions the contract does not describe. Off by default, so
     * that the API can evolve without breaking callers.
     *
     * @param strict whether to validate responses strictly
     * @return this builder
     */
    public Builder strictResponseValidation(boolean strict) {
      this.strictResponseValidation = strict;
      return this;
    }

    /**
     * Sets how much of each HTTP exchange to log through SLF4J. Defaults to {@link HttpLogLevel#NONE}.
     *
     * @param level the level
     * @return this builder
     */
    public Builder httpLogLevel(HttpLogLevel level) {
      this.httpLogLevel = level;
      return this;
    }

    /**
     * Validates the configuration and builds the client.
     *
     * @return a new client
     * @throws ScenarioInputException naming the first setting that is missing or invalid
     */
    public ScenarioClient build() {
      HttpUrl url = parseBaseUrl();
      Credentials credentials = credentials();
      require(maxRetries >= 0, "maxRetries must not be negative");
      requirePositive(initialRetryDelay, "retryBackoff initial delay");
      requirePositive(maxRetryDelay, "retryBackoff maximum delay");
      require(initialRetryDelay.compareTo(maxRetryDelay) <= 0,
          "retryBackoff initial delay must not exceed the maximum delay");
      require(maxRetryAfter != null && !maxRetryAfter.isNegative(), "maxRetryAfter must not be negative");
      requireNotNegative(connectTimeout, "connectTimeout");
      requireNotNegative(readTimeout, "readTimeout");
      requireNotNegative(callTimeout, "callTimeout");
      require(httpLogLevel != null, "httpLogLevel must not be null");
      return new ScenarioClient(new Settings(this, url, credentials));
    }

    private HttpUrl parseBaseUrl() {
      String value = baseUrl != null ? baseUrl.trim() : DEFAULT_BASE_URL;
      HttpUrl parsed = HttpUrl.parse(value.endsWith("/") ? value : value + "/");
      if (parsed == null) {
        throw new ScenarioInputException(
            baseUrlName + " is not an absolute http or https URL"
                + (value.contains("@") ? "" : ": '" + value + "'"));
      }
      require(parsed.username().isEmpty() && parsed.password().isEmpty(),
          baseUrlName + " must not contain credentials; set them with apiKey and apiSecret or bearerToken");
      require(parsed.query() == null && parsed.fragment() == null,
          baseUrlName + " must not have a query or fragment: '" + value + "'");
      return parsed;
    }

    private Credentials credentials() {
      String apiKey = this.apiKey;
      String apiSecret = this.apiSecret;
      String bearerToken = this.bearerToken;
      boolean basic = apiKey != null || apiSecret != null;
      if (basic && bearerToken != null) {
        throw new ScenarioInputException(
            "Both an API key/secret (" + apiKeyName + ", " + apiSecretName + ") and a bearer token ("
                + bearerTokenName + ") are set; set only one");
      }
      if (bearerToken != null) {
        requireNotBlank(bearerToken, bearerTokenName);
        for (int i = 0; i < bearerToken.length(); i++) {
          char c = bearerToken.charAt(i);
          require(c > 0x20 && c < 0x7f, bearerTokenName + " contains a character not allowed in an HTTP header");
        }
        return Credentials.bearer(bearerToken);
      }
      if (!basic) {
        throw new ScenarioInputException(
            "No credentials: set apiKey and apiSecret, or bearerToken (or the environment variables "
                + ENV_API_KEY + " and " + ENV_API_SECRET + ", or " + ENV_JWT + ")");
      }
      if (apiKey == null) {
        throw new ScenarioInputException(apiKeyName + " is missing; it is required with " + apiSecretName);
      }
      if (apiSecret == null) {
        throw new ScenarioInputException(apiSecretName + " is missing; it is required with " + apiKeyName);
      }
      requireNotBlank(apiKey, apiKeyName);
      requireNotBlank(apiSecret, apiSecretName);
      require(apiKey.indexOf(':') < 0, apiKeyName + " must not contain ':'");
      return Credentials.basic(apiKey, apiSecret);
    }

    private static void requireNotBlank(String value, String name) {
      require(!value.trim().isEmpty(), name + " is blank");
    }

    private static void requirePositive(@Nullable Duration value, String name) {
      require(value != null && !value.isNegative() && !value.isZero(), name + " must be positive");
    }

    private static void requireNotNegative(@Nullable Duration value, String name) {
      require(value == null || !value.isNegative(), name + " must not be negative");
    }

    private static void require(boolean condition, String message) {
      if (!condition) {
        throw new ScenarioInputException(message);
      }
    }
  }
}
