package dev.chorus.clean;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags the documents of a story that are about another story: those whose content terms share
 * too little with the rest of the cluster.
 *
 * <p>Each document becomes a vector of sublinear term frequencies {@code 1 + ln tf} over its
 * (cleaned) sentences' content terms, scaled to unit length. A document's <em>similarity</em> is
 * the cosine between its vector and the sum of the other documents' unit vectors (the centroid of
 * the rest, so a long document does not outweigh the others). A document is flagged when its
 * similarity is below {@code threshold}. A document without content terms (all noise) is flagged
 * too, since there is nothing in it about the story.
 *
 * <p>Two-document stories are special: similarity is symmetric, so a low value says one of the
 * two is off-topic, not which. There, when the similarity is below {@code twoDocumentThreshold},
 * the document with fewer content terms is flagged (none on a tie): on Multi-News val, where one
 * of two documents is off-topic, it is the shorter one about three times in four. A story of one
 * document has nothing to compare with, and nothing is flagged.
 *
 * <p>Deterministic; thread-safe (immutable). O(T) for T term occurrences in the story: the
 * similarity to the rest is computed from each document's own terms and the norm of the sum.
 */
public final class OffTopicDetector {

  /**
   * The similarity below which a document of a story of three or more is flagged, chosen on
   * Multi-News val (docs/cleaning.md).
   */
  public static final double DEFAULT_THRESHOLD = 0.06;

  /** The similarity below which the shorter of two documents is flagged (docs/cleaning.md). */
  public static final double DEFAULT_TWO_DOCUMENT_THRESHOLD = 0.05;

  private final double threshold;
  private final double twoDocumentThreshold;
  // The thresholds as the reasons print them, formatted once.
  private final String thresholdText;
  private final String twoDocumentThresholdText;

  /** A detector with the default thresholds. */
  public OffTopicDetector() {
    this(DEFAULT_THRESHOLD, DEFAULT_TWO_DOCUMENT_THRESHOLD);
  }

