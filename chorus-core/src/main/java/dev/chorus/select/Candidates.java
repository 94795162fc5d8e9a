package dev.chorus.select;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which sentences a summarizer may select, and orders over them that several summarizers share.
 *
 * <p>A sentence is <em>informative</em> when it has at least {@link #MIN_WORDS} words, at least
 * one content term, and ends like a sentence ({@code . ! ?}, possibly followed by closing quotes or
 * brackets): shorter sentences are mostly datelines, bylines, captions and fragments ("Read
 * more.", "WASHINGTON (AP) —") that carry no fact a reader can use, and text without a final stop
 * is mostly headlines, sub-heads, tag lists and documents cut off mid-sentence (Multi-News
 * truncates its inputs). Every summarizer selects from
 * the informative sentences only; when a story has none, all sentences with at least one word
 * become candidates instead, so that a story of short sentences still gets a summary. Statistics
 * (IDF, centroids, word probabilities) are still computed over all sentences, since short sentences
 * are part of what the story says.
 *
 * <p>Stateless and thread-safe; every method is O(n log n) or better for n sentences.
 */
final class Candidates {

  /** Fewest words an informative sentence has. */
  static final int MIN_WORDS = 5;

  private Candidates() {}

  /** Whether {@code sentence} may be selected when the story has informative sentences. */
  static boolean isInformative(AnalyzedSentence sentence) {
    return sentence.words() >= MIN_WORDS
        && !sentence.terms().isEmpty()
        && endsLikeASentence(sentence.text());
  }

  /** Whether the last character before closing quotes, brackets and spaces is . ! or ?. */
  static boolean endsLikeASentence(String text) {
    char mark = lastMark(text);
    return mark == '.' || mark == '!' || mark == '?' || mark == '…';
  }

  /** The last character before closing quotes, brackets and spaces; 0 when there is none. */
  static char lastMark(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      switch (c) {
        case '"', '\'', '”', '’', ')', ']', '»', ' ', '\t', '\n', '\r':
          continue;
        default:
          return c;
      }
    }
    return 0;
  }

  /** Candidate sentence indexes in story order: the informative ones, else all non-empty ones. */
  static int[] of(AnalyzedStory story) {
    List<AnalyzedSentence> sentences = story.sentences();
    int[] informative =
        IntStream.range(0, sentences.size()).filter(i -> isInformative(sentences.get(i))).toArray();
    if (informative.length > 0) {
      return informative;
    }
    return IntStream.range(0, sentences.size()).filter(i -> sentences.get(i).words() > 0).toArray();
  }

  /** Each candidate's rank among the candidates of its article (0 for the first). */
  static int[] rankInArticle(AnalyzedStory story, int[] candidates) {
    List<AnalyzedSentence> sentences = story.sentences();
    int documents = 0;
    for (AnalyzedSentence s : sentences) {
      documents = Math.max(documents, s.documentIndex() + 1);
    }
    int[] seen = new int[documents];
    int[] rank = new int[candidates.length];
    // Candidates are in story order, so counting per document gives each one's rank within it.
    for (int k = 0; k < candidates.length; k++) {
      rank[k] = seen[sentences.get(candidates[k]).documentIndex()]++;
    }
    return rank;
  }

  /**
   * {@code candidates} in round-robin order: the first candidate of every document in document
   * order, then the second of every document, and so on.
   */
  static int[] roundRobin(AnalyzedStory story, int[] candidates) {
    List<AnalyzedSentence> sentences = story.sentences();
    int[] documentRank = rankInArticle(story, candidates);
    Integer[] order = new Integer[candidates.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(k -> documentRank[k])
            .thenComparingInt(k -> sentences.get(candidates[k]).documentIndex())
            .thenComparingInt(k -> candidates[k]));
    int[] result = new int[candidates.length];
    for (int k = 0; k < result.length; k++) {
      result[k] = candidates[order[k]];
    }
    return result;
  }

  /**
   * At most {@code maxSize} candidates for the methods that need a pairwise similarity matrix: all
   * of them when there are no more than {@code maxSize}; else the first {@code maxSize} in
   * round-robin order (news puts its facts early) that are no near-duplicate of one taken before,
   * so that a story reprinted by hundreds of outlets still yields a pool of distinct sentences.
   * Returned in story order. Costs one near-duplicate lookup per pooled sentence.
   */
  static int[] pool(
      AnalyzedStory story, int[] candidates, int maxSize, NearDuplicateIndex duplicates) {
    if (candidates.length <= maxSize) {
      return candidates;
    }
    boolean[] covered = new boolean[story.sentences().size()];
    int[] pool = new int[maxSize];
    int size = 0;
    for (int c : roundRobin(story, candidates)) {
      if (size == maxSize) {
        break;
      }
      if (!covered[c]) {
        pool[size++] = c;
        covered[c] = true;
        for (int d : duplicates.nearDuplicatesOf(c)) {
          covered[d] = true;
        }
      }
    }
    pool = Arrays.copyOf(pool, size);
    Arrays.sort(pool);
    return pool;
  }

  /** The candidates not in {@code pool} (sorted), in round-robin order. */
  static int[] outside(AnalyzedStory story, int[] candidates, int[] pool) {
    return IntStream.of(roundRobin(story, candidates))
        .filter(c -> Arrays.binarySearch(pool, c) < 0)
        .toArray();
  }

  /** {@code items} sorted by descending {@code score[item]}, ties by ascending item. */
  static int[] byScoreDescending(int[] items, double[] score) {
    return IntStream.of(items)
        .boxed()
        .sorted(
            (a, b) -> {
              int byScore = Double.compare(score[b], score[a]);
              return byScore != 0 ? byScore : Integer.compare(a, b);
            })
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
