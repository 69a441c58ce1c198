package dev.scenarioclient.errors;

/** The request was malformed (HTTP 400). Build one with {@link ScenarioApiException#builder()}. */
public final class BadRequestException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(Builder builder) {
    super(builder);
  }
}
