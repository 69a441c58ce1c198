package dev.scenarioclient.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The local server of the end-to-end and cold-start measurements: the JDK's HTTP server on
 * loopback, answering every request under {@code /v1/models/} with the documented sample.
 */
final class SampleServer {
  private SampleServer() {}

  /**
   * Starts a server.
   *
   * @param executor the threads that answer requests, or {@code null} for the server's own
   * @return the started server
   */
  static HttpServer start(@Nullable Executor executor) {
    // The JDK's server leaves Nagle's algorithm on unless this is set before its first server is
    // created, and every response then waits about 40 ms for the client's delayed ACK: 44 ms a
    // call instead of 0.2 ms, whichever launcher runs the benchmark.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = LargePayload.sample().getBytes(StandardCharsets.UTF_8);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/v1/models/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.setExecutor(executor);
    server.start();
    return server;
  }

  /**
   * Returns the client's base URL for a server.
   *
   * @param server a started server
   * @return its base URL, ending in {@code /v1}
   */
  static String baseUrl(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }
}
