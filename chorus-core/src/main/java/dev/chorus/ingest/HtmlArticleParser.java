package dev.chorus.ingest;

import dev.chorus.extract.ArticleMetadata;
import dev.chorus.extract.MetadataExtractor;
import dev.chorus.model.Article;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved HTML page: metadata from a {@link MetadataExtractor} (meta tags and JSON-LD), body
 * text from an {@link HtmlTextExtractor}.
 *
 * <p>The article's title, url, outlet and published time are the metadata's title, canonical URL,
 * site name and publication time, each {@code null} when the page does not give it; see {@link
 * MetadataExtractor} for the sources and their order. Page metadata is written for crawlers, not
 * for us, and is often sloppy, so an unparsable value gives {@code null} rather than losing the
 * article; JSON articles, in contrast, are rejected for a bad value (see {@link
 * JsonArticleParser}). The byline has no place in {@link Article} and is not kept.
 *
 * <p>A page whose extractor finds no text is rejected. Thread-safe if the extractor is.
 */
public final class HtmlArticleParser implements ArticleParser {

  private final HtmlTextExtractor extractor;
  private final MetadataExtractor metadata;

  /** A parser that takes the body text from {@code extractor}. */
  public HtmlArticleParser(HtmlTextExtractor extractor) {
    this(extractor, new MetadataExtractor());
  }

  /** A parser with body text from {@code extractor} and metadata from {@code metadata}. */
  public HtmlArticleParser(HtmlTextExtractor extractor, MetadataExtractor metadata) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  @Override
  public Article parse(String defaultId, String content) throws IngestException {
    Document document = Jsoup.parse(content);
    String text = extractor.extract(document);
    if (text.isBlank()) {
      throw new IngestException("page has no visible text in its body");
    }
    ArticleMetadata meta = metadata.extract(document);
    return new Article(
        defaultId, meta.siteName(), meta.url(), meta.title(), meta.published(), text);
  }
}
