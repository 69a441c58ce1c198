package dev.scenarioclient.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenarioclient.HttpLogLevel;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.mock.ScenarioMockServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scenario record MODEL_ID}: calls the configured API once and writes what it answered as a
 * WireMock stub (a mapping and a body file) that the mock server and the contract tests serve,
 * with every credential scrubbed, then checks the recording against the contract.
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description = {
      "Calls the configured API (credentials and base URL as for 'list') for MODEL_ID and writes the"
          + " answer as a WireMock stub: DIR/mappings/recorded-<id>.json and DIR/__files/recorded-<id>.json.",
      "The stub matches the replay credentials, never yours; no credential reaches the files, and only"
          + " the Content-Type and Retry-After response headers are kept. The recording is then checked"
          + " against the contract (strict parse and OpenAPI validation): exit 0 when it conforms, 8 when"
          + " it departs (the stub is written either way)."
    })
final class RecordCommand implements Callable<Integer>, ScenarioCli.Verbose {
  /** The most a recording may hold; a larger body is refused rather than read whole. */
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  /** Response headers worth replaying; the others are volatile (dates, request ids) or private (cookies). */
  private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Retry-After");

  private static final String REDACTED = "[redacted]";

  private final CliContext context;
  private final Map<String, String> env;

  @Parameters(index = "0", paramLabel = "MODEL_ID", description = "Id of the model to record.")
  String modelId;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Stub directory to write into (default: ${DEFAULT-VALUE}, the contract tests' stubs in a checkout).")
  Path out = Paths.get("contract-tests", "wiremock");

  @Option(names = "--force", description = "Overwrite an existing recording of MODEL_ID.")
  boolean force;

  @Option(names = "--base-url", paramLabel = "URL", description = "API base URL (default: SCENARIO_BASE_URL, else the production API).")
  @Nullable String baseUrl;

  @Option(names = "--api-secret-file", paramLabel = "FILE", description = "Read the API secret from FILE instead of SCENARIO_SDK_API_SECRET.")
  @Nullable Path apiSecretFile;

  @Option(names = "--verbose", description = "Log the request and response to stderr, credentials redacted; print stack traces.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  RecordCommand(CliContext context) {
    this.context = context;
    this.env = context.env;
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  /** What the API answered, as it came off the wire (decompressed). */
  private static final class Exchange {
    final int status;
    final okhttp3.Headers headers;
    final byte[] body;

    Exchange(int status, okhttp3.Headers headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }
  }

  @Override
  public Integer call() throws IOException {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    if (verbose) {
      VerboseLogging.enable();
    }
    String apiSecret = apiSecretFile != null ? SecretFile.read(apiSecretFile, commandLine) : value(ScenarioClient.ENV_API_SECRET);
    String apiKey = value(ScenarioClient.ENV_API_KEY);
    String jwt = value(ScenarioClient.ENV_JWT);
    if (apiKey == null && apiSecret == null && jwt == null) {
      throw new CommandLine.ParameterException(commandLine, "record calls the API and needs credentials:"
          + " set SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET, or SCENARIO_SDK_JWT");
    }
    String name = "recorded-" + fileName(modelId);
    Path mappingFile = out.resolve("mappings").resolve(name + ".json");
    Path bodyFile = out.resolve("__files").resolve(name + ".json");
    for (Path file : List.of(mappingFile, bodyFile)) {
      if (!force && Files.exists(file)) {
        throw new CommandLine.ParameterException(commandLine, file + " exists; pass --force to overwrite it");
      }
    }

    Exchange exchange = fetch(apiSecret);
    String path = HttpUrl.get("http://mock/v1/models/").newBuilder()
        .addPathSegment(modelId).addPathSegment("examples").build().encodedPath();

    List<String> secrets = secretForms(apiKey, apiSecret, jwt);
    String body = new String(exchange.body, StandardCharsets.UTF_8);
    int redactions = 0;
    for (String secret : secrets) {
      int at;
      while ((at = body.indexOf(secret)) >= 0) {
        body = body.substring(0, at) + REDACTED + body.substring(at + secret.length());
        redactions++;
      }
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    Set<String> dropped = new LinkedHashSet<>();
    for (String header : exchange.headers.names()) {
      String canonical = canonical(header);
      if (canonical != null) {
        List<String> values = new ArrayList<>();
        for (String value : exchange.headers.values(header)) {
          values.add(scrub(value, secrets));
        }
        kept.put(canonical, values);
      } else {
        dropped.add(header);
      }
    }

    String mapping = mapping(path, name, kept);
    for (String text : List.of(mapping, body)) {
      for (String secret : secrets) {
        if (text.contains(secret)) {
          throw new IllegalStateException("a credential survived scrubbing; nothing was written");
        }
      }
    }
    write(mappingFile, mapping.getBytes(StandardCharsets.UTF_8));
    write(bodyFile, body.getBytes(StandardCharsets.UTF_8));

    stdout.println("Recorded GET " + TerminalText.text(path) + ": HTTP " + exchange.status + ", " + exchange.body.length + " bytes");
    stdout.println("  wrote " + mappingFile);
    stdout.println("  wrote " + bodyFile);
    stdout.println("  response headers kept: " + (kept.isEmpty() ? "none" : String.join(", ", kept.keySet()))
        + "; dropped: " + (dropped.isEmpty() ? "none" : String.join(", ", dropped)));
    stdout.println("  credentials in the body: " + (redactions == 0 ? "none" : redactions + " replaced with " + REDACTED));
    stdout.println("  the stub answers the replay credentials (" + ScenarioMockServer.API_KEY + " / "
        + ScenarioMockServer.API_SECRET + ", or bearer " + ScenarioMockServer.BEARER_TOKEN + "), not yours");

    List<String> departures = RecordingCheck.departures(path, exchange.status, kept, body);
    if (departures.isEmpty()) {
      stdout.println("Check (strict parse and OpenAPI validation): conforms to the contract");
      stdout.flush();
      return ScenarioCli.OK;
    }
    stdout.println("Check (strict parse and OpenAPI validation): " + departures.size()
        + (departures.size() == 1 ? " departure" : " departures") + " from the contract:");
    for (String departure : departures) {
      stdout.println("  " + TerminalText.text(departure));
    }
    stdout.flush();
    return ScenarioCli.DRIFT;
  }

  /** Calls the API once (no retries) and keeps the raw answer; an error status fails as for {@code list}. */
  private Exchange fetch(@Nullable String apiSecret) {
    AtomicReference<@Nullable Exchange> captured = new AtomicReference<>();
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          okhttp3.Response response = chain.proceed(chain.request());
          byte[] bytes = response.peekBody(MAX_BODY_BYTES + 1L).bytes();
          captured.set(new Exchange(response.code(), response.headers(), bytes));
          return response;
        })
        .build();
    ScenarioClient.Builder builder = ScenarioClient.builder().fromEnv(env).okHttpClient(http).maxRetries(0);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (apiSecretFile != null) {
      builder.apiSecret(apiSecret);
    }
    if (verbose) {
      builder.httpLogLevel(HttpLogLevel.HEADERS);
    }
    try (ScenarioClient client = context.build(builder)) {
      client.models().withRawResponse().listExamples(modelId);
    } catch (ScenarioInvalidResponseException e) {
      Exchange exchange = captured.get();
      if (exchange == null || exchange.status != 200) {
        throw e;
      }
      // A 200 the client cannot read is still what the API sends: record it, and the check says why.
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    Exchange exchange = captured.get();
    if (exchange == null) {
      throw new IllegalStateException("the call returned without a response");
    }
    if (exchange.body.length > MAX_BODY_BYTES) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the response body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB; nothing was recorded");
    }
    return exchange;
  }

  private static @Nullable String canonical(String header) {
    for (String kept : KEPT_HEADERS) {
      if (kept.equalsIgnoreCase(header)) {
        return kept;
      }
    }
    return null;
  }

  /** The WireMock mapping: the request with the replay credentials (either scheme), the recorded answer. */
  private String mapping(String path, String name, Map<String, List<String>> headers) {
    JsonObject mapping = new JsonObject();
    mapping.addProperty("name", "list model examples of " + modelId + ": recorded from the API");
    mapping.addProperty("priority", 2);
    JsonObject request = new JsonObject();
    request.addProperty("method", "GET");
    request.addProperty("urlPath", path);
    JsonArray either = new JsonArray();
    for (String value : List.of(
        "Basic " + base64(ScenarioMockServer.API_KEY + ":" + ScenarioMockServer.API_SECRET),
        "Bearer " + ScenarioMockServer.BEARER_TOKEN)) {
      JsonObject equalTo = new JsonObject();
      equalTo.addProperty("equalTo", value);
      either.add(equalTo);
    }
    JsonObject credentials = new JsonObject();
    credentials.add("or", either);
    JsonObject requestHeaders = new JsonObject();
    requestHeaders.add("Authorization", credentials);
    request.add("headers", requestHeaders);
    mapping.add("request", request);
    JsonObject response = new JsonObject();
    response.addProperty("status", 200);
    JsonObject responseHeaders = new JsonObject();
    headers.forEach((header, values) -> responseHeaders.addProperty(header, String.join(", ", values)));
    response.add("headers", responseHeaders);
    response.addProperty("bodyFileName", name + ".json");
    mapping.add("response", response);
    JsonObject scenario = new JsonObject();
    scenario.addProperty("id", name);
    scenario.addProperty("modelId", modelId);
    scenario.addProperty("answer", "HTTP 200 with the response recorded from the API");
    scenario.addProperty("order", 200);
    JsonObject metadata = new JsonObject();
    metadata.add("scenario", scenario);
    mapping.add("metadata", metadata);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(mapping) + "\n";
  }

  private void write(Path file, byte[] bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      if (force) {
        Files.write(file, bytes);
      } else {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (FileAlreadyExistsException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + " exists; pass --force to overwrite it");
    }
  }

  /**
   * Every form in which a credential can appear in what the API sends back: raw, in a Basic value
   * (standard and URL-safe Base64, with and without padding), and URL-encoded. Longest first, so a
   * form containing another is replaced whole.
   */
  static List<String> secretForms(@Nullable String apiKey, @Nullable String apiSecret, @Nullable String jwt) {
    Set<String> forms = new LinkedHashSet<>();
    for (String value : new String[] {apiKey, apiSecret, jwt}) {
      if (value != null && !value.isEmpty()) {
        forms.add(value);
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    if (apiKey != null && apiSecret != null) {
      byte[] pair = (apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8);
      for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
        String encoded = encoder.encodeToString(pair);
        forms.add(encoded);
        forms.add(encoded.replaceAll("=+$", ""));
      }
    }
    List<String> sorted = new ArrayList<>(forms);
    sorted.removeIf(String::isEmpty);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted;
  }

  private static String scrub(String text, List<String> secrets) {
    String scrubbed = text;
    for (String secret : secrets) {
      scrubbed = scrubbed.replace(secret, REDACTED);
    }
    return scrubbed;
  }

  /** A file name for any model id: safe characters kept, and a hash when others had to go. */
  static String fileName(String modelId) {
    String safe = modelId.replaceAll("[^A-Za-z0-9_-]", "_");
    if (safe.equals(modelId) && safe.length() <= 80) {
      return safe;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(modelId.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return safe.substring(0, Math.min(safe.length(), 80)) + "-" + hex;
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException("SHA-256 is missing from this JVM", e));
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private @Nullable String value(String variable) {
    String value = env.get(variable);
    return value != null && !value.trim().isEmpty() ? value.trim() : null;
  }
}
