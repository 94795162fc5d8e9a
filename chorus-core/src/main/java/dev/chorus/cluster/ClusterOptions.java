package dev.chorus.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * Parameters of story clustering ({@link NearestNeighborClusterer}, {@link SinglePassClusterer}).
 * Immutable and thread-safe; {@link #defaults()} are the values tuned in docs/clustering.md.
 *
 * @param threshold least crowding-corrected average similarity (see {@link
 *     NearestNeighborClusterer}) at which two groups of articles merge, or an article joins an open
 *     story online; in [-1, 1]. Higher gives smaller, purer stories
 * @param neighbors how many nearest neighbours outside a story measure how crowded an article's
 *     topic is (the crowding correction); at least 1
 * @param candidates how many candidates of the term index are compared exactly per article; at
 *     least {@code neighbors}
 * @param topTerms how many of an article's heaviest terms index it and query for candidates; at
 *     least 1
 * @param window articles whose publication times are both known and further apart than this are
 *     never neighbours (a story can still span longer, through the articles in between); in online
 *     mode, a story closes when no article joined it for this long. Must be positive
 * @param maxOpenArticles online mode: most articles kept in open stories; beyond it the stories
 *     least recently joined are closed, which bounds memory when times are missing. At least 1
 */
public record ClusterOptions(
    double threshold,
    int neighbors,
    int candidates,
    int topTerms,
    Duration window,
    int maxOpenArticles) {

  /**
   * Default {@link #threshold}: tuned with {@link #DEFAULT_NEIGHBORS} on half A of Multi-News val
   * and of DUC 2004 (docs/clustering.md).
   */
  public static final double DEFAULT_THRESHOLD = 0.09;

  /**
   * Default {@link #threshold} of {@link SinglePassClusterer}, which sees only the past and so
   * underestimates crowding early on: tuned separately (docs/clustering.md).
   */
  public static final double DEFAULT_ONLINE_THRESHOLD = 0.1;

  /** Default {@link #neighbors}. */
  public static final int DEFAULT_NEIGHBORS = 15;

  /** Default {@link #candidates}. */
  public static final int DEFAULT_CANDIDATES = 30;

  /** Default {@link #topTerms}. */
  public static final int DEFAULT_TOP_TERMS = 20;

  /** Default {@link #window}: three days. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);

  /** Default {@link #maxOpenArticles}. */
  public static final int DEFAULT_MAX_OPEN_ARTICLES = 50_000;

  public ClusterOptions {
    Objects.requireNonNull(window, "window");
    if (!(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [-1, 1], was " + threshold);
    }
    if (neighbors < 1) {
      throw new IllegalArgumentException("neighbors must be >= 1, was " + neighbors);
    }
    if (candidates < neighbors) {
      throw new IllegalArgumentException(
          "candidates must be >= neighbors (" + neighbors + "), was " + candidates);
    }
    if (topTerms < 1) {
      throw new IllegalArgumentException("topTerms must be >= 1, was " + topTerms);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (maxOpenArticles < 1) {
      throw new IllegalArgumentException("maxOpenArticles must be >= 1, was " + maxOpenArticles);
    }
  }

  /** The defaults. */
  public static ClusterOptions defaults() {
    return new ClusterOptions(
        DEFAULT_THRESHOLD,
        DEFAULT_NEIGHBORS,
        DEFAULT_CANDIDATES,
        DEFAULT_TOP_TERMS,
        DEFAULT_WINDOW,
        DEFAULT_MAX_OPEN_ARTICLES);
  }

  /** The defaults of online mode: {@link #defaults()} with {@link #DEFAULT_ONLINE_THRESHOLD}. */
  public static ClusterOptions onlineDefaults() {
    return defaults().withThreshold(DEFAULT_ONLINE_THRESHOLD);
  }

  /** These options with another threshold. */
  public ClusterOptions withThreshold(double value) {
    return new ClusterOptions(value, neighbors, candidates, topTerms, window, maxOpenArticles);
  }

  /** These options with another window. */
  public ClusterOptions withWindow(Duration value) {
    return new ClusterOptions(threshold, neighbors, candidates, topTerms, value, maxOpenArticles);
  }

  /** These options with another limit of open articles. */
  public ClusterOptions withMaxOpenArticles(int value) {
    return new ClusterOptions(threshold, neighbors, candidates, topTerms, window, value);
  }

  /** The window in whole seconds, saturating. */
  long windowSeconds() {
    long seconds = window.getSeconds();
    return seconds <= 0 ? 1 : seconds;
  }
}
