package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The linkage over similarity tables of {@link LearnedPairSimilarity}. */
class SparseCrowdingLinkageTest {

  @Test
  void with_nothing_added_it_is_the_cosine_linkage() {
    int runsWithMerges = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      int n = 4 + random.nextInt(30);
      SparseVector[] vectors = TermSpaceAndSearchTest.randomVectors(random, n, 12);
      long[] times = new long[n];
      Arrays.fill(times, NeighborSearch.NO_TIME);
      Neighbors[] neighbors = NeighborSearch.search(vectors, times, Long.MAX_VALUE, 1000, 8, 8, 1);
      int k = 1 + random.nextInt(4);
      double threshold = -0.1 + 0.4 * random.nextDouble();
      int[] unit = new int[n];
      for (int i = 0; i < n; i++) {
        unit[i] = i;
      }

      int[] expected = new CrowdingLinkage(vectors, neighbors, k, threshold).run(unit);
      int[] actual =
          new SparseCrowdingLinkage(neighbors, zeros(neighbors), vectors, k, threshold).run(unit);

      assertThat(actual).as("seed %d", seed).containsExactly(expected);
      if (Arrays.stream(expected).distinct().count() < n) {
        runsWithMerges++;
      }
    }
    assertThat(runsWithMerges).as("runs that merged something").isGreaterThan(15);
  }

  @Test
  void table_only_average_linkage_by_hand() {
    // 0-1: 0.9, 1-2: 0.5, 0-2 unlisted (0), 2-3: 0.2. Plain average linkage (k = 0), cut 0.3:
    // {0,1} first; then avg({0,1},{2}) = (0 + 0.5) / 2 = 0.25 < 0.3 and 2-3 = 0.2: stop.
    Neighbors[] lists = {
      new Neighbors(new int[] {1}, new float[] {0.9f}),
      new Neighbors(new int[] {0, 2}, new float[] {0.9f, 0.5f}),
      new Neighbors(new int[] {1, 3}, new float[] {0.5f, 0.2f}),
      new Neighbors(new int[] {2}, new float[] {0.2f})
    };
    int[] unit = {0, 1, 2, 3};

    assertThat(new SparseCrowdingLinkage(lists, 0, 0.3).run(unit)).containsExactly(0, 0, 2, 3);
    // At 0.25 the pair average 0.25 joins 2; then avg({0,1,2},{3}) = 0.2 / 3 < 0.25.
    assertThat(new SparseCrowdingLinkage(lists, 0, 0.25).run(unit)).containsExactly(0, 0, 0, 3);
  }

  /** Symmetric lists of every listed pair with similarity 0. */
  private static Neighbors[] zeros(Neighbors[] neighbors) {
    int n = neighbors.length;
    TreeSet<Integer>[] sets = new TreeSet[n];
    for (int i = 0; i < n; i++) {
      sets[i] = new TreeSet<>();
    }
    for (int i = 0; i < n; i++) {
      for (int j : neighbors[i].ids()) {
        sets[i].add(j);
        sets[j].add(i);
      }
    }
    Neighbors[] zeros = new Neighbors[n];
    for (int i = 0; i < n; i++) {
      int[] ids = sets[i].stream().mapToInt(Integer::intValue).toArray();
      zeros[i] = new Neighbors(ids, new float[ids.length]);
    }
    return zeros;
  }
}
