package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;

/**
 * Continuous LexRank: Erkan and Radev, "LexRank: Graph-based lexical centrality as salience in text
 * summarization", JAIR 22, 2004.
 *
 * <p>Candidates are nodes of a graph whose edge weights are the cosine similarities of their TF-IDF
 * vectors (the paper's idf-modified cosine; idf over the story's sentences, see {@link
 * StoryIndex}). A node's salience is its PageRank in that graph: power iteration on the
 * row-normalized weights with damping {@value #DEFAULT_DAMPING} (teleport 0.15), stopping when the
 * L1 change drops below {@value #DEFAULT_TOLERANCE} or after {@value #DEFAULT_MAX_ITERATIONS}
 * iterations. Candidates are offered by descending salience (ties by story order) and the summary
 * is in that order; near-duplicates are rejected (see {@link SummaryBuilder}). The paper handed
 * redundancy to MEAD's reranker; here the near-duplicate rule is the only redundancy control, so
 * that this method measures centrality alone.
 *
 * <p>Two deliberate differences from the paper's pseudo-code: self-similarity (the diagonal) is
 * left out, because a self-loop lets a sentence similar to nothing keep its own mass and rank as
 * high as an average one; and a sentence with no similar sentence spreads its mass uniformly, as in
 * PageRank.
 *
 * <p>Complexity: the cosine matrix is never built. With unit vectors x_i, the weight matrix is
 * {@code X X^T}, so row sums are {@code x_i · Σ_j x_j} and one transition step is {@code x_j · Σ_i
 * (p_i / rowsum_i) x_i}, minus the diagonal terms: O(T) per iteration for T term occurrences of the
 * candidates, O(n + V) memory. A 30,000-sentence story costs what a 30,000-sentence matrix
 * multiplication by a vector costs, not 900 million similarities.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexRankSummarizer implements Summarizer {

  public static final double DEFAULT_DAMPING = 0.85;
  public static final double DEFAULT_TOLERANCE = 1e-7;
  public static final int DEFAULT_MAX_ITERATIONS = 200;

  // Row sums below this are rounding noise: the sentence shares no term with another one.
  private static final double NO_EDGES = 1e-12;

  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  /** Damping 0.85, tolerance 1e-7, at most 200 iterations. */
  public LexRankSummarizer() {
    this(DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * @param damping probability of following an edge, in (0, 1)
   * @param tolerance L1 change at which the iteration stops, > 0
   * @param maxIterations iterations after which it stops regardless, >= 1
   */
  public LexRankSummarizer(double damping, double tolerance, int maxIterations) {
    this.damping = Arguments.damping(damping);
    this.tolerance = Arguments.tolerance(tolerance);
    this.maxIterations = Arguments.maxIterations(maxIterations);
  }

  @Override
  public String name() {
    return "lexrank";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    double[] salience = salience(selection.index, selection.candidates);
    double[] score = new double[selection.index.size()];
    for (int k = 0; k < selection.candidates.length; k++) {
      score[selection.candidates[k]] = salience[k];
    }
    selection.offerInOrder(Candidates.byScoreDescending(selection.candidates, score));
    return selection.build(name());
  }

  /** LexRank of each node, aligned with {@code nodes} (story indexes). */
  double[] salience(StoryIndex index, int[] nodes) {
    int n = nodes.length;
    double[] sum = new double[index.vocabularySize()];
    for (int node : nodes) {
      index.addTo(sum, node, 1.0);
    }
    double[] self = new double[n];
    double[] rowSum = new double[n];
    boolean[] dangling = new boolean[n];
    for (int k = 0; k < n; k++) {
      self[k] = index.cosine(nodes[k], nodes[k]);
      rowSum[k] = index.dot(nodes[k], sum) - self[k];
      dangling[k] = rowSum[k] < NO_EDGES;
    }
    double[] mix = new double[index.vocabularySize()];
    double[] share = new double[n];
    PowerIteration.Transition transition =
        (p, out) -> {
          Arrays.fill(mix, 0.0);
          for (int k = 0; k < n; k++) {
            share[k] = dangling[k] ? 0.0 : p[k] / rowSum[k];
            if (share[k] != 0.0) {
              index.addTo(mix, nodes[k], share[k]);
            }
          }
          for (int k = 0; k < n; k++) {
            out[k] = index.dot(nodes[k], mix) - share[k] * self[k];
          }
        };
    return PowerIteration.stationary(n, dangling, transition, damping, tolerance, maxIterations);
  }
}
