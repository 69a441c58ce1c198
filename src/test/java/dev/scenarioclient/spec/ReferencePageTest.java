package dev.scenarioclient.spec;

import static dev.scenarioclient.testing.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.spec.ReferenceField.Type;
import dev.scenarioclient.testing.Fixtures;
import dev.scenarioclient.testing.OpenApiContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading the vendor's API reference web page: limits and nested objects become the shared field
 * model, the sample is the one after the request, and a page whose announced counts do not match
 * what it lists stops the reader with the line and the problem.
 */
class ReferencePageTest {
  private static final String JULY = OpenApiContract.read(Fixtures.JULY_PAGE);
  private static final Reference READ = Reference.parse("july", JULY);
  private static final Map<String, ReferenceField> BY_PATH =
      READ.allFields().stream().collect(Collectors.toMap(ReferenceField::path, Function.identity(), (a, b) -> a));

  @Test
  void limitLinesBecomeTheFieldsLimits() {
    assertThat(BY_PATH.get("examples[].inferenceParameters.height").limits())
        .containsExactly(Map.entry("minimum", new BigDecimal("64")), Map.entry("maximum", new BigDecimal("2048")),
            Map.entry("multipleOf", new BigDecimal("8")));
  }

  @Test
  void sameFieldReadsTheSameInBothForms() {
    Map<String, ReferenceField> august = Reference.read(Fixtures.AUGUST_MARKDOWN).allFields().stream()
        .collect(Collectors.toMap(ReferenceField::path, Function.identity(), (a, b) -> a));

    assertThat(READ.allFields()).allSatisfy(field -> {
      ReferenceField same = august.get(field.path());
      assertThat(same).as("%s in the Markdown", field.path()).isNotNull();
      assertThat(same).as(field.path())
          .extracting(ReferenceField::location, ReferenceField::required, ReferenceField::arrayDepth,
              ReferenceField::type)
          .containsExactly(field.location(), field.required(), field.arrayDepth(), field.type());
    });
  }

  @Test
  void sampleIsTheJsonAfterTheRequestByteForByte() {
    int start = JULY.indexOf("\n{\n", JULY.indexOf("\ncurl ")) + 1;

    assertThat(READ.sample()).isEqualTo(JULY.substring(start, JULY.indexOf("\n}\n", start) + 3))
        .isEqualTo(OpenApiContract.read(Fixtures.JULY_PAGE).substring(start, start + READ.sample().length()));
  }

  @Test
  void inlineSingleValueIsAnEnumerationOfOne() {
    assertThat(BY_PATH.get("examples[].job.metadata.flow[].logicType"))
        .extracting(ReferenceField::type, ReferenceField::enumValues)
        .containsExactly(Type.ENUM, List.of("if-else"));
  }

  // ---- what it refuses to read ----

  @Test
  void announcedValueCountThatDoesNotMatchTheListedValuesFails() {
    String edited = replaceOnce(JULY, "kind: \"3d\" or \"audio\" or \"document\" or 4 more\n\nThe kind of asset",
        "kind: \"3d\" or \"audio\" or \"document\" or 5 more\n\nThe kind of asset");

    assertUnreadable(edited, "field kind announces 8 values starting [3d, audio, document] but lists");
  }

  @Test
  void announcedChildCountThatDoesNotMatchTheListedFieldsFails() {
    String edited = replaceOnce(JULY, "billing: optional object { cuCost, cuDiscount }",
        "billing: optional object { cuCost, cuDiscount, 1 more }");

    assertUnreadable(edited, "field job announces 11 children but the page ends after 10");
  }

  @Test
  void childNamesThatDoNotMatchTheHeaderFail() {
    String edited = replaceOnce(JULY, "billing: optional object { cuCost, cuDiscount }",
        "billing: optional object { cuDiscount, cuCost }");

    assertUnreadable(edited, "field billing announces children [cuDiscount, cuCost] but lists [cuCost, cuDiscount]");
  }

  @Test
  void pageWithoutTheSampleFails() {
    assertUnreadable(JULY.substring(0, JULY.indexOf("\n{\n")), "no JSON sample");
  }

  private static void assertUnreadable(String page, String problem) {
    assertThatThrownBy(() -> Reference.parse("edited.txt", page))
        .isInstanceOf(UnreadableReferenceException.class)
        .hasMessageStartingWith("edited.txt")
        .hasMessageContaining(problem);
  }
}
