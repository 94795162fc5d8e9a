package dev.chorus.rouge;

import dev.chorus.rouge.Rouge155Analyzer.Analyzed;
import dev.chorus.rouge.Rouge155Analyzer.Vocabulary;
import dev.chorus.rouge.RougeOptions.ScoringFormula;
import dev.chorus.rouge.RougeOptions.SkipBigrams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * ROUGE scores that agree with the official ROUGE-1.5.5 Perl script to the printed digit: ROUGE-N,
 * ROUGE-L (summary-level union LCS), ROUGE-W, ROUGE-S and ROUGE-SU, per cluster and averaged over a
 * corpus with bootstrap confidence intervals.
 *
 * <p>Algorithms (C.-Y. Lin, ROUGE: A Package for Automatic Evaluation of Summaries, 2004), with the
 * script's details, per reference:
 *
 * <ul>
 *   <li>ROUGE-N: n-grams of the whole summary (they span sentence boundaries); hits are {@code sum
 *       min(count in system, count in reference)}; R = hits / reference n-grams, P = hits / system
 *       n-grams.
 *   <li>ROUGE-L: for each reference sentence, the union of the positions of one LCS with every
 *       system sentence (the LCS traced back as in Cormen et al.: on a tie, move up, i.e. skip the
 *       reference word); a union position counts as a hit only while that word's unigram count is
 *       left in both the reference and the system, and each hit uses up one of each (the 1.4.1
 *       clipping). R = hits / reference words, P = hits / system words.
 *   <li>ROUGE-W: weighted LCS with f(k) = k^w; the union positions are credited per run of
 *       consecutive hits, f(run length). R = f^-1(hits / f(sum over sentences of f(length))) (the
 *       script applies f to the summed sentence weights once more), P = f^-1(hits / f(system
 *       words)).
 *   <li>ROUGE-S/SU: ordered word pairs at most {@code skipDistance} words apart over the whole
 *       summary; SU adds unigrams, except the last word's (the script's loop stops one early).
 * </ul>
 *
 * <p>Several references are combined as {@code -f A} (hits and counts summed over references; the
 * system count is added once per reference) or {@code -f B} (the reference with the highest recall;
 * for ROUGE-N/S that recall is first rounded to 5 decimals, the first reference wins ties). R and P
 * are then rounded to 5 decimals and F = R*P / ((1 - alpha) P + alpha R) is computed from the
 * rounded values, as the script does. See the package documentation for the list of quirks
 * reproduced.
 *
 * <p>Complexity per cluster: O(T * N) for ROUGE-N on T tokens, O(T * d) for ROUGE-S with distance d
 * (O(T^2) unlimited), O(sum over reference and system sentence pairs of their length product) for
 * ROUGE-L/W. Thread-safe: instances are immutable apart from a concurrent stem cache.
 */
public final class RougeScorer {

  private final RougeOptions options;
  private final Rouge155Analyzer analyzer;
  private final List<String> metricNames;

