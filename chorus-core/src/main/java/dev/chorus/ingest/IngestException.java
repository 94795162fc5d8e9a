package dev.chorus.ingest;

/**
 * An item (file content, JSONL line) cannot be turned into a model object.
 *
 * <p>The message is the reason only, for example {@code "field 'text' is missing"}; the caller
 * knows where the item came from and pairs the two in an {@link IngestResult.Rejected}. Checked, so
 * that every parser's failure path is visible at compile time and ends up as a rejection rather
 * than an exception escaping a batch.
 */
public final class IngestException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A rejection with {@code reason}, which must say what is wrong and show the bad value. */
  public IngestException(String reason) {
    super(reason);
  }

  /** A rejection with {@code reason}, caused by a lower-level failure (kept for debugging). */
  public IngestException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
