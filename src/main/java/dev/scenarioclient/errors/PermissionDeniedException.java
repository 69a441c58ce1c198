package dev.scenarioclient.errors;

/** The credentials do not grant access to the resource (HTTP 403). Build one with {@link ScenarioApiException#builder()}. */
public final class PermissionDeniedException extends ScenarioApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(Builder builder) {
    super(builder);
  }
}
