package dev.chorus.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.model.Budget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What every JSON output of Chorus shares: indented printing and the budget object; and how
 * Chorus's small model files (records of weights) are written and read, and checked.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code node} indented, ending with a line break. */
  public static String pretty(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} (a record or bean) as indented JSON bytes, ending with a newline. */
  public static byte[] bytes(Object value) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(value);
      byte[] withNewline = Arrays.copyOf(json, json.length + 1);
      withNewline[json.length] = '\n';
      return withNewline;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code type} read from JSON (e.g. a model record written by {@link #bytes}). */
  public static <T> T read(InputStream in, Class<T> type) throws IOException {
    return MAPPER.readValue(in, type);
  }

  /** The {@code type} in classpath resource {@code resource}, read with {@link #read}. */
  public static <T> T resource(String resource, Class<T> type) {
    try (InputStream in = type.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks the arrays of a linear model on standardized features: one mean, scale and weight per
   * feature, scales positive, all finite.
   *
   * @throws IllegalArgumentException naming the first feature that fails
   */
  public static void checkStandardizedWeights(
      List<String> features, double[] means, double[] scales, double[] weights) {
    Objects.requireNonNull(means, "means");
    Objects.requireNonNull(scales, "scales");
    Objects.requireNonNull(weights, "weights");
    int n = features.size();
    if (means.length != n || scales.length != n || weights.length != n) {
      throw new IllegalArgumentException(
          "expected " + n + " means, scales and weights, got " + means.length + ", "
              + scales.length + ", " + weights.length);
    }
    for (int j = 0; j < n; j++) {
      if (!(scales[j] > 0) || !Double.isFinite(weights[j]) || !Double.isFinite(means[j])) {
        throw new IllegalArgumentException(
            "feature '" + features.get(j) + "': scale must be > 0 and values finite");
      }
    }
  }

  /**
   * Checks that a model read from {@code source} scores the features this version computes.
   *
   * @param retrain where the reader learns how to retrain, e.g. "docs/ranker.md"
   * @throws IllegalArgumentException when the names differ
   */
  public static void checkFeatureNames(
      String source, List<String> features, List<String> expected, String retrain) {
    if (!features.equals(expected)) {
      throw new IllegalArgumentException(
          source + ": the model's features " + features + " are not this version's " + expected
              + "; retrain it (see " + retrain + ")");
    }
  }

  /** Adds {@code "budget": {unit, limit, truncate, trim}} to {@code parent}. */
  public static void putBudget(ObjectNode parent, Budget budget) {
    ObjectNode node = parent.putObject("budget");
    node.put("unit", budget.unit().name().toLowerCase(Locale.ROOT));
    node.put("limit", budget.limit());
    node.put("truncate", budget.truncate());
    node.put("trim", budget.trim());
  }
}
