package dev.scenarioclient.testing;

import dev.scenarioclient.mock.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The project's OpenAPI document as a validator (the shipped {@link ContractValidator}, the one the
 * mock server uses), and the documented sample payload. Violations are reported as
 * {@code "<json path>: <message>"}.
 *
 * <p>The validator is stricter than the document's JSON Schema semantics in one way, on purpose: a
 * field the document does not define is a violation. A stub carrying one has drifted; a live server
 * sending one has moved ahead of the contract, which the suite should say even though the client
 * keeps such fields.
 */
public final class OpenApiContract {
  /** The hand-maintained contract. */
  public static final Path DOCUMENT = projectFile("openapi/openapi.yaml");

  /** The API reference's sample response, byte for byte; the replay stubs serve this file. */
  public static final Path SAMPLE =
      projectFile("contract-tests/wiremock/__files/list-model-examples.sample-response.json");

  /** The checkout's document, which a spec edit changes before the jar is rebuilt. */
  public static final ContractValidator VALIDATOR = ContractValidator.forDocument(DOCUMENT);

  private OpenApiContract() {}

  /** Resolves a path relative to the project directory, whatever the working directory. */
  public static Path projectFile(String relative) {
    return Paths.get(System.getProperty("project.basedir", "")).toAbsolutePath().resolve(relative);
  }

  public static String sample() {
    return read(SAMPLE);
  }

  public static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a response of {@code GET <requestPath>} against the document.
   *
   * @param requestPath the request path including the server's base path, e.g. {@code /v1/models/m/examples}
   * @return one line per error, empty when the response conforms
   */
  public static List<String> responseViolations(
      String requestPath, int status, Map<String, List<String>> headers, String body) {
    return VALIDATOR.responseViolations("GET", requestPath, status, headers, body);
  }

  /** Validates a {@code 200 application/json} response of the list-examples operation. */
  public static List<String> listExamplesViolations(String body) {
    return responseViolations(
        "/v1/models/model_sample/examples",
        200,
        Map.of("Content-Type", List.of("application/json")),
        body);
  }
}
