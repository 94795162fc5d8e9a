package dev.chorus.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One story of a {@link Digest}: its report with what a reader scanning many stories needs first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param headline the headline of the article the summary opens with, else of the story's first
 *     article that has one, else the first words of the summary, else the story id
 * @param articles the story's articles, in story order (several may come from one outlet)
 * @param report the story's report
 */
public record DigestStory(String headline, List<DigestArticle> articles, StoryReport report) {

  public DigestStory {
    Objects.requireNonNull(headline, "headline");
    articles = List.copyOf(articles);
    Objects.requireNonNull(report, "report");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
  }

  /** The earliest publication time among the articles, or null if none is known. */
  public Instant firstPublished() {
    return articles.stream()
        .map(DigestArticle::published)
        .filter(Objects::nonNull)
        .min(Instant::compareTo)
        .orElse(null);
  }

  /** The latest publication time among the articles, or null if none is known. */
  public Instant lastPublished() {
    return articles.stream()
        .map(DigestArticle::published)
        .filter(Objects::nonNull)
        .max(Instant::compareTo)
        .orElse(null);
  }
}
