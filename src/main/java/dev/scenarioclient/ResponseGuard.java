package dev.scenarioclient;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads each attempt's response body whole, inside the attempt, so that a connection failing
 * mid-body is a retryable failure rather than an error while parsing, and so that no response can
 * take more memory than {@code maxResponseSize}:
 *
 * <ul>
 *   <li>A body declaring more, or delivering more once decompressed, is refused as soon as the limit
 *       is crossed: a gzip bomb costs the limit, not its inflated size. The body is read in small
 *       steps into a buffer of its own, because asking OkHttp's gzip source for everything at once
 *       makes it re-scan the growing buffer for its checksum at every step.
 *   <li>An {@link Error} (such as {@link OutOfMemoryError}) while the response is fetched or read
 *       becomes a {@link ResponseRefusedException}: OkHttp would otherwise let it kill its dispatcher
 *       thread and never complete an asynchronous call.
 *   <li>A redirect loop is refused, and headers that end early get a message saying so.
 * </ul>
 *
 * <p>With {@link HttpLogLevel#BODY} it also logs the body it read, so that logging never reads more
 * than the limit either (OkHttp's logging interceptor buffers, and inflates, whole bodies).
 */
final class ResponseGuard implements Interceptor {
  /** OkHttp's own limit on follow-up requests, which it reports as a ProtocolException. */
  static final int MAX_REDIRECTS = 20;

  private static final long READ_STEP = 64 * 1024;

  private final long maxResponseBytes;
  private final @Nullable Consumer<String> bodyLog;

  /**
   * @param maxResponseBytes the most body bytes, decompressed, to read; 0 for no limit
   * @param bodyLog where to log bodies, or {@code null} not to
   */
  ResponseGuard(long maxResponseBytes, @Nullable Consumer<String> bodyLog) {
    this.maxResponseBytes = maxResponseBytes;
    this.bodyLog = bodyLog;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (ProtocolException e) {
      String message = e.getMessage();
      if (message != null && message.startsWith("Too many follow-up requests")) {
        throw new ResponseRefusedException(
            "the server redirected more than " + MAX_REDIRECTS + " times (a redirect loop)", null);
      }
      throw e;
    } catch (IOException e) {
      if (isHeadersCutOff(e)) {
        // OkHttp's message hides the cause (its 256 KiB header limit, or a closed connection) and
        // its cause quotes raw header bytes; say what happened instead.
        throw new IOException("the connection ended before the response headers were complete, or"
            + " the server sent more than the 256 KiB of headers OkHttp accepts");
      }
      throw e;
    } catch (Error e) {
      throw outOfResources(e);
    }
    try {
      return buffered(response);
    } catch (Error e) {
      response.close();
      throw outOfResources(e);
    }
  }

  private Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    long declared = body.contentLength();
    if (maxResponseBytes > 0 && declared > maxResponseBytes) {
      response.close();
      throw tooLarge("(Content-Length " + declared + ")");
    }
    Buffer buffer = new Buffer();
    try {
      BufferedSource source = body.source();
      while (source.read(buffer, READ_STEP) != -1) {
        if (maxResponseBytes > 0 && buffer.size() > maxResponseBytes) {
          buffer.clear();
          throw tooLarge(wasCompressed(response) ? "once decompressed" : "");
        }
      }
    } finally {
      response.close();
    }
    Consumer<String> log = bodyLog;
    if (log != null) {
      logBody(log, buffer);
    }
    return response.newBuilder()
        .body(ResponseBody.create(buffer, body.contentType(), buffer.size()))
        .build();
  }

  private ResponseRefusedException tooLarge(String detail) {
    return new ResponseRefusedException(
        "the response body" + (detail.isEmpty() ? "" : " " + detail) + " is larger than the"
            + " client's maxResponseSize of " + describeSize(maxResponseBytes), null);
  }

  private static boolean wasCompressed(Response response) {
    Response network = response.networkResponse();
    return network != null && network.header("Content-Encoding") != null
        && response.header("Content-Encoding") == null;
  }

  /** {@code 64 MiB (67108864 bytes)}, {@code 1000 bytes}. */
  static String describeSize(long bytes) {
    String unit = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
        : bytes % 1024 == 0 ? bytes / 1024 + " KiB"
        : null;
    return unit != null ? unit + " (" + bytes + " bytes)" : bytes + " bytes";
  }

  private static ResponseRefusedException outOfResources(Error e) {
    return new ResponseRefusedException("reading the response failed with " + e, e);
  }

  private static boolean isHeadersCutOff(IOException e) {
    String message = e.getMessage();
    return message != null && message.startsWith("unexpected end of stream")
        && e.getCause() instanceof EOFException;
  }

  private static void logBody(Consumer<String> log, Buffer buffer) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buffer.snapshot().toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      log.accept("<-- END BODY (binary " + buffer.size() + "-byte body omitted)");
      return;
    }
    log.accept(text);
    log.accept("<-- END BODY (" + buffer.size() + "-byte body)");
  }
}
