package dev.chorus.ingest;

import org.jsoup.nodes.Document;

/**
 * Turns a parsed HTML page into the plain text of its article, paragraphs separated by a blank
 * line. Kept separate from {@link HtmlArticleParser} so that a main-content extractor (boilerplate
 * removal) can replace {@link VisibleTextExtractor} without touching metadata handling.
 *
 * <p>Implementations must not modify the document, must be deterministic and thread-safe.
 */
public interface HtmlTextExtractor {

  /** The article text of {@code document}; empty if it has none. */
  String extract(Document document);
}
