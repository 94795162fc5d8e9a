package dev.chorus.cli;

import dev.chorus.cluster.ArticleTerms;
import dev.chorus.cluster.ClusterOptions;
import dev.chorus.cluster.LearnedPairSimilarity;
import dev.chorus.cluster.NearestNeighborClusterer;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.report.Digest;
import dev.chorus.report.DigestFailure;
import dev.chorus.report.ReportFormat;
import dev.chorus.report.StoryDigester;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chorus digest}: from a pile of articles to a report per story. Reads the articles like
 * {@code cluster} ({@link ArticlePile}), groups them into stories with the batch clusterer ({@link
 * NearestNeighborClusterer}, defaults of {@code cluster}), then cleans, summarizes and attributes
 * each story like {@code report} ({@link StoryDigester}), biggest story first.
 *
 * <p>Exit codes: 0 OK; 1 internal error; 2 bad usage, or some input was skipped, or a story could
 * not be reported (it is listed under "Not reported" with its article ids). Not thread-safe
 * (picocli fills the fields).
 */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Group a pile of articles into stories and report on each, biggest first: its",
      "summary with the outlets behind every sentence, coverage, what single outlets",
      "alone report, disagreements and key quotes. INPUT: article files, directories,",
      "or JSONL(.gz) files of articles or of clusters (their grouping is ignored)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all input digested",
      "1:internal error",
      "2:bad usage or bad input (some input was skipped or a story not reported)"
    })
public final class DigestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin BudgetOptions budgetOptions;

  @Mixin ReportOptions options;

  @Option(
      names = "--min-articles",
      paramLabel = "N",
      description = "Report only stories with at least N articles (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int minArticles;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Report at most the N biggest stories (default: all).")
  Integer top;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description =
          "Clustering: least crowding-corrected similarity to join a story (default: "
              + ClusterOptions.DEFAULT_THRESHOLD
              + "; see cluster --help).")
  Double threshold;

  @Option(
      names = "--learned-pairs",
      description =
          "Clustering: also merge when the learned same-story probability of article pairs is"
              + " sure enough (see cluster --help). Off by default.")
  boolean learnedPairs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for clustering and reporting (default: number of cores).")
  Integer threads;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Articles to digest.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat format = options.reportFormat(spec);
    if (minArticles < 1) {
      throw ReportOptions.usage(spec, "--min-articles must be >= 1, was " + minArticles);
    }
    if (top != null && top < 1) {
      throw ReportOptions.usage(spec, "--top must be >= 1, was " + top);
    }
    int threadCount = threads == null ? NearestNeighborClusterer.availableThreads() : threads;
    if (threadCount < 1) {
      throw ReportOptions.usage(spec, "--threads must be >= 1, was " + threadCount);
    }
    ClusterOptions clusterOptions = ClusterOptions.defaults();
    if (threshold != null) {
      try {
        clusterOptions = clusterOptions.withThreshold(threshold);
      } catch (IllegalArgumentException e) {
        throw ReportOptions.usage(spec, "--threshold: " + e.getMessage());
      }
    }
    Function<Article, String> outlets;
    try {
      outlets = options.outlets();
    } catch (IOException e) {
      err.println("chorus: " + e.getMessage());
      return ChorusCommand.BAD_INPUT;
    }
    Budget budget = budgetOptions.budget(BudgetOptions.DEFAULT_WORDS);
    long start = System.nanoTime();
    ArticlePile pile = ArticlePile.read(inputs, err);
    if (pile.articles().isEmpty()) {
      err.println("chorus: no readable article in " + inputs);
      return ChorusCommand.BAD_INPUT;
    }
    NearestNeighborClusterer clusterer =
        new NearestNeighborClusterer(
            ArticleTerms.cleaned(),
            clusterOptions,
            threadCount,
            learnedPairs ? LearnedPairSimilarity.shipped() : null);
    int maxStories = top == null ? Integer.MAX_VALUE : top;
    Digest digest =
        options.withReporter(
            spec,
            outlets,
            reporter ->
                new StoryDigester(clusterer, options.pipeline(), reporter, threadCount)
                    .digest(pile.articles(), budget, minArticles, maxStories));
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(digest));
    out.flush();
    for (DigestFailure failure : digest.failures()) {
      err.println("chorus: story " + failure.storyId() + " not reported: " + failure.reason());
    }
    err.printf(
        Locale.ROOT,
        "chorus: %d articles in %d stories, %d reported, %d not reported, %d skipped,"
            + " %d repeated ids kept once, wall time %.1f s%n",
        digest.articles(),
        digest.storyCount(),
        digest.stories().size(),
        digest.failures().size(),
        pile.skipped(),
        pile.repeats(),
        (System.nanoTime() - start) / 1e9);
    err.flush();
    return pile.skipped() == 0 && digest.failures().isEmpty()
        ? ChorusCommand.OK
        : ChorusCommand.BAD_INPUT;
  }
}
