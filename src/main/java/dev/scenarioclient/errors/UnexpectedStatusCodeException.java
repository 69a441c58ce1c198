package dev.scenarioclient.errors;

/** The server answered with an error status this client does not name, such as 418, or a redirect it did not follow. Build one with {@link ScenarioApiException#builder()}. */
public final class UnexpectedStatusCodeException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusCodeException(Builder builder) {
    super(builder);
  }
}
