package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with a crowding-corrected average linkage over a nearest-neighbour
 * graph; see {@link NearestNeighborClusterer} for the method. Starting from given groups
 * (near-duplicate units), it repeatedly merges the two neighbouring groups with the highest score
 *
 * <pre>  score(A, B) = avgcos(A, B) − (crowd(A | A∪B) + crowd(B | A∪B)) / 2</pre>
 *
 * while that is at least the threshold, where avgcos is the mean cosine over all pairs across A and
 * B (exactly, from the groups' vector sums: Σa · Σb / (|A| |B|)) and crowd(X | C) the mean, over
 * the members of X, of the mean cosine of each member's {@code k} nearest neighbours outside C
 * (missing ones count 0). Groups are neighbours when a member of one is among the neighbours of a
 * member of the other.
 *
 * <p>The score of a pair of groups depends only on their members, so stale queue entries are
 * recognised by version numbers (lazy deletion). Ties are broken by group number (the smallest
 * member), so the result is deterministic.
 *
 * <p>Cost: each group keeps the sum of its members' crowding outside it, so scoring a pair
 * recomputes only the smaller group S and the members of the larger one that list a member of S
 * among their neighbours (found through reversed neighbour lists): O(|S| · (list length + reverse
 * degree)) plus the dot product of the sums, which walks the smaller sum and searches the larger
 * one when their sizes differ much. A merge rescores the merged group against its neighbours. Not
 * thread-safe; one use.
 */
final class CrowdingLinkage {

  private final SparseVector[] vectors;
  private final Neighbors[] neighbors;
  private final int k;
  private final double threshold;

  // Per group, indexed by its root (its smallest member).
  private final int[] parent;
  private final int[] size;
  private final int[] version;
  private final SparseVector[] sums;
  private final int[][] members;
  private final IntSet[] adjacent;

  /** Per group: the sum over its members of their crowding outside the group. */
  private final double[] crowdingSum;

  /** reverse[j]: the items that have j in their neighbour list. */
  private final int[][] reverse;

  private final int[] mark;
  private int stamp;

  CrowdingLinkage(SparseVector[] vectors, Neighbors[] neighbors, int k, double threshold) {
    this.vectors = vectors;
    this.neighbors = neighbors;
    this.k = k;
    this.threshold = threshold;
    int n = vectors.length;
    parent = new int[n];
    size = new int[n];
    version = new int[n];
    sums = new SparseVector[n];
    members = new int[n][];
    adjacent = new IntSet[n];
    crowdingSum = new double[n];
    mark = new int[n];
    int[] counts = new int[n];
    for (Neighbors own : neighbors) {
      for (int j : own.ids()) {
        counts[j]++;
      }
    }
    reverse = new int[n][];
    for (int j = 0; j < n; j++) {
      reverse[j] = new int[counts[j]];
      counts[j] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int j : neighbors[i].ids()) {
        reverse[j][counts[j]++] = i;
      }
    }
  }

  /**
   * Runs the merges and returns each item's group root.
   *
   * @param unit the starting group of every item (any member of it; items of one unit share it)
   */
  int[] run(int[] unit) {
    int n = vectors.length;
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      NeighborGraph.union(parent, i, unit[i]);
    }
    List<List<Integer>> byRoot = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byRoot.add(null);
    }
    for (int i = 0; i < n; i++) {
      int root = NeighborGraph.find(parent, i);
      if (byRoot.get(root) == null) {
        byRoot.set(root, new ArrayList<>());
      }
      byRoot.get(root).add(i);
    }
    for (int root = 0; root < n; root++) {
      List<Integer> own = byRoot.get(root);
      if (own == null) {
        continue;
      }
      members[root] = own.stream().mapToInt(Integer::intValue).toArray();
      size[root] = own.size();
      SparseVector sum = SparseVector.EMPTY;
      for (int member : members[root]) {
        sum = sum.plus(vectors[member]);
      }
      sums[root] = sum;
      adjacent[root] = new IntSet();
    }
    for (int i = 0; i < n; i++) {
      int root = NeighborGraph.find(parent, i);
      crowdingSum[root] += crowding(i, root, root);
    }
    for (int i = 0; i < n; i++) {
      int a = NeighborGraph.find(parent, i);
      for (int j : neighbors[i].ids()) {
        int b = NeighborGraph.find(parent, j);
        if (a != b) {
          adjacent[a].add(b);
          adjacent[b].add(a);
        }
      }
    }

    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (int a = 0; a < n; a++) {
      if (members[a] == null) {
        continue;
      }
      for (int b : adjacent[a].toSortedArray()) {
        if (a < b) {
          offer(queue, a, b);
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate top = queue.poll();
      int a = top.a;
      int b = top.b;
      if (members[a] == null
          || members[b] == null
          || version[a] != top.versionA
          || version[b] != top.versionB) {
        continue; // one of them has changed or gone since this was scored
      }
      double merged = mergedCrowding(a, b);
      merge(a, b);
      crowdingSum[a] = merged;
      for (int c : adjacent[a].toSortedArray()) {
        offer(queue, Math.min(a, c), Math.max(a, c));
      }
    }
    int[] roots = new int[n];
    for (int i = 0; i < n; i++) {
      roots[i] = NeighborGraph.find(parent, i);
    }
    return roots;
  }

  private void offer(PriorityQueue<Candidate> queue, int a, int b) {
    double score = score(a, b);
    if (score >= threshold) {
      queue.add(new Candidate(score, a, b, version[a], version[b]));
    }
  }

  /** Merges group b into group a (a < b): a keeps its number, which stays the smallest member. */
  private void merge(int a, int b) {
    parent[b] = a;
    size[a] += size[b];
    sums[a] = sums[a].plus(sums[b]);
    int[] joined = Arrays.copyOf(members[a], members[a].length + members[b].length);
    System.arraycopy(members[b], 0, joined, members[a].length, members[b].length);
    members[a] = joined; // O(|a ∪ b|) per merge, small next to rescoring the neighbours
    members[b] = null;
    sums[b] = null;
    version[a]++;
    IntSet merged = adjacent[a];
    for (int c : adjacent[b].toSortedArray()) {
      merged.add(c);
    }
    merged.remove(a);
    merged.remove(b);
    for (int c : merged.toSortedArray()) {
      adjacent[c].remove(b);
      adjacent[c].add(a);
    }
    adjacent[b] = null;
  }

  /** The score of merging groups a and b; see the class comment. */
  double score(int a, int b) {
    double average = dot(sums[a], sums[b]) / ((double) size[a] * size[b]);
    if (average < threshold) {
      return average; // crowding only lowers the score: no need to compute it
    }
    int small = size[a] <= size[b] ? a : b;
    int large = small == a ? b : a;
    double smallSum = 0;
    for (int member : members[small]) {
      smallSum += crowding(member, a, b);
    }
    double largeSum = crowdingSum[large] - change(small, large);
    return average - (largeSum / size[large] + smallSum / size[small]) / 2;
  }

  /** The crowding sum of a ∪ b outside itself: what {@link #score} computes, for a merge. */
  private double mergedCrowding(int a, int b) {
    int small = size[a] <= size[b] ? a : b;
    int large = small == a ? b : a;
    double sum = crowdingSum[large] - change(small, large);
    for (int member : members[small]) {
      sum += crowding(member, a, b);
    }
    return sum;
  }

  /**
   * How much the crowding of group {@code large}'s members drops when the members of {@code small}
   * no longer count as outside: only members that list one of them change.
   */
  private double change(int small, int large) {
    stamp++;
    double drop = 0;
    for (int j : members[small]) {
      for (int i : reverse[j]) {
        if (mark[i] != stamp && NeighborGraph.find(parent, i) == large) {
          mark[i] = stamp;
          drop += crowding(i, large, large) - crowding(i, large, small);
        }
      }
    }
    return drop;
  }

  /** Crowding of item i: the mean of its first k neighbour cosines outside groups a and b. */
  private double crowding(int i, int a, int b) {
    Neighbors own = neighbors[i];
    double sum = 0;
    int counted = 0;
    for (int q = 0; q < own.size() && counted < k; q++) {
      int root = NeighborGraph.find(parent, own.ids()[q]);
      if (root != a && root != b) {
        sum += own.cosines()[q];
        counted++;
      }
    }
    return sum / k;
  }

  /**
   * The dot product of two sums: merged when their sizes are close, else each term of the smaller
   * searched in the larger (O(s log l) instead of O(s + l)).
   */
  static double dot(SparseVector x, SparseVector y) {
    SparseVector small = x.size() <= y.size() ? x : y;
    SparseVector large = small == x ? y : x;
    if ((long) small.size() * 16 >= large.size()) {
      return x.dot(y);
    }
    double sum = 0;
    int from = 0;
    for (int k = 0; k < small.size() && from < large.size(); k++) {
      int at = Arrays.binarySearch(large.terms, from, large.size(), small.terms[k]);
      if (at >= 0) {
        sum += (double) small.weights[k] * large.weights[at];
        from = at + 1;
      } else {
        from = -at - 1;
      }
    }
    return sum;
  }

  /** A scored pair of groups, best first (then by group numbers). */
  private record Candidate(double score, int a, int b, int versionA, int versionB)
      implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate other) {
      int byScore = Double.compare(other.score, score);
      if (byScore != 0) {
        return byScore;
      }
      int byA = Integer.compare(a, other.a);
      return byA != 0 ? byA : Integer.compare(b, other.b);
    }
  }

  /** A small open-addressing set of non-negative ints. Not thread-safe. */
  static final class IntSet {
    private static final int FREE = -1;
    private static final int GONE = -2;
    private int[] slots = new int[8];
    private int used;
    private int size;

    IntSet() {
      Arrays.fill(slots, FREE);
    }

    void add(int value) {
      if (contains(value)) {
        return;
      }
      if (2 * (used + 1) > slots.length) {
        rehash(size + 1 > slots.length / 4 ? 2 * slots.length : slots.length);
      }
      int mask = slots.length - 1;
      int slot = mix(value) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == FREE) {
        used++;
      }
      slots[slot] = value;
      size++;
    }

    boolean contains(int value) {
      int mask = slots.length - 1;
      for (int slot = mix(value) & mask; slots[slot] != FREE; slot = (slot + 1) & mask) {
        if (slots[slot] == value) {
          return true;
        }
      }
      return false;
    }

    void remove(int value) {
      int mask = slots.length - 1;
      for (int slot = mix(value) & mask; slots[slot] != FREE; slot = (slot + 1) & mask) {
        if (slots[slot] == value) {
          slots[slot] = GONE;
          size--;
          return;
        }
      }
    }

    int size() {
      return size;
    }

    /** The values in increasing order (a fresh array). */
    int[] toSortedArray() {
      int[] values = new int[size];
      int count = 0;
      for (int value : slots) {
        if (value >= 0) {
          values[count++] = value;
        }
      }
      Arrays.sort(values);
      return values;
    }

    private void rehash(int capacity) {
      int[] old = slots;
      slots = new int[capacity];
      Arrays.fill(slots, FREE);
      used = 0;
      size = 0;
      for (int value : old) {
        if (value >= 0) {
          add(value);
        }
      }
    }

    private static int mix(int value) {
      int h = value * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
