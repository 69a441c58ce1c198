package dev.scenarioclient.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** {@code mock} running in the background in its own JVM, as a user's shell or CI job would start it. */
final class MockProcess implements AutoCloseable {
  final Process process;
  final String baseUrl;
  final List<String> banner;
  private final Path err;

  private MockProcess(Process process, String baseUrl, List<String> banner, Path err) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.banner = banner;
    this.err = err;
  }

  /** Starts {@code java <launch> mock <args>} and waits for the line that gives its base URL. */
  static MockProcess start(List<String> launch, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(CliProcess.SHORT_LIVED_JVM);
    command.addAll(launch);
    command.add("mock");
    command.addAll(List.of(args));
    Path err = Files.createTempFile("mock-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(Map.of("LC_ALL", "C.UTF-8"));
    Process process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> banner = new ArrayList<>();
    String line;
    while ((line = out.readLine()) != null) {
      banner.add(line);
      if (line.startsWith("Model ids that select a scenario")) {
        break;
      }
    }
    String first = banner.isEmpty() ? "" : banner.get(0);
    String prefix = "Scenario mock server listening at ";
    if (!first.startsWith(prefix)) {
      process.destroyForcibly();
      throw new IllegalStateException("mock printed " + banner + "; stderr: " + Files.readString(err));
    }
    return new MockProcess(process, first.substring(prefix.length()), banner, err);
  }

  /** Sends the signal ({@code TERM}, {@code INT}) and returns the exit status. */
  int stopWith(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
    kill.waitFor(10, TimeUnit.SECONDS);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("mock did not stop within 30 s of SIG" + signal
          + (signal.equals("INT") && sigintIgnoredHere()
              ? "; this test JVM was started with SIGINT ignored (a job started with & from a script,"
                  + " or nohup), which every process it starts inherits: run the build in the foreground"
              : ""));
    }
    return process.exitValue();
  }

  /** Whether this JVM ignores SIGINT ({@code SigIgn} in {@code /proc/self/status}, bit 2), as its children then do. */
  private static boolean sigintIgnoredHere() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & 0x2) != 0;
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // no /proc: say nothing more
    }
    return false;
  }

  private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  /** How long {@link #statusWithin} waits for an answer: the stubs' delays (5 s) are longer. */
  static final Duration PATIENCE = Duration.ofSeconds(2);

  private static final OkHttpClient PATIENT = HTTP.newBuilder().readTimeout(PATIENCE).build();

  /** What {@link #statusWithin} returns when no answer came within {@link #PATIENCE}. */
  static final int LATE = -2;

  /** The status of a GET with the given headers, or -1 when the connection failed instead. */
  static int status(String url, String... headers) {
    return status(HTTP, url, headers);
  }

  /** The same, or {@link #LATE} when no answer came within {@link #PATIENCE}. */
  static int statusWithin(String url, String... headers) {
    return status(PATIENT, url, headers);
  }

  private static int status(OkHttpClient http, String url, String... headers) {
    Request.Builder request = new Request.Builder().url(url);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      return response.code();
    } catch (SocketTimeoutException late) {
      return LATE;
    } catch (IOException fault) {
      return -1;
    }
  }

  static String body(String url, String... headers) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return response.body().string();
    }
  }

  String stderr() throws IOException {
    return Files.readString(err);
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    Files.deleteIfExists(err);
  }
}
