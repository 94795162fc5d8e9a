package dev.chorus.cli;

import dev.chorus.cluster.ArticleTerms;
import dev.chorus.cluster.ClusterOptions;
import dev.chorus.cluster.ClusteringMetrics;
import dev.chorus.cluster.ClusteringScores;
import dev.chorus.cluster.GoldPool;
import dev.chorus.cluster.LearnedPairSimilarity;
import dev.chorus.cluster.NearestNeighborClusterer;
import dev.chorus.cluster.NeighborGraph;
import dev.chorus.cluster.SinglePassClusterer;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chorus eval-cluster}: how well story clustering recovers the gold clusters of benchmark
 * files. The documents of each file's clusters are pooled ({@link GoldPool}), shuffled with a seed,
 * clustered as {@code chorus cluster} would, and scored with extended BCubed and pairwise
 * precision, recall and F1 ({@link ClusteringMetrics}).
 *
 * <p>Each FILE is one pool unless {@code --together} pools them all. {@code --half a|b} keeps one
 * half of each file's clusters, by a fixed seeded hash of the cluster id (tune on one, report on
 * the other). {@code --thresholds} scores several thresholds; in batch mode the neighbour graph is
 * computed once for all. The shuffled order matters only online (it is the stream order); batch
 * results do not depend on it.
 *
 * <p>Prints one tab-separated row per pool and threshold on stdout. Exit codes: 0 OK; 1 internal
 * error; 2 bad usage or input (missing file, lines or documents skipped: the rest is still scored).
 * Not thread-safe (picocli fills the fields).
 */
@Command(
    name = "eval-cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Pool the documents of benchmark cluster files, shuffle them (seeded), cluster them",
      "into stories and score the stories against the gold clusters: extended BCubed",
      "(Amigo et al. 2009) and pairwise precision, recall and F1."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all input evaluated",
      "1:internal error",
      "2:bad usage or bad input (some input was skipped)"
    })
public final class EvalClusterCommand implements Callable<Integer> {

  /** Default seed of the shuffle. */
  static final long DEFAULT_SEED = 7;

  /** Seed of the halves: fixed, so that the tuning half stays the same whatever {@code --seed}. */
  static final long SPLIT_SEED = 2026;

  @Spec private CommandSpec spec;

  @Mixin private ClusterCommand.Settings settings;

  @Option(
      names = "--thresholds",
      paramLabel = "X",
      split = ",",
      description = "Score each of these thresholds (replaces --threshold).")
  private List<Double> thresholds;

  @Option(
      names = "--half",
      paramLabel = "HALF",
      defaultValue = "all",
      description = "all (default), a or b: one seeded half of each file's clusters.")
  private String half;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the shuffle (default: " + DEFAULT_SEED + ").")
  private long seed = DEFAULT_SEED;

  @Option(names = "--together", description = "Pool all files into one evaluation.")
  private boolean together;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Cluster JSONL(.gz) files.")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClusterOptions options = settings.options(spec);
    GoldPool.Half which;
    try {
      which = GoldPool.Half.parse(half);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Double> cuts = thresholds == null ? List.of(options.threshold()) : thresholds;
    for (double cut : cuts) {
      try {
        options.withThreshold(cut); // validates
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    ArticleTerms terms = settings.terms();
    int threads = settings.threads(spec);
    LearnedPairSimilarity learned = settings.learned(spec);

    int skipped = 0;
    List<String> names = new ArrayList<>();
    List<GoldPool> pools = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println("chorus: " + file + ": no such file");
        return ChorusCommand.BAD_INPUT;
      }
      if (!together || pools.isEmpty()) {
        pools.add(new GoldPool());
        names.add(together ? "pooled" : name(file));
      }
      skipped += read(file, which, pools.get(pools.size() - 1), err);
    }

    out.printf(
        Locale.ROOT,
        "# mode=%s half=%s seed=%d terms=%s neighbors=%d candidates=%d topTerms=%d"
            + " learnedPairs=%s%n",
        settings.mode,
        which.name().toLowerCase(Locale.ROOT),
        seed,
        settings.noClean ? "raw" : "cleaned",
        options.neighbors(),
        options.candidates(),
        options.topTerms(),
        learned == null ? "off" : Double.toString(learned.threshold()));
    out.println(
        "pool\tthreshold\tdocuments\tgold\tstories\tbcubed_p\tbcubed_r\tbcubed_f1"
            + "\tpair_p\tpair_r\tpair_f1\tseconds");
    for (int p = 0; p < pools.size(); p++) {
      GoldPool pool = pools.get(p);
      for (String problem : pool.problems()) {
        err.println("chorus: skipped " + problem);
        skipped++;
      }
      List<Article> order = pool.shuffled(seed);
      if (order.isEmpty()) {
        err.println("chorus: " + names.get(p) + ": no document to cluster");
        return ChorusCommand.BAD_INPUT;
      }
      long start = System.nanoTime();
      NeighborGraph graph =
          settings.online()
              ? null
              : new NearestNeighborClusterer(terms, options, threads, learned).graph(order);
      double graphSeconds = (System.nanoTime() - start) / 1e9;
      for (double cut : cuts) {
        long cutStart = System.nanoTime();
        List<Story> stories =
            graph != null ? graph.stories(cut) : online(terms, options.withThreshold(cut), order);
        double seconds = (System.nanoTime() - cutStart) / 1e9 + graphSeconds;
        ClusteringScores s = ClusteringMetrics.score(pool.gold(), stories);
        out.printf(
            Locale.ROOT,
            "%s\t%.3f\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.1f%n",
            names.get(p),
            cut,
            s.items(),
            s.goldClasses(),
            s.systemClusters(),
            s.bcubedPrecision(),
            s.bcubedRecall(),
            s.bcubedF1(),
            s.pairwisePrecision(),
            s.pairwiseRecall(),
            s.pairwiseF1(),
            seconds);
        out.flush();
      }
    }
    return skipped == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }

  private static List<Story> online(
      ArticleTerms terms, ClusterOptions options, List<Article> order) {
    SinglePassClusterer clusterer = new SinglePassClusterer(terms, options);
    List<Story> stories = new ArrayList<>();
    for (Article article : order) {
      stories.addAll(clusterer.add(article));
    }
    stories.addAll(clusterer.finish());
    return stories;
  }

  /** Adds the clusters of {@code file} in the half to {@code pool}; returns lines skipped. */
  private static int read(Path file, GoldPool.Half which, GoldPool pool, PrintWriter err)
      throws IOException {
    int skipped = 0;
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      for (Iterator<IngestResult<ClusterRecord>> it = records.iterator(); it.hasNext(); ) {
        IngestResult<ClusterRecord> result = it.next();
        if (result instanceof IngestResult.Ingested<ClusterRecord> ok) {
          if (which.contains(ok.value().story().id(), SPLIT_SEED)) {
            pool.add(ok.value(), ok.source());
          }
        } else {
          err.println("chorus: skipped " + result);
          skipped++;
        }
      }
    } catch (UncheckedIOException e) {
      err.println("chorus: " + file + ": " + e.getCause().getMessage() + " (reading stopped)");
      skipped++;
    }
    return skipped;
  }

  /** A short name for a file: its name without .jsonl(.gz). */
  private static String name(Path file) {
    String name = file.getFileName().toString();
    return name.replaceFirst("(?i)\\.jsonl(\\.gz)?$", "");
  }
}
