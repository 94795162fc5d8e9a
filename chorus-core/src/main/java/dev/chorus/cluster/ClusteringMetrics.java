package dev.chorus.cluster;

import dev.chorus.dedup.SentenceSimilarity;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a clustering against gold classes, where an item may belong to several gold classes (and
 * several system clusters): extended BCubed and pairwise precision, recall and F1.
 *
 * <p><b>Extended BCubed</b> (Amigó, Gonzalo, Artiles and Verdejo, "A comparison of extrinsic
 * clustering evaluation metrics based on formal constraints", Information Retrieval 12(4), 2009,
 * section 4.3). For items e and e', let C(e) be the system clusters of e and L(e) its gold classes.
 * The multiplicity precision of a pair that shares a system cluster is min(|C(e) ∩ C(e')|, |L(e) ∩
 * L(e')|) / |C(e) ∩ C(e')|, and its multiplicity recall, for a pair that shares a gold class, the
 * same minimum over |L(e) ∩ L(e')|. The BCubed precision of e averages the multiplicity precision
 * over every e' sharing a system cluster with e, e itself included, and the BCubed precision of the
 * clustering averages that over all items; recall likewise. F1 is the harmonic mean of the averaged
 * precision and recall (their F with α = 0.5). With one class and one cluster per item this is the
 * original BCubed of Bagga and Baldwin (1998).
 *
 * <p><b>Pairwise</b>: over unordered pairs of distinct items, a pair is put together when it shares
 * a system cluster, and belongs together when it shares a gold class. Precision is the share of
 * pairs put together that belong together (1 when no pair is put together: nothing was claimed),
 * recall the share of pairs belonging together that were put together (1 when no pair belongs
 * together).
 *
 * <p>Stateless and thread-safe. Time O(Σ_e (|∪C(e)| + |∪L(e)|) · k), about the sum of squared
 * cluster and class sizes, where k is the most classes or clusters of one item.
 */
public final class ClusteringMetrics {

  private ClusteringMetrics() {}

  /**
   * Scores {@code system} against {@code gold}.
   *
   * @param gold the gold classes of every item (item id to class ids, at least one each)
   * @param system the system clusters of every item (item id to cluster ids, at least one each);
   *     must have exactly the items of {@code gold}
   * @throws IllegalArgumentException if the item sets differ, or an item has no class or cluster
   */
  public static ClusteringScores score(
      Map<String, ? extends Collection<String>> gold,
      Map<String, ? extends Collection<String>> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    if (!gold.keySet().equals(system.keySet())) {
      TreeSet<String> onlyGold = new TreeSet<>(gold.keySet());
      onlyGold.removeAll(system.keySet());
      TreeSet<String> onlySystem = new TreeSet<>(system.keySet());
      onlySystem.removeAll(gold.keySet());
      throw new IllegalArgumentException(
          "gold and system must cover the same items; only in gold: "
              + first(onlyGold)
              + ", only in system: "
              + first(onlySystem));
    }
    // Items in id order, so that the floating-point sums do not depend on map iteration order.
    List<String> items = new ArrayList<>(new TreeSet<>(gold.keySet()));
    int n = items.size();
    Labels goldLabels = Labels.of(items, gold, "gold class");
    Labels systemLabels = Labels.of(items, system, "system cluster");
    if (n == 0) {
      return new ClusteringScores(0, 0, 0, 1, 1, 1, 1, 1, 1);
    }

    int[] mark = new int[n];
    int[] touched = new int[n];
    double precisionSum = 0;
    double recallSum = 0;
    long systemPairs = 0;
    long goldPairs = 0;
    long bothPairs = 0;
    for (int e = 0; e < n; e++) {
      // Precision side: every item sharing a system cluster with e.
      int count = systemLabels.neighbours(e, mark, touched, e + 1);
      double sum = 0;
      for (int k = 0; k < count; k++) {
        int other = touched[k];
        int inSystem = SentenceSimilarity.overlap(systemLabels.of[e], systemLabels.of[other]);
        int inGold = SentenceSimilarity.overlap(goldLabels.of[e], goldLabels.of[other]);
        sum += (double) Math.min(inSystem, inGold) / inSystem;
        if (other != e) {
          systemPairs++;
          if (inGold > 0) {
            bothPairs++;
          }
        }
      }
      precisionSum += sum / count;

      // Recall side: every item sharing a gold class with e.
      count = goldLabels.neighbours(e, mark, touched, n + e + 1);
      sum = 0;
      for (int k = 0; k < count; k++) {
        int other = touched[k];
        int inSystem = SentenceSimilarity.overlap(systemLabels.of[e], systemLabels.of[other]);
        int inGold = SentenceSimilarity.overlap(goldLabels.of[e], goldLabels.of[other]);
        sum += (double) Math.min(inSystem, inGold) / inGold;
        if (other != e) {
          goldPairs++;
        }
      }
      recallSum += sum / count;
    }
    double precision = precisionSum / n;
    double recall = recallSum / n;
    // Every unordered pair was counted from both of its items.
    double pairPrecision = systemPairs == 0 ? 1 : (double) bothPairs / systemPairs;
    double pairRecall = goldPairs == 0 ? 1 : (double) bothPairs / goldPairs;
    return new ClusteringScores(
        n,
        goldLabels.members.length,
        systemLabels.members.length,
        precision,
        recall,
        ClusteringScores.f1(precision, recall),
        pairPrecision,
        pairRecall,
        ClusteringScores.f1(pairPrecision, pairRecall));
  }

  /**
   * Scores {@code stories} against {@code gold}: each article's system cluster is its story.
   *
   * @throws IllegalArgumentException if the stories do not hold exactly the gold items, or an
   *     article id is in two stories
   */
  public static ClusteringScores score(
      Map<String, ? extends Collection<String>> gold, List<Story> stories) {
    Map<String, Set<String>> system = new HashMap<>();
    for (Story story : stories) {
      for (Article article : story.articles()) {
        if (system.put(article.id(), Set.of(story.id())) != null) {
          throw new IllegalArgumentException(
              "article '" + article.id() + "' is in more than one story");
        }
      }
    }
    return score(gold, system);
  }

  private static String first(TreeSet<String> ids) {
    return ids.isEmpty() ? "none" : "'" + ids.first() + "' (" + ids.size() + " in all)";
  }

  /** Labels as integers: the sorted labels of every item, and the members of every label. */
  private static final class Labels {

    final int[][] of;
    final int[][] members;

    private Labels(int[][] of, int[][] members) {
      this.of = of;
      this.members = members;
    }

    static Labels of(
        List<String> items, Map<String, ? extends Collection<String>> labels, String what) {
      Map<String, Integer> numbers = new TreeMap<>();
      for (String item : items) {
        Collection<String> ofItem = labels.get(item);
        if (ofItem == null || ofItem.isEmpty()) {
          throw new IllegalArgumentException("item '" + item + "' has no " + what);
        }
        for (String label : ofItem) {
          numbers.putIfAbsent(Objects.requireNonNull(label, what), 0);
        }
      }
      int next = 0;
      for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
        entry.setValue(next++);
      }
      int[][] of = new int[items.size()][];
      Map<Integer, List<Integer>> members = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        of[i] = new TreeSet<>(labels.get(items.get(i))).stream().mapToInt(numbers::get).toArray();
        for (int label : of[i]) {
          members.computeIfAbsent(label, l -> new ArrayList<>()).add(i);
        }
      }
      int[][] memberArrays = new int[next][];
      for (int label = 0; label < next; label++) {
        memberArrays[label] = members.get(label).stream().mapToInt(Integer::intValue).toArray();
      }
      return new Labels(of, memberArrays);
    }

    /**
     * Writes the distinct items sharing a label with {@code item} (itself included) into {@code
     * out} and returns their number; {@code mark} holds a stamp per item, {@code stamp} must be new
     * for this call.
     */
    int neighbours(int item, int[] mark, int[] out, int stamp) {
      int count = 0;
      for (int label : of[item]) {
        for (int other : members[label]) {
          if (mark[other] != stamp) {
            mark[other] = stamp;
            out[count++] = other;
          }
        }
      }
      return count;
    }
  }
}
