package dev.scenarioclient.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A response that parses but departs from the contract: fields it does not define, enumeration
 * values it does not list, required fields that are missing, or {@code null} where the contract
 * does not allow one. Strict mode throws it listing every departure of the response; lenient
 * parsing throws it from the getter of a required field the response left out.
 */
public final class ScenarioContractViolationException extends ScenarioInvalidResponseException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable ArrayList of serializable violations
  private final List<ContractViolation> violations;

  /**
   * Creates an exception listing departures.
   *
   * @param violations the departures, in document order; at least one
   * @throws ScenarioInputException if {@code violations} is empty
   */
  public ScenarioContractViolationException(List<ContractViolation> violations) {
    this(frozenCopy(violations), true);
  }

  private ScenarioContractViolationException(List<ContractViolation> frozen, boolean unused) {
    super(describe(frozen), frozen.get(0).jsonPath(), null);
    this.violations = frozen;
  }

  private static List<ContractViolation> frozenCopy(List<ContractViolation> violations) {
    if (violations == null || violations.isEmpty()) {
      throw new ScenarioInputException("a contract violation exception needs at least one violation");
    }
    return Collections.unmodifiableList(new ArrayList<>(violations));
  }

  private static String describe(List<ContractViolation> violations) {
    StringBuilder message =
        new StringBuilder("Response departs from the contract in ")
            .append(violations.size())
            .append(violations.size() == 1 ? " place:" : " places:");
    for (ContractViolation violation : violations) {
      message.append("\n  ").append(violation);
    }
    return message.toString();
  }

  /**
   * Returns the departures, in document order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<ContractViolation> violations() {
    return violations;
  }
}
