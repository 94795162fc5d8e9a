package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;

/**
 * TextRank sentence extraction: Mihalcea and Tarau, "TextRank: Bringing order into texts", EMNLP
 * 2004.
 *
 * <p>Candidates are nodes of a weighted graph; two sentences are linked with weight {@code |common
 * terms| / (log |Si| + log |Sj|)}, where common terms are the distinct content terms both contain
 * and |S| is the sentence's length in words (lengths below two words count as two, so the
 * denominator is never zero; only the short-sentence fallback of {@link Candidates} can meet them).
 * Salience is weighted PageRank, {@code WS(Vi) = (1 - d) + d * Σ_j w_ji / (Σ_k w_jk) * WS(Vj)},
 * computed normalized by power iteration with damping {@value #DEFAULT_DAMPING}, L1 tolerance
 * {@value #DEFAULT_TOLERANCE} and at most {@value #DEFAULT_MAX_ITERATIONS} iterations (the
 * normalization does not change the ranking); a node without edges spreads its mass uniformly.
 * Candidates are offered by descending salience (ties by story order), the summary is in that order
 * and near-duplicates are rejected (see {@link SummaryBuilder}).
 *
 * <p>The similarity does not factorize, so the graph is a dense n×n float matrix: O(n² t) time to
 * build, O(n²) per iteration and 4n² bytes. To bound a huge story, the graph holds at most {@code
 * poolSize} candidates (default {@value #DEFAULT_POOL_SIZE}, 16 MB): distinct sentences taken
 * round-robin from the articles' first sentences (see {@link Candidates#pool}); the candidates left
 * out are offered after the ranked ones, in round-robin order, should the budget not be full.
 * Smaller stories use all candidates.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextRankSummarizer implements Summarizer {

  public static final double DEFAULT_DAMPING = 0.85;
  public static final double DEFAULT_TOLERANCE = 1e-7;
  public static final int DEFAULT_MAX_ITERATIONS = 200;
  public static final int DEFAULT_POOL_SIZE = 2000;

  private final double damping;
  private final double tolerance;
  private final int maxIterations;
  private final int poolSize;

  /** Damping 0.85, tolerance 1e-7, at most 200 iterations, at most 2,000 candidates. */
  public TextRankSummarizer() {
    this(DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, DEFAULT_POOL_SIZE);
  }

  /**
   * @param damping probability of following an edge, in (0, 1)
   * @param tolerance L1 change at which the iteration stops, > 0
   * @param maxIterations iterations after which it stops regardless, >= 1
   * @param poolSize most candidates in the graph, >= 1
   */
  public TextRankSummarizer(double damping, double tolerance, int maxIterations, int poolSize) {
    this.damping = Arguments.damping(damping);
    this.tolerance = Arguments.tolerance(tolerance);
    this.maxIterations = Arguments.maxIterations(maxIterations);
    this.poolSize = Arguments.poolSize(poolSize);
  }

  @Override
  public String name() {
    return "textrank";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    int[] nodes = Candidates.pool(story, selection.candidates, poolSize, selection.duplicates);
    double[] salience = salience(selection.index, nodes);
    double[] score = new double[selection.index.size()];
    for (int k = 0; k < nodes.length; k++) {
      score[nodes[k]] = salience[k];
    }
    selection.offerInOrder(Candidates.byScoreDescending(nodes, score));
    selection.offerInOrder(Candidates.outside(story, selection.candidates, nodes));
    return selection.build(name());
  }

  /** The paper's sentence similarity of sentences {@code a} and {@code b} (story indexes). */
  static double similarity(StoryIndex index, int a, int b) {
    int common = index.overlap(a, b);
    if (common == 0) {
      return 0.0;
    }
    double lengths =
        Math.log(Math.max(2, index.sentence(a).words()))
            + Math.log(Math.max(2, index.sentence(b).words()));
    return common / lengths;
  }

  /** TextRank of each node, aligned with {@code nodes} (story indexes). */
  double[] salience(StoryIndex index, int[] nodes) {
    int n = nodes.length;
    float[] weight = new float[n * n];
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        float w = (float) similarity(index, nodes[i], nodes[j]);
        weight[i * n + j] = w;
        weight[j * n + i] = w;
      }
    }
    boolean[] dangling = new boolean[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += weight[i * n + j];
      }
      rowSum[i] = sum;
      dangling[i] = sum == 0.0;
    }
    PowerIteration.Transition transition =
        (p, out) -> {
          for (int i = 0; i < n; i++) {
            if (dangling[i]) {
              continue;
            }
            double share = p[i] / rowSum[i];
            int row = i * n;
            for (int j = 0; j < n; j++) {
              out[j] += share * weight[row + j];
            }
          }
        };
    return PowerIteration.stationary(n, dangling, transition, damping, tolerance, maxIterations);
  }
}
