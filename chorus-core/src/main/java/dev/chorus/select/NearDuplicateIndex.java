package dev.chorus.select;

import dev.chorus.dedup.SentenceSimilarity;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;

/**
 * Finds near-duplicate sentences in a story: the same wire sentence reprinted by several outlets,
 * lightly edited copies, and a sentence that another one repeats with a clause added.
 *
 * <p>The criterion is {@link SentenceSimilarity}'s, shared with {@code
 * dev.chorus.dedup.SentenceDeduplicator}. Two sentences with content-term sets A and B (distinct
 * terms) are near-duplicates when
 *
 * <ul>
 *   <li>their Jaccard similarity |A∩B| / |A∪B| is at least {@link #JACCARD} (0.7), or
 *   <li>the smaller set has at least {@link #MIN_CONTAINED_TERMS} (4) terms and at least {@link
 *       #CONTAINMENT} (0.9) of them are in the other set: one sentence says nothing the other does
 *       not (for 4 to 9 terms this means all of them);
 *   <li>both sets are empty and the whitespace-normalized, lowercased texts are equal.
 * </ul>
 *
 * Term sets rather than word shingles make the test robust to reordering and small edits ("said on
 * Tuesday" / "said Tuesday"); the size floor keeps a short generic sentence from counting as a copy
 * of every longer sentence that happens to contain its few terms.
 *
 * <p>Lookup uses prefix filtering (Chaudhuri et al. 2006, Bayardo et al. 2007): both criteria imply
 * that the pair shares at least ⌈0.7·m⌉ terms, m the smaller set's size, so the smaller set shares
 * a term with the other among its m − ⌈0.7·m⌉ + 1 rarest terms. Indexing every sentence under that
 * short prefix of rare terms lets {@link #nearDuplicatesOf} verify only sentences that share a rare
 * term instead of all pairs. Building is O(T log T) for T term occurrences; a lookup costs the
 * postings of the probed terms plus O(|A|+|B|) per verified candidate.
 *
 * <p>Immutable after construction, hence thread-safe.
 */
public final class NearDuplicateIndex {

  /** Jaccard similarity of term sets at which two sentences are near-duplicates. */
  public static final double JACCARD = SentenceSimilarity.JACCARD;

  /** Share of the smaller term set found in the larger one at which it counts as contained. */
  public static final double CONTAINMENT = SentenceSimilarity.CONTAINMENT;

  /** Fewest distinct terms a sentence needs for the containment criterion to apply. */
  public static final int MIN_CONTAINED_TERMS = SentenceSimilarity.MIN_CONTAINED_TERMS;

  private final StoryIndex index;
  private final int[][] prefixPostings;
  private final String[] emptyKeys;
  private final int[] emptySentences;

  private NearDuplicateIndex(StoryIndex index) {
    this.index = index;
    int n = index.size();
    int vocabulary = index.vocabularySize();

    // Prefixes hold each sentence's rarest terms (ties by id): selective, short posting lists.
    int[][] prefixes = new int[n][];
    int[] prefixFrequency = new int[vocabulary];
    int empties = 0;
    for (int i = 0; i < n; i++) {
      if (index.termIds(i).length == 0) {
        empties++;
      }
      prefixes[i] = prefixOf(index.termIds(i));
      for (int t : prefixes[i]) {
        prefixFrequency[t]++;
      }
    }
    prefixPostings = new int[vocabulary][];
    for (int t = 0; t < vocabulary; t++) {
      prefixPostings[t] = new int[prefixFrequency[t]];
    }
    int[] fill = new int[vocabulary];
    for (int i = 0; i < n; i++) {
      for (int t : prefixes[i]) {
        prefixPostings[t][fill[t]++] = i;
      }
    }

    emptyKeys = new String[n];
    emptySentences = new int[empties];
    int e = 0;
    for (int i = 0; i < n; i++) {
      if (index.termIds(i).length == 0) {
        emptyKeys[i] = SentenceSimilarity.emptyKey(index.sentence(i).text());
        emptySentences[e++] = i;
      }
    }
  }

  /** Indexes the sentences of {@code story}. */
  public static NearDuplicateIndex of(AnalyzedStory story) {
    return new NearDuplicateIndex(StoryIndex.of(story));
  }

  static NearDuplicateIndex of(StoryIndex index) {
    return new NearDuplicateIndex(index);
  }

  AnalyzedStory story() {
    return index.story();
  }

  private static int prefixLength(int size) {
    return size == 0 ? 0 : size - SentenceSimilarity.minOverlap(size) + 1;
  }

  /** Whether sentences {@code a} and {@code b} (story indexes) are near-duplicates. */
  public boolean areNearDuplicates(int a, int b) {
    checkIndex(a);
    checkIndex(b);
    if (a == b) {
      return true;
    }
    int[] ta = index.termIds(a);
    int[] tb = index.termIds(b);
    if (ta.length == 0 || tb.length == 0) {
      return ta.length == 0 && tb.length == 0 && emptyKeys[a].equals(emptyKeys[b]);
    }
    return SentenceSimilarity.areNearDuplicates(ta, tb);
  }

  /** Every other sentence that is a near-duplicate of {@code sentence}, in story order. */
  public int[] nearDuplicatesOf(int sentence) {
    checkIndex(sentence);
    int[] terms = index.termIds(sentence);
    if (terms.length == 0) {
      return Arrays.stream(emptySentences)
          .filter(j -> j != sentence && emptyKeys[j].equals(emptyKeys[sentence]))
          .toArray();
    }
    boolean[] probed = new boolean[index.size()];
    probed[sentence] = true;
    int[] found = new int[8];
    int count = 0;
    // Sentences at least as large: they share a term with this sentence's prefix.
    for (int t : prefixOf(terms)) {
      for (int j : index.postings(t)) {
        if (!probed[j]) {
          probed[j] = true;
          if (areNearDuplicates(sentence, j)) {
            found = append(found, count++, j);
          }
        }
      }
    }
    // Smaller sentences: their prefix shares a term with this sentence.
    for (int t : terms) {
      for (int j : prefixPostings[t]) {
        if (!probed[j]) {
          probed[j] = true;
          if (areNearDuplicates(sentence, j)) {
            found = append(found, count++, j);
          }
        }
      }
    }
    int[] result = Arrays.copyOf(found, count);
    Arrays.sort(result);
    return result;
  }

  /** The prefix of a term set: its rarest terms by sentence frequency, ties by id. */
  private int[] prefixOf(int[] terms) {
    long[] byRank = new long[terms.length];
    for (int k = 0; k < terms.length; k++) {
      byRank[k] = ((long) index.sentenceFrequency(terms[k]) << 32) | terms[k];
    }
    Arrays.sort(byRank);
    int[] prefix = new int[prefixLength(terms.length)];
    for (int k = 0; k < prefix.length; k++) {
      prefix[k] = (int) byRank[k];
    }
    return prefix;
  }

  private static int[] append(int[] array, int size, int value) {
    int[] target = size == array.length ? Arrays.copyOf(array, size * 2) : array;
    target[size] = value;
    return target;
  }

  private void checkIndex(int sentence) {
    if (sentence < 0 || sentence >= index.size()) {
      throw new IllegalArgumentException(
          "sentence index must be in [0, " + index.size() + "), was " + sentence);
    }
  }
}