  /**
   * @param options the flags
   * @param resources the word lists; {@link RougeResources#empty()} is enough without {@code -m}
   *     and {@code -s}
   */
  public RougeScorer(RougeOptions options, RougeResources resources) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(resources, "resources");
    if (options.stem() && resources.exceptionCount() == 0) {
      throw new IllegalArgumentException(
          "stemming (-m) needs the WordNet exception lists; load them with RougeResources.load");
    }
    if (options.removeStopwords() && resources.stopwordCount() == 0) {
      throw new IllegalArgumentException(
          "stopword removal (-s) needs smart_common_words.txt; load it with RougeResources.load");
    }
    this.analyzer = new Rouge155Analyzer(options, resources);
    this.metricNames = options.metricNames();
  }

  /** The options. */
  public RougeOptions options() {
    return options;
  }

  /** The metric names this scorer returns, in order, e.g. ROUGE-1, ROUGE-2, ROUGE-L. */
  public List<String> metricNames() {
    return metricNames;
  }

  /**
   * Scores one system summary against its references.
   *
   * @param system the system summary's sentences (may be empty: all scores 0)
   * @param references at least one reference, each a list of sentences
   * @return metric name to score, in {@link #metricNames()} order
   */
  public Map<String, RougeScore> score(List<String> system, List<List<String>> references) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(references, "references");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("at least one reference summary is needed");
    }
    Vocabulary vocabulary = new Vocabulary();
    Analyzed peer = analyzer.analyze(system, vocabulary);
    List<Analyzed> models = new ArrayList<>(references.size());
    for (List<String> reference : references) {
      models.add(analyzer.analyze(Objects.requireNonNull(reference, "reference"), vocabulary));
    }
    return new ClusterScorer(peer, models, vocabulary.size()).scores();
  }

  /**
   * Scores every cluster and averages over the corpus with {@link RougeBootstrap} (the options'
   * confidence and resamples). Clusters are averaged in the script's order: sorted by {@code id +
   * "."} (the script sorts "clusterId.systemId" strings; the two orders agree unless ids contain
   * dots). Clusters are scored in parallel; the result does not depend on thread count or input
   * order.
   *
   * @param clusters at least one cluster, ids unique
   * @param source the bootstrap's random indices; {@link ResampleSource#rouge155()} reproduces the
   *     script
   */
  public RougeReport scoreAll(List<RougeInput> clusters, ResampleSource source) {
    Objects.requireNonNull(source, "source");
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException("at least one cluster is needed");
    }
    Set<String> ids = new HashSet<>();
    for (RougeInput cluster : clusters) {
      if (!ids.add(cluster.id())) {
        throw new IllegalArgumentException("duplicate cluster id '" + cluster.id() + "'");
      }
    }
    List<RougeInput> ordered = new ArrayList<>(clusters);
    ordered.sort(Comparator.comparing(cluster -> cluster.id() + "."));
    List<Map<String, RougeScore>> scores =
        ordered.parallelStream().map(c -> score(c.system(), c.references())).toList();
    Map<String, List<RougeScore>> byMetric = new LinkedHashMap<>();
    Map<String, Map<String, RougeScore>> perCluster = new LinkedHashMap<>();
    for (String metric : metricNames) {
      List<RougeScore> column = new ArrayList<>(ordered.size());
      Map<String, RougeScore> byId = new HashMap<>();
      for (int i = 0; i < ordered.size(); i++) {
        RougeScore score = scores.get(i).get(metric);
        column.add(score);
        byId.put(ordered.get(i).id(), score);
      }
      byMetric.put(metric, column);
      perCluster.put(metric, byId);
    }
    RougeBootstrap bootstrap =
        new RougeBootstrap(options.confidence(), options.resamples(), source);
    return new RougeReport(bootstrap.averages(byMetric), perCluster);
  }

  /** Scores of one system summary against its references; single use, not thread-safe. */
  private final class ClusterScorer {
    private final Analyzed peer;
    private final List<Analyzed> models;
    private final int vocabularySize;
    private int[] lcsTable = new int[0];
    private double[] wlcsTable = new double[0];
    private int[] runTable = new int[0];
    private double[] weights = new double[0];

    ClusterScorer(Analyzed peer, List<Analyzed> models, int vocabularySize) {
      this.peer = peer;
      this.models = models;
      this.vocabularySize = vocabularySize;
    }

    Map<String, RougeScore> scores() {
      Map<String, RougeScore> result = new LinkedHashMap<>();
      if (options.maxN() > 0) {
        ngrams(result);
      }
      if (options.rougeL()) {
        result.put("ROUGE-L", lcs());
      }
      if (options.wlcsWeight() > 0) {
        result.put(metricNames.get(result.size()), wlcs());
      }
      SkipBigrams skip = options.skipBigrams();
      if (skip == SkipBigrams.S || skip == SkipBigrams.S_AND_SU) {
        result.put(metricNames.get(result.size()), skipBigrams(false));
      }
      if (skip == SkipBigrams.SU || skip == SkipBigrams.S_AND_SU) {
        result.put(metricNames.get(result.size()), skipBigrams(true));
      }
      return result;
    }

    // ---------------------------------------------------------------- ROUGE-N

    private void ngrams(Map<String, RougeScore> result) {
      int[] peerGrams = peer.tokens();
      int[][] modelGrams = new int[models.size()][];
      for (int r = 0; r < models.size(); r++) {
        modelGrams[r] = models.get(r).tokens();
      }
      int distinct = vocabularySize;
      for (int n = 1; n <= options.maxN(); n++) {
        if (n > 1) {
          // n-gram ids: intern (id of the (n-1)-gram starting here, n-th token) pairs.
          Map<Long, Integer> interned = new HashMap<>();
          peerGrams = extend(peerGrams, peer.tokens(), n, interned);
          for (int r = 0; r < models.size(); r++) {
            modelGrams[r] = extend(modelGrams[r], models.get(r).tokens(), n, interned);
          }
          distinct = interned.size();
        }
        int[] peerCounts = counts(peerGrams, distinct);
        int[] scratch = new int[distinct];
        Tally tally = new Tally();
        for (int[] grams : modelGrams) {
          int hits = clippedHits(grams, peerCounts, scratch);
          double score =
              grams.length != 0 ? Rouge155Format.round5((double) hits / grams.length) : 0;
          tally.add(hits, grams.length, peerGrams.length, score);
        }
        result.put("ROUGE-" + n, tally.plainScore());
      }
    }

    /** The ids of the n-grams, from the ids of the (n-1)-grams over the same tokens. */
    private int[] extend(int[] shorter, int[] tokens, int n, Map<Long, Integer> interned) {
      int count = Math.max(0, tokens.length - n + 1);
      int[] grams = new int[count];
      for (int i = 0; i < count; i++) {
        long key = ((long) shorter[i] << 32) | tokens[i + n - 1];
        Integer id = interned.get(key);
        if (id == null) {
          id = interned.size();
          interned.put(key, id);
        }
        grams[i] = id;
      }
      return grams;
    }

    // ---------------------------------------------------------------- ROUGE-S / SU

    private RougeScore skipBigrams(boolean withUnigrams) {
      long[] peerKeys = skipKeys(peer.tokens(), withUnigrams);
      Arrays.sort(peerKeys);
      Tally tally = new Tally();
      for (Analyzed model : models) {
        long[] modelKeys = skipKeys(model.tokens(), withUnigrams);
        Arrays.sort(modelKeys);
        int hits = sortedClippedHits(modelKeys, peerKeys);
        double score =
            modelKeys.length != 0 ? Rouge155Format.round5((double) hits / modelKeys.length) : 0;
        tally.add(hits, modelKeys.length, peerKeys.length, score);
      }
      return tally.plainScore();
    }

    /**
     * Skip bigrams as longs (first id in the high half, second in the low half) and, with {@code
     * withUnigrams}, unigrams as negative longs. Like the script, the outer loop stops before the
     * last token, so the last token's unigram is not counted.
     */
    private long[] skipKeys(int[] tokens, boolean withUnigrams) {
      int distance = options.skipDistance();
      int last = tokens.length - 1;
      int size = 0;
      for (int i = 0; i < last; i++) {
        int end = distance < 0 ? last : Math.min(last, i + distance + 1);
        size += end - i + (withUnigrams ? 1 : 0);
      }
      long[] keys = new long[size];
      int k = 0;
      for (int i = 0; i < last; i++) {
        if (withUnigrams) {
          keys[k++] = ~(long) tokens[i];
        }
        int end = distance < 0 ? last : Math.min(last, i + distance + 1);
        for (int j = i + 1; j <= end; j++) {
          keys[k++] = ((long) tokens[i] << 32) | tokens[j];
        }
      }
      return keys;
    }

    // ---------------------------------------------------------------- ROUGE-L

    private RougeScore lcs() {
      int[] peerCounts = counts(peer.tokens(), vocabularySize);
      Tally tally = new Tally();
      for (Analyzed model : models) {
        // Unigram budgets for clipping: fresh per reference, used up across its sentences.
        int[] peerLeft = peerCounts.clone();
        int[] modelLeft = counts(model.tokens(), vocabularySize);
        int hits = 0;
        int base = 0;
        for (int[] sentence : model.sentences()) {
          base += sentence.length;
          boolean[] hit = new boolean[sentence.length];
          if (sentence.length > 0) {
            for (int[] candidate : peer.sentences()) {
              markLcs(sentence, candidate, hit);
            }
          }
          for (int j = 0; j < sentence.length; j++) {
            int token = sentence[j];
            if (hit[j] && modelLeft[token] > 0 && peerLeft[token] > 0) {
              hits++;
              modelLeft[token]--;
              peerLeft[token]--;
            }
          }
        }
        double score = base > 0 ? (double) hits / base : 0;
        tally.add(hits, base, peer.tokens().length, score);
      }
      return tally.plainScore();
    }

    /** Marks the reference positions of one LCS of {@code a} (reference) and {@code b}. */
    private void markLcs(int[] a, int[] b, boolean[] hit) {
      int m = a.length;
      int n = b.length;
      int width = n + 1;
      int cells = tableSize(m, n);
      if (lcsTable.length < cells) {
        lcsTable = new int[Math.max(cells, lcsTable.length * 2)];
      }
      int[] c = lcsTable;
      Arrays.fill(c, 0, width, 0);
      for (int i = 1; i <= m; i++) {
        int row = i * width;
        int up = row - width;
        c[row] = 0;
        int ai = a[i - 1];
        for (int j = 1; j <= n; j++) {
          if (ai == b[j - 1]) {
            c[row + j] = c[up + j - 1] + 1;
          } else {
            int fromUp = c[up + j];
            int fromLeft = c[row + j - 1];
            c[row + j] = fromUp >= fromLeft ? fromUp : fromLeft;
          }
        }
      }
      markPath(a, b, hit, (i, j) -> c[(i - 1) * width + j] >= c[i * width + j - 1]);
    }

    // ---------------------------------------------------------------- ROUGE-W

    private RougeScore wlcs() {
      double w = options.wlcsWeight();
      int[] peerCounts = counts(peer.tokens(), vocabularySize);
      Tally tally = new Tally();
      for (Analyzed model : models) {
        int[] peerLeft = peerCounts.clone();
        int[] modelLeft = counts(model.tokens(), vocabularySize);
        double hits = 0;
        double base = 0;
        for (int[] sentence : model.sentences()) {
          base += weight(sentence.length);
          boolean[] hit = new boolean[sentence.length];
          if (sentence.length > 0) {
            for (int[] candidate : peer.sentences()) {
              markWlcs(sentence, candidate, hit);
            }
          }
          // Credit runs of consecutive hits. As in the script, a union position whose clipping
          // budget is used up neither counts nor ends the run, and a run still open when the
          // sentence ends on such a position is lost.
          int run = 0;
          for (int j = 0; j < sentence.length; j++) {
            int token = sentence[j];
            if (hit[j] && modelLeft[token] > 0 && peerLeft[token] > 0) {
              run++;
              if (j + 1 < sentence.length && !hit[j + 1]) {
                hits += weight(run);
                run = 0;
              } else if (j + 1 == sentence.length) {
                hits += weight(run);
                run = 0;
              }
              modelLeft[token]--;
              peerLeft[token]--;
            }
          }
        }
        // The script divides by zero here (and dies) for a reference without words.
        double score = base > 0 ? StrictMath.pow(hits / base, 1 / w) : 0;
        tally.add(hits, StrictMath.pow(base, w), weight(peer.tokens().length), score);
      }
      return tally.weightedScore(w);
    }

    /** Like {@link #markLcs} on the weighted-LCS table (ties also move up). */
    private void markWlcs(int[] a, int[] b, boolean[] hit) {
      int m = a.length;
      int n = b.length;
      int width = n + 1;
      int cells = tableSize(m, n);
      if (wlcsTable.length < cells) {
        int size = Math.max(cells, wlcsTable.length * 2);
        wlcsTable = new double[size];
        runTable = new int[size];
      }
      double[] c = wlcsTable;
      int[] run = runTable;
      Arrays.fill(c, 0, width, 0);
      Arrays.fill(run, 0, width, 0);
      for (int i = 1; i <= m; i++) {
        int row = i * width;
        int up = row - width;
        c[row] = 0;
        run[row] = 0;
        int ai = a[i - 1];
        for (int j = 1; j <= n; j++) {
          if (ai == b[j - 1]) {
            int k = run[up + j - 1];
            // Same operation order as the script: (c + f(k+1)) - f(k).
            c[row + j] = c[up + j - 1] + weight(k + 1) - weight(k);
            run[row + j] = k + 1;
          } else {
            double fromUp = c[up + j];
            double fromLeft = c[row + j - 1];
            c[row + j] = fromUp >= fromLeft ? fromUp : fromLeft;
            run[row + j] = 0;
          }
        }
      }
      markPath(a, b, hit, (i, j) -> c[(i - 1) * width + j] >= c[i * width + j - 1]);
    }

    /** Whether the table value above cell (i, j) is at least the one to its left. */
    private interface UpWins {
      boolean at(int i, int j);
    }

    /**
     * Walks one (weighted) LCS back from the table's last cell, marking the reference positions
     * it uses; on a tie it moves up, as the script does.
     */
    private static void markPath(int[] a, int[] b, boolean[] hit, UpWins upWins) {
      int i = a.length;
      int j = b.length;
      while (i != 0 && j != 0) {
        if (a[i - 1] == b[j - 1]) {
          i--;
          j--;
          hit[i] = true;
        } else if (upWins.at(i, j)) {
          i--;
        } else {
          j--;
        }
      }
    }

    /** f(k) = k^w, cached. */
    private double weight(int k) {
      if (k >= weights.length) {
        double[] grown = new double[Math.max(k + 1, weights.length * 2)];
        for (int i = 0; i < grown.length; i++) {
          grown[i] = StrictMath.pow(i, options.wlcsWeight());
        }
        weights = grown;
      }
      return weights[k];
    }
  }

  /** Hits and counts summed (-f A) or taken from the best reference (-f B). */
  private final class Tally {
    private double hits;
    private double count;
    private double peerCount;
    private double best = -1;

    void add(double hits, double count, double peerCount, double score) {
      if (options.formula() == ScoringFormula.AVERAGE) {
        this.hits += hits;
        this.count += count;
        this.peerCount += peerCount;
      } else if (score > best) {
        best = score;
        this.hits = hits;
        this.count = count;
        this.peerCount = peerCount;
      }
    }

    RougeScore plainScore() {
      double recall = count != 0 ? Rouge155Format.round5(hits / count) : 0;
      double precision = peerCount != 0 ? Rouge155Format.round5(hits / peerCount) : 0;
      return withF(recall, precision);
    }

    RougeScore weightedScore(double w) {
      double recall = count != 0 ? Rouge155Format.round5(StrictMath.pow(hits / count, 1 / w)) : 0;
      double precision =
          peerCount != 0 ? Rouge155Format.round5(StrictMath.pow(hits / peerCount, 1 / w)) : 0;
      return withF(recall, precision);
    }

    private RougeScore withF(double recall, double precision) {
      double alpha = options.alpha();
      double denominator = (1 - alpha) * precision + alpha * recall;
      double f = denominator > 0 ? Rouge155Format.round5(precision * recall / denominator) : 0;
      return new RougeScore(recall, precision, f);
    }
  }

  /** Cells of an (m+1) x (n+1) dynamic-programming table, checked against int overflow. */
  private static int tableSize(int m, int n) {
    long cells = (long) (m + 1) * (n + 1);
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "sentences too long for an LCS table: " + m + " x " + n + " words");
    }
    return (int) cells;
  }

  private static int[] counts(int[] ids, int size) {
    int[] counts = new int[size];
    for (int id : ids) {
      counts[id]++;
    }
    return counts;
  }

  /** sum over distinct grams of min(count in model, count in peer). */
  private static int clippedHits(int[] model, int[] peerCounts, int[] scratch) {
    int hits = 0;
    for (int gram : model) {
      // The k-th occurrence in the model is a hit while k <= the peer's count.
      if (++scratch[gram] <= peerCounts[gram]) {
        hits++;
      }
    }
    for (int gram : model) {
      scratch[gram] = 0;
    }
    return hits;
  }

  /** {@link #clippedHits} for sorted key arrays. */
  private static int sortedClippedHits(long[] model, long[] peer) {
    int hits = 0;
    int i = 0;
    int j = 0;
    while (i < model.length && j < peer.length) {
      if (model[i] < peer[j]) {
        i++;
      } else if (model[i] > peer[j]) {
        j++;
      } else {
        long key = model[i];
        int inModel = 0;
        while (i < model.length && model[i] == key) {
          i++;
          inModel++;
        }
        int inPeer = 0;
        while (j < peer.length && peer[j] == key) {
          j++;
          inPeer++;
        }
        hits += Math.min(inModel, inPeer);
      }
    }
    return hits;
  }
}
