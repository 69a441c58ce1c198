package dev.scenarioclient.errors;

/** The request was well-formed but could not be processed (HTTP 422). Build one with {@link ScenarioApiException#builder()}. */
public final class UnprocessableEntityException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(Builder builder) {
    super(builder);
  }
}
