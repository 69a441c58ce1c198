package dev.scenarioclient.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One list-examples call over loopback to a local server serving the documented sample: through
 * {@link ScenarioClient}, and as a raw OkHttp GET with the same headers whose body Gson's
 * JsonParser reads into a tree. A third variant, the raw GET read into the typed models, splits
 * the difference between the two into the client layer's share and the typed parse's share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The client's path runs about a hundred model adapters for C2 to compile: after 4 warm-up
// iterations of 2 s its throughput still rose by half during the measured ones.
@Warmup(iterations = 10, time = 2)
public class EndToEndBenchmark {
  private HttpServer server;
  private ExecutorService serverThread;
  private ScenarioClient client;
  private OkHttpClient okHttp;
  private Request request;

  @Setup
  public void setUp() {
    serverThread = Executors.newSingleThreadExecutor();
    server = SampleServer.start(serverThread);
    String baseUrl = SampleServer.baseUrl(server);
    client = ScenarioClient.builder().baseUrl(baseUrl).apiKey("key").apiSecret("secret").build();
    okHttp = new OkHttpClient();
    request = new Request.Builder()
        .url(baseUrl + "/models/model_1/examples")
        .header("Authorization", Credentials.basic("key", "secret"))
        .header("Accept", "application/json")
        .build();
  }

  @TearDown
  public void tearDown() {
    client.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.stop(0);
    serverThread.shutdown();
  }

  @Benchmark
  public ListModelExamplesResponse scenarioClient() {
    return client.models().listExamples("model_1");
  }

  @Benchmark
  public ListModelExamplesResponse rawOkHttpTypedModels() throws IOException {
    try (Response response = okHttp.newCall(request).execute()) {
      return ScenarioJson.fromJson(response.body().string(), ListModelExamplesResponse.class);
    }
  }

  @Benchmark
  public JsonElement rawOkHttp() throws IOException {
    try (Response response = okHttp.newCall(request).execute()) {
      return JsonParser.parseReader(response.body().charStream());
    }
  }
}
