package dev.chorus.clean;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.TermIds;
import java.util.Arrays;
import java.util.List;

/**
 * {@link OffTopicDetector}'s similarities computed with arrays, bit for bit as its hash-map
 * version computes them. That version's sums run in {@link java.util.HashMap} iteration order,
 * which decides their last bits (and, on Multi-News val, dozens of printed reasons), so this
 * class adds in exactly that order: a map filled by {@code merge} from empty iterates its
 * buckets ({@code (h ^ h >>> 16) & (capacity - 1)}, h the key's {@code hashCode}) in ascending
 * order, and a bucket's keys newest first ({@code merge} puts a new key at the head of its bucket,
 * and doubling the table keeps the keys' relative order); the capacity starts at 16 and doubles
 * when a {@code merge} call finds more than three quarters of it used. That holds while no bucket
 * grows to 7 keys, where a map may turn the bucket into a tree (or double early): then {@link
 * #similarities} returns null and the caller must use the maps. With String hashes that is rare.
 * The arrays avoid the boxing, the rehashing and the lookups that made the maps most of the
 * detector's time (issue #5).
 *
 * <p>Not thread-safe: one instance per call.
 */
final class HashOrderVectors {

  /** A bucket this full may be treeified by {@code HashMap.merge} (TREEIFY_THRESHOLD - 1). */
  private static final int UNSAFE_BUCKET = 7;

  private final TermIds termIds = new TermIds();
  private int[] termHashes = new int[64]; // by term id

  private HashOrderVectors() {}

  /**
   * Each document's similarity to the rest, as {@link OffTopicDetector} defines it (NaN where
   * the rest is empty; unspecified for a document without terms), or null when the maps could
   * have iterated in another order than the one emulated here.
   */
  static double[] similarities(AnalyzedStory story) {
    return new HashOrderVectors().compute(story);
  }

  private double[] compute(AnalyzedStory story) {
    int documents = story.documentCount();
    List<AnalyzedSentence> sentences = story.sentences();
    // Story order within each document, as the maps are filled.
    int[] start = new int[documents + 1];
    for (AnalyzedSentence s : sentences) {
      start[s.documentIndex() + 1]++;
    }
    for (int d = 0; d < documents; d++) {
      start[d + 1] += start[d];
    }
    int[] byDocument = new int[sentences.size()];
    int[] fill = Arrays.copyOf(start, documents);
    for (int k = 0; k < sentences.size(); k++) {
      byDocument[fill[sentences.get(k).documentIndex()]++] = k;
    }

    int[][] vectorIds = new int[documents][]; // term ids in iteration order
    double[][] vectorWeights = new double[documents][];
    int[] localOf = new int[64]; // term id -> index in the current document, valid if stamped
    int[] localStamp = new int[64];
    for (int d = 0; d < documents; d++) {
      int[] ids = new int[16];
      double[] counts = new double[16];
      int size = 0;
      int capacity = 0;
      for (int k = start[d]; k < start[d + 1]; k++) {
        for (String term : sentences.get(byDocument[k]).terms()) {
          capacity = capacityAtMerge(capacity, size);
          int id = id(term);
          if (id >= localOf.length) {
            localOf = Arrays.copyOf(localOf, Math.max(id + 1, 2 * localOf.length));
            localStamp = Arrays.copyOf(localStamp, localOf.length);
          }
          if (localStamp[id] == d + 1) {
            counts[localOf[id]] += 1.0;
          } else {
            if (size == ids.length) {
              ids = Arrays.copyOf(ids, 2 * size);
              counts = Arrays.copyOf(counts, 2 * size);
            }
            localStamp[id] = d + 1;
            localOf[id] = size;
            ids[size] = id;
            counts[size] = 1.0;
            size++;
          }
        }
      }
      int[] order = iterationOrder(ids, size, capacity);
      if (order == null) {
        return null;
      }
      int[] orderedIds = new int[size];
      double[] weights = new double[size];
      double norm = 0;
      for (int k = 0; k < size; k++) {
        double w = 1 + Math.log(counts[order[k]]);
        orderedIds[k] = ids[order[k]];
        weights[k] = w;
        norm += w * w;
      }
      double length = Math.sqrt(norm);
      for (int k = 0; k < size; k++) {
        weights[k] = weights[k] / length;
      }
      vectorIds[d] = orderedIds;
      vectorWeights[d] = weights;
    }

    // The sum of the vectors, merged in document order, each in its iteration order.
    int termCount = termIds.size();
    int[] totalOf = new int[termCount];
    Arrays.fill(totalOf, -1);
    int[] totalIds = new int[termCount];
    double[] total = new double[termCount];
    int totalSize = 0;
    int totalCapacity = 0;
    for (int d = 0; d < documents; d++) {
      int[] ids = vectorIds[d];
      for (int k = 0; k < ids.length; k++) {
        totalCapacity = capacityAtMerge(totalCapacity, totalSize);
        int t = totalOf[ids[k]];
        if (t < 0) {
          totalOf[ids[k]] = totalSize;
          totalIds[totalSize] = ids[k];
          total[totalSize++] = vectorWeights[d][k];
        } else {
          total[t] = total[t] + vectorWeights[d][k];
        }
      }
    }
    int[] totalOrder = iterationOrder(totalIds, totalSize, totalCapacity);
    if (totalOrder == null) {
      return null;
    }
    double totalNormSquared = 0;
    for (int k = 0; k < totalSize; k++) {
      double w = total[totalOrder[k]];
      totalNormSquared += w * w;
    }

    double[] similarity = new double[documents];
    for (int d = 0; d < documents; d++) {
      int[] ids = vectorIds[d];
      double dotTotal = 0;
      for (int k = 0; k < ids.length; k++) {
        dotTotal += vectorWeights[d][k] * total[totalOf[ids[k]]];
      }
      similarity[d] = OffTopicDetector.similarityToRest(dotTotal, totalNormSquared);
    }
    return similarity;
  }

