package dev.chorus.cli;

import dev.chorus.cluster.ArticleSources;
import dev.chorus.cluster.ArticleTerms;
import dev.chorus.cluster.ClusterOptions;
import dev.chorus.cluster.LearnedPairSimilarity;
import dev.chorus.cluster.NearestNeighborClusterer;
import dev.chorus.cluster.SinglePassClusterer;
import dev.chorus.cluster.StoryWriter;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.text.LuceneTermAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chorus cluster}: groups articles into stories, one event each, and writes them as a
 * cluster JSONL file that {@code chorus summarize --clusters} reads.
 *
 * <p>Input: article files and directories ({@code .txt}, {@code .html}, {@code .json}) and JSON
 * Lines files of articles or of clusters (whose grouping is ignored), see {@link ArticleSources}. A
 * bad file or line is reported on stderr with its file (and line) and skipped.
 *
 * <ul>
 *   <li>{@code --mode batch} (default): all articles at once, {@link NearestNeighborClusterer}. An
 *       id met twice is kept once; a repeat with another text is skipped and reported.
 *   <li>{@code --mode online}: one pass in input order, {@link SinglePassClusterer}; stories are
 *       written as they close, so memory stays bounded. Give the articles in time order.
 * </ul>
 *
 * <p>The output is written to a temporary file and moved into place ({@code -} writes to stdout).
 * Exit codes: 0 OK; 1 internal error; 2 bad usage or input (some input was skipped, or nothing
 * could be read). Not thread-safe (picocli fills the fields).
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Group articles into stories (one event each) and write them as cluster JSONL,",
      "the input of 'chorus summarize --clusters'. INPUT: article files, directories,",
      "or JSONL(.gz) files of articles or of clusters (their grouping is ignored)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all input clustered",
      "1:internal error",
      "2:bad usage or bad input (some input was skipped)"
    })
