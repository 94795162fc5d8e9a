package dev.chorus.extract;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an article from an HTML page: metadata from a {@link MetadataExtractor}, body text from a
 * {@link MainContentExtractor}. Never modifies the document. Thread-safe.
 */
public final class ArticleExtractor {

  private final MainContentExtractor content;
  private final MetadataExtractor metadata;

  /** An extractor with the default {@link MainContentExtractor} and {@link MetadataExtractor}. */
  public ArticleExtractor() {
    this(new MainContentExtractor(), new MetadataExtractor());
  }

  /** An extractor from the given parts. */
  public ArticleExtractor(MainContentExtractor content, MetadataExtractor metadata) {
    this.content = Objects.requireNonNull(content, "content");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /** The article of a parsed page. */
  public ExtractedArticle extract(Document document) {
    return new ExtractedArticle(metadata.extract(document), content.extract(document));
  }

  /**
   * The article of a page given as HTML source.
   *
   * @param html the page; jsoup parses any HTML, however broken
   * @param baseUri the page's address for resolving relative links, or "" if unknown
   */
  public ExtractedArticle extract(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(baseUri, "baseUri");
    return extract(Jsoup.parse(html, baseUri));
  }
}
