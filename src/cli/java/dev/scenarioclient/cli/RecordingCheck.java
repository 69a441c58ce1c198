package dev.scenarioclient.cli;

import dev.scenarioclient.cli.check.Departure;
import dev.scenarioclient.cli.check.DriftCheck;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.mock.ContractValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place {@code record} asks whether what it recorded conforms to the contract. A 200 body
 * gets the drift report of {@code check} (the JSON Schema validator's verdict and strict mode's,
 * duplicates merged); its status and headers, and any other response, get the mock's OpenAPI
 * validator.
 */
final class RecordingCheck {
  private RecordingCheck() {}

  /**
   * Returns one line per departure of a recorded response from the contract, empty when it conforms.
   *
   * @param rawPath the request path, percent-encoded, as the mock serves it ({@code /v1/models/…/examples})
   */
  static List<String> departures(String rawPath, int status, Map<String, List<String>> headers, String body) {
    List<String> departures = new ArrayList<>();
    boolean bodyChecked = false;
    if (status == 200) {
      try {
        for (Departure departure : DriftCheck.embedded().check(body, rawPath).departures()) {
          departures.add(departure.toString());
        }
        bodyChecked = true;
      } catch (ScenarioInvalidResponseException e) {
        // Not JSON: the OpenAPI validator below says so.
      }
    }
    departures.addAll(ContractValidator.bundled().responseViolations("GET", rawPath, status, headers, body, !bodyChecked));
    return departures;
  }
}
