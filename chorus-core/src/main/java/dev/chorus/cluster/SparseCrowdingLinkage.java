package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * {@link CrowdingLinkage} over explicit similarity tables instead of only cosines of vectors: the
 * linkage of {@link LearnedPairSimilarity} (docs/clustering.md, "Learned pair similarity"). A
 * <i>channel</i> is one pair similarity: each item has a list of (other item, similarity), most
 * similar first, symmetric (if j lists i with s, i lists j with s), plus optionally the cosine of
 * unit vectors, which then counts for every pair (the listed value is added to it). Unlisted pairs
 * count 0. For each channel,
 *
 * <pre>  score(A, B) = avg(A, B) − (crowd(A | A∪B) + crowd(B | A∪B)) / 2</pre>
 *
 * where avg is the mean similarity over all |A||B| pairs across A and B, kept as a running sum per
 * pair of neighbouring groups (plus the dot product of the groups' vector sums), and crowd(X | C)
 * the mean over X's members of the mean of their first {@code k} listed similarities to items
 * outside C (missing ones 0); {@code k = 0} gives plain average linkage. Groups merge, best first,
 * while the largest margin {@code score − threshold} over the channels is at least 0 (with two
 * channels a merge needs either similarity to approve it).
 *
 * <p>Cost: crowding is recomputed per member on every score, O(|A∪B| · list length), unlike {@link
 * CrowdingLinkage}'s incremental sums; groups are merged with their pair sums in hash maps. On
 * Multi-News val (15,367 articles) the pair features and this two-channel merging take about 1.6
 * s more than the cosine linkage alone on this project's machine (docs/clustering.md). Ties are
 * broken by group number, so the result is deterministic. Not thread-safe; one use.
 */
final class SparseCrowdingLinkage {

  /** One pair similarity of the linkage. */
  private static final class Channel {
    final Neighbors[] lists;
    final Neighbors[] additions;
    final SparseVector[] vectors;
    final int k;
    final double threshold;
    final SparseVector[] sums;

    Channel(
        Neighbors[] lists, Neighbors[] additions, SparseVector[] vectors, int k, double threshold) {
      this.lists = lists;
      this.additions = additions;
      this.vectors = vectors;
      this.k = k;
      this.threshold = threshold;
      this.sums = vectors == null ? null : new SparseVector[lists.length];
    }
  }

  private final Channel[] channels;

  /**
   * Per group (by root), its neighbouring groups and, per channel, the sum of the listed
   * similarities over the pairs across the two: one map for all channels, which share the keys.
   */
  private final Map<Integer, double[]>[] cross;
  private final int[] parent;
  private final int[][] members;
  private final int[] version;

  /**
   * One channel from a table alone.
   *
   * @param lists per item, the listed similarities, highest first; symmetric
   * @param k crowding neighbours, 0 for none
   */
  SparseCrowdingLinkage(Neighbors[] lists, int k, double threshold) {
    this(lists, lists, null, k, threshold);
  }

  /**
   * One channel, dense plus sparse: the similarity of a pair is the cosine of their {@code
   * vectors} plus the value listed in {@code additions} (0 if not listed), exactly over all pairs
   * across two groups; {@code lists} hold the similarities used for the crowding. {@code
   * additions} must be symmetric.
   */
  SparseCrowdingLinkage(
      Neighbors[] lists, Neighbors[] additions, SparseVector[] vectors, int k, double threshold) {
    this(new Channel[] {new Channel(lists, additions, vectors, k, threshold)});
  }

  /**
   * Two channels: a merge happens when either approves it (the larger margin is at least 0). The
   * first is the cosine of {@code vectors} with crowding by {@code neighbors} (as {@link
   * CrowdingLinkage}); the second the symmetric {@code table}, whose pairs also make groups
   * neighbours.
   */
  static SparseCrowdingLinkage either(
      SparseVector[] vectors,
      Neighbors[] neighbors,
      double cosineThreshold,
      Neighbors[] table,
      double tableThreshold,
      int k) {
    Neighbors[] zeros = new Neighbors[table.length];
    for (int i = 0; i < table.length; i++) {
      zeros[i] = new Neighbors(table[i].ids(), new float[table[i].size()]);
    }
    return new SparseCrowdingLinkage(
        new Channel[] {
          new Channel(neighbors, zeros, vectors, k, cosineThreshold),
          new Channel(table, table, null, k, tableThreshold)
        });
  }

  @SuppressWarnings("unchecked")
  private SparseCrowdingLinkage(Channel[] channels) {
    this.channels = channels;
    int n = channels[0].lists.length;
    cross = new Map[n];
    parent = new int[n];
    members = new int[n][];
    version = new int[n];
  }

  /** Runs the merges from the starting groups {@code unit}; returns each item's group root. */
  int[] run(int[] unit) {
    int n = parent.length;
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
      for (Channel c : channels) {
        if (c.sums != null) {
          c.sums[root] = c.sums[root] == null ? c.vectors[i] : c.sums[root].plus(c.vectors[i]);
        }
      }
    }
    int width = channels.length;
    for (int ch = 0; ch < width; ch++) {
      for (int i = 0; i < n; i++) {
        int a = NeighborGraph.find(parent, i);
        Neighbors own = channels[ch].additions[i];
        for (int q = 0; q < own.size(); q++) {
          int b = NeighborGraph.find(parent, own.ids()[q]);
          if (a != b) {
            // Each unordered pair is listed on both sides: each side adds it to its own entry.
            // Groups are neighbours when any channel lists a pair across them.
            cross[a].computeIfAbsent(b, x -> new double[width])[ch] += own.cosines()[q];
          }
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
    double margin = margin(a, b);
    if (margin >= 0) {
      queue.add(new Candidate(margin, a, b, version[a], version[b]));
    }
  }

  private void merge(int a, int b) {
    parent[b] = a;
    int[] joined = Arrays.copyOf(members[a], members[a].length + members[b].length);
    System.arraycopy(members[b], 0, joined, members[a].length, members[b].length);
    members[a] = joined;
    members[b] = null;
    version[a]++;
    for (Channel ch : channels) {
      if (ch.sums != null) {
        ch.sums[a] = ch.sums[a].plus(ch.sums[b]);
        ch.sums[b] = null;
      }
    }
    Map<Integer, double[]> merged = cross[a];
    merged.remove(b);
    for (Map.Entry<Integer, double[]> e : cross[b].entrySet()) {
      int c = e.getKey();
      if (c == a) {
        continue;
      }
      add(merged.computeIfAbsent(c, x -> new double[channels.length]), e.getValue());
      Map<Integer, double[]> other = cross[c];
      double[] fromB = other.remove(b);
      add(other.computeIfAbsent(a, x -> new double[channels.length]), fromB);
    }
    cross[b] = null;
  }

  private static void add(double[] to, double[] from) {
    for (int k = 0; k < to.length; k++) {
      to[k] += from[k];
    }
  }

  /** The largest margin score − threshold over the channels. */
  double margin(int a, int b) {
    double best = Double.NEGATIVE_INFINITY;
    double[] sums = cross[a].get(b);
    for (int ch = 0; ch < channels.length; ch++) {
      double listed = sums == null ? 0 : sums[ch];
      best = Math.max(best, score(channels[ch], listed, a, b) - channels[ch].threshold);
    }
    return best;
  }

  /** One channel's score; {@code listed} is its sum of listed similarities across a and b. */
  private double score(Channel ch, double listed, int a, int b) {
    double total =
        listed + (ch.sums == null ? 0 : CrowdingLinkage.dot(ch.sums[a], ch.sums[b]));
    double average = total / ((double) members[a].length * members[b].length);
    if (average < ch.threshold || ch.k == 0) {
      return average; // crowding only lowers the score
    }
    double crowdA = 0;
    for (int member : members[a]) {
      crowdA += crowding(ch, member, a, b);
    }
    double crowdB = 0;
    for (int member : members[b]) {
      crowdB += crowding(ch, member, a, b);
    }
    return average - (crowdA / members[a].length + crowdB / members[b].length) / 2;
  }

  private double crowding(Channel ch, int i, int a, int b) {
    Neighbors own = ch.lists[i];
    double sum = 0;
    int counted = 0;
    for (int q = 0; q < own.size() && counted < ch.k; q++) {
      int root = NeighborGraph.find(parent, own.ids()[q]);
      if (root != a && root != b) {
        sum += own.cosines()[q];
        counted++;
      }
    }
    return sum / ch.k;
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
