package dev.scenarioclient.internal;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces secrets in text with {@value #MARK}: each secret as is, percent-encoded (as in a URL or a
 * form, upper- or lower-case hex) and JSON-escaped (with {@code \/}, or with Gson's HTML-safe
 * backslash-u escapes such as the one for {@code =}), so that a server echoing a credential back, in whatever form it
 * quotes it, cannot get it into a message, log line or serialized exception. Secrets shorter than
 * {@value #MIN_LENGTH} characters are not looked for: they would match ordinary text. Immutable and
 * thread-safe. Not API.
 */
public final class Redactor {
  /** What every occurrence of a secret is replaced with. */
  public static final String MARK = "██";

  /** Secrets shorter than this are not redacted. */
  public static final int MIN_LENGTH = 4;

  private static final Redactor NONE = new Redactor(Collections.<String>emptyList());

  private final List<String> forms;

  private Redactor(List<String> forms) {
    this.forms = forms;
  }

  /**
   * Returns a redactor that changes nothing.
   *
   * @return the redactor
   */
  public static Redactor none() {
    return NONE;
  }

  /**
   * Returns a redactor of the given secrets and their encoded forms.
   *
   * @param secrets the secrets; {@code null} elements and short ones are ignored
   * @return the redactor
   */
  public static Redactor of(Collection<? extends @Nullable String> secrets) {
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret == null || secret.length() < MIN_LENGTH) {
        continue;
      }
      forms.add(secret);
      String percent = percentEncoded(secret);
      String form = formEncoded(secret);
      forms.add(percent);
      forms.add(lowerHex(percent));
      forms.add(form);
      forms.add(lowerHex(form));
      forms.add(secret.replace("/", "\\/"));
      forms.add(htmlSafeJson(secret));
    }
    if (forms.isEmpty()) {
      return NONE;
    }
    List<String> sorted = new ArrayList<>(forms);
    // Longest first, so that no shorter secret inside a longer one leaves a fragment behind.
    Collections.sort(sorted, (a, b) -> Integer.compare(b.length(), a.length()));
    return new Redactor(Collections.unmodifiableList(sorted));
  }

  /**
   * Returns {@code text} with every secret replaced by {@value #MARK}.
   *
   * @param text the text
   * @return the redacted text; {@code text} itself when it holds no secret
   */
  public String redact(String text) {
    String out = text;
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, MARK);
      }
    }
    return out;
  }

  /**
   * Like {@link #redact(String)}, passing {@code null} through.
   *
   * @param text the text, or {@code null}
   * @return the redacted text, or {@code null}
   */
  public @Nullable String redactNullable(@Nullable String text) {
    return text == null ? null : redact(text);
  }

  /**
   * Returns whether {@code text} holds a secret.
   *
   * @param text the text, or {@code null}
   * @return true if redacting it would change it
   */
  public boolean foundIn(@Nullable String text) {
    if (text == null) {
      return false;
    }
    for (String form : forms) {
      if (text.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** RFC 3986: everything but unreserved characters as {@code %XX} of its UTF-8 bytes. */
  private static String percentEncoded(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /** {@code application/x-www-form-urlencoded}, as {@link URLEncoder} writes it. */
  private static String formEncoded(String text) {
    try {
      return URLEncoder.encode(text, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("UTF-8 is always supported", e);
    }
  }

  private static String lowerHex(String encoded) {
    StringBuilder out = new StringBuilder(encoded);
    for (int i = 0; i + 2 < out.length(); i++) {
      if (out.charAt(i) == '%') {
        out.setCharAt(i + 1, Character.toLowerCase(out.charAt(i + 1)));
        out.setCharAt(i + 2, Character.toLowerCase(out.charAt(i + 2)));
      }
    }
    return out.toString();
  }

  /** What Gson's default (HTML-safe) writer makes of the text inside a JSON string. */
  private static String htmlSafeJson(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '=' || c == '\'') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
