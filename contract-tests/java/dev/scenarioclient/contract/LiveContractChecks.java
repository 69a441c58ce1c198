package dev.scenarioclient.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioResponse;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.OpenApiContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * The fidelity checks of the replay suite, against any server: the request is accepted, the raw
 * response validates against the OpenAPI document, it parses through the client, and it survives
 * the round-trip check (strict parse, then written back equal). When a check fails, the {@code check}
 * drift report and the response are written under {@link #REPORTS}, credentials scrubbed, and the
 * failure says where.
 */
final class LiveContractChecks {
  /** Where a failed live run leaves its report: {@code target/live-contract}. */
  static final Path REPORTS = OpenApiContract.projectFile("target/live-contract");

  private LiveContractChecks() {}

  static void run(LiveTarget target) {
    run(target, REPORTS);
  }

  static void run(LiveTarget target, Path reports) {
    AtomicReference<String> rawBody = new AtomicReference<>();
    AtomicReference<Headers> responseHeaders = new AtomicReference<>();
    AtomicReference<String> requestLine = new AtomicReference<>();
    List<String> secrets = new ArrayList<>(target.secrets());
    OkHttpClient recording = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          for (String name : LiveReport.SECRET_HEADERS) {
            secrets.addAll(LiveReport.secretParts(name, chain.request().headers(name)));
          }
          okhttp3.Response response = chain.proceed(chain.request());
          requestLine.set("GET " + chain.request().url());
          responseHeaders.set(response.headers());
          rawBody.set(response.peekBody(Long.MAX_VALUE).string());
          return response;
        })
        .build();
    try {
      ScenarioResponse<ListModelExamplesResponse> response;
      try (ScenarioClient client = target.clientBuilder().okHttpClient(recording).build()) {
        response = client.models().withRawResponse().listExamples(target.modelId);
      }
      assertThat(response.statusCode()).as("status of %s", target).isEqualTo(200);
      String path = okhttp3.HttpUrl.get("http://validator/v1/models/").newBuilder()
          .addPathSegment(target.modelId).addPathSegment("examples").build().encodedPath();
      assertThat(OpenApiContract.responseViolations(path, response.statusCode(), response.headers(), rawBody.get()))
          .as("violations of openapi/openapi.yaml in the response of %s", target)
          .isEmpty();
      RoundTrip.check(rawBody.get());
    } catch (AssertionError | RuntimeException failure) {
      Headers headers = responseHeaders.get();
      if (headers != null) {
        for (String name : LiveReport.SECRET_HEADERS) {
          secrets.addAll(LiveReport.secretParts(name, headers.values(name)));
        }
      }
      LiveReport report = new LiveReport(reports, secrets);
      String where = report.write(requestLine.get(), headers, rawBody.get());
      throw new AssertionError(report.scrub(String.valueOf(failure.getMessage())) + "\n" + where, null);
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }
  }
}
