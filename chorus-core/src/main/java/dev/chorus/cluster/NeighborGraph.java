package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link NearestNeighborClusterer} computes once for a pile of articles before it merges them:
 * their term vectors, nearest neighbours and near-duplicate groups. Stories can then be cut at
 * several thresholds without recomputing it (as {@code chorus eval-cluster --thresholds} does).
 *
 * <p>Immutable and thread-safe; each {@link #stories} call runs the merging afresh ({@link
 * CrowdingLinkage}).
 */
public final class NeighborGraph {

  private final List<Article> articles;
  private final SparseVector[] vectors;
  private final Neighbors[] neighbors;
  private final int[] unit;
  private final int crowdingNeighbors;
  private final int nearDuplicatePairs;

  /** The learned pair probabilities ({@link LearnedPairSimilarity#table}), or null if not used. */
  private final Neighbors[] learned;

  private final double learnedThreshold;

  NeighborGraph(
      List<Article> articles,
      SparseVector[] vectors,
      Neighbors[] neighbors,
      int[] unit,
      int crowdingNeighbors,
      int nearDuplicatePairs) {
    this(articles, vectors, neighbors, unit, crowdingNeighbors, nearDuplicatePairs, null, 0);
  }

  NeighborGraph(
      List<Article> articles,
      SparseVector[] vectors,
      Neighbors[] neighbors,
      int[] unit,
      int crowdingNeighbors,
      int nearDuplicatePairs,
      Neighbors[] learned,
      double learnedThreshold) {
    this.learned = learned;
    this.learnedThreshold = learnedThreshold;
    this.articles = List.copyOf(articles);
    this.vectors = vectors;
    this.neighbors = neighbors;
    this.unit = unit;
    this.crowdingNeighbors = crowdingNeighbors;
    this.nearDuplicatePairs = nearDuplicatePairs;
  }

  /** The articles, in id order. */
  public List<Article> articles() {
    return articles;
  }

  /** How many near-duplicate pairs were found (each pair always ends up in one story). */
  public int nearDuplicatePairs() {
    return nearDuplicatePairs;
  }

  /**
   * The stories when groups are merged while their crowding-corrected average similarity is at
   * least {@code threshold} (see {@link NearestNeighborClusterer}), named and ordered by {@link
   * StoryIds}. With a {@link LearnedPairSimilarity}, groups also merge when their
   * crowding-corrected average learned probability reaches the model's threshold.
   */
  public List<Story> stories(double threshold) {
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold must be a number, was NaN");
    }
    int n = articles.size();
    int[] roots =
        learned == null
            ? new CrowdingLinkage(vectors, neighbors, crowdingNeighbors, threshold).run(unit)
            : SparseCrowdingLinkage.either(
                    vectors, neighbors, threshold, learned, learnedThreshold, crowdingNeighbors)
                .run(unit);
    List<List<Article>> groups = new ArrayList<>();
    int[] group = new int[n];
    Arrays.fill(group, -1);
    for (int i = 0; i < n; i++) {
      int root = roots[i];
      if (group[root] < 0) {
        group[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(group[root]).add(articles.get(i));
    }
    return StoryIds.stories(groups);
  }

  static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of a and b; the smaller root stays root, whatever the order of unions. */
  static void union(int[] parent, int a, int b) {
    int x = find(parent, a);
    int y = find(parent, b);
    if (x < y) {
      parent[y] = x;
    } else if (y < x) {
      parent[x] = y;
    }
  }
}
