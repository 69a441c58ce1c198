package dev.scenarioclient.contract;

import dev.scenarioclient.cli.check.DriftCheck;
import dev.scenarioclient.cli.check.DriftReport;
import dev.scenarioclient.cli.check.ReportFormat;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import okhttp3.Headers;

/**
 * What a failed live run leaves for a person: the {@code check} drift report of the response in
 * markdown ({@value #MARKDOWN}) and JUnit XML ({@value #JUNIT}), the raw body ({@value #BODY}) and
 * the response headers ({@value #HEADERS}). Every credential, and every {@code Authorization},
 * {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie} value, is replaced by
 * {@value #MASK} in all of them.
 */
final class LiveReport {
  static final String MARKDOWN = "drift-report.md";
  static final String JUNIT = "TEST-live-contract-drift.xml";
  static final String BODY = "response-body.json";
  static final String HEADERS = "response-headers.txt";
  static final String MASK = "██";
  static final List<String> SECRET_HEADERS = Arrays.asList("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie");

  private final Path directory;
  private final List<String> secrets;

  LiveReport(Path directory, List<String> secrets) {
    this.directory = directory;
    List<String> longestFirst = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4 && !longestFirst.contains(secret)) {
        longestFirst.add(secret);
      }
    }
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = longestFirst;
  }

  /**
   * The values of a secret header and their parts: the credentials after the scheme of an
   * authorization, the value of each cookie.
   */
  static List<String> secretParts(String header, List<String> values) {
    boolean authorization = header.toLowerCase(Locale.ROOT).endsWith("authorization");
    List<String> parts = new ArrayList<>();
    for (String value : values) {
      parts.add(value);
      int space = value.indexOf(' ');
      if (authorization && space > 0) {
        parts.add(value.substring(space + 1).trim());
      }
      for (String cookie : authorization ? new String[0] : value.split(";")) {
        int equals = cookie.indexOf('=');
        if (equals > 0 && !cookie.trim().toLowerCase(Locale.ROOT).matches("(path|domain|expires|max-age|samesite)=.*")) {
          parts.add(cookie.substring(equals + 1).trim());
        }
      }
    }
    return parts;
  }

  String scrub(String text) {
    String scrubbed = text;
    for (String secret : secrets) {
      scrubbed = scrubbed.replace(secret, MASK);
    }
    return scrubbed;
  }

  /** Writes the files and returns the sentence a failure message ends with. */
  String write(String request, Headers headers, String body) {
    try {
      Files.createDirectories(directory);
      String subject = request != null ? request : "the live response";
      if (body != null) {
        String markdown;
        String junit;
        try {
          DriftReport report = DriftCheck.embedded().check(body, subject);
          markdown = ReportFormat.MARKDOWN.render(report);
          junit = ReportFormat.JUNIT.render(report);
        } catch (ScenarioInvalidResponseException notJson) {
          markdown = "## Contract drift check\n\n" + subject + ": " + notJson.getMessage() + "\n";
          junit = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"scenario check\" tests=\"1\" failures=\"1\">"
              + "<testcase classname=\"contract\" name=\"body is JSON\"><failure type=\"NOT_JSON\"/></testcase></testsuite>\n";
        }
        write(MARKDOWN, markdown);
        write(JUNIT, junit);
        write(BODY, body);
      }
      StringBuilder lines = new StringBuilder(request != null ? request + "\n" : "");
      if (headers != null) {
        for (String name : headers.names()) {
          for (String value : headers.values(name)) {
            boolean secret = SECRET_HEADERS.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
            lines.append(name).append(": ").append(secret ? MASK : value).append('\n');
          }
        }
      }
      write(HEADERS, lines.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the live report under " + directory, e);
    }
    return body == null
        ? "No response body was received; the response headers are in " + directory.resolve(HEADERS) + "."
        : "The drift report is in " + directory.resolve(MARKDOWN) + " (JUnit XML: " + directory.resolve(JUNIT)
            + "); the response, credentials scrubbed, in " + directory.resolve(BODY) + " and " + directory.resolve(HEADERS) + ".";
  }

  private void write(String name, String text) throws IOException {
    Files.write(directory.resolve(name), scrub(text).getBytes(StandardCharsets.UTF_8));
  }
}
