package dev.scenarioclient.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads the {@code Retry-After} header: a number of seconds or an HTTP date. Not API. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value.
   *
   * @param value the header value, or {@code null}
   * @param nowMillis the current time, for an HTTP date
   * @return the delay (never negative), or {@code null} if the header is absent or unreadable
   */
  public static @Nullable Duration parse(@Nullable String value, long nowMillis) {
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      double seconds = Double.parseDouble(trimmed);
      return seconds >= 0 && !Double.isInfinite(seconds)
          ? Duration.ofMillis((long) Math.ceil(seconds * 1000))
          : null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        long millis = when.toEpochMilli() - nowMillis;
        return Duration.ofMillis(Math.max(0, millis));
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
