package dev.chorus.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction: the body text of the article on an HTML page, without menus, teasers,
 * share bars, captions, comments and footers, as paragraphs separated by one blank line.
 *
 * <p>The algorithm works on the page's rendered text cut into blocks (paragraphs, list items,
 * headings, table rows; see {@link Linearizer}) and has four steps:
 *
 * <ol>
 *   <li><b>Furniture.</b> Subtrees that are page furniture are set aside: by tag ({@code nav,
 *       aside, footer, menu, figure, figcaption}), by ARIA role, and by the words of their {@code
 *       class} and {@code id} ("related", "comments", "share", "newsletter", "caption", "ad", ...).
 *       A strong word (comments, related, share, ...) suffices; a weak one (ad, author, widget,
 *       ...) only when the subtree also looks like furniture: less than 400 letters in long,
 *       link-poor paragraphs, or more than 35% link text. Whatever holds half of the page's long
 *       paragraph text is never set aside, so a misleading class on the story's own container
 *       cannot empty the result. Embedded social-media posts are set aside too unless {@link
 *       Options#keepSocialEmbeds()}.
 *   <li><b>Densest container.</b> Every block of at least 25 letters and at most 50% link text
 *       scores 1 + its commas + one point per 100 characters (at most 3), as in Arc90 / Mozilla
 *       Readability. A block's score goes to its own element if that is a container, fully to its
 *       parent, half to its grandparent, and 1/(3(d−1)) to the ancestor d levels up (d ≤ 5). An
 *       element's total, times (1 − its link density), times 1.25 for a story class word or 0.75
 *       for a furniture word, ranks it; the best one is the core of the article. When the page's
 *       JSON-LD carries an {@code articleBody} of 50 or more words, blocks whose word trigrams
 *       are mostly in it count double and the others half: the publisher's own statement of
 *       what the article is.
 *   <li><b>Expansion.</b> Articles are often cut into several containers by ads and embeds, so
 *       the run of blocks is grown in document order, left and right of the core, as a maximum
 *       subarray (Finn et al.'s body text extraction, 2001): a long block adds its
 *       letters minus twice its link letters, a shorter sentence half that, a short fragment
 *       costs 10 plus its link letters, a link list and a set-aside subtree cost their letters.
 *       Growth stops once the running sum falls 60 below its best, and never leaves the core's
 *       great-grandparent.
 *   <li><b>Cleaning.</b> Within the run, set-aside subtrees, {@code h1} headlines, blocks with
 *       more than 50% link text (except long sentences inside the core, as in news digests whose
 *       every item is a link) and whole-line furniture ("Advertisement", "Share", "Read more";
 *       see {@link Boilerplate}) are dropped, and short blocks at the two ends that lie outside
 *       the core are trimmed (bylines, datelines, "Tags" lines). Headings, lists and tables
 *       inside the core stay.
 * </ol>
 *
 * <p>If the result has fewer than half the words of a JSON-LD {@code articleBody} (a page that
 * renders its text with scripts), that {@code articleBody} is returned instead.
 *
 * <p>The weights and thresholds were chosen on the Zyte article-extraction benchmark (181 pages;
 * see {@code docs/extraction.md}); none is specific to a site. Time O(n·d) for n nodes of depth
 * at most d; memory O(n). Never modifies the document. Deterministic, stateless and thread-safe.
 */
public final class MainContentExtractor {

  /** Letters in long, link-poor paragraphs below which a weakly marked subtree is furniture. */
  private static final int FURNITURE_MAX_GOOD_LETTERS = 400;

  /** Link density above which a weakly marked subtree is furniture. */
  private static final double FURNITURE_MIN_LINK_DENSITY = 0.35;

  /** Share of the page's paragraph text that protects a subtree from being set aside. */
  private static final double PROTECTED_SHARE = 0.5;

  /** How far the run may fall below its best before expansion stops. */
  private static final double EXPANSION_SLACK = 60;

  /** Expansion stays below the core's ancestor this many levels up. */
  private static final int EXPANSION_LEVELS = 3;

  /** Minimum words of a JSON-LD articleBody to be trusted as a hint. */
  private static final int HINT_MIN_WORDS = 50;

  /** Share of a block's word trigrams found in the articleBody that makes it confirmed. */
  private static final double HINT_MATCH = 0.6;

  /** Factor for confirmed blocks, and its inverse for unconfirmed ones. */
  private static final double HINT_WEIGHT = 2;

  private final Options options;

  /** An extractor with {@link Options#DEFAULT}. */
  public MainContentExtractor() {
    this(Options.DEFAULT);
  }

  /** An extractor with the given options. */
  public MainContentExtractor(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * What to keep besides the article text itself.
   *
   * @param keepSocialEmbeds keep the text of embedded tweets and Instagram or TikTok posts (the
   *     benchmark's ground truth counts them as article text; Chorus's summaries do not want
   *     handles and t.co links, so the default drops them)
   */
  public record Options(boolean keepSocialEmbeds) {
    /** Drops social embeds. */
    public static final Options DEFAULT = new Options(false);
  }

  /**
   * The article text of {@code document}: paragraphs joined by {@code "\n\n"}, each with
   * whitespace collapsed and line breaks ({@code br}) kept as {@code "\n"}; empty if the page has
   * no body text.
   */
  public String extract(Document document) {
    Objects.requireNonNull(document, "document");
    Element body = document.body();
    if (body == null) {
      return "";
    }
    Set<Element> furniture = furniture(body);
    List<Block> blocks =
        Linearizer.blocks(
            body, e -> Hints.invisible(e) || furniture.contains(e), e -> !Hints.invisible(e));
    String articleBody = JsonLd.articleBody(JsonLd.articles(document));
    double[] hint = hintMatches(articleBody, blocks);
    String text = blocks.isEmpty() ? "" : extract(body, blocks, hint);
    if (hint != null
        && ExtractionMetric.tokens(text).size()
            < ExtractionMetric.tokens(articleBody).size() / 2) {
      return articleBody;
    }
    return text;
  }

  private String extract(Element body, List<Block> blocks, double[] hint) {
    Element core = densestContainer(body, blocks, hint);
    int lo = -1;
    int hi = -1;
    for (Block block : blocks) {
      if (!block.removed() && isInside(block.owner(), core)) {
        if (lo < 0) {
          lo = block.index();
        }
        hi = block.index();
      }
    }
    if (lo < 0) {
      return "";
    }
    Element scope = core;
    for (int up = 0; up < EXPANSION_LEVELS && scope != body && scope.parent() != null; up++) {
      scope = scope.parent();
    }
    hi = grow(blocks, hint, scope, hi, +1);
    lo = grow(blocks, hint, scope, lo, -1);

    List<Block> kept = new ArrayList<>();
    for (Block block : blocks.subList(lo, hi + 1)) {
      if (block.removed()
          || block.owner().normalName().equals("h1")
          || (block.linkDensity() > 0.5 && !isLinkedSentence(block, core))
          || Boilerplate.isBoilerplateLine(block.text())) {
        continue;
      }
      kept.add(block);
    }
    int first = 0;
    while (first < kept.size() && trimmable(kept.get(first), core)) {
      first++;
    }
    int last = kept.size() - 1;
    while (last >= first && trimmable(kept.get(last), core)) {
      last--;
    }
    List<String> paragraphs = new ArrayList<>();
    for (Block block : kept.subList(first, last + 1)) {
      paragraphs.add(block.text());
    }
    return String.join("\n\n", paragraphs);
  }

  /** Step 1: the furniture subtrees (outermost and nested alike). */
  private Set<Element> furniture(Element body) {
    List<Block> all = Linearizer.blocks(body, Hints::invisible);
    Map<Element, double[]> letters = new IdentityHashMap<>();
    for (Block block : all) {
      double good = isLongParagraph(block) ? block.chars() : 0;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] sums = letters.computeIfAbsent(e, k -> new double[3]);
        sums[0] += block.chars();
        sums[1] += block.linkChars();
        sums[2] += good;
        if (e == body) {
          break;
        }
      }
    }
    double[] page = letters.getOrDefault(body, new double[3]);
    Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      double[] sums = letters.getOrDefault(element, new double[3]);
      if (sums[2] >= PROTECTED_SHARE * page[2] && page[2] > 0) {
        continue;
      }
      if (Hints.furniture(element)
          || (!options.keepSocialEmbeds() && Hints.socialEmbed(element))
          || (Hints.classWeight(element) < 0
              && (Hints.strongNegative(element)
                  || sums[2] < FURNITURE_MAX_GOOD_LETTERS
                  || (sums[0] > 0 && sums[1] / sums[0] > FURNITURE_MIN_LINK_DENSITY)))) {
        furniture.add(element);
      }
    }
    return furniture;
  }

  /** Step 2: the element with the densest cluster of paragraphs. */
  private static Element densestContainer(Element body, List<Block> blocks, double[] hint) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, double[]> letters = new IdentityHashMap<>();
    for (Block block : blocks) {
      if (block.removed()) {
        continue;
      }
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] sums = letters.computeIfAbsent(e, k -> new double[2]);
        sums[0] += block.chars();
        sums[1] += block.linkChars();
        if (e == body) {
          break;
        }
      }
      if (block.chars() < 25 || block.linkDensity() > 0.5) {
        continue;
      }
      double score = 1 + commas(block.text()) + Math.min(block.text().length() / 100, 3);
      if (hint != null && hint[block.index()] >= 0) {
        score *= hint[block.index()] >= HINT_MATCH ? HINT_WEIGHT : 1 / HINT_WEIGHT;
      }
      int level = 0;
      for (Element e = block.owner(); e != null && level <= 5; e = e.parent(), level++) {
        double share =
            level == 0
                ? (isParagraphTag(e) ? 0 : 1)
                : level == 1 ? 1 : level == 2 ? 0.5 : 1.0 / (3 * (level - 1));
        if (share > 0) {
          scores.merge(e, score * share, Double::sum);
        }
        if (e == body) {
          break;
        }
      }
    }
    // Walk in document order so that ties go to the first element, whatever the hash order.
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element e : body.getAllElements()) {
      Double score = scores.get(e);
      if (score == null) {
        continue;
      }
      double[] sums = letters.get(e);
      double linkDensity = sums[0] == 0 ? 0 : sums[1] / sums[0];
      double ranked = score * (1 - linkDensity) * (1 + 0.25 * Hints.classWeight(e));
      if (ranked > bestScore) {
        bestScore = ranked;
        best = e;
      }
    }
    return best;
  }

  /** Step 3: the new end of the run grown from {@code end} in {@code direction} (+1 or -1). */
  private static int grow(
      List<Block> blocks, double[] hint, Element scope, int end, int direction) {
    double sum = 0;
    double bestSum = 0;
    int bestEnd = end;
    for (int i = end + direction;
        i >= 0 && i < blocks.size() && isInside(blocks.get(i).owner(), scope);
        i += direction) {
      sum += value(blocks.get(i), hint);
      if (sum > bestSum) {
        bestSum = sum;
        bestEnd = i;
      }
      if (sum < bestSum - EXPANSION_SLACK) {
        break;
      }
    }
    return bestEnd;
  }

  /** What adding {@code block} to the run is worth, see step 3. */
  private static double value(Block block, double[] hint) {
    if (block.removed()) {
      return -block.chars();
    }
    double value;
    if (block.linkDensity() >= 0.5) {
      value = -block.chars();
    } else if (block.chars() >= 80) {
      value = block.chars() - 2 * block.linkChars();
    } else if (block.chars() >= 25 && block.endsLikeSentence()) {
      value = (block.chars() - 2 * block.linkChars()) / 2.0;
    } else {
      value = -10 - block.linkChars();
    }
    if (hint != null && hint[block.index()] >= 0) {
      if (hint[block.index()] >= HINT_MATCH) {
        return Math.max(value, block.chars());
      }
      return value > 0 ? value / HINT_WEIGHT : value;
    }
    return value;
  }

  /**
   * Per block, the share of its word trigrams that occur in {@code articleBody} (-1 for blocks
   * too short to tell), or null if the article body is missing or too short to be a hint.
   */
  private static double[] hintMatches(String articleBody, List<Block> blocks) {
    List<String> words = ExtractionMetric.tokens(articleBody);
    if (words.size() < HINT_MIN_WORDS) {
      return null;
    }
    Set<String> trigrams = new HashSet<>(trigrams(words));
    double[] matches = new double[blocks.size()];
    for (Block block : blocks) {
      List<String> own =
          block.removed() ? List.of() : trigrams(ExtractionMetric.tokens(block.text()));
      if (own.isEmpty()) {
        matches[block.index()] = -1;
        continue;
      }
      int found = 0;
      for (String trigram : own) {
        if (trigrams.contains(trigram)) {
          found++;
        }
      }
      matches[block.index()] = (double) found / own.size();
    }
    return matches;
  }

  private static List<String> trigrams(List<String> words) {
    List<String> trigrams = new ArrayList<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      trigrams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
    }
    return trigrams;
  }

  /**
   * A long sentence inside the core whose words are mostly links, as in a news digest ("Google
   * has bought CloudSimple, ..."), unlike a list of headlines, which do not end like sentences.
   */
  private static boolean isLinkedSentence(Block block, Element core) {
    return block.chars() >= 80 && block.endsLikeSentence() && isInside(block.owner(), core);
  }

  /** A paragraph a reader would read as body text: long, link-poor, not a heading. */
  private static boolean isLongParagraph(Block block) {
    return block.chars() >= 60 && block.linkDensity() < 0.33 && !block.heading();
  }

  /** Whether an end block may be trimmed: short, and not part of the core container. */
  private static boolean trimmable(Block block, Element core) {
    return !isLongParagraph(block) && !isInside(block.owner(), core);
  }

  private static boolean isParagraphTag(Element element) {
    String name = element.normalName();
    return switch (name) {
      case "p", "li", "blockquote", "pre", "td", "th", "dd", "dt" -> true;
      default -> Linearizer.isHeading(name);
    };
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // ASCII, fullwidth, ideographic and Arabic commas.
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        count++;
      }
    }
    return count;
  }

  private static boolean isInside(Element element, Element ancestor) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
