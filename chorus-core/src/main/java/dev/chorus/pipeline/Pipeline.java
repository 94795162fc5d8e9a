package dev.chorus.pipeline;

import dev.chorus.clean.CleanedStory;
import dev.chorus.clean.CleaningReport;
import dev.chorus.clean.CleaningRule;
import dev.chorus.clean.OffTopicDetector;
import dev.chorus.clean.StoryCleaner;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.EnumSet;
import java.util.Objects;

/**
 * The chain of stages from a story to its summary, built in one place: clean and analyze (drop
 * page furniture, split sentences, extract terms, set aside off-topic documents; see {@link
 * StoryCleaner}), then select sentences within the budget.
 *
 * <p>Cleaning is on by default and switched off with {@link #withoutCleaning()}. {@link
 * #prepare} returns what cleaning dropped and why, next to the summarizers' input.
 *
 * <p>This is the library entry point:
 *
 * <pre>{@code
 * Pipeline chorus = Pipeline.english();
 * Summary summary = chorus.summarize(story, Budget.words(120), Summarizers.DEFAULT);
 * }</pre>
 *
 * <p>Thread-safe: one instance may summarize many stories at once; every stage it holds is
 * thread-safe and stateless between calls.
 */
public final class Pipeline {

  private final StoryAnalyzer analyzer;
  private final StoryCleaner cleaner;

  /** A pipeline that cleans with every rule and the default off-topic detector. */
  public Pipeline(StoryAnalyzer analyzer) {
    this(
        analyzer,
        new StoryCleaner(
            analyzer, EnumSet.allOf(CleaningRule.class), new OffTopicDetector()));
  }

  /**
   * A pipeline with the given cleaner.
   *
   * @param cleaner cleans and analyzes; null to analyze without cleaning
   */
  public Pipeline(StoryAnalyzer analyzer, StoryCleaner cleaner) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.cleaner = cleaner;
  }

  /** English sentence splitting (OpenNLP), Lucene stemming and stopwords, cleaning on. */
  public static Pipeline english() {
    return new Pipeline(StoryAnalyzer.english());
  }

  /** The same pipeline without the cleaning stage: every sentence of every article is kept. */
  public Pipeline withoutCleaning() {
    return new Pipeline(analyzer, null);
  }

  /** Whether this pipeline cleans its input. */
  public boolean cleans() {
    return cleaner != null;
  }

  /**
   * Cleans (when on), splits and analyzes the story's articles: the summarizers' input, and the
   * report of what cleaning dropped and why (empty without cleaning).
   */
  public CleanedStory prepare(Story story) {
    Objects.requireNonNull(story, "story");
    if (cleaner == null) {
      AnalyzedStory analyzed = analyzer.analyze(story);
      return new CleanedStory(
          analyzed, CleaningReport.none(story.id(), analyzed.sentences().size()));
    }
    return cleaner.clean(story);
  }

  /** The input of every summarizer: {@link #prepare}'s sentences. */
  public AnalyzedStory analyze(Story story) {
    return prepare(story).analyzed();
  }

  public Summary summarize(Story story, Budget budget, Summarizer summarizer) {
    return summarize(prepare(story), budget, summarizer);
  }

  /** Summarizes a story {@link #prepare}d before, e.g. to report its cleaning as well. */
  public Summary summarize(CleanedStory prepared, Budget budget, Summarizer summarizer) {
    Objects.requireNonNull(prepared, "prepared");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(summarizer, "summarizer");
    return summarizer.summarize(prepared.analyzed(), budget);
  }

  /** Summarizes with the method of the given name; see {@link Summarizers#names()}. */
  public Summary summarize(Story story, Budget budget, String method) {
    return summarize(story, budget, Summarizers.byName(method));
  }
}
