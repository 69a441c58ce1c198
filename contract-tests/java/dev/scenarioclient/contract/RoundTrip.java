package dev.scenarioclient.contract;

import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.testing.ExactJson;

/**
 * The schema-fidelity check of a payload: it parses strictly into the generated models (so a field,
 * enumeration value or required field the models do not know is reported with its JSON path), and
 * writing the parsed response with the client's own JSON gives back the payload exactly.
 */
final class RoundTrip {
  private RoundTrip() {}

  static ListModelExamplesResponse check(String payload) {
    ListModelExamplesResponse parsed =
        ScenarioJson.fromJsonStrict(payload, ListModelExamplesResponse.class);
    ExactJson.assertJsonEquals(ScenarioJson.toJson(parsed), payload);
    return parsed;
  }
}
