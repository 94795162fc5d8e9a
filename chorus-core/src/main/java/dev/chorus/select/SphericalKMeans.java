package dev.chorus.select;

import java.util.Arrays;
import java.util.Random;

/**
 * Spherical k-means (Dhillon and Modha 2001) over unit vectors given only by their pairwise cosine
 * matrix, seeded with k-means++ (Arthur and Vassilvitskii 2007) from a fixed seed.
 *
 * <p>A cluster's centroid is the sum c of its members' vectors, so a point's cosine to it is {@code
 * Σ_{j in cluster} S_ij / |c|} with {@code |c|² = Σ_{i,j in cluster} S_ij}: the vectors themselves
 * are never needed. Lloyd iterations reassign every point to the centroid of highest cosine (ties
 * to the lower cluster) until nothing moves or {@code maxIterations} pass. Seeding draws each next
 * center with probability proportional to the squared cosine distance {@code (1 - max cos)²} to the
 * chosen centers; it stops early when every point coincides with a center, so fewer than k clusters
 * may come back.
 *
 * <p>Deterministic for a given seed ({@link Random} is specified bit for bit). Stateless; each call
 * uses its own {@code Random}. O(n·k) to seed and O(n²) per iteration for n points.
 */
final class SphericalKMeans {

  private SphericalKMeans() {}

  /**
   * Cluster labels in [0, k) for n points with symmetric cosine matrix {@code similarity}
   * (row-major, n×n, diagonal 1 for non-zero vectors).
   */
  static int[] cluster(float[] similarity, int n, int k, long seed, int maxIterations) {
    int[] label = new int[n];
    if (n == 0) {
      return label;
    }
    int[] centers = seed(similarity, n, Math.min(k, n), new Random(seed));
    int clusters = centers.length;
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int c = 1; c < clusters; c++) {
        if (similarity[i * n + centers[c]] > similarity[i * n + centers[best]]) {
          best = c;
        }
      }
      label[i] = best;
    }
    double[] toCluster = new double[clusters];
    double[] norm = new double[clusters];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      Arrays.fill(norm, 0.0);
      for (int i = 0; i < n; i++) {
        norm[label[i]] += sumsByCluster(similarity, n, i, label, toCluster)[label[i]];
      }
      for (int c = 0; c < clusters; c++) {
        norm[c] = Math.sqrt(Math.max(0.0, norm[c]));
      }
      int[] next = new int[n];
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        double[] sums = sumsByCluster(similarity, n, i, label, toCluster);
        int best = label[i];
        double bestCosine = norm[best] > 0 ? sums[best] / norm[best] : 0.0;
        for (int c = 0; c < clusters; c++) {
          if (norm[c] > 0) {
            double cosine = sums[c] / norm[c];
            if (cosine > bestCosine || (cosine == bestCosine && c < best)) {
              best = c;
              bestCosine = cosine;
            }
          }
        }
        next[i] = best;
        moved |= best != label[i];
      }
      label = next;
      if (!moved) {
        break;
      }
    }
    return label;
  }

  /** {@code out[c] = Σ_{j with label c} S_ij}. */
  private static double[] sumsByCluster(
      float[] similarity, int n, int i, int[] label, double[] out) {
    Arrays.fill(out, 0.0);
    int row = i * n;
    for (int j = 0; j < n; j++) {
      out[label[j]] += similarity[row + j];
    }
    return out;
  }

  private static int[] seed(float[] similarity, int n, int k, Random random) {
    int[] centers = new int[k];
    int count = 0;
    double[] distance = new double[n];
    Arrays.fill(distance, 1.0);
    int chosen = random.nextInt(n);
    while (true) {
      centers[count++] = chosen;
      for (int i = 0; i < n; i++) {
        double cosine = i == chosen ? 1.0 : similarity[i * n + chosen];
        distance[i] = Math.min(distance[i], Math.max(0.0, 1.0 - cosine));
      }
      if (count == k) {
        break;
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += distance[i] * distance[i];
      }
      if (total <= 0) {
        break;
      }
      double target = random.nextDouble() * total;
      double cumulative = 0;
      for (int i = 0; i < n; i++) {
        if (distance[i] > 0) {
          chosen = i;
          cumulative += distance[i] * distance[i];
          if (cumulative > target) {
            break;
          }
        }
      }
    }
    return Arrays.copyOf(centers, count);
  }
}
