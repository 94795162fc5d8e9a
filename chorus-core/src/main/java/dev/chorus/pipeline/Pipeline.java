package dev.chorus.pipeline;

import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.Objects;

/**
 * The chain of stages from a story to its summary, built in one place: analyze (split sentences,
 * extract terms), then select sentences within the budget.
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

  public Pipeline(StoryAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** English sentence splitting (OpenNLP), Lucene stemming and stopwords. */
  public static Pipeline english() {
    return new Pipeline(StoryAnalyzer.english());
  }

  /** Splits and analyzes the story's articles; the input of every summarizer. */
  public AnalyzedStory analyze(Story story) {
    return analyzer.analyze(story);
  }

  public Summary summarize(Story story, Budget budget, Summarizer summarizer) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(summarizer, "summarizer");
    return summarizer.summarize(analyze(story), budget);
  }

  /** Summarizes with the method of the given name; see {@link Summarizers#names()}. */
  public Summary summarize(Story story, Budget budget, String method) {
    return summarize(story, budget, Summarizers.byName(method));
  }
}