  /**
   * A detector with the given thresholds.
   *
   * @param threshold in [0, 1]: documents of stories of three or more whose similarity to the
   *     rest is below it are flagged
   * @param twoDocumentThreshold in [0, 1]: when the two documents of a story are less similar,
   *     the one with fewer content terms is flagged (0 flags none)
   */
  public OffTopicDetector(double threshold, double twoDocumentThreshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
    }
    if (!(twoDocumentThreshold >= 0 && twoDocumentThreshold <= 1)) {
      throw new IllegalArgumentException(
          "twoDocumentThreshold must be in [0, 1], was " + twoDocumentThreshold);
    }
    this.threshold = threshold;
    this.twoDocumentThreshold = twoDocumentThreshold;
    this.thresholdText = format(threshold);
    this.twoDocumentThresholdText = format(twoDocumentThreshold);
  }

  public double threshold() {
    return threshold;
  }

  public double twoDocumentThreshold() {
    return twoDocumentThreshold;
  }

  /** One judgement per article of {@code story}, in story order. */
  public List<DocumentRelevance> assess(AnalyzedStory story) {
    int documents = story.documentCount();
    // The work is split into small methods on purpose: as one method it was the JIT compiler's
    // most expensive one (seconds of C2 time per run, several recompilations; issue #5).
    double[] similarities = HashOrderVectors.similarities(story);
    if (similarities == null) {
      similarities = mapSimilarities(story);
    }
    int[] termCounts = new int[documents];
    for (AnalyzedSentence sentence : story.sentences()) {
      termCounts[sentence.documentIndex()] += sentence.terms().size();
    }
    List<DocumentRelevance> result = new ArrayList<>(documents);
    for (int d = 0; d < documents; d++) {
      String id = story.story().articles().get(d).id();
      if (termCounts[d] == 0) {
        result.add(new DocumentRelevance(id, Double.NaN, documents > 1, "no content terms left"));
        continue;
      }
      double similarity = similarities[d];
      if (documents == 1 || Double.isNaN(similarity)) {
        String reason = documents == 1 ? "only document" : "no other document with content terms";
        result.add(new DocumentRelevance(id, similarity, false, reason));
      } else if (documents == 2) {
        int other = termCounts[1 - d];
        boolean below = similarity < twoDocumentThreshold;
        String reason =
            "similarity " + format(similarity) + (below ? " < " : " >= ")
                + twoDocumentThresholdText + " (two documents: " + termCounts[d] + " vs " + other
                + " content terms)";
        result.add(new DocumentRelevance(id, similarity, below && termCounts[d] < other, reason));
      } else {
        boolean flagged = similarity < threshold;
        String reason =
            "similarity " + format(similarity) + (flagged ? " < " : " >= ") + thresholdText;
        result.add(new DocumentRelevance(id, similarity, flagged, reason));
      }
    }
    return result;
  }

  /**
   * Each document's similarity to the rest (unspecified for a document without terms), computed
   * with hash maps: the definition {@link HashOrderVectors} follows bit for bit, used where it
   * cannot be sure to.
   */
  static double[] mapSimilarities(AnalyzedStory story) {
    List<Map<String, Double>> vectors = termCounts(story);
    for (Map<String, Double> vector : vectors) {
      toUnitWeights(vector);
    }
    Map<String, Double> total = sum(vectors);
    double totalNormSquared = normSquared(total);
    double[] similarities = new double[vectors.size()];
    for (int d = 0; d < similarities.length; d++) {
      similarities[d] = similarityToRest(vectors.get(d), total, totalNormSquared);
    }
    return similarities;
  }

  /**
   * Each document's term counts. The sums below run in these hash maps' iteration order, so they
   * must stay hash maps filled the same way: term ids and arrays in another order were a third
   * faster here but changed the similarities in their last bits (and 84 printed reasons on
   * Multi-News val; see docs/speed.md). {@link HashOrderVectors} adds in their order.
   */
  private static List<Map<String, Double>> termCounts(AnalyzedStory story) {
    int documents = story.documentCount();
    List<Map<String, Double>> vectors = new ArrayList<>(documents);
    for (int d = 0; d < documents; d++) {
      vectors.add(new HashMap<>());
    }
    for (AnalyzedSentence sentence : story.sentences()) {
      Map<String, Double> counts = vectors.get(sentence.documentIndex());
      for (String term : sentence.terms()) {
        counts.merge(term, 1.0, Double::sum);
      }
    }
    return vectors;
  }

  /** Counts to sublinear weights {@code 1 + ln tf}, scaled to unit length, in place. */
  private static void toUnitWeights(Map<String, Double> vector) {
    double norm = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      double w = 1 + Math.log(e.getValue());
      e.setValue(w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    vector.replaceAll((term, w) -> w / length);
  }

  /** The sum of the vectors, added in list order. */
  private static Map<String, Double> sum(List<Map<String, Double>> vectors) {
    Map<String, Double> total = new HashMap<>();
    for (Map<String, Double> vector : vectors) {
      vector.forEach((term, w) -> total.merge(term, w, Double::sum));
    }
    return total;
  }

  private static double normSquared(Map<String, Double> vector) {
    double normSquared = 0;
    for (double w : vector.values()) {
      normSquared += w * w;
    }
    return normSquared;
  }

  /**
   * {@code value} with three decimals, as the reasons print it: exactly {@code
   * String.format(Locale.ROOT, "%.3f", value)}, without the formatter, which cost more than the
   * similarity it prints (issue #5). That format rounds the digits of {@link Double#toString}
   * half up (not the double's exact binary value), and keeps the sign of a negative value that
   * rounds to zero; tested against it.
   */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%.3f", value);
    }
    String digits =
        new BigDecimal(Double.toString(value)).setScale(3, RoundingMode.HALF_UP).toPlainString();
    return Double.doubleToRawLongBits(value) < 0 && digits.charAt(0) != '-'
        ? "-" + digits
        : digits;
  }

  /**
   * Cosine of a unit vector v with the sum of all vectors minus itself, r = t − v: v·r = v·t − 1
   * and |r|² = |t|² − 2 v·t + 1, so only v's own terms are visited. NaN if the rest is empty.
   */
  private static double similarityToRest(
      Map<String, Double> vector, Map<String, Double> total, double totalNormSquared) {
    double dotTotal = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      dotTotal += e.getValue() * total.get(e.getKey());
    }
    return similarityToRest(dotTotal, totalNormSquared);
  }

  /** The cosine above from v·t and |t|². */
  static double similarityToRest(double dotTotal, double totalNormSquared) {
    double restNormSquared = totalNormSquared - 2 * dotTotal + 1;
    // Rounding leaves tiny non-zero residues where the rest is empty.
    if (restNormSquared < 1e-9) {
      return Double.NaN;
    }
    return (dotTotal - 1) / Math.sqrt(restNormSquared);
  }
}
