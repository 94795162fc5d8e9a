package dev.chorus.select;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chorus.format.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear model over {@link SentenceFeatures}: {@code score(x) = bias + Σ weight_j · (x_j −
 * mean_j) / scale_j}. Trained as a logistic regression on oracle labels (see {@code
 * dev.chorus.learn}), so the score is the log-odds that the oracle summary would pick the sentence.
 *
 * <p>Stored as JSON (feature names, means, scales, weights, bias, and free-form provenance); the
 * shipped model is the classpath resource {@value #RESOURCE}. Loading checks that the feature names
 * are exactly {@link SentenceFeatures#NAMES}, so a model never silently scores a different feature
 * layout. Immutable and thread-safe.
 *
 * @param features feature names, in order
 * @param means the training mean of each feature
 * @param scales the training standard deviation of each feature (1 where it was 0)
 * @param weights the weight of each standardized feature
 * @param bias the intercept
 * @param provenance how the model was trained (command, data, counts, date), for humans
 */
public record LinearRanker(
    List<String> features,
    double[] means,
    double[] scales,
    double[] weights,
    double bias,
    Map<String, String> provenance) {

  /** The shipped model's classpath resource. */
  public static final String RESOURCE = "/dev/chorus/select/ranker.json";

  /** Largest standardized feature value the model uses (in standard deviations). */
  public static final double CLIP = 3.0;

  public LinearRanker {
    features = List.copyOf(features);
    Json.checkStandardizedWeights(features, means, scales, weights);
    // Sorted, so that the JSON is the same bytes on every run.
    provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    means = means.clone();
    scales = scales.clone();
    weights = weights.clone();
  }

  /** The model shipped with Chorus. */
  public static LinearRanker shipped() {
    return checked(Json.resource(RESOURCE, LinearRanker.class), RESOURCE);
  }

  /**
   * The model in the file named by system property {@code property} when it is set (to try a
   * retrained model with {@code CHORUS_JAVA_OPTS=-D<property>=FILE}), else {@link #shipped()}.
   *
   * @throws UncheckedIOException when the named file cannot be read
   */
  public static LinearRanker configured(String property) {
    String file = System.getProperty(property);
    if (file == null || file.isBlank()) {
      return shipped();
    }
    try {
      return read(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the ranker model " + file + " (system property " + property + "): "
              + e.getMessage(),
          e);
    }
  }

  /** Reads a model written by {@link #toJson}; checks its features against this version's. */
  public static LinearRanker read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return checked(Json.read(in, LinearRanker.class), file.toString());
    }
  }

  /** The model as indented JSON, ending with a newline. */
  public byte[] toJson() {
    return Json.bytes(this);
  }

  private static LinearRanker checked(LinearRanker model, String source) {
    Json.checkFeatureNames(source, model.features, SentenceFeatures.NAMES, "docs/ranker.md");
    return model;
  }

  /**
   * The model's score of one feature vector (log-odds). Standardized values are clipped to ±{@value
   * #CLIP}: a story unlike the training data (longer articles, real capitalization) must not let
   * one feature far outside the training range outvote all others.
   */
  public double score(double[] x) {
    double s = bias;
    for (int j = 0; j < weights.length; j++) {
      double z = (x[j] - means[j]) / scales[j];
      s += weights[j] * Math.max(-CLIP, Math.min(CLIP, z));
    }
    return s;
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
