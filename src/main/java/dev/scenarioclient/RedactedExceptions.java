package dev.scenarioclient;

import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioApiException;
import dev.scenarioclient.errors.ScenarioClientClosedException;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioException;
import dev.scenarioclient.errors.ScenarioInputException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.errors.ScenarioNetworkException;
import dev.scenarioclient.errors.ScenarioTimeoutException;
import dev.scenarioclient.internal.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes the credentials from an exception about to leave the client. Messages built from what a
 * server sent (a status line, a JSON path naming its fields, an unlisted enumeration value) can quote
 * anything the server chose, including the request's {@code Authorization} header echoed back. An
 * exception in which the redactor finds nothing, the usual case, is returned as is; otherwise an
 * exception of the same type is made with every message, JSON path and violation redacted, and
 * causes that quote a secret are replaced by {@link RedactedCause}.
 */
final class RedactedExceptions {
  private RedactedExceptions() {}

  static ScenarioException redact(ScenarioException e, Redactor redactor) {
    if (e instanceof ScenarioApiException || !holdsSecret(e, redactor)) {
      return e; // ScenarioApiException redacts itself, through its builder
    }
    String message = redactor.redact(String.valueOf(e.getMessage()));
    @Nullable Throwable cause = redactCause(e.getCause(), redactor);
    ScenarioException copy;
    if (e instanceof ScenarioContractViolationException) {
      List<ContractViolation> violations = new ArrayList<>();
      for (ContractViolation v : ((ScenarioContractViolationException) e).violations()) {
        violations.add(ContractViolation.of(redactor.redact(v.jsonPath()), v.kind(),
            redactor.redactNullable(v.found()), redactor.redactNullable(v.expected())));
      }
      copy = new ScenarioContractViolationException(violations);
    } else if (e instanceof ScenarioInvalidResponseException) {
      copy = new ScenarioInvalidResponseException(message,
          redactor.redactNullable(((ScenarioInvalidResponseException) e).jsonPath()), cause);
    } else if (e instanceof ScenarioTimeoutException) {
      copy = new ScenarioTimeoutException(message, cause);
    } else if (e instanceof ScenarioNetworkException) {
      copy = new ScenarioNetworkException(message, cause);
    } else if (e instanceof ScenarioClientClosedException) {
      copy = new ScenarioClientClosedException(message);
    } else if (e instanceof ScenarioInputException) {
      copy = new ScenarioInputException(message);
    } else {
      copy = new ScenarioException(message, cause);
    }
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  private static boolean holdsSecret(@Nullable Throwable t, Redactor redactor) {
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      if (redactor.foundIn(t.getMessage()) || redactor.foundIn(t.toString())) {
        return true;
      }
      if (t instanceof ScenarioInvalidResponseException
          && redactor.foundIn(((ScenarioInvalidResponseException) t).jsonPath())) {
        return true;
      }
      if (t instanceof ScenarioContractViolationException) {
        for (ContractViolation v : ((ScenarioContractViolationException) t).violations()) {
          if (redactor.foundIn(v.jsonPath()) || redactor.foundIn(v.found()) || redactor.foundIn(v.expected())) {
            return true;
          }
        }
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (holdsSecret(suppressed, redactor)) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Throwable redactCause(@Nullable Throwable cause, Redactor redactor) {
    if (cause == null || !holdsSecret(cause, redactor)) {
      return cause;
    }
    return new RedactedCause(cause, redactor);
  }

  /**
   * Stands for a cause whose message quoted a secret: says what type it was, carries its message
   * redacted and its stack trace, and stands in the same way for its own causes.
   */
  static final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;

    RedactedCause(Throwable original, Redactor redactor) {
      super(original.getClass().getName() + ": " + redactor.redact(String.valueOf(original.getMessage())),
          redactCause(original.getCause(), redactor));
      setStackTrace(original.getStackTrace());
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // replaced by the original's
    }
  }
}
