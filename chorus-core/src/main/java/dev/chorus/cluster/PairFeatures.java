package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cheap features of a candidate pair of articles, for {@link LearnedPairSimilarity}: computed from
 * what batch clustering already has (term lists, TF-IDF vectors, exact neighbour lists) plus a
 * second TF-IDF space over each article's first {@link #LEAD_TERMS} terms (headline and lead; the
 * benchmarks have no headlines). The features, in {@link #NAMES} order:
 *
 * <ol>
 *   <li>{@code cos}: the cosine of the TF-IDF vectors, and {@code log_cos} = ln(cos + 0.01);
 *   <li>{@code lead_cos}: the cosine of the lead vectors;
 *   <li>{@code rare_dot}: the part of the cosine over terms in at most {@link #RARE_DF} documents,
 *       and {@code log_shared_rare} = ln(1 + how many such terms both have): in lowercased text
 *       (Multi-News) rare terms stand in for names;
 *   <li>{@code log_shared_numbers}: ln(1 + shared terms with a digit);
 *   <li>{@code log_min_rank}, {@code log_max_rank}: ln(1 + rank) of each in the other's neighbour
 *       list (if absent: the list length, at least 30), smaller and larger; {@code mutual_top1}: 1
 *       if each is the other's nearest neighbour;
 *   <li>{@code crowd_max}, {@code crowd_min}: each side's crowding (mean cosine of its first {@code
 *       k} neighbours, missing ones 0), larger and smaller;
 *   <li>{@code rel_min}, {@code rel_max}: the cosine divided by each side's best neighbour cosine;
 *   <li>{@code len_ratio}: |ln(terms of one / terms of the other)|; {@code log_min_len}: ln(terms
 *       of the shorter).
 * </ol>
 *
 * <p>Every feature is symmetric in the pair. Publication times are not used (the training data has
 * none). Cost: O(n + total terms) to build, O(terms of both + list length) per pair. Immutable
 * after construction; thread-safe.
 */
final class PairFeatures {

  /** The feature names, in the order of {@link #of}. */
  static final List<String> NAMES =
      List.of(
          "cos",
          "log_cos",
          "lead_cos",
          "rare_dot",
          "log_shared_rare",
          "log_shared_numbers",
          "log_min_rank",
          "log_max_rank",
          "mutual_top1",
          "crowd_max",
          "crowd_min",
          "rel_min",
          "rel_max",
          "len_ratio",
          "log_min_len");

  /** How many leading terms make an article's lead (its headline comes first). */
  static final int LEAD_TERMS = 40;

  /** Terms in at most this many documents count as rare. */
  static final int RARE_DF = 3;

  private final SparseVector[] vectors;
  private final SparseVector[] leads;
  private final Neighbors[] neighbors;
  private final int[] df;
  private final boolean[] number;
  private final double[] crowd;
  private final double[] top1;
  private final int[] lengths;

  /**
   * @param terms every document's terms, as given to {@link TermSpace#vectors}
   * @param vectors their vectors ({@code TermSpace.vectors(terms)})
   * @param neighbors their neighbour lists, most similar first
   * @param k how many neighbours measure crowding
   */
  PairFeatures(List<List<String>> terms, SparseVector[] vectors, Neighbors[] neighbors, int k) {
    int n = vectors.length;
    this.vectors = vectors;
    this.neighbors = neighbors;
    List<List<String>> leadTerms = new ArrayList<>(n);
    lengths = new int[n];
    for (int d = 0; d < n; d++) {
      List<String> own = terms.get(d);
      leadTerms.add(own.subList(0, Math.min(LEAD_TERMS, own.size())));
      lengths[d] = own.size();
    }
    leads = TermSpace.vectors(leadTerms);
    // Term numbers as TermSpace gives them: by first occurrence, document then term order.
    Map<String, Integer> numbers = new HashMap<>();
    List<Boolean> digits = new ArrayList<>();
    for (List<String> own : terms) {
      for (String term : own) {
        if (numbers.putIfAbsent(term, numbers.size()) == null) {
          digits.add(term.chars().anyMatch(Character::isDigit));
        }
      }
    }
    number = new boolean[numbers.size()];
    for (int t = 0; t < number.length; t++) {
      number[t] = digits.get(t);
    }
    df = new int[numbers.size()];
    for (SparseVector v : vectors) {
      for (int t : v.terms) {
        df[t]++;
      }
    }
    crowd = new double[n];
    top1 = new double[n];
    for (int d = 0; d < n; d++) {
      Neighbors own = neighbors[d];
      double sum = 0;
      for (int q = 0; q < Math.min(k, own.size()); q++) {
        sum += own.cosines()[q];
      }
      crowd[d] = sum / k;
      top1[d] = own.size() == 0 ? 0 : own.cosines()[0];
    }
  }

