package dev.scenarioclient;

import java.io.InterruptedIOException;

/**
 * The {@link ScenarioClient} was closed while a call waited to be run or to be retried. {@link
 * ClientRuntime} turns it into a {@link dev.scenarioclient.errors.ScenarioClientClosedException}.
 */
final class ClosedDuringCallException extends InterruptedIOException {
  private static final long serialVersionUID = 1L;

  ClosedDuringCallException(String message) {
    super(message);
  }
}
