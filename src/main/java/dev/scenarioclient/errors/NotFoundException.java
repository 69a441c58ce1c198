package dev.scenarioclient.errors;

/** The resource does not exist, for example no model has the id (HTTP 404). Build one with {@link ScenarioApiException#builder()}. */
public final class NotFoundException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(Builder builder) {
    super(builder);
  }
}
