package dev.chorus.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article objects of a page's JSON-LD ({@code <script
 * type="application/ld+json">}): {@code Article}, {@code NewsArticle}, {@code BlogPosting} and
 * their kin, found at the top level, in arrays and in {@code @graph}.
 *
 * <p>JSON-LD is written by page templates and is often sloppy, so parsing is lenient (raw control
 * characters, comments, trailing commas and single quotes are accepted) and a script that still
 * fails to parse is ignored rather than failing the page. Stateless and thread-safe.
 */
final class JsonLd {

  /** schema.org types whose objects describe the article of the page (lowercase). */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
          "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report",
          "review");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  /** Objects nested deeper than this are not searched: real JSON-LD is shallow. */
  private static final int MAX_DEPTH = 6;

  private JsonLd() {}

  /** The article objects of {@code document}, in document order. */
  static List<JsonNode> articles(Document document) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : document.select("script[type]")) {
      String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
      if (!type.equals("application/ld+json")) {
        continue;
      }
      String data = script.data().strip();
      if (data.isEmpty()) {
        continue;
      }
      try {
        collect(MAPPER.readTree(data), found, 0);
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return found;
  }

  /**
   * The plain text of the longest {@code articleBody} among {@code articles}, paragraphs separated
   * by a blank line, or "" if there is none.
   */
  static String articleBody(List<JsonNode> articles) {
    String best = "";
    for (JsonNode article : articles) {
      String body = text(article.get("articleBody"));
      if (body != null && body.length() > best.length()) {
        best = body;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    if (best.indexOf('<') >= 0 || best.indexOf('&') >= 0) {
      // Some sites put HTML (or entity-escaped text) into articleBody.
      Element fragment = Jsoup.parseBodyFragment(best).body();
      for (Block block : Linearizer.blocks(fragment, Hints::invisible)) {
        paragraphs.add(block.text());
      }
    } else {
      for (String line : best.split("\\R")) {
        if (!line.isBlank()) {
          paragraphs.add(line.strip());
        }
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /** The stripped string value of {@code node}, or null if it is not a non-blank string. */
  static String text(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }

  private static void collect(JsonNode node, List<JsonNode> found, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, found, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isArticle(node.get("@type"))) {
      found.add(node);
    }
    collect(node.get("@graph"), found, depth + 1);
    collect(node.get("mainEntity"), found, depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode item : type) {
        if (isArticle(item)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText().toLowerCase(Locale.ROOT);
    int slash = name.lastIndexOf('/');
    return ARTICLE_TYPES.contains(slash >= 0 ? name.substring(slash + 1) : name);
  }
}
