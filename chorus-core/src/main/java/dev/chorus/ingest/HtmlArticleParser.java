package dev.chorus.ingest;

import dev.chorus.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved HTML page: metadata from the head, body text from an {@link HtmlTextExtractor}.
 *
 * <p>Metadata, each {@code null} when absent or blank:
 *
 * <ul>
 *   <li>title: {@code og:title}, else the {@code <title>} element. {@code og:title} comes first
 *       because {@code <title>} usually carries a site suffix ("Talks begin | Example News").
 *   <li>url: the {@code rel=canonical} link, else {@code og:url}; only absolute URLs count (a
 *       relative one cannot be resolved, as a saved file has no address of its own).
 *   <li>outlet: {@code og:site_name}.
 *   <li>published: {@code article:published_time} in a form {@link PublishedTimes} accepts. Page
 *       metadata is written for crawlers, not for us, and is often sloppy, so an unparsable value
 *       gives {@code null} rather than losing the article; JSON articles, in contrast, are rejected
 *       for a bad value (see {@link JsonArticleParser}).
 * </ul>
 *
 * <p>Open Graph tags are matched by {@code property} or, as some sites write them, by {@code name}.
 * A page whose extractor finds no text is rejected. Thread-safe if the extractor is.
 */
public final class HtmlArticleParser implements ArticleParser {

  private final HtmlTextExtractor extractor;

  /** A parser that takes the body text from {@code extractor}. */
  public HtmlArticleParser(HtmlTextExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  @Override
  public Article parse(String defaultId, String content) throws IngestException {
    Document document = Jsoup.parse(content);
    String text = extractor.extract(document);
    if (text.isBlank()) {
      throw new IngestException("page has no visible text in its body");
    }
    String title = meta(document, "og:title");
    if (title == null) {
      title = blankToNull(document.title());
    }
    String url = absoluteUrl(firstAttr(document, "link[rel=canonical][href]", "href"));
    if (url == null) {
      url = absoluteUrl(meta(document, "og:url"));
    }
    String publishedValue = meta(document, "article:published_time");
    return new Article(
        defaultId,
        meta(document, "og:site_name"),
        url,
        title,
        publishedValue == null ? null : PublishedTimes.parse(publishedValue).orElse(null),
        text);
  }

  /** The stripped content of the first non-blank {@code <meta property|name=key>}, or null. */
  private static String meta(Document document, String key) {
    for (Element meta : document.select("meta[content]")) {
      if (key.equals(meta.attr("property")) || key.equals(meta.attr("name"))) {
        String content = blankToNull(meta.attr("content"));
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  private static String firstAttr(Document document, String cssQuery, String attribute) {
    for (Element element : document.select(cssQuery)) {
      String value = blankToNull(element.attr(attribute));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** {@code value} if it is an absolute http(s) URL, else null. */
  private static String absoluteUrl(String value) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return value;
      }
    } catch (URISyntaxException e) {
      // Not a URL we could hand to a reader; treat like a missing one.
    }
    return null;
  }

  private static String blankToNull(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
