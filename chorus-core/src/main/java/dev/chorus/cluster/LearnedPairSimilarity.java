package dev.chorus.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chorus.cluster.NeighborSearch.Neighbors;
import dev.chorus.format.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned same-story probability for candidate pairs of articles, an optional second opinion in
 * batch clustering ({@link NearestNeighborClusterer}): a logistic regression on cheap pair features
 * ({@link PairFeatures}: cosine, lead cosine, shared rare terms and numbers, neighbour ranks,
 * crowding, length ratio), fitted on pairs labelled same-story / different-story from pooled
 * Multi-News <b>train</b> clusters. {@code p(x) = 1 / (1 + exp(−(bias + Σ w_j (x_j − μ_j) /
 * σ_j)))}.
 *
 * <p>How it is used: the candidate pairs get p as a second similarity, and two groups of articles
 * merge when <i>either</i> the cosine linkage approves (its crowding-corrected average cosine is at
 * least the clustering threshold) <i>or</i> the same linkage over p approves (crowding-corrected
 * average p, unlisted pairs 0, at least {@link #threshold}). Used alone, p over-fits Multi-News's
 * crowded pool of small stories: it raises Multi-News val but breaks DUC 2004, whose long
 * articles and 10-article topics get low probabilities; as a second opinion it adds the merges it
 * is sure of. Measurements in docs/clustering.md, "Learned pair similarity".
 *
 * <p>Stored as JSON (feature names, means, scales, weights, bias, threshold, provenance); the
 * shipped model is the classpath resource {@value #RESOURCE}, trained by {@code
 * PairModelExperiment} (chorus-core tests; command in docs/clustering.md). Loading checks that the
 * feature names are exactly this version's, so a model never scores another feature layout.
 * Immutable and thread-safe.
 *
 * @param features feature names, in order ({@link PairFeatures#NAMES})
 * @param means the training mean of each feature
 * @param scales the training standard deviation of each feature (1 where it was 0)
 * @param weights the weight of each standardized feature
 * @param bias the intercept
 * @param threshold least crowding-corrected average probability at which the learned opinion
 *     merges two groups; in [0, 1]
 * @param provenance how the model was trained (command, data, counts), for humans
 */
public record LearnedPairSimilarity(
    List<String> features,
    double[] means,
    double[] scales,
    double[] weights,
    double bias,
    double threshold,
    Map<String, String> provenance) {

  /** The shipped model's classpath resource. */
  public static final String RESOURCE = "/dev/chorus/cluster/pair-model.json";

  public LearnedPairSimilarity {
    features = List.copyOf(features);
    Json.checkStandardizedWeights(features, means, scales, weights);
    // Sorted, so that the JSON is the same bytes on every run.
    provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite, was " + bias);
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
    }
    means = means.clone();
    scales = scales.clone();
    weights = weights.clone();
  }

  /** The model shipped with Chorus. */
  public static LearnedPairSimilarity shipped() {
    return checked(Json.resource(RESOURCE, LearnedPairSimilarity.class), RESOURCE);
  }

  /** Reads a model written by {@link #toJson}; checks its features against this version's. */
  public static LearnedPairSimilarity read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return checked(Json.read(in, LearnedPairSimilarity.class), file.toString());
    }
  }

  /** The model as indented JSON, ending with a newline. */
  public byte[] toJson() {
    return Json.bytes(this);
  }

  /** This model with another {@link #threshold}. */
  public LearnedPairSimilarity withThreshold(double value) {
    return new LearnedPairSimilarity(features, means, scales, weights, bias, value, provenance);
  }

  private static LearnedPairSimilarity checked(LearnedPairSimilarity model, String source) {
    Json.checkFeatureNames(source, model.features, PairFeatures.NAMES, "docs/clustering.md");
    return model;
  }

  /** The log-odds of one feature vector (in {@link #features} order). */
  public double logit(float[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException(
          "expected " + weights.length + " features, got " + x.length);
    }
    double z = bias;
    for (int j = 0; j < weights.length; j++) {
      z += weights[j] * (x[j] - means[j]) / scales[j];
    }
    return z;
  }

  /** The same-story probability of one feature vector. */
  public double probability(float[] x) {
    return 1 / (1 + Math.exp(-logit(x)));
  }

  /**
   * The probability of every candidate pair, as symmetric lists (highest first) for {@link
   * SparseCrowdingLinkage}.
   */
  Neighbors[] table(PairFeatures pairs) {
    long[] candidates = pairs.pairs();
    int n = pairs.size();
    double[] p = new double[candidates.length];
    for (int q = 0; q < candidates.length; q++) {
      p[q] = probability(pairs.of((int) (candidates[q] / n), (int) (candidates[q] % n)));
    }
    return PairFeatures.lists(n, candidates, p);
  }

  @Override
  @JsonProperty("means")
  public double[] means() {
    return means.clone();
  }

  @Override
  @JsonProperty("scales")
  public double[] scales() {
    return scales.clone();
  }

  @Override
  @JsonProperty("weights")
  public double[] weights() {
    return weights.clone();
  }
}
