package dev.chorus.cluster;

import dev.chorus.ingest.ClusterRecord;
import dev.chorus.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documents of benchmark clusters pooled into one pile, with the gold cluster(s) of each: the
 * test of story clustering without a labeled news stream (issue #7). Cluster the pile, then score
 * the stories against {@link #gold()} with {@link ClusteringMetrics}.
 *
 * <p>A document id met again with the same text is one document in two gold clusters (DUC 2004 has
 * 11); with a different text it is a conflict, reported in {@link #problems()} and left out (its
 * first version stays). {@link Half} splits a benchmark by cluster, for tuning on one half and
 * reporting on the other.
 *
 * <p>Not thread-safe while adding; the views it returns are immutable copies.
 */
public final class GoldPool {

  /** Which clusters of a benchmark to take: all, or one of two seeded halves. */
  public enum Half {
    ALL,
    A,
    B;

    /**
     * Whether the cluster {@code clusterId} belongs to this half: half A holds the clusters whose
     * seeded hash (SHA-256 of the seed and the id) is even. About half of the clusters, the same
     * ones on every machine.
     */
    public boolean contains(String clusterId, long seed) {
      if (this == ALL) {
        return true;
      }
      byte[] digest;
      try {
        digest =
            MessageDigest.getInstance("SHA-256")
                .digest((seed + "\n" + clusterId).getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e); // every Java platform has SHA-256
      }
      boolean even = (digest[0] & 1) == 0;
      return this == A ? even : !even;
    }

    /** The half named {@code name}: all, a or b, in any case. */
    public static Half parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("half must be all, a or b, was '" + name + "'", e);
      }
    }
  }

  private final Map<String, Article> articles = new TreeMap<>();
  private final Map<String, Set<String>> gold = new TreeMap<>();
  private final Map<String, String> sourceById = new TreeMap<>();
  private final Set<String> clusters = new TreeSet<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * Adds the documents of one gold cluster.
   *
   * @param record the cluster
   * @param source where it was read, for problem reports (e.g. {@code file:line})
   */
  public void add(ClusterRecord record, String source) {
    Objects.requireNonNull(record, "record");
    String cluster = record.story().id();
    clusters.add(cluster);
    for (Article document : record.story().articles()) {
      Article earlier = articles.get(document.id());
      if (earlier == null) {
        articles.put(document.id(), document);
        sourceById.put(document.id(), source);
      } else if (!earlier.text().equals(document.text())) {
        problems.add(
            source
                + ": document '"
                + document.id()
                + "' of cluster '"
                + cluster
                + "' has another text than the document of that id read from "
                + sourceById.get(document.id())
                + "; left out of the pool");
        continue;
      }
      gold.computeIfAbsent(document.id(), id -> new TreeSet<>()).add(cluster);
    }
  }

  /** The pooled documents, by id. */
  public List<Article> articles() {
    return List.copyOf(articles.values());
  }

  /**
   * The pooled documents in a seeded random order: the order depends on the set of documents and
   * the seed only (they are sorted by id, then shuffled with {@link Random}).
   */
  public List<Article> shuffled(long seed) {
    List<Article> order = new ArrayList<>(articles.values());
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /** The gold clusters of every pooled document. */
  public Map<String, Set<String>> gold() {
    Map<String, Set<String>> copy = new TreeMap<>();
    gold.forEach((id, labels) -> copy.put(id, Set.copyOf(labels)));
    return Collections.unmodifiableMap(copy);
  }

  /** How many gold clusters were added. */
  public int clusterCount() {
    return clusters.size();
  }

  /** Documents left out, with the reason. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
