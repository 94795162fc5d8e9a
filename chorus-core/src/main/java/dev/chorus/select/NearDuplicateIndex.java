package dev.chorus.select;

import dev.chorus.dedup.SentenceSimilarity;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
 * <p>Lookup uses prefix filtering (Chaudhuri et al. 2006, Bayardo et al. 2007) with PPJoin's
 * positional filter (Xiao et al., "Efficient similarity joins for near duplicate detection", WWW
 * 2008). Terms are ranked once per story, rarest first (by sentence frequency, ties by id), and
 * each sentence's terms sorted by that rank. Take a pair of near-duplicates, the smaller (or
 * either) with m terms, and their rarest shared term: every shared term comes after it in both
 * sentences, so the smaller one has at least o − 1 terms after it, o the pair's overlap. The
 * overlap the criteria need grows with the larger set, so o is at least the least overlap of two
 * sets of m terms, õ(m) (9 for m = 10: Jaccard 9/11), and the rarest shared term is among the
 * smaller sentence's first m − õ(m) + 1 terms, its <em>prefix</em>. A lookup therefore meets every
 * near-duplicate at least as large through the postings of its own prefix terms, and every smaller
 * one through the prefix postings (sentences indexed under their prefix terms only) of its terms.
 * When a sentence is first met, at the rarest shared term, the terms after that one in either
 * sentence bound the overlap, and a pair whose bound fails the criteria is dropped; the survivors
 * are verified by a merge from that term on, which stops once the overlap needed is out of reach.
 * The filters only skip pairs that cannot qualify, so the result is exactly the brute-force one.
 * Building is O(T log T) for T term occurrences; a lookup costs the postings it probes plus a merge
 * per candidate, and never O(n) in the story's sentence count n.
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

  // SentenceSimilarity's slack for a ratio of small integers against a decimal threshold.
  private static final double EPSILON = 1e-9;

  private final StoryIndex index;
  // Flat arrays, one slice per sentence or term: a story's index is a few large arrays rather
  // than thousands of small ones.
  /** Sentence i's distinct terms as ranks, ascending (rarest first): [termStart[i], [i + 1]). */
  private final int[] termStart;
  private final int[] terms;
  /**
   * Per term rank r, the sentences holding it, by size and then in story order, with the term's
   * position in each: [postingStart[r], postingStart[r + 1]).
   */
  private final int[] postingStart;
  private final int[] postingSentence;
  private final int[] postingPosition;
  /** The same restricted to the sentences whose prefix holds the term. */
  private final int[] prefixStart;
  private final int[] prefixSentence;
  private final int[] prefixPosition;
  /** Per sentence without terms, the sentences without terms whose folded text is the same. */
  private final int[][] sameEmpty;

  private NearDuplicateIndex(StoryIndex index) {
    this.index = index;
    int n = index.size();
    int vocabulary = index.vocabularySize();

    // Global order: rarest term first, ties by id, as the prefixes need; a counting sort, since
    // sentence frequencies are at most n.
    int[] frequencyStart = new int[n + 2];
    for (int t = 0; t < vocabulary; t++) {
      frequencyStart[index.sentenceFrequency(t) + 1]++;
    }
    for (int f = 0; f <= n; f++) {
      frequencyStart[f + 1] += frequencyStart[f];
    }
    int[] rank = new int[vocabulary];
    for (int t = 0; t < vocabulary; t++) {
      rank[t] = frequencyStart[index.sentenceFrequency(t)]++;
    }

    termStart = new int[n + 1];
    int largest = 0;
    for (int i = 0; i < n; i++) {
      int size = index.termIds(i).length;
      termStart[i + 1] = termStart[i] + size;
      largest = Math.max(largest, size);
    }
    terms = new int[termStart[n]];
    postingStart = new int[vocabulary + 1];
    prefixStart = new int[vocabulary + 1];
    for (int i = 0; i < n; i++) {
      int[] ids = index.termIds(i);
      int from = termStart[i];
      for (int k = 0; k < ids.length; k++) {
        terms[from + k] = rank[ids[k]];
      }
      Arrays.sort(terms, from, from + ids.length);
      int prefix = prefixLength(ids.length);
      for (int k = 0; k < ids.length; k++) {
        postingStart[terms[from + k] + 1]++;
        if (k < prefix) {
          prefixStart[terms[from + k] + 1]++;
        }
      }
    }
    for (int r = 0; r < vocabulary; r++) {
      postingStart[r + 1] += postingStart[r];
      prefixStart[r + 1] += prefixStart[r];
    }
    postingSentence = new int[postingStart[vocabulary]];
    postingPosition = new int[postingStart[vocabulary]];
    prefixSentence = new int[prefixStart[vocabulary]];
    prefixPosition = new int[prefixStart[vocabulary]];
    // Filled in order of size (ties in story order), so that a lookup can skip the sentences too
    // small or too large to qualify.
    int[] sizeStart = new int[largest + 2];
    for (int i = 0; i < n; i++) {
      sizeStart[size(i) + 1]++;
    }
    for (int size = 0; size <= largest; size++) {
      sizeStart[size + 1] += sizeStart[size];
    }
    int[] bySize = new int[n];
    for (int i = 0; i < n; i++) {
      bySize[sizeStart[size(i)]++] = i;
    }
    int[] fill = Arrays.copyOf(postingStart, vocabulary);
    int[] prefixFill = Arrays.copyOf(prefixStart, vocabulary);
    for (int i : bySize) {
      int from = termStart[i];
      int size = size(i);
      int prefix = prefixLength(size);
      for (int k = 0; k < size; k++) {
        int r = terms[from + k];
        postingSentence[fill[r]] = i;
        postingPosition[fill[r]++] = k;
        if (k < prefix) {
          prefixSentence[prefixFill[r]] = i;
          prefixPosition[prefixFill[r]++] = k;
        }
      }
    }

    // Sentences without terms: grouped by folded text, so a lookup costs its group only.
    sameEmpty = new int[n][];
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (index.termIds(i).length == 0) {
        String key = SentenceSimilarity.emptyKey(index.sentence(i).text());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : groups.values()) {
      int[] members = group.stream().mapToInt(Integer::intValue).toArray();
      for (int i : members) {
        sameEmpty[i] = members;
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
    return size == 0 ? 0 : size - leastOverlap(size, size) + 1;
  }

  /** Whether sentences {@code a} and {@code b} (story indexes) are near-duplicates. */
  public boolean areNearDuplicates(int a, int b) {
    checkIndex(a);
    checkIndex(b);
    if (a == b) {
      return true;
    }
    if (size(a) == 0 || size(b) == 0) {
      return size(a) == 0 && size(b) == 0 && sameEmpty[a] == sameEmpty[b];
    }
    // Most pairs share little: the merge stops as soon as the overlap needed is out of reach.
    return reachesOverlap(a, termStart[a], b, termStart[b], 0)
        && SentenceSimilarity.areNearDuplicates(index.termIds(a), index.termIds(b));
  }

  /** Every other sentence that is a near-duplicate of {@code sentence}, in story order. */
  public int[] nearDuplicatesOf(int sentence) {
    checkIndex(sentence);
    int from = termStart[sentence];
    int size = size(sentence);
    if (size == 0) {
      return IntStream.of(sameEmpty[sentence]).filter(j -> j != sentence).toArray();
    }
    Encounters met = new Encounters();
    // Sentences at least as large (up to the largest that can qualify): they hold a term of this
    // sentence's prefix.
    int largest = largestPartner(size);
    int prefix = prefixLength(size);
    for (int k = 0; k < prefix; k++) {
      int r = terms[from + k];
      int end = postingStart[r + 1];
      for (int p = firstOfSize(postingSentence, postingStart[r], end, size); p < end; p++) {
        int j = postingSentence[p];
        int other = size(j);
        if (other > largest) {
          break;
        }
        if (j != sentence && mayQualify(size, other, k, postingPosition[p])) {
          met.add(j, k, postingPosition[p]);
        }
      }
    }
    // Smaller sentences (down to the smallest that can qualify): their prefix holds a term of
    // this sentence.
    int smallest = smallestPartner(size);
    for (int k = 0; k < size; k++) {
      int r = terms[from + k];
      int end = prefixStart[r + 1];
      for (int p = firstOfSize(prefixSentence, prefixStart[r], end, smallest); p < end; p++) {
        int j = prefixSentence[p];
        int other = size(j);
        if (other >= size) {
          break;
        }
        if (mayQualify(size, other, k, prefixPosition[p])) {
          met.add(j, k, prefixPosition[p]);
        }
      }
    }
    // A sentence met more than once is verified once, from where it was first met: for a
    // near-duplicate that is at its rarest shared term, as the filter passes there.
    long[] order = met.byCandidate();
    int[] ids = index.termIds(sentence);
    int[] found = new int[order.length];
    int count = 0;
    int previous = -1;
    for (long key : order) {
      int j = (int) (key >>> 32);
      int e = (int) key;
      if (j != previous
          && suffixesQualify(sentence, met.position(e), j, met.otherPosition(e))
          && SentenceSimilarity.areNearDuplicates(ids, index.termIds(j))) {
        found[count++] = j;
      }
      previous = j;
    }
    return Arrays.copyOf(found, count);
  }

  /** Number of distinct terms of sentence {@code i}. */
  private int size(int i) {
    return termStart[i + 1] - termStart[i];
  }

  /**
   * The first index in {@code sentences[from, to)}, a posting list by size, whose sentence has at
   * least {@code size} terms.
   */
  private int firstOfSize(int[] sentences, int from, int to, int size) {
    int low = from;
    int high = to;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (size(sentences[middle]) < size) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The most terms a near-duplicate of a set of {@code size} terms can have: unbounded when the
   * containment criterion applies, else what Jaccard allows when all {@code size} terms are shared.
   */
  private static int largestPartner(int size) {
    if (size >= MIN_CONTAINED_TERMS) {
      return Integer.MAX_VALUE;
    }
    int other = size;
    while (qualifies(size, size, other + 1)) {
      other++;
    }
    return other;
  }

  /** The fewest terms a near-duplicate of a set of {@code size} terms can have: all shared. */
  private static int smallestPartner(int size) {
    int other = 1;
    while (other < size && !qualifies(other, other, size)) {
      other++;
    }
    return other;
  }

  /** Whether two term sets whose overlap is {@code overlap} are near-duplicates. */
  private static boolean qualifies(int overlap, int a, int b) {
    // The criteria of SentenceSimilarity.areNearDuplicates, for this overlap.
    int smaller = Math.min(a, b);
    return overlap >= JACCARD * (a + b - overlap) - EPSILON
        || (smaller >= MIN_CONTAINED_TERMS && overlap >= CONTAINMENT * smaller - EPSILON);
  }

  /**
   * The positional filter: whether sets of {@code a} and {@code b} terms whose rarest shared term
   * is at position {@code i} of the first and {@code j} of the second (in rank order) can be
   * near-duplicates. The terms after those positions bound the overlap, and both criteria only
   * get easier as the overlap grows, so testing the bound is enough.
   */
  private static boolean mayQualify(int a, int b, int i, int j) {
    return qualifies(1 + Math.min(a - i - 1, b - j - 1), a, b);
  }

  /**
   * Whether sentences {@code a} and {@code b}, whose rarest shared term is the {@code i}-th of
   * {@code a} and the {@code j}-th of {@code b} (in rank order), share enough terms to be
   * near-duplicates. When that term is shared but not the rarest shared one, the count falls short
   * of the overlap and the answer is no, which is right for any pair that {@link #mayQualify} lets
   * through only at a later shared term.
   */
  private boolean suffixesQualify(int a, int i, int b, int j) {
    return reachesOverlap(a, termStart[a] + i + 1, b, termStart[b] + j + 1, 1);
  }

  /**
   * Whether sentences {@code a} and {@code b} reach the overlap that near-duplicates need,
   * counting {@code overlap} shared terms before {@code terms[x]} and {@code terms[y]}: merges the
   * terms from there on, and stops as soon as those left cannot reach the overlap needed.
   */
  private boolean reachesOverlap(int a, int x, int b, int y, int overlap) {
    int needed = leastOverlap(size(a), size(b));
    int xEnd = termStart[a + 1];
    int yEnd = termStart[b + 1];
    while (overlap < needed) {
      if (overlap + Math.min(xEnd - x, yEnd - y) < needed) {
        return false;
      }
      if (terms[x] < terms[y]) {
        x++;
      } else if (terms[x] > terms[y]) {
        y++;
      } else {
        overlap++;
        x++;
        y++;
      }
    }
    return true;
  }

  /** The least overlap at which sets of {@code a} and {@code b} terms are near-duplicates. */
  private static int leastOverlap(int a, int b) {
    int smaller = Math.min(a, b);
    // Both criteria need at least min(JACCARD, CONTAINMENT) · smaller shared terms (the bound
    // behind SentenceSimilarity.minOverlap), so start from its floor, without Math.ceil's cost.
    int overlap = Math.max(1, (int) (Math.min(JACCARD, CONTAINMENT) * smaller));
    while (overlap <= smaller && !qualifies(overlap, a, b)) {
      overlap++;
    }
    return overlap;
  }

  /** The sentences a lookup met, with the positions of the shared term in both. */
  private static final class Encounters {
    private long[] keys = new long[16]; // candidate << 32 | encounter number
    private int[] positions = new int[32]; // per encounter: position in the sentence, in the other
    private int size;

    void add(int candidate, int position, int otherPosition) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        positions = Arrays.copyOf(positions, size * 4);
      }
      keys[size] = ((long) candidate << 32) | size;
      positions[2 * size] = position;
      positions[2 * size + 1] = otherPosition;
      size++;
    }

    /** Encounter keys by candidate, each candidate's encounters in the order they happened. */
    long[] byCandidate() {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      return sorted;
    }

    int position(int encounter) {
      return positions[2 * encounter];
    }

    int otherPosition(int encounter) {
      return positions[2 * encounter + 1];
    }
  }

  private void checkIndex(int sentence) {
    if (sentence < 0 || sentence >= index.size()) {
      throw new IllegalArgumentException(
          "sentence index must be in [0, " + index.size() + "), was " + sentence);
    }
  }
}
