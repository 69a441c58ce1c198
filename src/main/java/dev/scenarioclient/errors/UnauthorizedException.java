package dev.scenarioclient.errors;

/** The credentials are missing or invalid (HTTP 401). Build one with {@link ScenarioApiException#builder()}. */
public final class UnauthorizedException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(Builder builder) {
    super(builder);
  }
}
