package dev.chorus.extract;

import java.util.Objects;

/**
 * An article read from an HTML page: its metadata and its body text. Immutable and thread-safe.
 *
 * @param metadata title, byline, publication time, URL and site name, each possibly null
 * @param text the body text, paragraphs separated by a blank line; never null, may be empty
 */
public record ExtractedArticle(ArticleMetadata metadata, String text) {

  public ExtractedArticle {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(text, "text");
  }
}
