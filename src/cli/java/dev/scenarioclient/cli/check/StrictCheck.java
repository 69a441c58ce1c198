package dev.scenarioclient.cli.check;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.internal.ContractCheckingReader;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The client's own strict parse of a body ({@code ScenarioJson.fromJsonStrict} without the
 * exception): the violations it reports, and, when the parse stops (at the first value of a wrong
 * type), where and why, with the violations it had reported until then.
 */
final class StrictCheck {
  final List<ContractViolation> violations;
  final @Nullable String stoppedAt;
  final @Nullable String stopReason;

  private StrictCheck(List<ContractViolation> violations, @Nullable String stoppedAt, @Nullable String stopReason) {
    this.violations = violations;
    this.stoppedAt = stoppedAt;
    this.stopReason = stopReason;
  }

  static StrictCheck run(String body) {
    ContractCheckingReader reader = new ContractCheckingReader(new StringReader(body));
    try {
      ListModelExamplesResponse unused = ScenarioJson.gson().getAdapter(ListModelExamplesResponse.class).read(reader);
      return new StrictCheck(new ArrayList<>(reader.violations()), null, null);
    } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
      return new StrictCheck(new ArrayList<>(reader.violations()), path(reader), Contract.firstLine(e.getMessage()));
    }
  }

  private static String path(JsonReader reader) {
    return reader.getPath();
  }

  /** Whether the parse stopped at a value of another JSON type than the models expect. */
  boolean stoppedAtWrongType() {
    String reason = stopReason;
    return reason != null && reason.startsWith("Expected ");
  }
}
