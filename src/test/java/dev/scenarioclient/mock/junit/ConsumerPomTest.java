package dev.scenarioclient.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.OpenApiContract;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README tells dependents exactly what to add to their POM for the testing jar; the consumer
 * project that the build runs (src/it/consumer) declares exactly that, so the list is proven.
 */
class ConsumerPomTest {
  private static String normalise(String xml) {
    return xml.replaceAll("\\s+", " ").trim();
  }

  @Test
  void consumerProjectDeclaresExactlyTheReadmesDependencies() {
    String readme = OpenApiContract.read(OpenApiContract.projectFile("README.md"));
    Matcher snippet = Pattern.compile("## Testing your code against a mock Scenario\n.*?```xml\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    Matcher consumer = Pattern.compile("  (<dependencyManagement>.*</dependencies>)\n\n  <build>", Pattern.DOTALL)
        .matcher(OpenApiContract.read(OpenApiContract.projectFile("src/it/consumer/pom.xml")));

    assertThat(snippet.find()).as("the README's POM snippet for the testing jar").isTrue();
    assertThat(consumer.find()).as("the consumer project's dependencies").isTrue();
    assertThat(normalise(consumer.group(1).replace("@project.version@", System.getProperty("project.version"))))
        .isEqualTo(normalise(snippet.group(1)));
  }
}