  /** How many documents. */
  int size() {
    return vectors.length;
  }

  /**
   * The candidate pairs: every unordered pair in which one lists the other as a neighbour, each
   * once, as {@code i * n + j} with i &lt; j, in increasing order.
   */
  long[] pairs() {
    int n = size();
    int total = 0;
    for (Neighbors own : neighbors) {
      total += own.size();
    }
    // Sorted primitive keys instead of a set of boxed ones: 300,000 pairs per 15,000 articles.
    long[] keys = new long[total];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j : neighbors[i].ids()) {
        keys[k++] = (long) Math.min(i, j) * n + Math.max(i, j);
      }
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int q = 0; q < total; q++) {
      if (q == 0 || keys[q] != keys[q - 1]) {
        keys[distinct++] = keys[q];
      }
    }
    return Arrays.copyOf(keys, distinct);
  }

  /** The features of documents i and j, in {@link #NAMES} order. */
  float[] of(int i, int j) {
    SparseVector a = vectors[i];
    SparseVector b = vectors[j];
    double cos = Math.min(1, a.dot(b));
    double rare = 0;
    int sharedRare = 0;
    int sharedNumbers = 0;
    for (int x = 0, y = 0; x < a.size() && y < b.size(); ) {
      int s = a.terms[x];
      int t = b.terms[y];
      if (s < t) {
        x++;
      } else if (s > t) {
        y++;
      } else {
        if (df[s] <= RARE_DF) {
          rare += (double) a.weights[x] * b.weights[y];
          sharedRare++;
        }
        if (number[s]) {
          sharedNumbers++;
        }
        x++;
        y++;
      }
    }
    int rij = rank(i, j);
    int rji = rank(j, i);
    double lengthI = Math.max(1, lengths[i]);
    double lengthJ = Math.max(1, lengths[j]);
    double relI = top1[i] > 0 ? cos / top1[i] : 0;
    double relJ = top1[j] > 0 ? cos / top1[j] : 0;
    return new float[] {
      (float) cos,
      (float) Math.log(cos + 0.01),
      (float) Math.min(1, leads[i].dot(leads[j])),
      (float) rare,
      (float) Math.log1p(sharedRare),
      (float) Math.log1p(sharedNumbers),
      (float) Math.log1p(Math.min(rij, rji)),
      (float) Math.log1p(Math.max(rij, rji)),
      rij == 0 && rji == 0 ? 1f : 0f,
      (float) Math.max(crowd[i], crowd[j]),
      (float) Math.min(crowd[i], crowd[j]),
      (float) Math.min(relI, relJ),
      (float) Math.max(relI, relJ),
      (float) Math.abs(Math.log(lengthI / lengthJ)),
      (float) Math.log(Math.min(lengthI, lengthJ))
    };
  }

  /** The position of j in i's neighbour list, or the list length (at least 30) if absent. */
  private int rank(int i, int j) {
    int[] ids = neighbors[i].ids();
    for (int q = 0; q < ids.length; q++) {
      if (ids[q] == j) {
        return q;
      }
    }
    return Math.max(30, ids.length);
  }

  /**
   * Symmetric similarity lists from one score per pair of {@link #pairs()}: each document lists
   * every pair it is in, highest score first (ties: lower number first).
   */
  static Neighbors[] lists(int n, long[] pairs, double[] scores) {
    int[] counts = new int[n];
    for (long p : pairs) {
      counts[(int) (p / n)]++;
      counts[(int) (p % n)]++;
    }
    int[][] ids = new int[n][];
    float[][] values = new float[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = new int[counts[i]];
      values[i] = new float[counts[i]];
      counts[i] = 0;
    }
    for (int q = 0; q < pairs.length; q++) {
      int i = (int) (pairs[q] / n);
      int j = (int) (pairs[q] % n);
      ids[i][counts[i]] = j;
      values[i][counts[i]++] = (float) scores[q];
      ids[j][counts[j]] = i;
      values[j][counts[j]++] = (float) scores[q];
    }
    Neighbors[] lists = new Neighbors[n];
    for (int i = 0; i < n; i++) {
      Integer[] order = new Integer[ids[i].length];
      for (int q = 0; q < order.length; q++) {
        order[q] = q;
      }
      int[] own = ids[i];
      float[] sims = values[i];
      Arrays.sort(
          order,
          (x, y) -> {
            int bySim = Float.compare(sims[y], sims[x]);
            return bySim != 0 ? bySim : Integer.compare(own[x], own[y]);
          });
      int[] sortedIds = new int[order.length];
      float[] sortedSims = new float[order.length];
      for (int q = 0; q < order.length; q++) {
        sortedIds[q] = own[order[q]];
        sortedSims[q] = sims[order[q]];
      }
      lists[i] = new Neighbors(sortedIds, sortedSims);
    }
    return lists;
  }
}
