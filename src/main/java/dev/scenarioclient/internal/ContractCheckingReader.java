package dev.scenarioclient.internal;

import com.google.gson.stream.JsonReader;
import dev.scenarioclient.errors.ContractViolation;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON reader that the generated adapters recognise during strict parsing: they report every
 * unknown field, unlisted enumeration value, missing required field and unexpected {@code null} to
 * it, with its JSON path, instead of accepting it silently. Not API.
 */
public final class ContractCheckingReader extends JsonReader {
  private final List<ContractViolation> violations = new ArrayList<>();

  /**
   * Creates a checking reader.
   *
   * @param in the JSON text
   */
  public ContractCheckingReader(Reader in) {
    super(in);
  }

  void violation(String jsonPath, ContractViolation.Kind kind, @Nullable String found) {
    violations.add(ContractViolation.of(jsonPath, kind, found, null));
  }

  /**
   * Returns the violations reported so far, in document order.
   *
   * @return the live list
   */
  public List<ContractViolation> violations() {
    return violations;
  }
}
