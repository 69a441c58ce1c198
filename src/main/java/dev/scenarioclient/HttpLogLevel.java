package dev.scenarioclient;

/**
 * How much of each HTTP exchange the client logs through SLF4J (logger {@code dev.scenarioclient.http},
 * level INFO). Credentials are always redacted.
 */
public enum HttpLogLevel {
  /** Nothing; the default. */
  NONE,
  /** Request and response lines, and each retry. */
  BASIC,
  /** As {@link #BASIC}, plus headers. */
  HEADERS,
  /**
   * As {@link #HEADERS}, plus each response body as the client read it: decompressed, within
   * {@code maxResponseSize}, logged after the response's headers.
   */
  BODY
}
