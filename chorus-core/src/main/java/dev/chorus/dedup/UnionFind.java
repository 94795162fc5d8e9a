package dev.chorus.dedup;

import java.util.Arrays;

/**
 * Disjoint sets over {@code 0..n-1} with union by size and path halving (Tarjan 1975): near-linear
 * time for any sequence of unions and finds. Not thread-safe; local to one computation.
 */
final class UnionFind {

  private final int[] parent;
  private final int[] size;

  UnionFind(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }

  /**
   * The component of every element, numbered 0, 1, ... in order of each component's smallest
   * element: a labelling that does not depend on the order of unions.
   */
  int[] labels() {
    int n = parent.length;
    int[] byRoot = new int[n];
    Arrays.fill(byRoot, -1);
    int[] labels = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int root = find(i);
      if (byRoot[root] < 0) {
        byRoot[root] = next++;
      }
      labels[i] = byRoot[root];
    }
    return labels;
  }
}
