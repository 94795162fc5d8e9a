package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.PriorityQueue;

/**
 * Submodular summarization: Lin and Bilmes, "A class of submodular functions for document
 * summarization", ACL 2011, with the budgeted greedy algorithm of Lin and Bilmes, "Multi-document
 * summarization via budgeted maximization of submodular functions", NAACL 2010.
 *
 * <p>The summary S maximizes {@code F(S) = L(S) + λ R(S)} over the ground set V of candidates, with
 * w_ij the cosine of the sentences' TF-IDF vectors (see {@link StoryIndex}; w_ii = 1 for a sentence
 * with terms):
 *
 * <ul>
 *   <li>coverage {@code L(S) = Σ_{i in V} min(C_i(S), α C_i(V))}, {@code C_i(S) = Σ_{j in S} w_ij},
 *       with {@code α = a / |V|}: once a sentence is covered to a fraction of what the whole story
 *       covers it, more of the same earns nothing;
 *   <li>diversity {@code R(S) = Σ_k sqrt(Σ_{j in S ∩ P_k} r_j)} with singleton reward {@code r_j =
 *       (1 / |V|) Σ_{i in V} w_ij}: the square root makes a second sentence from the same cluster
 *       P_k worth less than a first one from another. The clusters come from spherical k-means on
 *       the TF-IDF vectors, k = ⌈clusterFraction·|V|⌉, seeded k-means++ with a fixed seed (see
 *       {@link SphericalKMeans}).
 * </ul>
 *
 * Defaults: a = 5, λ = 6, clusterFraction = 0.2, r = 0.3 (the settings the paper reports for DUC
 * 2004, as far as we can tell; issue #5 measures them on our data), seed 42.
 *
 * <p>Budgeted greedy: repeatedly take the candidate of largest {@code (F(G + k) - F(G)) / c_k^r},
 * c_k its cost in the budget's unit (with separator), add it when the builder accepts it (it fits
 * and is no near-duplicate, see {@link SummaryBuilder}), else drop it. Gains only shrink as G grows
 * (F is submodular, costs fixed), so stale gains are upper bounds and the greedy is evaluated
 * lazily (Minoux 1978) with the same result. Finally, as the paper requires for its guarantee, the
 * best single sentence that fits replaces G when {@code F} of it alone is larger. With {@link
 * Budget#truncate()} the sentence that crosses the budget is cut and ends the greedy; the singleton
 * check is skipped then, since a cut summary always fills the budget. The summary is in selection
 * order.
 *
 * <p>Complexity: a dense n×n float similarity matrix, O(n² t) to build, O(n²) per k-means
 * iteration, O(n) per gain evaluation. To bound a huge story, the ground set holds at most {@code
 * poolSize} candidates (default {@value #DEFAULT_POOL_SIZE}), chosen as for {@link
 * TextRankSummarizer}, and the candidates outside it fill any budget left, in round-robin order.
 * Immutable and thread-safe.
 */
public final class SubmodularSummarizer implements Summarizer {

  public static final double DEFAULT_COVERAGE = 5.0;
  public static final double DEFAULT_LAMBDA = 6.0;
  public static final double DEFAULT_CLUSTER_FRACTION = 0.2;
  public static final double DEFAULT_SCALING = 0.3;
  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_POOL_SIZE = 2000;

  private static final int KMEANS_ITERATIONS = 30;

  private final double coverage;
  private final double lambda;
  private final double clusterFraction;
  private final double scaling;
  private final long seed;
  private final int poolSize;

  /** a = 5, λ = 6, clusterFraction = 0.2, r = 0.3, seed 42, at most 2,000 candidates. */
  public SubmodularSummarizer() {
    this(
        DEFAULT_COVERAGE,
        DEFAULT_LAMBDA,
        DEFAULT_CLUSTER_FRACTION,
        DEFAULT_SCALING,
        DEFAULT_SEED,
        DEFAULT_POOL_SIZE);
  }

  /**
   * @param coverage a in α = a / |V|, > 0
   * @param lambda weight of diversity, >= 0
   * @param clusterFraction clusters per candidate, in (0, 1]
   * @param scaling r, the exponent of the cost, >= 0
   * @param seed k-means++ seed
   * @param poolSize most candidates in the ground set, >= 1
   */
  public SubmodularSummarizer(
      double coverage,
      double lambda,
      double clusterFraction,
      double scaling,
      long seed,
      int poolSize) {
    this.coverage = Arguments.positive("coverage", coverage);
    this.lambda = Arguments.nonNegative("lambda", lambda);
    this.clusterFraction = Arguments.inRange("clusterFraction", clusterFraction, 0, 1);
    if (clusterFraction == 0) {
      throw new IllegalArgumentException("clusterFraction must be > 0, was 0.0");
    }
    this.scaling = Arguments.nonNegative("scaling", scaling);
    this.seed = seed;
    this.poolSize = Arguments.poolSize(poolSize);
  }

