package dev.chorus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a page's meta tags and JSON-LD. The first source that gives a
 * usable value wins:
 *
 * <ul>
 *   <li><b>title</b>: {@code og:title}; JSON-LD {@code headline}; {@code twitter:title}; the
 *       {@code <title>} element, without a trailing {@code " | Site"} or {@code " - Site"} when
 *       the site name is known. {@code og:title} comes before {@code <title>} because the latter
 *       usually carries the site's name.
 *   <li><b>byline</b>: JSON-LD {@code author} (names of persons or organizations, or plain
 *       strings); {@code <meta name="author">}; {@code article:author} unless it is a URL (Facebook
 *       profile links are common there); {@code <meta name="byl">}; the text of an element with
 *       {@code itemprop="author"} or {@code rel="author"}; the text of the first element with the
 *       class or id word "byline". A leading "By" is removed, names are
 *       de-duplicated and joined by {@code ", "}; a byline over 200 characters is a bio, not a
 *       byline, and is skipped.
 *   <li><b>published</b>: {@code article:published_time}; JSON-LD {@code datePublished}; {@code
 *       itemprop="datePublished"}; the meta names {@code pubdate, publishdate, date, dc.date,
 *       dc.date.issued, sailthru.date, parsely-pub-date}; a {@code <time pubdate>}. Accepted are
 *       ISO-8601 instants and date-times with an offset (also written {@code +0000}, or with a
 *       space before the time) and plain dates (start of that day, UTC). A date-time without a
 *       zone is skipped, as guessing the zone could move the article to another day.
 *   <li><b>url</b>: {@code <link rel="canonical">}; {@code og:url}; JSON-LD {@code url}, then
 *       {@code mainEntityOfPage}. Only absolute http(s) URLs count: a saved page has no address
 *       against which to resolve a relative one.
 *   <li><b>siteName</b>: {@code og:site_name}; JSON-LD {@code publisher.name}; {@code
 *       application-name}.
 * </ul>
 *
 * <p>Meta tags are matched by {@code property}, {@code name} or {@code itemprop}, as sites mix
 * them up. Page metadata is written for crawlers and is often sloppy, so a bad value is skipped,
 * never an error. Linear in the size of the page. Stateless and thread-safe.
 */
public final class MetadataExtractor {

  private static final int MAX_BYLINE_CHARS = 200;

  private static final List<String> DATE_META_NAMES =
      List.of(
          "pubdate",
          "publishdate",
          "date",
          "dc.date",
          "dc.date.issued",
          "sailthru.date",
          "parsely-pub-date");

  private static final Pattern BY_PREFIX =
      Pattern.compile("^(?:by|written by|posted by)\\s*[:\\-]?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern DATE_SPACE_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The metadata of {@code document}; fields the page does not give are null. */
  public ArticleMetadata extract(Document document) {
    Objects.requireNonNull(document, "document");
    List<JsonNode> articles = JsonLd.articles(document);
    String siteName =
        firstNonNull(
            meta(document, "og:site_name"),
            jsonLdString(articles, "publisher", "name"),
            meta(document, "application-name"));
    return new ArticleMetadata(
        title(document, articles, siteName),
        byline(document, articles),
        published(document, articles),
        url(document, articles),
        siteName);
  }

  private static String title(Document document, List<JsonNode> articles, String siteName) {
    String title =
        firstNonNull(
            meta(document, "og:title"),
            jsonLdString(articles, "headline"),
            meta(document, "twitter:title"));
    if (title != null) {
      return title;
    }
    String element = clean(document.title());
    if (element != null && siteName != null) {
      for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
        String suffix = separator + siteName;
        if (element.endsWith(suffix) && element.length() > suffix.length()) {
          return element.substring(0, element.length() - suffix.length()).strip();
        }
      }
    }
    return element;
  }

  private static String byline(Document document, List<JsonNode> articles) {
    List<String> candidates = new ArrayList<>();
    for (JsonNode article : articles) {
      candidates.add(names(article.get("author")));
    }
    candidates.add(meta(document, "author"));
    String articleAuthor = meta(document, "article:author");
    if (articleAuthor != null && absoluteUrl(articleAuthor) == null) {
      candidates.add(articleAuthor);
    }
    candidates.add(meta(document, "byl"));
    for (Element element : document.select("[itemprop=author], [rel=author]")) {
      Element name = element.selectFirst("[itemprop=name]");
      String content = (name != null ? name : element).attr("content");
      candidates.add(clean(content.isBlank() ? (name != null ? name : element).text() : content));
    }
    if (document.body() != null) {
      for (Element element : document.body().getAllElements()) {
        if (Hints.words(element).contains("byline")) {
          candidates.add(clean(element.text()));
          break;
        }
      }
    }
    for (String candidate : candidates) {
      String byline = cleanByline(candidate);
      if (byline != null) {
        return byline;
      }
    }
    return null;
  }

