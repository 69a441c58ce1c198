package dev.scenarioclient.cli;

import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.mock.ContractValidator;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place {@code record} asks whether what it recorded conforms to the contract: strict mode's
 * verdict (unknown fields, unlisted values, missing required fields) and the OpenAPI validator's
 * (types, limits, headers, content type), duplicates merged.
 *
 * <p>When the drift report of {@code check} (issue 12) lands, {@link #departures} should return
 * that engine's departures instead; {@code record} prints whatever this returns.
 */
final class RecordingCheck {
  private RecordingCheck() {}

  /**
   * Returns one line per departure of a recorded response from the contract, empty when it conforms.
   *
   * @param rawPath the request path, percent-encoded, as the mock serves it ({@code /v1/models/…/examples})
   */
  static List<String> departures(String rawPath, int status, Map<String, List<String>> headers, String body) {
    Set<String> departures = new LinkedHashSet<>();
    if (status == 200) {
      try {
        ScenarioJson.fromJsonStrict(body, ListModelExamplesResponse.class);
      } catch (ScenarioContractViolationException e) {
        for (ContractViolation violation : e.violations()) {
          departures.add(violation.toString());
        }
      } catch (ScenarioInvalidResponseException e) {
        String message = e.getMessage();
        String where = e.jsonPath();
        departures.add((where != null ? where : "$") + ": "
            + (message != null ? message.replace('\n', ' ') : "not contract JSON"));
      }
    }
    departures.addAll(ContractValidator.bundled().responseViolations("GET", rawPath, status, headers, body));
    return new ArrayList<>(departures);
  }
}
