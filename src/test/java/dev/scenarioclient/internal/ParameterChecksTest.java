package dev.scenarioclient.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.errors.ScenarioInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks the generated code emits for a parameter's {@code minLength}, {@code maxLength},
 * {@code pattern}, {@code minimum} and {@code maximum}. Today's document declares none of them on a
 * parameter, so these tests are what keeps them right until an edit of the document does.
 */
class ParameterChecksTest {
  @ParameterizedTest(name = "{1} against {0}")
  @CsvSource({"^[a-z]+_[0-9]+$, model_1", "/^[a-z]+_[0-9]+$/, model_1", "[0-9], a9b"})
  void aValueMatchingThePatternPasses(String pattern, String value) {
    assertThatCode(() -> ParameterChecks.pattern("modelId", value, pattern)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{1} against {0}")
  @CsvSource({"^[a-z]+_[0-9]+$, Model 1, ^[a-z]+_[0-9]+$", "/^[a-z]+_[0-9]+$/, Model 1, ^[a-z]+_[0-9]+$"})
  void aValueNotMatchingThePatternNamesTheParameterAndTheExpression(
      String pattern, String value, String expression) {
    assertThatThrownBy(() -> ParameterChecks.pattern("modelId", value, pattern))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("modelId must match " + expression);
  }

  @Test
  void eachPatternIsCheckedOnItsOwnOnEveryCall() {
    for (int call = 0; call < 3; call++) {
      assertThatCode(() -> ParameterChecks.pattern("modelId", "model_1", "^model_")).doesNotThrowAnyException();
      assertThatThrownBy(() -> ParameterChecks.pattern("modelId", "model_1", "^asset_"))
          .isInstanceOf(ScenarioInputException.class);
    }
  }

  @Test
  void lengthsCountCodePointsNotUtf16Units() {
    String twoEmoji = "\uD83D\uDE00\uD83D\uDE00";

    assertThatCode(() -> ParameterChecks.maxLength("projectId", twoEmoji, 2)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ParameterChecks.minLength("projectId", twoEmoji, 3))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("projectId must be at least 3 characters long");
  }

  @Test
  void aValueTooLongNamesTheLimit() {
    assertThatThrownBy(() -> ParameterChecks.maxLength("projectId", "abcd", 3))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage("projectId must be at most 3 characters long");
  }

  @ParameterizedTest(name = "{0} with minimum {1}, exclusive {2}")
  @CsvSource({"0, 1, false, limit must be at least 1", "1, 1, true, limit must be more than 1"})
  void aNumberBelowTheMinimumNamesTheLimit(String value, String minimum, boolean exclusive, String message) {
    assertThatThrownBy(() -> ParameterChecks.minimum("limit", new BigDecimal(value), minimum, exclusive))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0} with maximum {1}, exclusive {2}")
  @CsvSource({"101, 100, false, limit must be at most 100", "100, 100, true, limit must be less than 100"})
  void aNumberAboveTheMaximumNamesTheLimit(String value, String maximum, boolean exclusive, String message) {
    assertThatThrownBy(() -> ParameterChecks.maximum("limit", new BigDecimal(value), maximum, exclusive))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessage(message);
  }

  @Test
  void numbersOnTheirInclusiveLimitsPass() {
    assertThatCode(() -> {
      ParameterChecks.minimum("limit", 1, "1", false);
      ParameterChecks.maximum("limit", 100, "100", false);
      ParameterChecks.minimum("limit", 1.5, "1", true);
    }).doesNotThrowAnyException();
  }

  @Test
  void unsetValuesAreNotChecked() {
    assertThatCode(() -> {
      ParameterChecks.pattern("modelId", null, "^x$");
      ParameterChecks.minLength("projectId", null, 1);
      ParameterChecks.maxLength("projectId", null, 1);
      ParameterChecks.minimum("limit", null, "1", true);
      ParameterChecks.maximum("limit", null, "1", true);
    }).doesNotThrowAnyException();
  }
}
