package dev.scenarioclient.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioResponse;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;

/**
 * The fidelity checks of the replay suite, against any server: the request is accepted, the raw
 * response validates against the OpenAPI document, it parses through the client, and it survives
 * the round-trip check (strict parse, then written back equal).
 */
final class LiveContractChecks {
  private LiveContractChecks() {}

  static void run(LiveTarget target) {
    AtomicReference<String> rawBody = new AtomicReference<>();
    OkHttpClient recording = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          okhttp3.Response response = chain.proceed(chain.request());
          rawBody.set(response.peekBody(Long.MAX_VALUE).string());
          return response;
        })
        .build();
    ScenarioResponse<ListModelExamplesResponse> response;
    try (ScenarioClient client = target.clientBuilder().okHttpClient(recording).build()) {
      response = client.models().withRawResponse().listExamples(target.modelId);
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }

    assertThat(response.statusCode()).as("status of %s", target).isEqualTo(200);
    String path = okhttp3.HttpUrl.get("http://validator/v1/models/").newBuilder()
        .addPathSegment(target.modelId).addPathSegment("examples").build().encodedPath();
    assertThat(OpenApiContract.responseViolations(path, response.statusCode(), response.headers(), rawBody.get()))
        .as("violations of openapi/openapi.yaml in the response of %s", target)
        .isEmpty();
    RoundTrip.check(rawBody.get());
  }
}
