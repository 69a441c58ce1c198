package dev.scenarioclient;

import dev.scenarioclient.internal.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How requests authenticate: HTTP Basic (API key and secret) or a bearer token. Never printed. */
final class Credentials {
  private final String scheme;
  private final String authorization;
  private final List<String> secrets;
  private final Redactor redactor;

  private Credentials(String scheme, String authorization, List<String> secrets) {
    this.scheme = scheme;
    this.authorization = authorization;
    this.secrets = secrets;
    this.redactor = Redactor.of(secrets);
  }

  static Credentials basic(String apiKey, String apiSecret) {
    String header = okhttp3.Credentials.basic(apiKey, apiSecret, StandardCharsets.UTF_8);
    List<String> secrets = new ArrayList<>();
    secrets.add(header.substring("Basic ".length()));
    secrets.add(apiSecret);
    secrets.add(apiKey);
    return new Credentials("basic", header, Collections.unmodifiableList(secrets));
  }

  static Credentials bearer(String token) {
    return new Credentials("bearer", "Bearer " + token, Collections.singletonList(token));
  }

  String authorization() {
    return authorization;
  }

  /**
   * Every secret the client sends, in the form it sends it: the Basic token (Base64 of
   * {@code key:secret}), the secret and the key, or the bearer token. The full header value
   * contains one of them.
   */
  List<String> secrets() {
    return secrets;
  }

  /** Finds the credentials, in any of their encoded forms, in text from a server. */
  Redactor redactor() {
    return redactor;
  }

  /** Replaces every credential in {@code text}, in any of its encoded forms, with a marker. */
  String redact(String text) {
    return redactor.redact(text);
  }

  @Override
  public String toString() {
    return scheme + " (redacted)";
  }
}
