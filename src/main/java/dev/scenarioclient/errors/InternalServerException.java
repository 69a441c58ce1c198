package dev.scenarioclient.errors;

/** The server failed or is unavailable (HTTP 5xx). Retried automatically before it is thrown. Build one with {@link ScenarioApiException#builder()}. */
public final class InternalServerException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  InternalServerException(Builder builder) {
    super(builder);
  }
}
