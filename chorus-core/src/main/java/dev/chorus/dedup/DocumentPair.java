package dev.chorus.dedup;

import java.util.Objects;

/**
 * Two documents found to be near-duplicates, with their exact shingle similarities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the id of the document that comes first in the story
 * @param second the other document's id
 * @param jaccard exact Jaccard similarity of their word-shingle sets
 * @param containment the share of the smaller shingle set found in the larger one
 */
public record DocumentPair(String first, String second, double jaccard, double containment) {

  public DocumentPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (!(jaccard >= 0 && jaccard <= 1 && containment >= 0 && containment <= 1)) {
      throw new IllegalArgumentException(
          "similarities must be in [0, 1], were " + jaccard + " and " + containment);
    }
  }
}
