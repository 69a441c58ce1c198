package dev.scenarioclient.spec;

/**
 * A vendor reference that a reader could not read as it expects, with where and why: the readers
 * check their own reading (announced counts, nesting, types) and stop here rather than compare a
 * misread reference with the document.
 */
final class UnreadableReferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableReferenceException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}
