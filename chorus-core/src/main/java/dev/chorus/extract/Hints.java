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

  /** Never rendered as text, or never article text whatever they hold. */
  private static final Set<String> INVISIBLE_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
          "video", "audio", "head", "button", "select", "input", "textarea", "option", "math",
          "map", "dialog");

  /** Page furniture by tag; figures go too, as their captions and credits are not the story. */
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "aside", "footer", "menu", "figure", "figcaption");

  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "toolbar",
          "search", "dialog", "alert", "alertdialog", "tablist");

  /** Class and id words that mark furniture whatever the subtree holds. */
  private static final Set<String> STRONG_NEGATIVE_WORDS =
      Set.of(
          "comment", "comments", "disqus", "footer", "outbrain", "taboola", "recommended",
          "recommendations", "popular", "trending", "related", "recirc", "newsletter",
          "newsletters", "subscribe", "signup", "cookie", "consent", "modal", "popup",
          "breadcrumb", "breadcrumbs", "sharebar", "sharing", "share", "social");

  /** Class and id words that mark furniture when the subtree also looks like it. */
  private static final Set<String> WEAK_NEGATIVE_WORDS =
      Set.of(
          "ad", "ads", "adv", "advert", "advertisement", "advertising", "sponsor", "sponsored",
          "promo", "promotion", "subscription", "sidebar", "widget", "masthead", "navbar", "nav",
          "navigation", "menu", "byline", "caption", "credit", "credits", "tags", "tag", "topics",
          "banner", "toolbar", "pagination", "pager", "skip", "hidden", "sr", "print", "rating",
          "author", "bio", "meta", "dateline", "timestamp", "date", "follow", "more", "next",
          "prev", "previous", "teaser", "teasers", "gallery", "slideshow", "carousel", "video",
          "facebook", "login", "paywall", "offer", "cta", "donate", "image", "img",
          "photo", "figure", "picture", "headline", "title", "header", "inline");

  /** Class and id words that mark the story itself. */
  private static final Set<String> POSITIVE_WORDS =
      Set.of(
          "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
          "blog", "prose", "copy", "page");

  /** Class and id words of embedded social-media posts. */
  private static final Set<String> SOCIAL_EMBED_WORDS =
      Set.of("tweet", "twitter", "instagram", "tiktok");

  private Hints() {}

  /** Whether {@code element} is never rendered as text or is hidden by an attribute. */
  static boolean invisible(Element element) {
    if (INVISIBLE_TAGS.contains(element.normalName()) || element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    if (!style.isEmpty()) {
      String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
    return false;
  }

  /** Whether tag or ARIA role make {@code element} page furniture (menus, sidebars, footers). */
  static boolean furniture(Element element) {
    return FURNITURE_TAGS.contains(element.normalName())
        || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
  }

  /** Whether {@code element} is an embedded tweet or Instagram or TikTok post. */
  static boolean socialEmbed(Element element) {
    return anyWordIn(element, SOCIAL_EMBED_WORDS);
  }

  /** Whether class or id carry a word that marks furniture whatever the subtree holds. */
  static boolean strongNegative(Element element) {
    return anyWordIn(element, STRONG_NEGATIVE_WORDS);
  }

  /**
   * +1 if class or id words point only to the story (or {@code itemprop="articleBody"}), -1 if
   * only to furniture, 0 for neither or both.
   */
  static int classWeight(Element element) {
    if ("articleBody".equals(element.attr("itemprop"))) {
      return 1;
    }
    boolean negative = false;
    boolean positive = false;
    for (String word : words(element)) {
      negative |= STRONG_NEGATIVE_WORDS.contains(word) || WEAK_NEGATIVE_WORDS.contains(word);
      positive |= POSITIVE_WORDS.contains(word);
    }
    return negative == positive ? 0 : negative ? -1 : 1;
  }

  /** The lowercase words of the {@code class} and {@code id} attributes. */
  static List<String> words(Element element) {
    List<String> words = new ArrayList<>();
    split(element.className(), words);
    split(element.id(), words);
    return words;
  }

  private static boolean anyWordIn(Element element, Set<String> set) {
    for (String word : words(element)) {
      if (set.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static void split(String value, List<String> out) {
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      boolean camelBreak =
          letter
              && start >= 0
              && Character.isUpperCase(c)
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
