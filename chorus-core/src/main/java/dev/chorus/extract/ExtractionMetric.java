package dev.chorus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The shingle-matching metric of the article-extraction benchmark (Zyte / scrapinghub {@code
 * article-extraction-benchmark}): how well an extracted body matches the hand-checked one.
 *
 * <p>Per page, both texts are tokenized into maximal runs of word characters (the benchmark's
 * Python regex {@code \w+} on Unicode text: letters, digits, other numerals and {@code '_'}; no
 * lowercasing). The multiset of 4-token shingles of each text is built (a text with fewer than 4
 * tokens has one shingle made of all its tokens, an empty text none). Over all shingles, TP = Σ
 * min(true, predicted), FP = Σ max(0, predicted − true), FN = Σ max(0, true − predicted); the three
 * are then divided by their sum, so that every page weighs the same. Page precision is TP / (TP +
 * FP) and recall TP / (TP + FN), both 1 when FP = FN = 0 and undefined (the page is skipped in that
 * mean) when the denominator is 0. Over a benchmark, precision and recall are the means of the
 * defined page values and F1 = 2PR / (P + R) of those means; accuracy is the share of pages whose
 * token lists are equal.
 *
 * <p>O(n) expected time and memory in the length of the two texts. Stateless and thread-safe.
 */
public final class ExtractionMetric {

  /** Tokens per shingle. */
  public static final int SHINGLE_SIZE = 4;

  /** The score of one page. */
  public PageScore score(String truth, String predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    List<String> trueTokens = tokens(truth);
    List<String> predictedTokens = tokens(predicted);
    Map<String, int[]> counts = new HashMap<>();
    for (String shingle : shingles(trueTokens)) {
      counts.computeIfAbsent(shingle, k -> new int[2])[0]++;
    }
    for (String shingle : shingles(predictedTokens)) {
      counts.computeIfAbsent(shingle, k -> new int[2])[1]++;
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int[] count : counts.values()) {
      tp += Math.min(count[0], count[1]);
      fp += Math.max(0, count[1] - count[0]);
      fn += Math.max(0, count[0] - count[1]);
    }
    long sum = tp + fp + fn;
    double norm = sum == 0 ? 1 : sum;
    return new PageScore(tp / norm, fp / norm, fn / norm, trueTokens.equals(predictedTokens));
  }

  /** The benchmark score over pages; {@code pages} must not be empty. */
  public static BenchmarkScore aggregate(List<PageScore> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("pages must not be empty");
    }
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (PageScore page : pages) {
      OptionalDouble precision = page.precision();
      if (precision.isPresent()) {
        precisionSum += precision.getAsDouble();
        precisionPages++;
      }
      OptionalDouble recall = page.recall();
      if (recall.isPresent()) {
        recallSum += recall.getAsDouble();
        recallPages++;
      }
      if (page.exact()) {
        exact++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BenchmarkScore(precision, recall, f1, (double) exact / pages.size(), pages.size());
  }

  /** The maximal runs of word characters of {@code text}, in order. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (isWordChar(codePoint)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /**
   * Python's {@code \w} on {@code str}: {@code str.isalnum()} or underscore, i.e. letters (L*),
   * and numbers of any kind (Nd, Nl, No). Combining marks are not word characters there, so they
   * are not here either (Java's own {@code UNICODE_CHARACTER_CLASS} would differ).
   */
  static boolean isWordChar(int codePoint) {
    if (codePoint == '_' || Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static List<String> shingles(List<String> tokens) {
    List<String> shingles = new ArrayList<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    int count = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
    for (int i = 0; i < count; i++) {
      shingles.add(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE))));
    }
    return shingles;
  }

  /**
   * One page's normalised counts: {@code tp + fp + fn == 1} unless both texts are empty (all 0).
   *
   * @param exact whether the two token lists are equal
   */
  public record PageScore(double tp, double fp, double fn, boolean exact) {

    /** TP / (TP + FP); 1 when FP = FN = 0; empty when TP + FP = 0 otherwise. */
    public OptionalDouble precision() {
      return ratio(tp, fp);
    }

    /** TP / (TP + FN); 1 when FP = FN = 0; empty when TP + FN = 0 otherwise. */
    public OptionalDouble recall() {
      return ratio(tp, fn);
    }

    /** 2PR / (P + R) of this page alone, 0 when undefined. */
    public double f1() {
      double p = precision().orElse(0);
      double r = recall().orElse(0);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private OptionalDouble ratio(double hits, double misses) {
      if (fp == 0 && fn == 0) {
        return OptionalDouble.of(1);
      }
      return hits + misses == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(hits / (hits + misses));
    }
  }

  /**
   * Scores over a benchmark.
   *
   * @param precision mean page precision (pages where it is defined)
   * @param recall mean page recall (pages where it is defined)
   * @param f1 2PR / (P + R) of the two means
   * @param accuracy share of pages whose token lists are equal
   * @param pages pages scored
   */
  public record BenchmarkScore(
      double precision, double recall, double f1, double accuracy, int pages) {}
}
