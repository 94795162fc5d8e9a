package dev.chorus.report;

import dev.chorus.attribute.Attributor;
import dev.chorus.compare.StoryComparer;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.select.Summarizer;
import dev.chorus.text.AnalyzedStory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a {@link StoryReport}: summarizes an analyzed story, attributes every summary sentence to
 * the outlets that carry it ({@link Attributor}), and compares the outlets ({@link StoryComparer}).
 *
 * <p>Thread-safe when its parts are (the shipped ones are).
 */
public final class StoryReporter {

  private final Summarizer summarizer;
  private final Attributor attributor;
  private final StoryComparer comparer;
  private final Function<Article, String> outlets;

  /**
   * @param outlets the outlet name of an article; the attributor must name outlets the same way
   */
  public StoryReporter(
      Summarizer summarizer,
      Attributor attributor,
      StoryComparer comparer,
      Function<Article, String> outlets) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.attributor = Objects.requireNonNull(attributor, "attributor");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.outlets = Objects.requireNonNull(outlets, "outlets");
  }

  /** The outlet name of {@code article}, as reports name it. */
  public String outletOf(Article article) {
    return outlets.apply(Objects.requireNonNull(article, "article"));
  }

  public StoryReport report(AnalyzedStory story, Budget budget) {
    Objects.requireNonNull(story, "story");
    Summary summary = summarizer.summarize(story, budget);
    Set<String> names = new LinkedHashSet<>();
    for (Article article : story.story().articles()) {
      names.add(outlets.apply(article));
    }
    return new StoryReport(
        story.story().id(),
        summary.method(),
        budget,
        List.copyOf(names),
        attributor.attribute(story, summary),
        comparer.compare(story, outlets));
  }
}
