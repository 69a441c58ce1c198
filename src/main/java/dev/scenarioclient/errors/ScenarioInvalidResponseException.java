package dev.scenarioclient.errors;

import org.jspecify.annotations.Nullable;

/**
 * A response body that cannot be read as the contract: not JSON, truncated, empty, or carrying a
 * value of the wrong type. {@link #jsonPath()} points at the offending value when it is known.
 */
public class ScenarioInvalidResponseException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String jsonPath;

  /**
   * Creates an exception for an unreadable body.
   *
   * @param message what is wrong with the body
   * @param jsonPath the JSON path of the offending value, or {@code null}
   * @param cause the underlying parse failure, or {@code null}
   */
  public ScenarioInvalidResponseException(
      String message, @Nullable String jsonPath, @Nullable Throwable cause) {
    super(message, cause);
    this.jsonPath = jsonPath;
  }

  /**
   * Returns the JSON path (for example {@code $.examples[0].asset.kind}) of the value that could not
   * be read.
   *
   * @return the path, or {@code null} when the failure is not tied to one value
   */
  public @Nullable String jsonPath() {
    return jsonPath;
  }
}
