package dev.chorus.embed;

import java.util.List;

/**
 * Maps sentences to fixed-length vectors whose dot product measures how close their meanings are
 * (cosine similarity, since the vectors are unit length).
 *
 * <p>Contract of {@link #encode}:
 *
 * <ul>
 *   <li>returns one row per input text, in input order, each of length {@link #dimension()};
 *   <li>every row has L2 norm 1 (to float precision, within 1e-5), except that an encoder may
 *       return the zero vector for a text in which it finds nothing to represent (the hashed-term
 *       fallback does this for empty or stopword-only text); its dot product with anything is 0;
 *   <li>the returned arrays are new and belong to the caller;
 *   <li>deterministic: the same list of texts gives bit-identical rows, whatever the order of the
 *       list (row i always belongs to text i) and the number of threads. Whether a row may depend
 *       on the other texts of the same call is up to the implementation and documented there
 *       (int8 neural models that batch texts quantize whole batches, so neighbours can move a row
 *       slightly; Chorus's encoders by default do not).
 * </ul>
 *
 * <p>Implementations must be thread-safe: {@code encode} may be called concurrently from several
 * threads on one instance. Implementations holding native resources also implement {@link
 * AutoCloseable} and document what closing does to calls still running.
 */
public interface SentenceEncoder {

  /** A short stable identifier, such as {@code "all-minilm-l6-v2-q"}, for logs and reports. */
  String name();

  /** Length of every vector returned by {@link #encode}; at least 1. */
  int dimension();

  /**
   * The vectors of {@code texts} (see the interface documentation for the contract).
   *
   * @param texts any number of texts, including none; elements must not be null
   * @return {@code texts.size()} rows of {@link #dimension()} floats
   * @throws NullPointerException if {@code texts} or one of its elements is null
   */
  float[][] encode(List<String> texts);
}
