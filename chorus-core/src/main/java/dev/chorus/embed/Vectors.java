package dev.chorus.embed;

import java.util.Objects;

/**
 * Small dense-vector helpers for sentence embeddings: dot product, L2 normalisation and the unit
 * centroid. Stateless and thread-safe; all methods are O(dimension) per vector.
 */
public final class Vectors {

  private Vectors() {}

  /**
   * The dot product of two vectors of equal length, accumulated in double; for unit vectors it is
   * their cosine similarity.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double dot(float[] a, float[] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors must have equal length, were " + a.length + " and " + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }

  /**
   * Scales {@code v} in place to unit L2 norm; a zero vector stays zero (it has no direction).
   * The norm is accumulated in double so that long vectors of small values keep their precision.
   *
   * @return {@code v}
   */
  public static float[] normalizeInPlace(float[] v) {
    Objects.requireNonNull(v, "v");
    double squares = 0;
    for (float x : v) {
      squares += (double) x * x;
    }
    if (squares > 0) {
      double inverse = 1.0 / Math.sqrt(squares);
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] * inverse);
      }
    }
    return v;
  }

  /**
   * The unit-length mean direction of some vectors (the "centroid" that centroid summarizers
   * compare sentences with): their sum, normalised. Zero when there are no vectors or they cancel.
   *
   * @param vectors rows of equal length {@code dimension}
   * @param dimension the row length, used when there are no rows; >= 1
   * @throws IllegalArgumentException if a row's length is not {@code dimension}
   */
  public static float[] centroid(float[][] vectors, int dimension) {
    Objects.requireNonNull(vectors, "vectors");
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
    }
    double[] sum = new double[dimension];
    for (int r = 0; r < vectors.length; r++) {
      float[] row = vectors[r];
      if (row.length != dimension) {
        throw new IllegalArgumentException(
            "row " + r + " has length " + row.length + ", expected " + dimension);
      }
      for (int i = 0; i < dimension; i++) {
        sum[i] += row[i];
      }
    }
    float[] centroid = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      centroid[i] = (float) sum[i];
    }
    return normalizeInPlace(centroid);
  }
}