  private static Instant published(Document document, List<JsonNode> articles) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(document, "article:published_time"));
    for (JsonNode article : articles) {
      candidates.add(JsonLd.text(article.get("datePublished")));
    }
    candidates.add(meta(document, "datePublished"));
    for (String name : DATE_META_NAMES) {
      candidates.add(meta(document, name));
    }
    for (Element time : document.select("time[pubdate][datetime]")) {
      candidates.add(clean(time.attr("datetime")));
    }
    for (String candidate : candidates) {
      if (candidate != null) {
        Optional<Instant> instant = parseInstant(candidate);
        if (instant.isPresent()) {
          return instant.get();
        }
      }
    }
    return null;
  }

  private static String url(Document document, List<JsonNode> articles) {
    for (Element link : document.select("link[rel=canonical][href]")) {
      String url = absoluteUrl(clean(link.attr("href")));
      if (url != null) {
        return url;
      }
    }
    String url = absoluteUrl(meta(document, "og:url"));
    if (url != null) {
      return url;
    }
    for (JsonNode article : articles) {
      url = absoluteUrl(JsonLd.text(article.get("url")));
      if (url != null) {
        return url;
      }
      JsonNode page = article.get("mainEntityOfPage");
      String pageUrl =
          page != null && page.isObject() ? JsonLd.text(page.get("@id")) : JsonLd.text(page);
      url = absoluteUrl(pageUrl);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /**
   * The instant {@code value} denotes, see the class comment for the accepted forms; empty for
   * anything else.
   */
  static Optional<Instant> parseInstant(String value) {
    String text = value.strip();
    text = DATE_SPACE_TIME.matcher(text).replaceFirst("$1T$2");
    text = OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2");
    try {
      // ISO_OFFSET_DATE_TIME also accepts 'Z', so it covers instants too.
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException notOffset) {
      // Fall through to the other forms.
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant());
    } catch (DateTimeParseException notZoned) {
      // Fall through.
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  /** Names in a JSON-LD author value: a string, a Person or Organization, or an array of them. */
  private static String names(JsonNode author) {
    if (author == null) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    List<JsonNode> items = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(items::add);
    } else {
      items.add(author);
    }
    for (JsonNode item : items) {
      String name = item.isObject() ? JsonLd.text(item.get("name")) : JsonLd.text(item);
      name = cleanByline(name);
      if (name != null && absoluteUrl(name) == null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String cleanByline(String value) {
    String byline = clean(value);
    if (byline == null) {
      return null;
    }
    byline = BY_PREFIX.matcher(byline).replaceFirst("").strip();
    if (byline.isEmpty() || byline.length() > MAX_BYLINE_CHARS) {
      return null;
    }
    return byline;
  }

  /** The first non-blank {@code key} string of an article object, or of its child {@code child}. */
  private static String jsonLdString(List<JsonNode> articles, String key, String... child) {
    for (JsonNode article : articles) {
      JsonNode node = article.get(key);
      for (String name : child) {
        if (node != null && node.isArray() && node.size() > 0) {
          node = node.get(0);
        }
        node = node == null ? null : node.get(name);
      }
      String value = clean(JsonLd.text(node));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The cleaned content of the first non-blank meta tag with property, name or itemprop key. */
  private static String meta(Document document, String key) {
    for (Element meta : document.select("meta[content]")) {
      if (key.equalsIgnoreCase(meta.attr("property"))
          || key.equalsIgnoreCase(meta.attr("name"))
          || key.equalsIgnoreCase(meta.attr("itemprop"))) {
        String content = clean(meta.attr("content"));
        if (content != null) {
          return content;
        }
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
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return value;
      }
    } catch (URISyntaxException e) {
      // Not a URL a reader could follow; treat it like a missing one.
    }
    return null;
  }

  /** Whitespace collapsed and stripped; null for null or blank. */
  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String collapsed = WHITESPACE.matcher(value).replaceAll(" ").strip();
    return collapsed.isEmpty() ? null : collapsed;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
