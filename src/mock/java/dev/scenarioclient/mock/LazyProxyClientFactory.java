package dev.scenarioclient.mock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * WireMock's HTTP client for stubs that proxy, built when one first does. WireMock builds it when
 * the server is created, trust-everything TLS context included: about 0.2 s of every mock's start,
 * and none of the embedded stubs proxies. ({@code LazyHttpClientFactory} defers only the factory.)
 */
final class LazyProxyClientFactory implements HttpClientFactory {
  @Override
  public HttpClient buildHttpClient(
      Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) {
    return new HttpClient() {
      private @Nullable HttpClient client;

      @Override
      public Response execute(Request request) throws IOException {
        HttpClient built;
        synchronized (this) {
          built = client;
          if (built == null) {
            try {
              built = new ApacheHttpClientFactory()
                  .buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties);
            } catch (RuntimeException e) {
              // WireMock answers an IOException from a proxy target with its proxy-error response;
              // anything else reaches Jetty as a bare 500 that is neither recorded nor logged.
              throw new IOException("cannot build the HTTP client for proxying stubs: " + e, e);
            }
            client = built;
          }
        }
        return built.execute(request);
      }
    };
  }
}
