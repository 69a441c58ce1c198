package dev.scenarioclient.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mock server's WireMock extension: validates each request before it is matched (a request that
 * breaks the contract is answered with a 400 naming the violations, an unknown path with a 404),
 * validates each response before it is sent, and reports every exchange as a {@link ReceivedRequest}.
 */
final class ContractGate implements StubRequestFilterV2, ServeEventListener {
  private static final Pattern EXAMPLES_PATH = Pattern.compile("/v1/models/([^/]*)/examples");

  /** Null when validation is off: requests go straight to the stubs and nothing is checked. */
  private final @Nullable ContractValidator validator;
  private final Consumer<ReceivedRequest> sink;
  private final Map<UUID, ContractValidator.RequestVerdict> verdicts = new ConcurrentHashMap<>();

  ContractGate(@Nullable ContractValidator validator, Consumer<ReceivedRequest> sink) {
    this.validator = validator;
    this.sink = sink;
  }

  @Override
  public String getName() {
    return "scenario-contract-gate";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String query = question < 0 ? null : url.substring(question + 1);
    ContractValidator.RequestVerdict verdict = check(request.getMethod().getName(), path, query, request.getHeaders());
    verdicts.put(serveEvent.getId(), verdict);
    if (verdict.violations.isEmpty()) {
      return RequestFilterAction.continueWith(request);
    }
    JsonObject body = new JsonObject();
    if (verdict.unknownPath) {
      body.addProperty("error", "Not found: " + verdict.violations.get(0));
    } else {
      body.addProperty("message", "Request breaks the contract: " + String.join("; ", verdict.violations));
    }
    JsonArray violations = new JsonArray();
    verdict.violations.forEach(violations::add);
    body.add("violations", violations);
    return RequestFilterAction.stopWith(
        aResponse()
            .withStatus(verdict.unknownPath ? 404 : 400)
            .withHeader("Content-Type", "application/json")
            .withBody(body.toString())
            .build());
  }

  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    Request request = serveEvent.getRequest();
    String method = request.getMethod().getName();
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    ContractValidator.RequestVerdict verdict = verdicts.remove(serveEvent.getId());
    if (verdict == null) {
      verdict = check(method, path, question < 0 ? null : url.substring(question + 1), request.getHeaders());
    }
    LoggedResponse response = serveEvent.getResponse();
    boolean fault = response == null || response.getFault() != null;
    int status = fault ? 0 : response.getStatus();
    StubMapping stub = serveEvent.getStubMapping();
    Map<String, Object> metadata = stub != null ? stub.getMetadata() : null;
    String scenario;
    List<String> responseViolations;
    if (!verdict.violations.isEmpty()) {
      scenario = verdict.unknownPath ? MockScenario.UNKNOWN_PATH : MockScenario.BROKEN_REQUEST;
      responseViolations = List.of();
    } else if (!serveEvent.getWasMatched()) {
      scenario = null;
      responseViolations = List.of("no stub matches this request, so WireMock answered " + status
          + "; check the stub files' request patterns");
    } else {
      scenario = MockScenario.idOf(metadata);
      responseViolations = fault || validator == null
          ? List.of()
          : validator.responseViolations(method, path, status, headers(response.getHeaders()), response.getBodyAsString());
    }
    sink.accept(new ReceivedRequest(
        method,
        url,
        verdict.query,
        headers(request.getHeaders()),
        modelId(path),
        status,
        scenario,
        verdict.violations,
        responseViolations,
        MockScenario.breaksContractOnPurpose(metadata)));
  }

  private ContractValidator.RequestVerdict check(
      String method, String path, @Nullable String query, @Nullable HttpHeaders headers) {
    return validator != null
        ? validator.checkRequest(method, path, query, headers(headers))
        : ContractValidator.RequestVerdict.unchecked(query);
  }

  private static @Nullable String modelId(String path) {
    Matcher matcher = EXAMPLES_PATH.matcher(path);
    return matcher.matches() ? ContractValidator.decode(matcher.group(1)) : null;
  }

  private static Map<String, List<String>> headers(@Nullable HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (headers != null) {
      for (HttpHeader header : headers.all()) {
        map.put(header.key(), header.values());
      }
    }
    return map;
  }
}
