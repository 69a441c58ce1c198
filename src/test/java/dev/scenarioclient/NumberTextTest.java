package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.models.AssetMetadata;
import dev.scenarioclient.models.AssetProperties;
import dev.scenarioclient.models.JobBilling;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Number fields and lists of numbers keep the JSON text the server sent: they write it back as
 * sent, read as the same {@code BigDecimal} it denotes, and compare by what they write.
 */
class NumberTextTest {
  @Test
  void numbersInExponentFormAreWrittenBackAsSentAndReadAsTheirBigDecimal() {
    String json = "{\"cuCost\":1e3,\"cuDiscount\":-2.50E-1}";

    JobBilling billing = ScenarioJson.fromJson(json, JobBilling.class);

    assertThat(ScenarioJson.toJson(billing)).as("written back").isEqualTo(json);
    assertThat(billing.getCuCost()).as("cuCost").isEqualTo(new BigDecimal("1e3"));
    assertThat(billing.getCuDiscount()).as("cuDiscount").isEqualTo(new BigDecimal("-2.50E-1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e9999999999", "1E9999999999", "-1.5e-9999999999"})
  void numberBeyondTheRangeOfBigDecimalIsAnInvalidResponseWhileParsing(String number) {
    String json = "{\"cuCost\":" + number + ",\"cuDiscount\":0}";

    assertThatThrownBy(() -> ScenarioJson.fromJson(json, JobBilling.class))
        .isInstanceOfSatisfying(ScenarioInvalidResponseException.class,
            e -> assertThat(e.jsonPath()).as("path").isEqualTo("$.cuCost"));
  }

  @Test
  void listsOfNumbersKeepTheirTextAndReadAsBigDecimals() {
    String json = "{\"size\":1,\"dimensions\":[0,1.50,2e1]}";

    AssetProperties properties = ScenarioJson.fromJson(json, AssetProperties.class);

    assertThat(properties.getDimensions()).as("dimensions")
        .containsExactly(new BigDecimal("0"), new BigDecimal("1.50"), new BigDecimal("2e1"));
    assertThat(ScenarioJson.toJson(properties)).as("written back").isEqualTo(json);
  }

  @Test
  void nestedListsOfNumbersAreWrittenBackAsSent() {
    String json = "{\"points\":[[1.0,2E2],[],[-0]]}";

    AssetMetadata metadata = ScenarioJson.fromJson(json, AssetMetadata.class);

    assertThat(metadata.getPoints()).as("points").hasSize(3);
    assertThat(ScenarioJson.toJson(metadata)).as("written back").isEqualTo(json);
  }

  @Test
  void parsedAndBuiltNumbersAreEqualExactlyWhenTheyWriteTheSameJson() {
    JobBilling parsed = ScenarioJson.fromJson("{\"cuCost\":0,\"cuDiscount\":0.10}", JobBilling.class);
    JobBilling same = JobBilling.builder().cuCost(BigDecimal.ZERO).cuDiscount(new BigDecimal("0.10")).build();
    JobBilling otherScale = JobBilling.builder().cuCost(BigDecimal.ZERO).cuDiscount(new BigDecimal("0.1")).build();

    assertThat(parsed).as("same JSON").isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(parsed).as("0.10 and 0.1 are written differently").isNotEqualTo(otherScale);
  }

  @Test
  void parsedAndBuiltListsOfNumbersAreEqualWhenTheyWriteTheSameJson() {
    AssetProperties parsed = ScenarioJson.fromJson("{\"size\":1,\"dimensions\":[0,1.50]}", AssetProperties.class);
    AssetProperties built = AssetProperties.builder()
        .size(BigDecimal.ONE)
        .dimensions(List.of(BigDecimal.ZERO, new BigDecimal("1.50")))
        .build();

    assertThat(parsed).as("same JSON").isEqualTo(built).hasSameHashCodeAs(built);
  }
}
