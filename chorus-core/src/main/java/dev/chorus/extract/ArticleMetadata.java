package dev.chorus.extract;

import java.time.Instant;

/**
 * What a page says about its article besides the text. Each field is {@code null} when the page
 * does not say it (or says it in a form that cannot be trusted, such as a relative URL or a
 * date-time without a zone). Immutable and thread-safe.
 *
 * @param title the headline
 * @param byline the authors as a reader would name them ("Jane Doe, John Roe")
 * @param published publication time
 * @param url the canonical absolute http(s) URL of the article
 * @param siteName the publisher as a reader would name it ("Coastline 9 News")
 */
public record ArticleMetadata(
    String title, String byline, Instant published, String url, String siteName) {

  /** Metadata with every field unknown. */
  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);
}
