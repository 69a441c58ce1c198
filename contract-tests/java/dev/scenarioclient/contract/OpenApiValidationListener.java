package dev.scenarioclient.contract;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates every response WireMock serves against the OpenAPI document, before it is sent, and
 * records each violation as {@code "GET <path> -> <status>: <json path>: <problem>"}. Responses that
 * are network faults (connection reset, garbage) carry no HTTP response and are not validated.
 */
final class OpenApiValidationListener implements ServeEventListener {
  private final List<String> violations = new ArrayList<>();

  @Override
  public String getName() {
    return "openapi-validation";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    LoggedResponse response = serveEvent.getResponse();
    if (!serveEvent.getWasMatched() || response == null || response.getFault() != null) {
      return;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : response.getHeaders().all()) {
      headers.put(header.key(), header.values());
    }
    String path = serveEvent.getRequest().getUrl().replaceFirst("\\?.*$", "");
    for (String violation :
        OpenApiContract.responseViolations(path, response.getStatus(), headers, response.getBodyAsString())) {
      record(serveEvent.getRequest().getMethod() + " " + path + " -> " + response.getStatus() + ": " + violation);
    }
  }

  private synchronized void record(String violation) {
    violations.add(violation);
  }

  /** Returns the violations recorded since the last call, and forgets them. */
  synchronized List<String> take() {
    List<String> taken = new ArrayList<>(violations);
    violations.clear();
    return taken;
  }
}
