package dev.scenarioclient;

import java.util.Collections;
import java.util.List;

/**
 * Strict mode found a response that parses but departs from the contract: fields it does not
 * define, enumeration values it does not list, or required fields that are missing. Every
 * violation of the response is listed, each prefixed with its JSON path.
 */
public final class ScenarioContractViolationException extends ScenarioInvalidResponseException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable ArrayList, serializable
  private final List<String> violations;

  ScenarioContractViolationException(List<String> violations) {
    super(describe(violations), violations.get(0).substring(0, violations.get(0).indexOf(": ")), null);
    this.violations = Collections.unmodifiableList(violations);
  }

  private static String describe(List<String> violations) {
    StringBuilder message =
        new StringBuilder("Response departs from the contract in ")
            .append(violations.size())
            .append(violations.size() == 1 ? " place:" : " places:");
    for (String violation : violations) {
      message.append("\n  ").append(violation);
    }
    return message.toString();
  }

  /**
   * Returns each violation as {@code "<json path>: <problem>"}, in document order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<String> violations() {
    return violations;
  }
}
