package dev.chorus.attribute;

import dev.chorus.model.Span;
import java.util.Objects;

/**
 * A reference to two sentences of one story and a human judgement: does sentence b carry the
 * information of sentence a? One row of the attribution calibration set (see {@link Calibration}).
 * Only ids and offsets: the texts stay in the data set. Immutable and thread-safe.
 *
 * @param cluster the story: {@code seeds} or a Multi-News cluster id
 * @param fold {@link Calibration#FOLD_A} or {@link Calibration#FOLD_B}: the half of the set the
 *     pair belongs to for cross-validation (all pairs of a cluster are in one fold)
 * @param documentA article id of sentence a, the would-be summary sentence
 * @param spanA character offsets of sentence a in its article's text
 * @param documentB article id of sentence b, the would-be support; not {@code documentA}
 * @param spanB character offsets of sentence b
 * @param positive whether b states a's main claim
 */
public record LabeledPair(
    String cluster,
    String fold,
    String documentA,
    Span spanA,
    String documentB,
    Span spanB,
    boolean positive) {

  public LabeledPair {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(fold, "fold");
    Objects.requireNonNull(documentA, "documentA");
    Objects.requireNonNull(spanA, "spanA");
    Objects.requireNonNull(documentB, "documentB");
    Objects.requireNonNull(spanB, "spanB");
    if (!fold.equals(Calibration.FOLD_A) && !fold.equals(Calibration.FOLD_B)) {
      throw new IllegalArgumentException(
          "fold must be '"
              + Calibration.FOLD_A
              + "' or '"
              + Calibration.FOLD_B
              + "', was '"
              + fold
              + "'");
    }
    if (documentA.equals(documentB)) {
      throw new IllegalArgumentException(
          "the sentences must come from different documents, both are in " + documentA);
    }
  }
}
