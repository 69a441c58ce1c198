package dev.scenarioclient;

import com.google.gson.stream.JsonReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON reader that the generated adapters recognise during strict parsing: they report every
 * unknown field, unlisted enumeration value and missing required field to it, with its JSON path,
 * instead of accepting it silently.
 */
final class ContractCheckingReader extends JsonReader {
  private final List<String> violations = new ArrayList<>();

  ContractCheckingReader(Reader in) {
    super(in);
  }

  void violation(String jsonPath, String problem) {
    violations.add(jsonPath + ": " + problem);
  }

  List<String> violations() {
    return violations;
  }
}
