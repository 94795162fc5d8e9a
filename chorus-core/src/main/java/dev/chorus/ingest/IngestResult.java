package dev.chorus.ingest;

/**
 * The outcome of reading one item (a file, a JSONL line): either the item or the reason it was
 * rejected. A rejected item is reported and counted, never silently dropped.
 *
 * @param <T> what was read
 */
public sealed interface IngestResult<T> permits IngestResult.Ingested, IngestResult.Rejected {

  /** Where the item came from: a path, or {@code path:line} for a line of a JSONL file. */
  String source();

  /** An item read successfully. */
  record Ingested<T>(T value, String source) implements IngestResult<T> {}

  /** An item that could not be read, and why, naming the file (and line) and the problem. */
  record Rejected<T>(String source, String reason) implements IngestResult<T> {
    @Override
    public String toString() {
      return source + ": " + reason;
    }
  }
}
