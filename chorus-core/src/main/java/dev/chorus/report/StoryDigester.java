package dev.chorus.report;

import dev.chorus.attribute.AttributedSentence;
import dev.chorus.attribute.Support;
import dev.chorus.cluster.StoryClusterer;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * From a pile of articles to a digest: clusters them into stories ({@link StoryClusterer}), then
 * cleans, analyzes ({@link Pipeline}) and reports ({@link StoryReporter}) each story, biggest
 * first.
 *
 * <p>A story whose report fails (an unexpected error in one of the stages) becomes a {@link
 * DigestFailure} naming its articles, and the other stories are still reported: one bad story
 * never sinks the digest. Stories are reported on {@code threads} threads and collected in order,
 * so the digest is the same whatever the thread count. Thread-safe when its parts are (the shipped
 * ones are); the cost is that of clustering plus one report per story.
 */
public final class StoryDigester {

  /** Biggest first: most articles, then story id (ids depend only on the members). */
  private static final Comparator<Story> BIGGEST_FIRST =
      Comparator.<Story>comparingInt(story -> -story.articles().size())
          .thenComparing(Story::id);

  /** Most words of a summary sentence standing in for a missing headline. */
  static final int HEADLINE_WORDS = 12;

  private final StoryClusterer clusterer;
  private final Pipeline pipeline;
  private final StoryReporter reporter;
  private final int threads;

  /** Reports stories on one thread. */
  public StoryDigester(StoryClusterer clusterer, Pipeline pipeline, StoryReporter reporter) {
    this(clusterer, pipeline, reporter, 1);
  }

  /**
   * @param threads how many stories are reported at once (≥ 1)
   */
  public StoryDigester(
      StoryClusterer clusterer, Pipeline pipeline, StoryReporter reporter, int threads) {
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.reporter = Objects.requireNonNull(reporter, "reporter");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  /** Every story of {@code articles}, singletons included. */
  public Digest digest(List<Article> articles, Budget budget) {
    return digest(articles, budget, 1, Integer.MAX_VALUE);
  }

  /**
   * The digest of {@code articles}.
   *
   * @param articles articles with distinct ids
   * @param budget each story's summary budget
   * @param minArticles only stories with at least this many articles are reported (≥ 1)
   * @param maxStories at most this many stories are reported, the biggest (≥ 1)
   * @throws IllegalArgumentException if two articles share an id, or a bound is below 1
   */
  public Digest digest(List<Article> articles, Budget budget, int minArticles, int maxStories) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(budget, "budget");
    if (minArticles < 1 || maxStories < 1) {
      throw new IllegalArgumentException(
          "minArticles and maxStories must be >= 1, were " + minArticles + ", " + maxStories);
    }
    List<Story> stories = clusterer.cluster(articles);
    List<Story> chosen =
        stories.stream()
            .filter(story -> story.articles().size() >= minArticles)
            .sorted(BIGGEST_FIRST)
            .limit(maxStories)
            .toList();
    List<DigestStory> reported = new ArrayList<>();
    List<DigestFailure> failures = new ArrayList<>();
    for (Outcome outcome : reportAll(chosen, budget)) {
      if (outcome.failure() == null) {
        reported.add(outcome.story());
      } else {
        failures.add(outcome.failure());
      }
    }
    return new Digest(articles.size(), stories.size(), reported, failures);
  }

  /** A story's entry, or why there is none: exactly one of the two is set. */
  private record Outcome(DigestStory story, DigestFailure failure) {}

  /** Each story's outcome, in the order of {@code stories}. */
  private List<Outcome> reportAll(List<Story> stories, Budget budget) {
    if (threads == 1 || stories.size() < 2) {
      return stories.stream().map(story -> outcome(story, budget)).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, stories.size()));
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Story story : stories) {
        futures.add(pool.submit(() -> outcome(story, budget)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reporting stories", e);
    } catch (ExecutionException e) {
      // outcome() turns every RuntimeException into a failure: only an Error gets here.
      throw new IllegalStateException("reporting a story failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome outcome(Story story, Budget budget) {
    try {
      return new Outcome(entry(story, reporter.report(pipeline.analyze(story), budget)), null);
    } catch (RuntimeException e) {
      return new Outcome(
          null,
          new DigestFailure(
              story.id(),
              story.articles().stream().map(Article::id).toList(),
              e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private DigestStory entry(Story story, StoryReport report) {
    List<DigestArticle> articles = new ArrayList<>();
    for (Article article : story.articles()) {
      articles.add(
          new DigestArticle(
              article.id(),
              reporter.outletOf(article),
              article.title() == null || article.title().isBlank()
                  ? null
                  : Budget.normalizeSpace(article.title()),
              article.url(),
              article.published()));
    }
    return new DigestStory(headline(story, report), articles, report);
  }

  /**
   * The headline of the article the summary opens with, else of the first article that has one,
   * else the start of the summary's first sentence, else the story id: the summary's first
   * sentence usually comes from the story's lead report.
   */
  static String headline(Story story, StoryReport report) {
    if (!report.summary().isEmpty()) {
      AttributedSentence opening = report.summary().get(0);
      for (Support support : opening.supports()) {
        String title = titleOf(story, support.documentId());
        if (title != null) {
          return title;
        }
      }
    }
    for (Article article : story.articles()) {
      if (hasTitle(article)) {
        return Budget.normalizeSpace(article.title());
      }
    }
    if (!report.summary().isEmpty()) {
      return opening(report.summary().get(0).sentence().text());
    }
    return story.id();
  }

  /** At most {@value #HEADLINE_WORDS} words of {@code sentence}, then "…" if it goes on. */
  static String opening(String sentence) {
    String[] words = Budget.normalizeSpace(sentence).split(" ");
    if (words.length <= HEADLINE_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", Arrays.copyOf(words, HEADLINE_WORDS)) + " …";
  }

  private static String titleOf(Story story, String documentId) {
    for (Article article : story.articles()) {
      if (article.id().equals(documentId) && hasTitle(article)) {
        return Budget.normalizeSpace(article.title());
      }
    }
    return null;
  }

  private static boolean hasTitle(Article article) {
    return article.title() != null && !article.title().isBlank();
  }
}
