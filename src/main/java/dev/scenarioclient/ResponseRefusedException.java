package dev.scenarioclient;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The client will not read a response: its body is larger than {@code maxResponseSize}, its framing
 * headers conflict, it redirects in a loop, or reading it ran out of memory. An {@link IOException},
 * so that OkHttp reports it through its callbacks like any failed exchange; never retried, because
 * the same server would answer the same way. {@link ClientRuntime} turns it into a
 * {@link dev.scenarioclient.errors.ScenarioInvalidResponseException}.
 */
final class ResponseRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  ResponseRefusedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