public final class ClusterCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private Settings settings;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the stories (cluster JSONL); '-' for standard output.")
  private String out;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Articles to cluster.")
  private List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ClusterOptions options = settings.options(spec);
    ArticleTerms terms = settings.terms();
    LearnedPairSimilarity learned = settings.learned(spec);
    long start = System.nanoTime();
    Run run = new Run(err);
    if ("-".equals(out)) {
      PrintWriter stdout = spec.commandLine().getOut();
      try (StoryWriter writer = new StoryWriter(stdout)) {
        cluster(options, terms, learned, run, writer);
      }
      stdout.flush();
    } else {
      AtomicFiles.write(
          Path.of(out),
          stream -> {
            try (StoryWriter writer = new StoryWriter(stream)) {
              cluster(options, terms, learned, run, writer);
            }
          });
    }
    err.printf(
        Locale.ROOT,
        "chorus: %d articles in %d stories (%d with 2 or more articles), %d skipped,"
            + " %d repeated ids kept once, wall time %.1f s%n",
        run.articles,
        run.stories,
        run.multiArticleStories,
        run.skipped,
        run.repeats,
        (System.nanoTime() - start) / 1e9);
    err.flush();
    if (run.articles == 0) {
      err.println("chorus: no readable article in " + inputs);
      return ChorusCommand.BAD_INPUT;
    }
    return run.skipped == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }

  private void cluster(
      ClusterOptions options,
      ArticleTerms terms,
      LearnedPairSimilarity learned,
      Run run,
      StoryWriter writer)
      throws IOException {
    ArticleSources sources = new ArticleSources();
    try {
      if (settings.online()) {
        SinglePassClusterer clusterer = new SinglePassClusterer(terms, options);
        sources.read(
            inputs,
            result -> {
              Article article = run.accept(result);
              if (article == null) {
                return;
              }
              List<Story> closed;
              try {
                closed = clusterer.add(article);
              } catch (IllegalArgumentException e) {
                run.skip(result.source() + ": " + e.getMessage());
                return;
              }
              run.articles++;
              run.write(writer, closed);
            });
        run.write(writer, clusterer.finish());
      } else {
        Map<String, Article> byId = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        sources.read(
            inputs,
            result -> {
              Article article = run.accept(result);
              if (article == null) {
                return;
              }
              Article earlier = byId.putIfAbsent(article.id(), article);
              if (earlier == null) {
                articles.add(article);
              } else if (earlier.text().equals(article.text())) {
                run.repeats++; // one document in two input clusters: one article
              } else {
                run.skip(
                    result.source()
                        + ": article id '"
                        + article.id()
                        + "' was read before with another text");
              }
            });
        run.articles = articles.size();
        NearestNeighborClusterer clusterer =
            new NearestNeighborClusterer(
                terms, options, settings.threads(spec), learned);
        run.write(writer, clusterer.cluster(articles));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Counts of one run, and its diagnostics. Not thread-safe. */
  private static final class Run {
    private final PrintWriter err;
    int articles;
    int stories;
    int multiArticleStories;
    int skipped;
    int repeats;

    Run(PrintWriter err) {
      this.err = err;
    }

    /** The article of {@code result}, or null after reporting why there is none. */
    Article accept(IngestResult<Article> result) {
      if (result instanceof IngestResult.Ingested<Article> ok) {
        return ok.value();
      }
      skip(result.toString());
      return null;
    }

    void skip(String message) {
      skipped++;
      err.println("chorus: skipped " + message);
      err.flush();
    }

    void write(StoryWriter writer, List<Story> closed) {
      try {
        for (Story story : closed) {
          writer.write(story);
          stories++;
          if (story.articles().size() > 1) {
            multiArticleStories++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The clustering options shared by {@code cluster} and {@code eval-cluster}. Not thread-safe
   * (picocli fills the fields).
   */
  static final class Settings {

    @Option(
        names = "--mode",
        paramLabel = "MODE",
        description = "batch (all at once, default) or online (one pass in input order).",
        defaultValue = "batch")
    String mode;

    @Option(
        names = "--threshold",
        paramLabel = "X",
        description =
            "Least crowding-corrected similarity to join a story (default: "
                + ClusterOptions.DEFAULT_THRESHOLD
                + " batch, "
                + ClusterOptions.DEFAULT_ONLINE_THRESHOLD
                + " online). Higher: smaller, purer stories.")
    Double threshold;

    @Option(
        names = "--window",
        paramLabel = "DURATION",
        description =
            "Articles published further apart are never neighbours; online, a story closes after"
                + " this long without a new article. E.g. 72h, 3d, 90m, PT12H (default: 3d).",
        defaultValue = "3d")
    String window;

    @Option(
        names = "--max-open",
        paramLabel = "N",
        description =
            "Online: most articles in open stories; beyond, the stories joined least recently"
                + " close (default: "
                + ClusterOptions.DEFAULT_MAX_OPEN_ARTICLES
                + ").")
    Integer maxOpen;

    @Option(
        names = "--neighbors",
        paramLabel = "K",
        description =
            "Nearest neighbours that measure how crowded an article's topic is (default: "
                + ClusterOptions.DEFAULT_NEIGHBORS
                + ").")
    Integer neighbors;

    @Option(
        names = "--candidates",
        paramLabel = "N",
        description =
            "Candidates compared exactly per article (default: "
                + ClusterOptions.DEFAULT_CANDIDATES
                + ").")
    Integer candidates;

    @Option(
        names = "--top-terms",
        paramLabel = "N",
        description =
            "Heaviest terms that index an article (default: "
                + ClusterOptions.DEFAULT_TOP_TERMS
                + ").")
    Integer topTerms;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Batch: threads for analysis and search (default: number of cores).")
    Integer threads;

    @Option(
        names = "--no-clean",
        description =
            "Compare the raw text: no sentence splitting or page-furniture cleaning (faster).")
    boolean noClean;

    @Option(
        names = "--learned-pairs",
        description =
            "Batch: also merge when a learned same-story probability of article pairs (trained on"
                + " Multi-News train) is sure enough; better on crowded piles of small stories"
                + " (docs/clustering.md). Off by default.")
    boolean learnedPairs;

    @Option(
        names = "--pair-threshold",
        paramLabel = "P",
        description =
            "With --learned-pairs: least crowding-corrected average probability to merge"
                + " (default: the model's, 0.2).")
    Double pairThreshold;

    /** The learned pair similarity asked for, or null. */
    LearnedPairSimilarity learned(CommandSpec spec) {
      if (!learnedPairs) {
        if (pairThreshold != null) {
          throw usage(spec, "--pair-threshold needs --learned-pairs");
        }
        return null;
      }
      if (online()) {
        throw usage(spec, "--learned-pairs works in batch mode only");
      }
      LearnedPairSimilarity model = LearnedPairSimilarity.shipped();
      try {
        return pairThreshold == null ? model : model.withThreshold(pairThreshold);
      } catch (IllegalArgumentException e) {
        throw usage(spec, "--pair-threshold: " + e.getMessage());
      }
    }

    boolean online() {
      return "online".equals(mode);
    }

    ClusterOptions options(CommandSpec spec) {
      if (!"batch".equals(mode) && !"online".equals(mode)) {
        throw usage(spec, "--mode must be batch or online, was '" + mode + "'");
      }
      ClusterOptions options =
          online() ? ClusterOptions.onlineDefaults() : ClusterOptions.defaults();
      try {
        if (threshold != null) {
          options = options.withThreshold(threshold);
        }
        options = options.withWindow(parseDuration(spec, window));
        if (maxOpen != null) {
          options = options.withMaxOpenArticles(maxOpen);
        }
        if (neighbors != null || candidates != null || topTerms != null) {
          options =
              new ClusterOptions(
                  options.threshold(),
                  neighbors != null ? neighbors : options.neighbors(),
                  candidates != null ? candidates : options.candidates(),
                  topTerms != null ? topTerms : options.topTerms(),
                  options.window(),
                  options.maxOpenArticles());
        }
      } catch (IllegalArgumentException e) {
        throw usage(spec, e.getMessage());
      }
      return options;
    }

    int threads(CommandSpec spec) {
      int value = threads == null ? NearestNeighborClusterer.availableThreads() : threads;
      if (value < 1) {
        throw usage(spec, "--threads must be >= 1, was " + value);
      }
      return value;
    }

    ArticleTerms terms() {
      return noClean ? ArticleTerms.raw(new LuceneTermAnalyzer()) : ArticleTerms.cleaned();
    }

    /** A duration: a number and a unit (s, m, h, d), or ISO-8601 (PT12H, P3D). */
    static Duration parseDuration(CommandSpec spec, String text) {
      String value = text.strip().toLowerCase(Locale.ROOT);
      try {
        if (value.startsWith("p")) {
          return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.length() >= 2) {
          long amount = Long.parseLong(value.substring(0, value.length() - 1));
          switch (value.charAt(value.length() - 1)) {
            case 's':
              return Duration.ofSeconds(amount);
            case 'm':
              return Duration.ofMinutes(amount);
            case 'h':
              return Duration.ofHours(amount);
            case 'd':
              return Duration.ofDays(amount);
            default:
              break;
          }
        }
      } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
        // reported below
      }
      throw usage(
          spec,
          "--window must be a number with s, m, h or d (72h, 3d) or ISO-8601 (PT72H), was '"
              + text
              + "'");
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }
}
