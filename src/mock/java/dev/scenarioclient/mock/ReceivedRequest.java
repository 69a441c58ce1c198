package dev.scenarioclient.mock;

import dev.scenarioclient.internal.ControlCharacters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request the mock server received and how it answered: what to assert on in a test
 * ("my code asked for the original assets"), and what the mock's log is made of. Immutable.
 */
public final class ReceivedRequest {
  private final String method;
  private final String url;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final @Nullable String modelId;
  private final int status;
  private final @Nullable String scenario;
  private final List<String> requestViolations;
  private final List<String> responseViolations;
  private final boolean responseBreaksContractOnPurpose;

  ReceivedRequest(
      String method,
      String url,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      @Nullable String modelId,
      int status,
      @Nullable String scenario,
      List<String> requestViolations,
      List<String> responseViolations,
      boolean responseBreaksContractOnPurpose) {
    this.method = method;
    this.url = url;
    this.query = copy(query);
    this.headers = copy(headers);
    this.modelId = modelId;
    this.status = status;
    this.scenario = scenario;
    this.requestViolations = List.copyOf(requestViolations);
    this.responseViolations = List.copyOf(responseViolations);
    this.responseBreaksContractOnPurpose = responseBreaksContractOnPurpose;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  /** The HTTP method, for example {@code GET}. */
  public String method() {
    return method;
  }

  /** The path and query as sent, still percent-encoded, for example {@code /v1/models/a%2Fb/examples?originalAssets=true}. */
  public String url() {
    return url;
  }

  /** The path as sent, percent-encoded, without the query. */
  public String path() {
    int question = url.indexOf('?');
    return question < 0 ? url : url.substring(0, question);
  }

  /** The query parameters, decoded, in the order sent. */
  public Map<String, List<String>> queryParameters() {
    return query;
  }

  /** The first value of a query parameter, decoded, or null when it was not sent. */
  public @Nullable String queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a header (name in any case), or null when it was not sent. */
  public @Nullable String header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  /** Every header as sent, credentials included: assert on them, do not log them. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The model id of a {@code /v1/models/{modelId}/examples} request, decoded; null for other paths. */
  public @Nullable String modelId() {
    return modelId;
  }

  /** The status the mock answered; 0 when it answered with a network fault (connection reset). */
  public int status() {
    return status;
  }

  /**
   * The id of the {@link MockScenario} that answered (for example {@code sample}, {@code rate-limited},
   * {@link MockScenario#BROKEN_REQUEST}), or null when a stub without scenario metadata did.
   */
  public @Nullable String scenario() {
    return scenario;
  }

  /** How this request breaks the contract, one line each; empty when it conforms. */
  public List<String> requestViolations() {
    return requestViolations;
  }

  /**
   * How the answer breaks the contract, one line each ({@code "<json path>: <problem>"}); empty when
   * it conforms. Scenarios such as malformed JSON break it on purpose (see {@link #breaksContractOnPurpose()}).
   */
  public List<String> responseViolations() {
    return responseViolations;
  }

  /** Whether the answer came from a scenario that is outside the contract on purpose. */
  public boolean breaksContractOnPurpose() {
    return responseBreaksContractOnPurpose;
  }

  /** The violations a test should fail on: the request's, and the answer's unless it broke the contract on purpose. */
  List<String> unexpectedViolations() {
    List<String> all = new ArrayList<>();
    for (String violation : requestViolations) {
      all.add(method + " " + path() + ": request breaks the contract: " + violation);
    }
    if (!responseBreaksContractOnPurpose) {
      for (String violation : responseViolations) {
        all.add(method + " " + path() + " -> " + status + ": response breaks the contract: " + violation);
      }
    }
    return all;
  }

  /** One line without headers, so never a credential: {@code GET /v1/models/m/examples -> 200 (sample)}. */
  @Override
  public String toString() {
    return ControlCharacters.escape(method + " " + url) + " -> " + (status == 0 ? "fault" : String.valueOf(status))
        + (scenario != null ? " (" + scenario + ")" : "");
  }
}
