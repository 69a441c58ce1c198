package dev.scenarioclient.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiContract;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * openapi/openapi.yaml describes exactly what the newest vendor reference copy under
 * src/test/resources/reference documents: every parameter and field with the same name, location,
 * required flag, type, array depth, enumeration values in order, limits and nullable, and nothing
 * else except what is marked retired. Older copies count only where they say more (limits, and what
 * is retired); see {@link ContractDiff}. One dynamic test per field of the newest reference names the
 * field it checks.
 */
class OpenApiMatchesReferenceTest {
  private static final ReferenceCopies.Copy NEWEST = ReferenceCopies.newest();
  private static final Reference REFERENCE = NEWEST.read();
  private static final ContractDiff.Comparison COMPARISON = ContractDiff.compare(
      ContractDocument.read(OpenApiContract.DOCUMENT), REFERENCE, ReferenceCopies.olderThan(NEWEST.edition()));

  @TestFactory
  Stream<DynamicTest> everyFieldOfTheNewestReferenceIsInTheDocumentAsDocumented() {
    return REFERENCE.allFields().stream().map(field -> DynamicTest.dynamicTest(field.toString(), () ->
        assertThat(differencesAt(field))
            .as("%s (%s) against openapi/openapi.yaml", field.path(), REFERENCE.source())
            .isEmpty()));
  }

  @Test
  void documentDescribesNothingTheReferencesDoNotAccountFor() {
    assertThat(COMPARISON.differences())
        .as("differences between openapi/openapi.yaml and %s (run the reference sync to see and apply them)",
            REFERENCE.source())
        .extracting(Difference::toString)
        .isEmpty();
  }

  private static List<String> differencesAt(ReferenceField field) {
    return COMPARISON.differences().stream()
        .filter(d -> d.location().equals(field.location()) && d.path().equals(field.path()))
        .map(Difference::toString)
        .collect(Collectors.toList());
  }
}
