package dev.scenarioclient.cli.check;

import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.cli.CliContext;
import dev.scenarioclient.cli.ScenarioCli;
import dev.scenarioclient.cli.SecretFile;
import dev.scenarioclient.errors.ScenarioInputException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scenario check FILE | - | --live MODEL_ID}: checks one list-examples response body against
 * the contract and reports every departure. Exits 0 when the body conforms, {@link ScenarioCli#DRIFT}
 * when it departs, 7 when it is not JSON.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a list-examples response body against the contract and reports every departure by JSON path:"
          + " new fields, unlisted enumeration values, wrong types, nulls not allowed, missing required fields,"
          + " values outside documented limits; then a summary by schema component and the YAML that would"
          + " absorb the new fields and values.",
      "Reads FILE, standard input for '-', or, with --live, fetches the examples of MODEL_ID with the"
          + " credentials of SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET, or SCENARIO_SDK_JWT, and the"
          + " base URL of --base-url or SCENARIO_BASE_URL.",
      "Exit codes: 0 conforms, 8 departs from the contract, 7 not JSON, 2 usage error; with --live also"
          + " those of 'list'."
    })
public final class CheckCommand implements Callable<Integer> {
  /** The largest body {@code check} reads, in bytes. */
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private final CliContext context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The response body to check; '-' reads standard input.")
  @Nullable String file;

  @Option(names = "--live", paramLabel = "MODEL_ID", description = "Fetch the examples of this model and check the response.")
  @Nullable String liveModelId;

  @Option(names = "--contract", paramLabel = "FILE", description = "Check against this OpenAPI document instead of the embedded contract.")
  @Nullable Path contractFile;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown, json or junit.")
  String format = "text";

  @Option(names = "--original-assets", description = "With --live: ask for the assets as originally uploaded.")
  boolean originalAssets;

  @Option(names = "--base-url", paramLabel = "URL", description = "With --live: API base URL (default: SCENARIO_BASE_URL, else the production API).")
  @Nullable String baseUrl;

  @Option(names = "--api-secret-file", paramLabel = "FILE", description = "With --live: read the API secret from FILE instead of SCENARIO_SDK_API_SECRET.")
  @Nullable Path apiSecretFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  CheckCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ReportFormat reportFormat = reportFormat();
    String path = file;
    String modelId = liveModelId;
    if ((path == null) == (modelId == null)) {
      throw usage("give either FILE (or '-') or --live MODEL_ID");
    }
    if (modelId == null && (baseUrl != null || apiSecretFile != null || originalAssets)) {
      throw usage("--base-url, --api-secret-file and --original-assets go with --live");
    }
    Path contract = contractFile;
    DriftCheck check = contract != null ? DriftCheck.against(contract) : DriftCheck.embedded();
    String subject;
    String body;
    if (modelId != null) {
      Fetched fetched = fetch(modelId);
      subject = fetched.subject;
      body = fetched.body;
    } else if ("-".equals(path)) {
      subject = "standard input";
      body = decode(readBounded(context.stdin(), subject), subject);
    } else {
      Path input = Paths.get(String.valueOf(path));
      subject = input.toString();
      body = decode(readFile(input), subject);
    }
    DriftReport report = check.check(body, subject);
    PrintWriter out = spec.commandLine().getOut();
    out.print(reportFormat.render(report));
    out.flush();
    return report.conforms() ? 0 : ScenarioCli.DRIFT;
  }

  private ReportFormat reportFormat() {
    for (ReportFormat candidate : ReportFormat.values()) {
      if (candidate.name().equals(format.toUpperCase(Locale.ROOT))) {
        return candidate;
      }
    }
    throw usage("--format " + format + ": expected one of " + Arrays.toString(ReportFormat.values()));
  }

  private byte[] readFile(Path input) {
    try (InputStream in = Files.newInputStream(input)) {
      return readBounded(in, input.toString());
    } catch (NoSuchFileException e) {
      throw usage(input + ": no such file");
    } catch (IOException e) {
      throw usage(input + ": cannot be read (" + Contract.firstLine(e.getMessage()) + ")");
    }
  }

  private byte[] readBounded(InputStream in, String subject) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (bytes.size() + n > MAX_BODY_BYTES) {
          throw new ScenarioInputException(subject + " is larger than " + (MAX_BODY_BYTES >> 20) + " MiB, the most check reads");
        }
        bytes.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw usage(subject + ": cannot be read (" + Contract.firstLine(e.getMessage()) + ")");
    }
    return bytes.toByteArray();
  }

  private static String decode(byte[] bytes, String subject) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ScenarioInvalidResponseException("Response body is not JSON: " + subject + " is not UTF-8 text", null, e);
    }
  }

  /**
   * Fetches the examples as {@code list} does (same credentials, base URL and client), keeping the
   * raw body of the last attempt, with the request as the report names it.
   */
  private Fetched fetch(String modelId) {
    AtomicReference<String> body = new AtomicReference<>();
    ScenarioClient.Builder builder = ScenarioClient.builder().fromEnv(context.env());
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    Path secretFile = apiSecretFile;
    if (secretFile != null) {
      builder.apiSecret(SecretFile.read(secretFile, spec.commandLine()));
    }
    AtomicReference<HttpUrl> url = new AtomicReference<>();
    OkHttpClient recording = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          Response response = chain.proceed(chain.request());
          url.set(chain.request().url());
          body.set(response.peekBody(MAX_BODY_BYTES + 1L).string());
          return response;
        })
        .build();
    try (ScenarioClient client = context.build(builder.okHttpClient(recording))) {
      ListModelExamplesParams params =
          ListModelExamplesParams.builder().originalAssets(originalAssets ? Boolean.TRUE : null).build();
      try {
        client.models().listExamples(modelId, params);
      } catch (ScenarioInvalidResponseException unreadable) {
        if (body.get() == null) {
          throw unreadable;
        }
        // A body the client cannot read is what check is for: it reports why below.
      }
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }
    String text = body.get();
    HttpUrl requested = url.get();
    if (text == null || requested == null) {
      throw new IllegalStateException("the call returned without a response");
    }
    if (text.length() > MAX_BODY_BYTES) {
      throw new ScenarioInputException("the response body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB, the most check reads");
    }
    return new Fetched("GET " + requested.newBuilder().username("").password("").build(), text);
  }

  private static final class Fetched {
    final String subject;
    final String body;

    Fetched(String subject, String body) {
      this.subject = subject;
      this.body = body;
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
