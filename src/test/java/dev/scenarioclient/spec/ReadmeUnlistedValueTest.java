package dev.scenarioclient.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's example of an enumeration value the contract does not list stays unlisted: it is in
 * no enumeration of openapi/openapi.yaml and in no reference copy, so absorbing a newer reference
 * cannot turn the example into a listed value (as it did for "text").
 */
class ReadmeUnlistedValueTest {
  private static final Pattern UNLISTED = Pattern.compile("value \"([^\"]+)\" not listed by the contract");

  @Test
  void readmesUnlistedEnumerationValueIsListedNowhere() {
    List<String> examples = new ArrayList<>();
    Matcher matcher = UNLISTED.matcher(OpenApiContract.read(OpenApiContract.projectFile("README.md")));
    while (matcher.find()) {
      examples.add(matcher.group(1));
    }
    Set<String> listed = new LinkedHashSet<>();
    ContractDocument document = ContractDocument.read(OpenApiContract.DOCUMENT);
    for (String component : document.componentNames()) {
      document.at(Pointer.component(component)).path("enum").forEach(value -> listed.add(value.asText()));
    }
    for (ReferenceCopies.Copy copy : ReferenceCopies.list()) {
      copy.read().allFields().forEach(field -> listed.addAll(field.enumValues()));
    }

    assertThat(examples).as("README examples of an unlisted enumeration value").isNotEmpty()
        .allSatisfy(value -> assertThat(listed).as("values listed by the contract or a reference").doesNotContain(value));
  }
}
