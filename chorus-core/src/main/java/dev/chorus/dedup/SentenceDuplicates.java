package dev.chorus.dedup;

import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The near-duplicate sentences of one story, as {@link SentenceDeduplicator} found them: groups of
 * sentences that say the same thing, and for each sentence the documents that carry it.
 *
 * <p>A group is a connected component of verified near-duplicate pairs ({@link
 * SentenceSimilarity}); a sentence without a near-duplicate is a group of one. The documents that
 * <em>carry</em> a sentence are those of all sentences in its group, its own included: the outlets
 * to credit when the sentence is quoted in a summary. Sentence and document numbers are the
 * story's indexes ({@code AnalyzedSentence.index()}, {@code documentIndex()}). Immutable and
 * thread-safe.
 */
public final class SentenceDuplicates {

  private final AnalyzedStory story;
  private final int[] label;
  private final int[][] members;
  private final int[][] documents;
  private final boolean exact;

  SentenceDuplicates(AnalyzedStory story, int[] label, boolean exact) {
    this.story = Objects.requireNonNull(story, "story");
    this.label = label;
    this.exact = exact;
    int groups = 0;
    for (int l : label) {
      groups = Math.max(groups, l + 1);
    }
    int[] sizes = new int[groups];
    for (int l : label) {
      sizes[l]++;
    }
    members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[sizes[g]];
    }
    int[] fill = new int[groups];
    for (int i = 0; i < label.length; i++) {
      members[label[i]][fill[label[i]]++] = i;
    }
    documents = new int[groups][];
    for (int g = 0; g < groups; g++) {
      documents[g] =
          Arrays.stream(members[g])
              .map(i -> story.sentences().get(i).documentIndex())
              .distinct()
              .sorted()
              .toArray();
    }
  }

  /** The story the sentence numbers refer to. */
  public AnalyzedStory story() {
    return story;
  }

  /** Whether every pair was compared (else MinHash/LSH proposed the pairs). */
  public boolean exact() {
    return exact;
  }

  /** The sentences of {@code sentence}'s group, itself included, ascending. */
  public int[] group(int sentence) {
    return members[label[checkIndex(sentence)]].clone();
  }

  /** The documents that carry {@code sentence} (its group's documents), ascending. */
  public int[] carriers(int sentence) {
    return documents[label[checkIndex(sentence)]].clone();
  }

  /** The ids of the documents that carry {@code sentence}, in story order. */
  public List<String> carrierIds(int sentence) {
    List<String> ids = new ArrayList<>();
    for (int d : carriers(sentence)) {
      ids.add(story.story().articles().get(d).id());
    }
    return ids;
  }

  /** Whether two sentences are in the same group. */
  public boolean sameGroup(int a, int b) {
    return label[checkIndex(a)] == label[checkIndex(b)];
  }

  /** The groups of two or more sentences, each ascending, ordered by their first sentence. */
  public List<int[]> groups() {
    List<int[]> groups = new ArrayList<>();
    for (int[] group : members) {
      if (group.length > 1) {
        groups.add(group.clone());
      }
    }
    return groups;
  }

  private int checkIndex(int sentence) {
    if (sentence < 0 || sentence >= label.length) {
      throw new IllegalArgumentException(
          "sentence index must be in [0, " + label.length + "), was " + sentence);
    }
    return sentence;
  }
}
