package dev.scenarioclient.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link dev.scenarioclient.mock.ScenarioMockServer}: one server on a
 * free port for the class, a configured {@code ScenarioClient}, {@code ScenarioClient.Builder} or
 * the server itself injected into test methods, constructors and lifecycle methods.
 *
 * <pre>{@code
 * @ScenarioMock
 * class CatalogTest {
 *   @Test
 *   void showsTheExamples(ScenarioClient client, ScenarioMockServer mock) {
 *     new Catalog(client).refresh("model_eyVcnFJcR92BxBkz7N6g5w");
 *     assertThat(mock.lastRequest().modelId()).isEqualTo("model_eyVcnFJcR92BxBkz7N6g5w");
 *   }
 * }
 * }</pre>
 *
 * <p>Before each test the server forgets the requests it received and restarts its stateful
 * scenarios; after each test, the test fails if a request broke the contract or a response
 * (your own stubs') did, unless the test took them with {@code takeViolations()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ScenarioMockExtension.class)
public @interface ScenarioMock {
  /**
   * A directory of your own WireMock stub files ({@code mappings/} and {@code __files/}) served on
   * top of the embedded ones, relative to the working directory (under Maven and Gradle, the
   * module's directory); empty for none.
   */
  String stubs() default "";

  /** Whether a test fails when a request or a response of it broke the contract (default true). */
  boolean failOnContractViolation() default true;
}
