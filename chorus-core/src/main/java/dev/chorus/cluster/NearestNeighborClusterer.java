package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Batch story clustering: agglomerative clustering of articles over their nearest-neighbour graph,
 * with an average linkage corrected for how crowded each article's topic is.
 *
 * <p><b>Method</b> (measurements and tuning in docs/clustering.md):
 *
 * <ol>
 *   <li>Each article becomes a unit TF-IDF vector ({@link TermSpace}) of its content terms ({@link
 *       ArticleTerms}, by default after cleaning away page furniture).
 *   <li>Its {@code candidates} likeliest neighbours come from an inverted index over every
 *       article's {@code topTerms} heaviest terms, and are compared exactly ({@link
 *       NeighborSearch}): no comparison of all pairs. Articles whose publication times are both
 *       known and more than {@code window} apart are not neighbours.
 *   <li>Near-duplicates among the neighbours (syndicated or truncated copies, {@link
 *       NearDuplicates}) always share a story: they are the starting groups.
 *   <li>Groups are merged, best first, while {@code avgcos(A, B) − (crowd(A) + crowd(B)) / 2} is at
 *       least {@code threshold} ({@link CrowdingLinkage}). avgcos is the average linkage of UPGMA,
 *       the mean cosine over all pairs across the two groups. crowd(X) is the mean, over X's
 *       members, of the mean cosine of a member's {@code neighbors} nearest neighbours outside the
 *       two groups: how close the nearest other stories are. It is the hubness correction of CSLS
 *       (Conneau, Lample, Ranzato, Denoyer and Jégou, "Word translation without parallel data",
 *       ICLR 2018) taken to groups: an article in a crowded topic (one of fifty pieces on an
 *       election) needs a closer partner than one about a rare event, and a generic article that is
 *       everyone's neighbour is discounted. Because members of the groups being merged do not count
 *       as crowding, a story with many articles is not penalised for its own size.
 * </ol>
 *
 * <p>Articles without content terms (empty, or all page furniture) stay alone. The result depends
 * only on the set of articles: they are sorted by id first, each step is computed per article or in
 * a fixed order with ties broken by number, so neither input order nor thread count changes it. A
 * lower threshold only merges more: its stories are unions of the stories of a higher one.
 *
 * <p>Cost: term analysis O(total text); the index about Σ_t p(t)² for p(t) articles indexed under
 * term t; exact comparisons O(n · candidates · terms per article); the merging O(n · candidates)
 * scores, each proportional to the smaller group (see {@link CrowdingLinkage}). Memory O(n · (terms
 * per article + candidates)). 100,000 Multi-News articles take about 40 s on 2 cores
 * (docs/clustering.md). Thread-safe: instances hold configuration only.
 */
public final class NearestNeighborClusterer implements StoryClusterer {

  private final ArticleTerms terms;
  private final ClusterOptions options;
  private final int threads;
  private final LearnedPairSimilarity learned;

  /** Cleaned terms, {@link ClusterOptions#defaults()}, one thread per core. */
  public NearestNeighborClusterer() {
    this(ArticleTerms.cleaned(), ClusterOptions.defaults(), availableThreads());
  }

  /**
   * A clusterer.
   *
   * @param terms what articles are compared by
   * @param options the parameters
   * @param threads threads for term analysis and neighbour search, at least 1; the result does not
   *     depend on it
   */
  public NearestNeighborClusterer(ArticleTerms terms, ClusterOptions options, int threads) {
    this(terms, options, threads, null);
  }

