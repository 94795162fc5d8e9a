package dev.chorus.dedup;

import dev.chorus.model.Article;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Finds groups of near-duplicate documents in a story: syndicated wire copy, reprints with a few
 * words changed, a copy cut short.
 *
 * <p>Each document becomes the set of its word 3-shingles ({@link Shingles}). Two documents are
 * near-duplicates when the exact Jaccard similarity of their sets is at least {@code jaccard}
 * (default 0.5), or when the smaller set has at least {@value #MIN_CONTAINED_SHINGLES} shingles and
 * at least {@code containment} (default 0.8) of them are in the other (a copy truncated, as
 * Multi-News truncates its inputs). Groups are the connected components of the near-duplicate
 * pairs.
 *
 * <p>Search is exact (every pair compared) for stories of at most {@code exactLimit} documents
 * (default 200): O(n² · s) for n documents of s shingles. Larger stories use MinHash signatures
 * ({@link MinHasher}, 126 functions) and LSH banding ({@link LshBands}, 42 bands of 3 rows), so
 * only candidate pairs are compared, each exactly: O(n · s · 126) to hash, plus the candidates. A
 * pair at Jaccard 0.5 becomes a candidate with probability 1 − (1 − 0.5³)⁴² ≈ 0.996, at 0.3 with
 * 0.68, at 0.1 with 0.04; so the LSH search never reports a false pair, and misses a true one only
 * rarely, mostly containment pairs of low Jaccard similarity. Seeded, hence deterministic.
 *
 * <p>Immutable, hence thread-safe.
 */
public final class DocumentDeduplicator {

  /** Default Jaccard similarity of shingle sets at which two documents are near-duplicates. */
  public static final double DEFAULT_JACCARD = 0.5;

  /** Default containment at which a shorter document is a copy of a longer one. */
  public static final double DEFAULT_CONTAINMENT = 0.8;

  /** Fewest shingles the smaller document needs for the containment criterion. */
  public static final int MIN_CONTAINED_SHINGLES = 20;

  /** Default largest story searched exactly. */
  public static final int DEFAULT_EXACT_LIMIT = 200;

  /** LSH bands and rows of the default search. */
  public static final int DEFAULT_BANDS = 42;

  public static final int DEFAULT_ROWS = 3;

  private static final long SEED = 0x5eed_c0de_d0c5L;

  private final double jaccard;
  private final double containment;
  private final int shingleSize;
  private final int exactLimit;
  private final int bands;
  private final int rows;
  private final MinHasher hasher;

  /** The defaults: 3-word shingles, Jaccard 0.5 or containment 0.8, exact up to 200 documents. */
  public DocumentDeduplicator() {
    this(DEFAULT_JACCARD, DEFAULT_CONTAINMENT, Shingles.DEFAULT_SIZE, DEFAULT_EXACT_LIMIT,
        DEFAULT_BANDS, DEFAULT_ROWS);
  }

  /**
   * A deduplicator with the given parameters.
   *
   * @param jaccard in (0, 1]
   * @param containment in (0, 1]; 1 asks for a complete copy
   * @param shingleSize words per shingle, at least 1
   * @param exactLimit largest number of documents searched exactly, at least 0
   * @param bands LSH bands, at least 1
   * @param rows rows per band, at least 1
   */
  public DocumentDeduplicator(
      double jaccard, double containment, int shingleSize, int exactLimit, int bands, int rows) {
    if (!(jaccard > 0 && jaccard <= 1) || !(containment > 0 && containment <= 1)) {
      throw new IllegalArgumentException(
          "jaccard and containment must be in (0, 1], were " + jaccard + " and " + containment);
    }
    if (shingleSize < 1 || exactLimit < 0 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "need shingleSize >= 1, exactLimit >= 0, bands >= 1, rows >= 1, were " + shingleSize
              + ", " + exactLimit + ", " + bands + ", " + rows);
    }
    this.jaccard = jaccard;
    this.containment = containment;
    this.shingleSize = shingleSize;
    this.exactLimit = exactLimit;
    this.bands = bands;
    this.rows = rows;
    this.hasher = new MinHasher(bands * rows, SEED);
  }

  /** Groups of near-duplicate articles, by their full texts; see the class comment. */
  public List<DuplicateGroup> find(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    List<String> ids = new ArrayList<>(articles.size());
    List<String> texts = new ArrayList<>(articles.size());
    for (Article article : articles) {
      ids.add(article.id());
      texts.add(article.text());
    }
    return find(ids, texts);
  }

  /**
   * Groups of near-duplicate documents of an analyzed (typically cleaned) story, each document
   * being the text of its sentences in the story: page furniture the cleaner dropped does not
   * count.
   */
  public List<DuplicateGroup> find(AnalyzedStory story) {
    Objects.requireNonNull(story, "story");
    List<String> ids = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    for (Article article : story.story().articles()) {
      ids.add(article.id());
      texts.add(new StringBuilder());
    }
    for (AnalyzedSentence sentence : story.sentences()) {
      texts.get(sentence.documentIndex()).append(sentence.text()).append('\n');
    }
    return find(ids, texts.stream().map(StringBuilder::toString).toList());
  }

  /** Groups of near-duplicate documents given by id and text, ids unique. */
  public List<DuplicateGroup> find(List<String> ids, List<String> texts) {
    if (ids.size() != texts.size()) {
      throw new IllegalArgumentException(
          ids.size() + " ids but " + texts.size() + " texts");
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("document ids must be unique: " + ids);
    }
    int n = ids.size();
    long[][] sets = new long[n][];
    boolean[] empty = new boolean[n];
    for (int i = 0; i < n; i++) {
      sets[i] = Shingles.of(texts.get(i), shingleSize);
      empty[i] = sets[i].length == 0;
    }
    List<DocumentPair> pairs = new ArrayList<>();
    List<int[]> edges = new ArrayList<>();
    if (n <= exactLimit) {
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          verify(ids, sets, a, b, pairs, edges);
        }
      }
    } else {
      long[][] signatures = new long[n][];
      for (int i = 0; i < n; i++) {
        signatures[i] = hasher.signature(sets[i]);
      }
      for (long code : LshBands.candidates(signatures, empty, bands, rows)) {
        verify(ids, sets, (int) (code / n), (int) (code % n), pairs, edges);
      }
    }
    return groups(ids, n, pairs, edges);
  }

  private void verify(
      List<String> ids, long[][] sets, int a, int b, List<DocumentPair> pairs,
      List<int[]> edges) {
    long[] x = sets[a];
    long[] y = sets[b];
    if (x.length == 0 || y.length == 0) {
      return;
    }
    int common = Shingles.intersection(x, y);
    double j = (double) common / (x.length + y.length - common);
    int smaller = Math.min(x.length, y.length);
    double c = (double) common / smaller;
    if (j >= jaccard || (smaller >= MIN_CONTAINED_SHINGLES && c >= containment)) {
      pairs.add(new DocumentPair(ids.get(a), ids.get(b), j, c));
      edges.add(new int[] {a, b});
    }
  }

  /** Connected components of the pairs, groups and members in story order. */
  private static List<DuplicateGroup> groups(
      List<String> ids, int n, List<DocumentPair> pairs, List<int[]> edges) {
    UnionFind sets = new UnionFind(n);
    for (int[] e : edges) {
      sets.union(e[0], e[1]);
    }
    int[] label = sets.labels();
    int components = 0;
    for (int l : label) {
      components = Math.max(components, l + 1);
    }
    List<List<String>> members = new ArrayList<>();
    List<List<DocumentPair>> groupPairs = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      members.add(new ArrayList<>());
      groupPairs.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      members.get(label[i]).add(ids.get(i));
    }
    // Edges come in (first, second) story order already: exact search enumerates them so, and
    // LSH candidates are sorted by their pair code.
    for (int k = 0; k < edges.size(); k++) {
      groupPairs.get(label[edges.get(k)[0]]).add(pairs.get(k));
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      if (members.get(c).size() > 1) {
        groups.add(new DuplicateGroup(members.get(c), groupPairs.get(c)));
      }
    }
    return groups;
  }
}
