package dev.scenarioclient.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Responses too large to hold, generated while they are sent: nothing here is stored, in memory or
 * in the repository.
 */
public final class HostilePayloads {
  public static final long GIB = 1024L * 1024 * 1024;

  private HostilePayloads() {}

  /**
   * A gzip bomb: about 10 MB on the wire that inflates to {@code inflated} bytes, a JSON document
   * opening an array and then nothing but whitespace. The body has no length: it ends when the
   * connection closes.
   */
  public static HostileServer.Handler gzipBomb(long inflated) {
    return (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 200 OK", "Content-Type: application/json",
          "Content-Encoding: gzip", "Connection: close");
      GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
      byte[] start = "{\"examples\": [".getBytes(StandardCharsets.US_ASCII);
      gzip.write(start);
      writeSpaces(gzip, inflated - start.length);
      gzip.finish();
      out.close();
    };
  }

  /** A chunked body of {@code size} bytes: the start of a JSON document, then whitespace. */
  public static HostileServer.Handler chunkedBody(long size) {
    return (head, out) -> {
      HostileServer.writeHead(out, "HTTP/1.1 200 OK", "Content-Type: application/json",
          "Transfer-Encoding: chunked");
      byte[] start = "{\"examples\": [".getBytes(StandardCharsets.US_ASCII);
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      System.arraycopy(start, 0, chunk, 0, start.length);
      byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] crlf = {'\r', '\n'};
      for (long sent = 0; sent < size; sent += chunk.length) {
        out.write(header);
        out.write(chunk);
        out.write(crlf);
        Arrays.fill(chunk, 0, start.length, (byte) ' ');
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    };
  }

  private static void writeSpaces(OutputStream out, long count) throws IOException {
    byte[] spaces = new byte[1024 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    for (long left = count; left > 0; left -= spaces.length) {
      out.write(spaces, 0, (int) Math.min(spaces.length, left));
    }
  }
}
