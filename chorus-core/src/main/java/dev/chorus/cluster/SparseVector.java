package dev.chorus.cluster;

import java.util.Arrays;

/**
 * A sparse vector over term numbers: strictly increasing {@code terms} and their {@code weights}.
 * Immutable by convention (the arrays are never changed after construction); thread-safe.
 */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] terms;
  final float[] weights;

  SparseVector(int[] terms, float[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException(
          terms.length + " terms but " + weights.length + " weights");
    }
    this.terms = terms;
    this.weights = weights;
  }

  int size() {
    return terms.length;
  }

  boolean isEmpty() {
    return terms.length == 0;
  }

  /** The dot product, by merging the two term lists: O(|a| + |b|). */
  double dot(SparseVector other) {
    int[] a = terms;
    int[] b = other.terms;
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x < y) {
        i++;
      } else if (x > y) {
        j++;
      } else {
        sum += (double) weights[i] * other.weights[j];
        i++;
        j++;
      }
    }
    return sum;
  }

  /** The element-wise sum, by merging: O(|a| + |b|). */
  SparseVector plus(SparseVector other) {
    int[] a = terms;
    int[] b = other.terms;
    int[] sumTerms = new int[a.length + b.length];
    float[] sumWeights = new float[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        sumTerms[k] = a[i];
        sumWeights[k++] = weights[i++];
      } else if (i == a.length || b[j] < a[i]) {
        sumTerms[k] = b[j];
        sumWeights[k++] = other.weights[j++];
      } else {
        sumTerms[k] = a[i];
        sumWeights[k++] = weights[i++] + other.weights[j++];
      }
    }
    return k == sumTerms.length
        ? new SparseVector(sumTerms, sumWeights)
        : new SparseVector(Arrays.copyOf(sumTerms, k), Arrays.copyOf(sumWeights, k));
  }

  /** The Euclidean norm. */
  double norm() {
    double sum = 0;
    for (float w : weights) {
      sum += (double) w * w;
    }
    return Math.sqrt(sum);
  }
}
