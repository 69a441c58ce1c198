package dev.scenarioclient.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a raw socket that answers as a hostile or broken server would: whatever
 * bytes its handler writes, however large, generated while they are sent (a 10 GiB gzip bomb is
 * never held in memory). It keeps connections alive, so a client's pool can hold them, and counts
 * the connections still open, which is how tests see whether a client closed its sockets.
 */
public final class HostileServer implements Closeable {
  /** Writes the response to one request; may write nothing and return, or block. */
  public interface Handler {
    void respond(String requestHead, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket serverSocket;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "hostile-server");
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Handler handler;

  private HostileServer(Handler handler) throws IOException {
    this.handler = handler;
    this.serverSocket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /** Starts a server on a free loopback port. */
  public static HostileServer start(Handler handler) throws IOException {
    return new HostileServer(handler);
  }

  /** Replaces the handler for the requests that follow. */
  public void handler(Handler handler) {
    this.handler = handler;
  }

  /** The base URL the client is given: {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1";
  }

  /** The request heads received so far (request line and headers). */
  public List<String> requests() {
    return requests;
  }

  /** How many connections the client still holds open. */
  public int openConnections() {
    return open.size();
  }

  /** How many requests are being answered now. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The most requests that were being answered at the same time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        open.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (Socket s = socket; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return; // the client closed the connection
        }
        requests.add(head);
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
          handler.respond(head, out);
          out.flush();
        } finally {
          inFlight.decrementAndGet();
        }
      }
    } catch (IOException | InterruptedException gone) {
      // the client hung up mid-response, or the server is closing
    } finally {
      open.remove(socket);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b;
      try {
        b = in.read();
      } catch (SocketException reset) {
        return null;
      }
      if (b == -1) {
        return null;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** Writes an HTTP/1.1 status line and headers, each given as {@code "Name: value"}, and the blank line. */
  public static void writeHead(OutputStream out, String statusLine, String... headers) throws IOException {
    StringBuilder head = new StringBuilder(statusLine).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A complete response with a fixed-length UTF-8 body. */
  public static Handler respond(String statusLine, String contentType, String body, String... headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (head, out) -> {
      String[] all = new String[headers.length + 2];
      all[0] = "Content-Type: " + contentType;
      all[1] = "Content-Length: " + bytes.length;
      System.arraycopy(headers, 0, all, 2, headers.length);
      writeHead(out, statusLine, all);
      out.write(bytes);
    };
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : open) {
      socket.close();
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
