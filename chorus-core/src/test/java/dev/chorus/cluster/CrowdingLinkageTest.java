package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The incremental linkage against a direct implementation of its definition. */
class CrowdingLinkageTest {

  @Test
  void agrees_with_the_definition_on_random_graphs() {
    int runsWithMerges = 0;
    for (long seed = 1; seed <= 40; seed++) {
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

      int[] fast = new CrowdingLinkage(vectors, neighbors, k, threshold).run(unit);
      int[] slow = direct(vectors, neighbors, k, threshold);

      assertThat(fast).as("seed %d", seed).containsExactly(slow);
      if (Arrays.stream(slow).distinct().count() < n) {
        runsWithMerges++;
      }
    }
    assertThat(runsWithMerges).as("runs that merged something").isGreaterThan(20);
  }

  @Test
  void near_duplicate_units_start_together() {
    Random random = new Random(5);
    SparseVector[] vectors = TermSpaceAndSearchTest.randomVectors(random, 10, 6);
    long[] times = new long[10];
    Arrays.fill(times, NeighborSearch.NO_TIME);
    Neighbors[] neighbors = NeighborSearch.search(vectors, times, Long.MAX_VALUE, 100, 9, 9, 1);
    int[] unit = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    unit[7] = 2;
    unit[9] = 2;

    int[] roots = new CrowdingLinkage(vectors, neighbors, 3, 2.0).run(unit); // no merges

    assertThat(roots[7]).isEqualTo(roots[2]).isEqualTo(roots[9]).isEqualTo(2);
    assertThat(roots[0]).isZero();
  }

  /** The merges of the class comment, computed from scratch every time: O(n^4), tiny n only. */
  private static int[] direct(
      SparseVector[] vectors, Neighbors[] neighbors, int k, double threshold) {
    int n = vectors.length;
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    while (true) {
      double best = Double.NEGATIVE_INFINITY;
      int bestA = -1;
      int bestB = -1;
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (!isGroup(group, a) || !isGroup(group, b) || !adjacent(group, neighbors, a, b)) {
            continue;
          }
          double score = score(vectors, neighbors, group, k, a, b);
          if (score > best) {
            best = score;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0 || best < threshold) {
        return group;
      }
      for (int i = 0; i < n; i++) {
        if (group[i] == bestB) {
          group[i] = bestA;
        }
      }
    }
  }

  private static boolean isGroup(int[] group, int root) {
    return group[root] == root;
  }

  private static boolean adjacent(int[] group, Neighbors[] neighbors, int a, int b) {
    for (int i = 0; i < group.length; i++) {
      for (int j : neighbors[i].ids()) {
        if ((group[i] == a && group[j] == b) || (group[i] == b && group[j] == a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double score(
      SparseVector[] vectors, Neighbors[] neighbors, int[] group, int k, int a, int b) {
    List<Integer> inA = new ArrayList<>();
    List<Integer> inB = new ArrayList<>();
    for (int i = 0; i < group.length; i++) {
      if (group[i] == a) {
        inA.add(i);
      } else if (group[i] == b) {
        inB.add(i);
      }
    }
    double sum = 0;
    for (int i : inA) {
      for (int j : inB) {
        sum += vectors[i].dot(vectors[j]);
      }
    }
    double average = sum / (inA.size() * inB.size());
    Set<Integer> both = new HashSet<>(inA);
    both.addAll(inB);
    return average - (crowd(neighbors, inA, both, k) + crowd(neighbors, inB, both, k)) / 2;
  }

  private static double crowd(
      Neighbors[] neighbors, List<Integer> members, Set<Integer> out, int k) {
    double total = 0;
    for (int i : members) {
      double sum = 0;
      int counted = 0;
      for (int q = 0; q < neighbors[i].size() && counted < k; q++) {
        if (!out.contains(neighbors[i].ids()[q])) {
          sum += neighbors[i].cosines()[q];
          counted++;
        }
      }
      total += sum / k;
    }
    return total / members.size();
  }
}
