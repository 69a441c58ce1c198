package dev.scenarioclient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How requests authenticate: HTTP Basic (API key and secret) or a bearer token. Never printed. */
final class Credentials {
  private final String scheme;
  private final String authorization;
  private final List<String> secrets;

  private Credentials(String scheme, String authorization, List<String> secrets) {
    this.scheme = scheme;
    this.authorization = authorization;
    this.secrets = secrets;
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

  /** Replaces every credential in {@code text} with a marker, longest first. */
  String redact(String text) {
    String out = text;
    for (String secret : secrets) {
      if (secret.length() >= 4) {
        out = out.replace(secret, "██");
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return scheme + " (redacted)";
  }
}