  /**
   * A clusterer that also merges groups when a learned pair similarity is sure enough of them (see
   * {@link LearnedPairSimilarity}); off by default.
   *
   * @param terms what articles are compared by
   * @param options the parameters
   * @param threads threads for term analysis and neighbour search, at least 1; the result does not
   *     depend on it
   * @param learned the learned pair similarity, e.g. {@link LearnedPairSimilarity#shipped()}, or
   *     null for the cosine linkage alone
   */
  public NearestNeighborClusterer(
      ArticleTerms terms, ClusterOptions options, int threads, LearnedPairSimilarity learned) {
    this.learned = learned;
    this.terms = Objects.requireNonNull(terms, "terms");
    this.options = Objects.requireNonNull(options, "options");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  /** The number of processors, the default thread count. */
  public static int availableThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The learned pair similarity in use, or null. */
  public LearnedPairSimilarity learned() {
    return learned;
  }

  /** The options in use. */
  public ClusterOptions options() {
    return options;
  }

  @Override
  public List<Story> cluster(List<Article> articles) {
    return graph(articles).stories(options.threshold());
  }

  /**
   * Everything but the final cut: {@code graph(articles).stories(options().threshold())} is {@link
   * #cluster}.
   *
   * @throws IllegalArgumentException if two articles share an id
   */
  public NeighborGraph graph(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("duplicate article id '" + sorted.get(i).id() + "'");
      }
    }
    int n = sorted.size();

    // Distinct indexes of a fixed-size list are set from several threads; Parallel's join
    // publishes them.
    List<List<String>> termLists = new ArrayList<>(Collections.nCopies(n, List.of()));
    Parallel.forEach(
        n, threads, () -> null, (none, i) -> termLists.set(i, terms.terms(sorted.get(i))));
    SparseVector[] vectors = TermSpace.vectors(termLists);
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = timeOf(sorted.get(i));
    }
    Neighbors[] neighbors =
        NeighborSearch.search(
            vectors,
            times,
            options.windowSeconds(),
            options.topTerms(),
            options.candidates(),
            options.candidates(),
            threads);

    // Near-duplicates: test the close pairs the search found, then group them.
    long[][] shingles = new long[n][];
    boolean[] needed = new boolean[n];
    for (int i = 0; i < n; i++) {
      Neighbors own = neighbors[i];
      for (int k = 0; k < own.size() && own.cosines()[k] >= NearDuplicates.MIN_COSINE; k++) {
        needed[i] = true;
        needed[own.ids()[k]] = true;
      }
    }
    Parallel.forEach(
        n,
        threads,
        () -> null,
        (none, i) -> {
          if (needed[i]) {
            shingles[i] = NearDuplicates.shingles(sorted.get(i));
          }
        });
    boolean[][] duplicate = new boolean[n][];
    Parallel.forEach(
        n,
        threads,
        () -> null,
        (none, i) -> {
          Neighbors own = neighbors[i];
          boolean[] flags = new boolean[own.size()];
          for (int k = 0; k < own.size() && own.cosines()[k] >= NearDuplicates.MIN_COSINE; k++) {
            flags[k] = NearDuplicates.test(shingles[i], shingles[own.ids()[k]]);
          }
          duplicate[i] = flags;
        });
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Set<Long> pairs = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < duplicate[i].length; k++) {
        if (duplicate[i][k]) {
          int j = neighbors[i].ids()[k];
          pairs.add((long) Math.min(i, j) * n + Math.max(i, j));
          NeighborGraph.union(parent, i, j);
        }
      }
    }
    int[] unit = new int[n];
    for (int i = 0; i < n; i++) {
      unit[i] = NeighborGraph.find(parent, i);
    }

    if (learned == null) {
      return new NeighborGraph(
          sorted, vectors, neighbors, unit, options.neighbors(), pairs.size());
    }
    Neighbors[] table =
        learned.table(new PairFeatures(termLists, vectors, neighbors, options.neighbors()));
    return new NeighborGraph(
        sorted,
        vectors,
        neighbors,
        unit,
        options.neighbors(),
        pairs.size(),
        table,
        learned.threshold());
  }

  private static long timeOf(Article article) {
    return article.published() == null
        ? NeighborSearch.NO_TIME
        : article.published().getEpochSecond();
  }
}
