package dev.scenarioclient;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a response whose length the headers do not state unambiguously: {@code Content-Length}
 * values that differ or are not numbers (OkHttp would silently use the last one, or read until the
 * connection closes), or a {@code Content-Length} next to a {@code Transfer-Encoding}, which RFC 9112
 * (section 6.3) says a recipient ought to handle as an error. Such a response is how one message is
 * smuggled inside another. A network interceptor, so it sees the headers as they arrived.
 */
final class FramingCheckInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    List<String> lengths = response.headers("Content-Length");
    if (lengths.isEmpty()) {
      return response;
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String header : lengths) {
      for (String value : header.split(",", -1)) {
        String length = withoutLeadingZeros(value.trim());
        if (length == null) {
          throw refuse(response, "the response's Content-Length is not a number");
        }
        distinct.add(length);
      }
    }
    if (distinct.size() > 1) {
      throw refuse(response, "the response carries conflicting Content-Length values " + distinct);
    }
    if (response.header("Transfer-Encoding") != null) {
      throw refuse(response, "the response carries both Content-Length and Transfer-Encoding");
    }
    return response;
  }

  /**
   * Returns 1 to 18 ASCII digits without their leading zeros ({@code 007} is {@code 7}, {@code 000}
   * is {@code 0}), or {@code null} for anything else. A loop rather than a regular expression: this
   * runs on every response, and {@code String.matches} compiles its pattern on every call.
   */
  private static @Nullable String withoutLeadingZeros(String value) {
    int length = value.length();
    if (length == 0 || length > 18) {
      return null;
    }
    int start = length - 1;
    for (int i = length - 1; i >= 0; i--) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      if (c != '0') {
        start = i;
      }
    }
    return value.substring(start);
  }

  private static ResponseRefusedException refuse(Response response, String why) {
    response.close();
    return new ResponseRefusedException(why, null);
  }
}
