package dev.chorus.embed;

import dev.chorus.text.LuceneTermAnalyzer;
import dev.chorus.text.TermAnalyzer;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The dependency-free {@link SentenceEncoder}: a bag of content terms, hashed into a fixed number
 * of dimensions. It needs no model, so it is the fallback when the neural encoders of {@code
 * chorus-embed} are not on the class path, and the baseline they are measured against.
 *
 * <p>A text's terms come from a {@link TermAnalyzer} (by default {@link LuceneTermAnalyzer}:
 * lowercased, stopwords removed, Porter-stemmed). Each distinct term t with tf occurrences adds
 * {@code ±(1 + ln tf)} (sublinear tf, as in SMART's "l" weighting) to dimension {@code h(t) mod
 * d}, the sign also taken from the hash; the vector is then L2-normalised. Hashing with a sign
 * is the "hashing trick" of Weinberger, Dasgupta, Langford, Smola and Attenberg, "Feature hashing
 * for large scale multitask learning", ICML 2009: a collision adds noise of mean zero to a dot
 * product instead of a systematic bonus. With d = 1024 and 10 to 20 terms per news sentence, two
 * given terms share a dimension with probability 1/1024.
 *
 * <p>There is deliberately no idf: a row is a function of its own text alone, so rows can be
 * cached and batches split freely, and no background corpus is needed. Stopword removal already
 * drops the words of highest document frequency, and the sublinear tf damps repetition. A
 * summarizer that wants story-level idf has it in {@code dev.chorus.select.StoryIndex}.
 *
 * <p>The hash is FNV-1a (64-bit) over the term's UTF-16 code units, finished with MurmurHash3's
 * 64-bit mixer, so vectors are identical on every JVM and run. A text with no content terms
 * (empty, whitespace, only stopwords or symbols) gets the zero vector, as the {@link
 * SentenceEncoder} contract allows.
 *
 * <p>Immutable and thread-safe if the analyzer is (all of Chorus's are). O(characters + d) per
 * text.
 */
public final class HashedTermEncoder implements SentenceEncoder {

  /** The default number of dimensions. */
  public static final int DEFAULT_DIMENSION = 1024;

  private final TermAnalyzer analyzer;
  private final int dimension;

  /** {@link LuceneTermAnalyzer}'s English terms in {@value #DEFAULT_DIMENSION} dimensions. */
  public HashedTermEncoder() {
    this(new LuceneTermAnalyzer(), DEFAULT_DIMENSION);
  }

  /**
   * @param analyzer turns a text into its terms; must be thread-safe for this class to be
   * @param dimension number of hash buckets, >= 1 (powers of two are customary, not required)
   */
  public HashedTermEncoder(TermAnalyzer analyzer, int dimension) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
    }
    this.dimension = dimension;
  }

  @Override
  public String name() {
    return "hashed-terms-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[][] encode(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    float[][] rows = new float[texts.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = encodeOne(Objects.requireNonNull(texts.get(i), "texts[" + i + "]"));
    }
    return rows;
  }

  private float[] encodeOne(String text) {
    // A sorted map, so that floating-point sums run in one order whatever the term order.
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (String term : analyzer.terms(text)) {
      counts.merge(term, 1, Integer::sum);
    }
    double[] sums = new double[dimension];
    counts.forEach(
        (term, tf) -> {
          long hash = hash(term);
          double weight = 1 + Math.log(tf);
          // Bit 0 gives the sign, the remaining 63 bits the bucket: independent after mixing.
          sums[bucket(hash, dimension)] += sign(hash) * weight;
        });
    float[] row = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      row[i] = (float) sums[i];
    }
    return Vectors.normalizeInPlace(row);
  }

  /** The dimension a term's hash falls in. */
  static int bucket(long hash, int dimension) {
    return (int) ((hash >>> 1) % dimension);
  }

  /** +1 or -1: the sign a term's hash contributes with. */
  static int sign(long hash) {
    return (hash & 1) == 0 ? 1 : -1;
  }

  /** FNV-1a 64 over UTF-16 code units, then MurmurHash3's fmix64 to spread the low bits. */
  static long hash(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93e3b5ba5ffL;
    h ^= h >>> 33;
    return h;
  }
}
