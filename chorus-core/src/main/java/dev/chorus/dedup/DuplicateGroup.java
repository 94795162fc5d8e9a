package dev.chorus.dedup;

import java.util.List;

/**
 * A group of near-duplicate documents: syndicated copies of one story, lightly edited reprints.
 *
 * <p>The group is a connected component of the near-duplicate pairs that were verified: every
 * document is linked to every other through a chain of pairs, not necessarily directly. {@code
 * pairs} lists the verified pairs inside the group; with exact search that is every near-duplicate
 * pair of the group, with MinHash/LSH search (large stories) the pairs the hashing proposed, at
 * least enough to connect the group. Immutable and thread-safe.
 *
 * @param documentIds at least two, in story order
 * @param pairs in story order of their first, then second document
 */
public record DuplicateGroup(List<String> documentIds, List<DocumentPair> pairs) {

  public DuplicateGroup {
    documentIds = List.copyOf(documentIds);
    pairs = List.copyOf(pairs);
    if (documentIds.size() < 2) {
      throw new IllegalArgumentException(
          "a duplicate group needs at least two documents, had " + documentIds);
    }
  }

  /** The lowest Jaccard similarity among the group's pairs. */
  public double minJaccard() {
    return pairs.stream().mapToDouble(DocumentPair::jaccard).min().orElse(Double.NaN);
  }

  /** The highest Jaccard similarity among the group's pairs. */
  public double maxJaccard() {
    return pairs.stream().mapToDouble(DocumentPair::jaccard).max().orElse(Double.NaN);
  }
}
