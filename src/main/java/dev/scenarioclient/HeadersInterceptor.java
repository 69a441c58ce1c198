package dev.scenarioclient;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the credentials and the client's User-Agent to every attempt of every call. */
final class HeadersInterceptor implements Interceptor {
  private final Credentials credentials;
  private final String userAgent;

  HeadersInterceptor(Credentials credentials, String userAgent) {
    this.credentials = credentials;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain.request().newBuilder()
            .header("Authorization", credentials.authorization())
            .header("User-Agent", userAgent)
            .build());
  }
}
