package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's markup says about its role, before any text is measured: tags that are never
 * rendered as text, tags and ARIA roles of page furniture, and words in {@code class} and {@code
 * id} that authors use for boilerplate ("share", "related", "newsletter") or for the story
 * ("article", "story", "content").
 *
 * <p>Class and id values are cut into words at non-letters and at lower-to-upper case changes
 * ({@code "articleBody__share-tools"} gives {@code article, body, share, tools}), so that "ad"
 * matches {@code ad-slot} but not {@code shadow} or {@code header}. Stateless and thread-safe.
 */
final class Hints {

  /** Never rendered as text, or not content whatever they hold. */
  private static final Set<String> INVISIBLE_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
          "video", "audio", "head", "button", "select", "input", "textarea", "option", "math",
          "map", "dialog");

  /** Page furniture by tag. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "figcaption", "figure");

  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "toolbar",
          "search", "dialog", "alert", "alertdialog", "tablist");

  /** Words of class and id values that mark page furniture. */
  private static final Set<String> NEGATIVE_WORDS =
      Set.of(
          "ad", "ads", "adv", "advert", "advertisement", "advertising", "sponsor", "sponsored",
          "promo", "promotion", "outbrain", "taboola", "comment", "comments", "disqus", "related",
          "recommended", "recommendations", "recirc", "popular", "trending", "share", "sharing",
          "sharebar", "social", "newsletter", "subscribe", "subscription", "signup", "sidebar",
          "widget", "footer", "masthead", "navbar", "nav", "navigation", "menu", "breadcrumb",
          "breadcrumbs", "byline", "caption", "credit", "credits", "tags", "tag", "topics",
          "modal", "popup", "cookie", "consent", "banner", "toolbar", "pagination", "pager",
          "skip", "hidden", "sr", "print", "rating", "author", "bio", "meta", "dateline",
          "timestamp", "date", "newsletters", "follow", "more", "next", "prev", "previous",
          "teaser", "teasers", "gallery", "slideshow", "carousel", "video",
          "player", "facebook", "login", "paywall",
          "offer", "cta", "donate", "image", "img", "photo", "figure", "picture", "headline", "title", "header", "inline");

  /** Words of class and id values that mark the story itself. */
  private static final Set<String> POSITIVE_WORDS =
      Set.of(
          "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
          "blog", "prose", "copy", "page");

  private Hints() {}

  /** Whether {@code element} is never rendered as text or is hidden. */
  static boolean invisible(Element element) {
    if (INVISIBLE_TAGS.contains(element.normalName()) || element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    if (!style.isEmpty()) {
      String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tag or ARIA role make {@code element} page furniture (menus, sidebars, footers). */
  static boolean furniture(Element element) {
    return FURNITURE_TAGS.contains(element.normalName())
        || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
  }

  /** +1 if class or id words point to the story, -1 to boilerplate, 0 for neither or both. */
  static int classWeight(Element element) {
    boolean negative = false;
    boolean positive = false;
    for (String word : words(element)) {
      negative |= NEGATIVE_WORDS.contains(word);
      positive |= POSITIVE_WORDS.contains(word);
    }
    if ("articleBody".equals(element.attr("itemprop"))) {
      return 1;
    }
    return negative == positive ? 0 : negative ? -1 : 1;
  }

  private static final Set<String> STRONG_WORDS =
      Set.of(
          "comment", "comments", "disqus", "footer", "outbrain", "taboola", "recommended",
          "recommendations", "popular", "trending", "related", "recirc", "newsletter",
          "newsletters", "subscribe", "signup", "cookie", "consent", "modal", "popup",
          "breadcrumb", "breadcrumbs", "sharebar", "sharing", "share", "social");

  static boolean strong(Element element) {
    for (String word : words(element)) {
      if (STRONG_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean negative0(String w) {
    return NEGATIVE_WORDS.contains(w);
  }

  /** Whether class or id carry any boilerplate word. */
  static boolean negative(Element element) {
    for (String word : words(element)) {
      if (NEGATIVE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The lowercase words of the {@code class} and {@code id} attributes. */
  static List<String> words(Element element) {
    List<String> words = new ArrayList<>();
    split(element.className(), words);
    split(element.id(), words);
    return words;
  }

  private static void split(String value, List<String> out) {
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      boolean camelBreak =
          letter && start >= 0 && Character.isUpperCase(c)
              && Character.isLowerCase(value.charAt(i - 1));
      if (start >= 0 && (!letter || camelBreak)) {
        out.add(value.substring(start, i).toLowerCase(Locale.ROOT));
        start = letter ? i : -1;
      } else if (start < 0 && letter) {
        start = i;
      }
    }
  }
}
