package dev.scenarioclient;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds to every attempt of every call the caller's additional query parameters and headers, then
 * the credentials and the client's User-Agent (unless the caller set one), so that nothing the
 * caller adds can replace the credentials.
 */
final class HeadersInterceptor implements Interceptor {
  private final Credentials credentials;
  private final String userAgent;

  HeadersInterceptor(Credentials credentials, String userAgent) {
    this.credentials = credentials;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder();
    RequestExtras extras = request.tag(RequestExtras.class);
    boolean callerAgent = false;
    if (extras != null && !extras.isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      for (Map.Entry<String, List<String>> param : extras.queryParams.entrySet()) {
        for (String value : param.getValue()) {
          url.addQueryParameter(param.getKey(), value);
        }
      }
      builder.url(url.build());
      for (Map.Entry<String, List<String>> header : extras.headers.entrySet()) {
        callerAgent |= header.getKey().equalsIgnoreCase("User-Agent");
        for (String value : header.getValue()) {
          builder.addHeader(header.getKey(), value);
        }
      }
    }
    builder.header("Authorization", credentials.authorization());
    if (!callerAgent) {
      builder.header("User-Agent", userAgent);
    }
    return chain.proceed(builder.build());
  }
}
