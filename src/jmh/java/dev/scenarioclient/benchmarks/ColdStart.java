package dev.scenarioclient.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The first call in a fresh JVM: building the client and making one list-examples call over
 * loopback, class loading and adapter creation included, through {@link ScenarioClient} and as a
 * raw OkHttp GET read by Gson's {@code JsonParser}. Each measurement is a separate JVM process
 * (the two kinds alternate); the local server starts before the clock does.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Runs one first call in this JVM and prints its duration in nanoseconds. */
  public static void main(String[] args) throws IOException {
    HttpServer server = SampleServer.start(null);
    String baseUrl = SampleServer.baseUrl(server);
    long start = System.nanoTime();
    int examples;
    if (args[0].equals("scenarioClient")) {
      try (ScenarioClient client =
          ScenarioClient.builder().baseUrl(baseUrl).apiKey("key").apiSecret("secret").build()) {
        ListModelExamplesResponse response = client.models().listExamples("model_1");
        examples = response.getExamples().size();
      }
    } else {
      OkHttpClient okHttp = new OkHttpClient();
      Request request = new Request.Builder()
          .url(baseUrl + "/models/model_1/examples")
          .header("Authorization", Credentials.basic("key", "secret"))
          .header("Accept", "application/json")
          .build();
      try (Response response = okHttp.newCall(request).execute()) {
        JsonElement tree = JsonParser.parseReader(response.body().charStream());
        examples = tree.getAsJsonObject().getAsJsonArray("examples").size();
      }
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
    long elapsed = System.nanoTime() - start;
    server.stop(0);
    if (examples == 0) {
      throw new IllegalStateException("no examples");
    }
    System.out.println(elapsed);
  }

  /** The medians, in milliseconds, of {@code runs} fresh JVMs of each kind, alternating. */
  static double[][] measure(int runs) {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    String[] kinds = {"scenarioClient", "rawOkHttp"};
    List<List<Double>> times = Arrays.asList(new ArrayList<>(), new ArrayList<>());
    for (int run = 0; run < runs; run++) {
      for (int kind = 0; kind < kinds.length; kind++) {
        times.get(kind).add(runOnce(java, classpath, kinds[kind]) / 1e6);
      }
    }
    double[][] result = new double[kinds.length][];
    for (int kind = 0; kind < kinds.length; kind++) {
      double[] sorted = times.get(kind).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      result[kind] = new double[] {sorted[0], median(sorted), sorted[sorted.length - 1]};
    }
    return result;
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static long runOnce(String java, String classpath, String kind) {
    try {
      Process process = new ProcessBuilder(
              java, "-Xms1g", "-Xmx1g", "-cp", classpath,
              ColdStart.class.getName(), kind)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      String line;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
      }
      if (process.waitFor() != 0 || line == null) {
        throw new IllegalStateException("cold-start run of " + kind + " failed");
      }
      return Long.parseLong(line.trim());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String format(double[] minMedianMax) {
    return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", minMedianMax[1], minMedianMax[0], minMedianMax[2]);
  }
}
