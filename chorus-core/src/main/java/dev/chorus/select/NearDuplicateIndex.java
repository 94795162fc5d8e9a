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
  /** Per sentence, the ranks of its distinct terms, ascending: rarest first. */
  private final int[][] ranked;
  /** Per sentence, its number of distinct terms (kept apart for locality when probing). */
  private final int[] sizes;
  /** Per term rank, the sentences that contain it by size, and its position in each. */
  private final int[][] postings;
  private final int[][] postingPositions;
  /** The same restricted to the sentences whose prefix holds the term. */
  private final int[][] prefixPostings;
  private final int[][] prefixPositions;
  /** Per sentence without terms, the sentences without terms whose folded text is the same. */
  private final int[][] sameEmpty;

  private NearDuplicateIndex(StoryIndex index) {
    this.index = index;
    int n = index.size();
    int vocabulary = index.vocabularySize();

    // Global order: rarest term first, ties by id, as the prefixes need.
    long[] byFrequency = new long[vocabulary];
    for (int t = 0; t < vocabulary; t++) {
      byFrequency[t] = ((long) index.sentenceFrequency(t) << 32) | t;
    }
    Arrays.sort(byFrequency);
    int[] rank = new int[vocabulary];
    for (int r = 0; r < vocabulary; r++) {
      rank[(int) byFrequency[r]] = r;
    }

    ranked = new int[n][];
    sizes = new int[n];
    int[] frequency = new int[vocabulary];
    int[] prefixFrequency = new int[vocabulary];
    for (int i = 0; i < n; i++) {
      int[] terms = index.termIds(i);
      int[] row = new int[terms.length];
      for (int k = 0; k < terms.length; k++) {
        row[k] = rank[terms[k]];
      }
      Arrays.sort(row);
      ranked[i] = row;
      sizes[i] = row.length;
      int prefix = prefixLength(row.length);
      for (int k = 0; k < row.length; k++) {
        frequency[row[k]]++;
        if (k < prefix) {
          prefixFrequency[row[k]]++;
        }
      }
    }
    postings = new int[vocabulary][];
    postingPositions = new int[vocabulary][];
    prefixPostings = new int[vocabulary][];
    prefixPositions = new int[vocabulary][];
    for (int r = 0; r < vocabulary; r++) {
      postings[r] = new int[frequency[r]];
      postingPositions[r] = new int[frequency[r]];
      prefixPostings[r] = new int[prefixFrequency[r]];
      prefixPositions[r] = new int[prefixFrequency[r]];
    }
    // Filled in order of size (ties in story order), so that a lookup can skip the sentences too
    // small or too large to qualify.
    int largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, sizes[i]);
    }
    int[] sizeStart = new int[largest + 2];
    for (int i = 0; i < n; i++) {
      sizeStart[sizes[i] + 1]++;
    }
    for (int size = 0; size <= largest; size++) {
      sizeStart[size + 1] += sizeStart[size];
    }
    int[] bySize = new int[n];
    for (int i = 0; i < n; i++) {
      bySize[sizeStart[sizes[i]]++] = i;
    }
    int[] fill = new int[vocabulary];
    int[] prefixFill = new int[vocabulary];
    for (int i : bySize) {
      int[] row = ranked[i];
      int prefix = prefixLength(row.length);
      for (int k = 0; k < row.length; k++) {
        int r = row[k];
        postings[r][fill[r]] = i;
        postingPositions[r][fill[r]++] = k;
        if (k < prefix) {
          prefixPostings[r][prefixFill[r]] = i;
          prefixPositions[r][prefixFill[r]++] = k;
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
    int[] ta = index.termIds(a);
    int[] tb = index.termIds(b);
    if (ta.length == 0 || tb.length == 0) {
      return ta.length == 0 && tb.length == 0 && sameEmpty[a] == sameEmpty[b];
    }
    return SentenceSimilarity.areNearDuplicates(ta, tb);
  }

  /** Every other sentence that is a near-duplicate of {@code sentence}, in story order. */
  public int[] nearDuplicatesOf(int sentence) {
    checkIndex(sentence);
    int[] row = ranked[sentence];
    int size = row.length;
    if (size == 0) {
      return IntStream.of(sameEmpty[sentence]).filter(j -> j != sentence).toArray();
    }
    Encounters met = new Encounters();
    // Sentences at least as large (up to the largest that can qualify): they hold a term of this
    // sentence's prefix.
    int largest = largestPartner(size);
    for (int k = 0; k < prefixLength(size); k++) {
      int[] sentences = postings[row[k]];
      int[] positions = postingPositions[row[k]];
      for (int p = firstOfSize(sentences, size); p < sentences.length; p++) {
        int j = sentences[p];
        int other = sizes[j];
        if (other > largest) {
          break;
        }
        if (j != sentence && mayQualify(size, other, k, positions[p])) {
          met.add(j, k, positions[p]);
        }
      }
    }
    // Smaller sentences (down to the smallest that can qualify): their prefix holds a term of
    // this sentence.
    int smallest = smallestPartner(size);
    for (int k = 0; k < size; k++) {
      int[] sentences = prefixPostings[row[k]];
      int[] positions = prefixPositions[row[k]];
      for (int p = firstOfSize(sentences, smallest); p < sentences.length; p++) {
        int j = sentences[p];
        int other = sizes[j];
        if (other >= size) {
          break;
        }
        if (mayQualify(size, other, k, positions[p])) {
          met.add(j, k, positions[p]);
        }
      }
    }
    // A sentence met more than once is verified once, from where it was first met: for a
    // near-duplicate that is at its rarest shared term, as the filter passes there.
    long[] order = met.byCandidate();
    int[] terms = index.termIds(sentence);
    int[] found = new int[order.length];
    int count = 0;
    int previous = -1;
    for (long key : order) {
      int j = (int) (key >>> 32);
      int e = (int) key;
      if (j != previous
          && suffixesQualify(row, met.position(e), ranked[j], met.otherPosition(e))
          && SentenceSimilarity.areNearDuplicates(terms, index.termIds(j))) {
        found[count++] = j;
      }
      previous = j;
    }
    return Arrays.copyOf(found, count);
  }

  /** The first index of a posting list (by size) whose sentence has at least {@code size} terms. */
  private int firstOfSize(int[] sentences, int size) {
    int low = 0;
    int high = sentences.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sizes[sentences[middle]] < size) {
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
   * Whether rank-sorted term sets {@code a} and {@code b}, whose rarest shared term is {@code
   * a[i] == b[j]}, are near-duplicates by overlap: merges what follows, and stops as soon as the
   * terms left cannot reach the overlap needed. When {@code a[i]} is a shared term but not the
   * rarest one, the count falls short of the overlap and the answer is no, which is right for any
   * pair that {@link #mayQualify} lets through only at a later shared term.
   */
  private static boolean suffixesQualify(int[] a, int i, int[] b, int j) {
    int needed = leastOverlap(a.length, b.length);
    int overlap = 1;
    int x = i + 1;
    int y = j + 1;
    while (overlap < needed) {
      if (overlap + Math.min(a.length - x, b.length - y) < needed) {
        return false;
      }
      if (a[x] < b[y]) {
        x++;
      } else if (a[x] > b[y]) {
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