  @Override
  public String name() {
    return "submodular";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    int[] nodes = Candidates.pool(story, selection.candidates, poolSize, selection.duplicates);
    Objective objective = new Objective(selection.index, nodes);
    SummaryBuilder builder = selection.builder;

    double[] cost = new double[nodes.length];
    for (int k = 0; k < nodes.length; k++) {
      cost[k] = Math.pow(builder.cost(nodes[k]) + budget.separatorCost(), scaling);
    }
    PriorityQueue<Entry> queue = new PriorityQueue<>();
    for (int k = 0; k < nodes.length; k++) {
      if (budget.truncate() || builder.fits(nodes[k])) {
        queue.add(new Entry(objective.gain(k) / cost[k], k));
      }
    }
    while (!builder.isClosed() && !queue.isEmpty()) {
      Entry top = queue.poll();
      int k = top.node;
      if (builder.isDuplicate(nodes[k]) || (!budget.truncate() && !builder.fits(nodes[k]))) {
        continue;
      }
      Entry fresh = new Entry(objective.gain(k) / cost[k], k);
      if (!queue.isEmpty() && queue.peek().compareTo(fresh) < 0) {
        queue.add(fresh);
        continue;
      }
      if (builder.offer(nodes[k]) == SummaryBuilder.Outcome.ADDED) {
        objective.add(k);
      }
    }

    if (!budget.truncate()) {
      int best = -1;
      double bestValue = objective.value();
      for (int k = 0; k < nodes.length; k++) {
        if (builder.cost(nodes[k]) <= budget.limit()) {
          double value = objective.singletonValue(k);
          if (value > bestValue) {
            best = k;
            bestValue = value;
          }
        }
      }
      if (best >= 0) {
        builder = new SummaryBuilder(story, budget, selection.duplicates);
        builder.offer(nodes[best]);
      }
    }
    // Only a pooled story has candidates outside the ground set: they fill what budget is left.
    for (int c : Candidates.outside(story, selection.candidates, nodes)) {
      if (builder.isClosed()) {
        break;
      }
      builder.offer(c);
    }
    return builder.build(name());
  }

  /** A lazy-greedy queue entry: larger ratio first, then the earlier candidate. */
  private record Entry(double ratio, int node) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byRatio = Double.compare(other.ratio, ratio);
      return byRatio != 0 ? byRatio : Integer.compare(node, other.node);
    }
  }

  /** F = L + λR over a ground set, with the running state of a selection G. */
  final class Objective {
    private final int n;
    private final float[] similarity;
    private final double[] cap;
    private final double[] reward;
    private final int[] cluster;
    private final double[] covered;
    private final double[] clusterReward;

    Objective(StoryIndex index, int[] nodes) {
      n = nodes.length;
      similarity = new float[n * n];
      for (int i = 0; i < n; i++) {
        similarity[i * n + i] = (float) index.cosine(nodes[i], nodes[i]);
        for (int j = i + 1; j < n; j++) {
          float w = (float) index.cosine(nodes[i], nodes[j]);
          similarity[i * n + j] = w;
          similarity[j * n + i] = w;
        }
      }
      double alpha = coverage / Math.max(1, n);
      cap = new double[n];
      reward = new double[n];
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += similarity[i * n + j];
        }
        cap[i] = alpha * sum;
        // w is symmetric, so row i also sums the column r_i needs.
        reward[i] = sum / n;
      }
      int k = Math.max(1, (int) Math.ceil(clusterFraction * n));
      cluster = SphericalKMeans.cluster(similarity, n, k, seed, KMEANS_ITERATIONS);
      covered = new double[n];
      clusterReward = new double[n];
    }

    /** F(G + k) - F(G). */
    double gain(int k) {
      double coverageGain = 0;
      for (int i = 0; i < n; i++) {
        double before = Math.min(covered[i], cap[i]);
        double after = Math.min(covered[i] + similarity[i * n + k], cap[i]);
        coverageGain += after - before;
      }
      double r = clusterReward[cluster[k]];
      return coverageGain + lambda * (Math.sqrt(r + reward[k]) - Math.sqrt(r));
    }

    void add(int k) {
      for (int i = 0; i < n; i++) {
        covered[i] += similarity[i * n + k];
      }
      clusterReward[cluster[k]] += reward[k];
    }

    /** F(G). */
    double value() {
      double value = 0;
      for (int i = 0; i < n; i++) {
        value += Math.min(covered[i], cap[i]);
      }
      for (double r : clusterReward) {
        value += lambda * Math.sqrt(r);
      }
      return value;
    }

    /** F({k}). */
    double singletonValue(int k) {
      double value = 0;
      for (int i = 0; i < n; i++) {
        value += Math.min(similarity[i * n + k], cap[i]);
      }
      return value + lambda * Math.sqrt(reward[k]);
    }
  }
}