  /** The table length after a {@code HashMap.merge} call on a map of {@code size} keys. */
  private static int capacityAtMerge(int capacity, int size) {
    if (capacity == 0) {
      return 16;
    }
    return size > capacity / 4 * 3 ? 2 * capacity : capacity;
  }

  /**
   * Indexes into {@code ids[0, size)} (keys in insertion order) in the iteration order of a map of
   * table length {@code capacity}, or null if some bucket may have become a tree on the way.
   */
  private int[] iterationOrder(int[] ids, int size, int capacity) {
    if (size == 0) {
      return new int[0];
    }
    // While the table had length c it held the first min(size, 3c/4 + 1) keys.
    int[] counts = new int[capacity + 1];
    for (int c = 16; c <= capacity; c *= 2) {
      int present = Math.min(size, c / 4 * 3 + 1);
      Arrays.fill(counts, 0, c, 0);
      for (int k = 0; k < present; k++) {
        if (++counts[bucket(ids[k], c)] >= UNSAFE_BUCKET) {
          return null;
        }
      }
    }
    // Now counts holds the final buckets' sizes: a counting sort, newest key first per bucket.
    int[] next = new int[capacity];
    int offset = 0;
    for (int b = 0; b < capacity; b++) {
      next[b] = offset;
      offset += counts[b];
    }
    int[] order = new int[size];
    for (int k = size - 1; k >= 0; k--) {
      order[next[bucket(ids[k], capacity)]++] = k;
    }
    return order;
  }

  private int bucket(int id, int capacity) {
    int h = termHashes[id];
    return (h ^ (h >>> 16)) & (capacity - 1);
  }

  /** The id of {@code term}, its hash code kept for the bucket order. */
  private int id(String term) {
    int id = termIds.idOf(term);
    if (id >= termHashes.length) {
      termHashes = Arrays.copyOf(termHashes, 2 * termHashes.length);
    }
    termHashes[id] = term.hashCode();
    return id;
  }
}
