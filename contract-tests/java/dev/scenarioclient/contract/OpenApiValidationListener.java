package dev.scenarioclient.contract;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.scenarioclient.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates every request WireMock receives and every response it serves against the OpenAPI
 * document (with the shipped validator the mock server uses), and records each violation as
 * {@code "GET <path>: request breaks the contract: <problem>"} or
 * {@code "GET <path> -> <status>: <json path>: <problem>"}. Responses that are network faults
 * (connection reset, garbage) carry no HTTP response and are not validated.
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
    String url = serveEvent.getRequest().getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String method = serveEvent.getRequest().getMethod().getName();
    for (String violation : OpenApiContract.VALIDATOR.requestViolations(
        method, path, question < 0 ? null : url.substring(question + 1), headers(serveEvent.getRequest().getHeaders()))) {
      record(method + " " + path + ": request breaks the contract: " + violation);
    }
    LoggedResponse response = serveEvent.getResponse();
    if (!serveEvent.getWasMatched() || response == null || response.getFault() != null) {
      return;
    }
    for (String violation : OpenApiContract.responseViolations(
        path, response.getStatus(), headers(response.getHeaders()), response.getBodyAsString())) {
      record(method + " " + path + " -> " + response.getStatus() + ": " + violation);
    }
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (HttpHeader header : headers.all()) {
      map.put(header.key(), header.values());
    }
    return map;
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
