package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * {@link CrowdingLinkage} over an explicit sparse similarity table instead of cosines of vectors:
 * the experiment of docs/clustering.md, "Learned pair similarity". Each item has a list of (other
 * item, similarity), most similar first, symmetric (if j lists i with s, i lists j with s). Pairs
 * not listed count as similarity 0. It merges, best first, while
 *
 * <pre>  score(A, B) = avg(A, B) − (crowd(A | A∪B) + crowd(B | A∪B)) / 2  ≥  threshold</pre>
 *
 * where avg is the mean similarity over all |A||B| pairs across A and B (unlisted ones 0), kept as
 * a running sum per pair of neighbouring groups, and crowd(X | C) the mean over X's members of the
 * mean of the first {@code k} similarities to items outside C (missing ones 0); {@code k = 0}
 * gives plain average linkage. Crowding is recomputed per member on every score, which is simple
 * and fast enough for an experiment (O(|A∪B| · list length) per score). Not thread-safe; one use.
 */
final class SparseCrowdingLinkage {

  private final Neighbors[] lists;
  private final Neighbors[] cross0;
  private final SparseVector[] vectors;
  private final SparseVector[] sums;
  private final int k;
  private final double threshold;
  private final int[] parent;
  private final int[][] members;
  private final int[] version;
  private final Map<Integer, double[]>[] cross;

  /**
   * @param lists per item, the listed similarities, highest first; symmetric
   * @param k crowding neighbours, 0 for none
   */
  @SuppressWarnings("unchecked")
  SparseCrowdingLinkage(Neighbors[] lists, int k, double threshold) {
    this(lists, lists, null, k, threshold);
  }

  /**
   * The dense-plus-sparse form: the similarity of a pair is the cosine of their {@code vectors}
   * plus the value listed in {@code additions} (0 if not listed), exactly over all pairs across two
   * groups; {@code lists} hold the full similarities of the listed pairs, for the crowding.
   */
  SparseCrowdingLinkage(
      Neighbors[] lists, Neighbors[] additions, SparseVector[] vectors, int k, double threshold) {
    this.lists = lists;
    this.cross0 = additions;
    this.vectors = vectors;
    this.sums = vectors == null ? null : new SparseVector[lists.length];
    this.k = k;
    this.threshold = threshold;
    int n = lists.length;
    parent = new int[n];
    members = new int[n][];
    version = new int[n];
    cross = new Map[n];
  }

  /** Runs the merges from the starting groups {@code unit}; returns each item's group root. */
  int[] run(int[] unit) {
    int n = lists.length;
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      NeighborGraph.union(parent, i, unit[i]);
    }
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[NeighborGraph.find(parent, i)]++;
    }
    for (int i = 0; i < n; i++) {
      int root = NeighborGraph.find(parent, i);
      if (members[root] == null) {
        members[root] = new int[counts[root]];
        counts[root] = 0;
        cross[root] = new HashMap<>();
      }
      members[root][counts[root]++] = i;
      if (sums != null) {
        sums[root] = sums[root] == null ? vectors[i] : sums[root].plus(vectors[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      int a = NeighborGraph.find(parent, i);
      Neighbors own = cross0[i];
      for (int q = 0; q < own.size(); q++) {
        int b = NeighborGraph.find(parent, own.ids()[q]);
        if (a != b) {
          // Each unordered pair is listed on both sides: add it once per side of the table.
          cross[a].computeIfAbsent(b, x -> new double[1])[0] += own.cosines()[q];
        }
      }
    }
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (int a = 0; a < n; a++) {
      if (members[a] == null) {
        continue;
      }
      for (int b : sortedKeys(cross[a])) {
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
        continue;
      }
      merge(a, b);
      for (int c : sortedKeys(cross[a])) {
        offer(queue, Math.min(a, c), Math.max(a, c));
      }
    }
    int[] roots = new int[n];
    for (int i = 0; i < n; i++) {
      roots[i] = NeighborGraph.find(parent, i);
    }
    return roots;
  }

  private static int[] sortedKeys(Map<Integer, double[]> map) {
    int[] keys = new int[map.size()];
    int count = 0;
    for (int key : map.keySet()) {
      keys[count++] = key;
    }
    Arrays.sort(keys);
    return keys;
  }

  private void offer(PriorityQueue<Candidate> queue, int a, int b) {
    double score = score(a, b);
    if (score >= threshold) {
      queue.add(new Candidate(score, a, b, version[a], version[b]));
    }
  }

  private void merge(int a, int b) {
    parent[b] = a;
    int[] joined = Arrays.copyOf(members[a], members[a].length + members[b].length);
    System.arraycopy(members[b], 0, joined, members[a].length, members[b].length);
    members[a] = joined;
    members[b] = null;
    if (sums != null) {
      sums[a] = sums[a].plus(sums[b]);
      sums[b] = null;
    }
    version[a]++;
    Map<Integer, double[]> merged = cross[a];
    merged.remove(b);
    for (Map.Entry<Integer, double[]> e : cross[b].entrySet()) {
      int c = e.getKey();
      if (c == a) {
        continue;
      }
      merged.computeIfAbsent(c, x -> new double[1])[0] += e.getValue()[0];
      Map<Integer, double[]> other = cross[c];
      double[] fromB = other.remove(b);
      other.computeIfAbsent(a, x -> new double[1])[0] += fromB[0];
    }
    cross[b] = null;
  }

  double score(int a, int b) {
    double[] sum = cross[a].get(b);
    double total = (sum == null ? 0 : sum[0]) + (sums == null ? 0 : CrowdingLinkage.dot(sums[a], sums[b]));
    double average = total / ((double) members[a].length * members[b].length);
    if (average < threshold || k == 0) {
      return average;
    }
    double crowdA = 0;
    for (int member : members[a]) {
      crowdA += crowding(member, a, b);
    }
    double crowdB = 0;
    for (int member : members[b]) {
      crowdB += crowding(member, a, b);
    }
    return average - (crowdA / members[a].length + crowdB / members[b].length) / 2;
  }

  private double crowding(int i, int a, int b) {
    Neighbors own = lists[i];
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
}
