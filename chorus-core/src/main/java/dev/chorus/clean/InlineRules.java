package dev.chorus.clean;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline rules: page furniture glued into running text, as in Multi-News, whose documents are
 * one line each ("... close their doors. Advertisement during the call, ..."). Each rule is a
 * pattern for a self-delimiting phrase (a parenthesized credit, a tweet attribution with its date,
 * a fixed furniture phrase); the matched characters are cut out before sentence splitting, which
 * then sees a paragraph break there, so the text on either side is split as if the phrase had never
 * been there.
 *
 * <p>Pure functions over immutable patterns; thread-safe. Each pattern scans the text once.
 */
final class InlineRules {

  private InlineRules() {}

  /**
   * One inline pattern. It can only match a text that contains one of its {@code triggers}
   * (lowercase literals), which a plain substring search checks first: most texts have none, and
   * the regex scan is the expensive part.
   */
  private record Rule(CleaningRule rule, String detail, List<String> triggers, Pattern pattern) {}

  private static final String CREDIT_WORD =
      "(?:photo|photos|image|images|photograph|photographer|picture|pictures|credit|illustration)";

  private static final String AGENCY =
      "(?:ap|afp|reuters|getty|getty images|epa|upi|file|pool|associated press)";

  /** Outlet-ish last words of "Name/Outlet" credits. */
  private static final String OUTLET_WORD =
      "(?:press|photos?|images|staff|pool|news|times|post|tribune|journal|herald|globe|star"
          + "|chronicle|gazette|courier|ap|afp|reuters|getty|epa|upi|shutterstock|istock"
          + "|istockphoto|corbis|wireimage)";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              CleaningRule.TWEET_ATTRIBUTION,
              "inline (@handle) and a date",
              List.of("(@", "( @"),
              Pattern.compile(
                  "(?i)(?:pic\\.twitter\\.com/\\w+\\s*)?[—–-]{1,2}\\s*[^()\\n—–]{1,60}?"
                      + "\\(\\s*@\\w{1,15}\\s*\\)\\s*(?:"
                      + TextFeatures.DATE
                      + ")")),
          new Rule(
              CleaningRule.LINK_DENSE,
              "tweet link",
              List.of("t.co/", "pic.twitter.com/"),
              Pattern.compile("(?i)(?:https?://)?(?:t\\.co|pic\\.twitter\\.com)/\\w+")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "parenthesized photo credit",
              List.of("photo", "image", "picture", "credit", "illustration"),
              Pattern.compile(
                  "(?i)\\(\\s*(?:"
                      + AGENCY
                      + "\\s+|[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,3}\\s*/\\s*)?"
                      + CREDIT_WORD
                      + "s?\\b[^()\\n]{0,100}\\)")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "parenthesized Name/Outlet credit",
              List.of("/"),
              Pattern.compile(
                  "(?i)\\(\\s*[^()/\\n]{2,50}/\\s*(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,3}"
                      + OUTLET_WORD
                      + "\\s*\\)")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "Getty Images credit",
              List.of("getty images"),
              Pattern.compile(
                  "(?i)(?:[\\w.'’-]+(?:\\s+[\\w.'’-]+)?\\s*/\\s*)?\\bgetty images\\b"
                      + "(?:\\s*/\\s*[\\w.'’-]+(?:\\s+images)?)?")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "image copyright and caption labels",
              List.of("caption", "enlarge this image"),
              Pattern.compile(
                  "(?i)\\bimage copyright\\b(?:\\s+[^\\s.]+){0,4}?\\s+image caption\\b"
                      + "|\\b(?:image|media) caption\\b|\\benlarge this image\\b"
                      + "|\\btoggle caption\\b|\\bhide caption\\b")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "image copyright label",
              List.of("image copyright"),
              Pattern.compile("(?i)\\bimage copyright\\s+(?:getty images|[^\\s.]+)")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "share and text tools",
              List.of("text size", "listen to", "share this", "sign up for more newsletters"),
              Pattern.compile(
                  "(?i)\\btext size\\s*-\\s*\\+\\s*reset\\b"
                      + "|\\blisten to (?:this )?article(?:\\s+\\d{1,2}\\s*:\\s*\\d{2})?"
                      + "|\\bshare this (?:article|story)(?:\\s+(?:facebook|twitter|linkedin|email"
                      + "|pinterest|whatsapp|reddit|print))*\\b"
                      + "|\\bsign up for more newsletters here\\b")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "video player notice",
              List.of("media playback"),
              Pattern.compile("(?i)\\bmedia playback is unsupported on your device\\b")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "slide show prompt",
              List.of("click prev"),
              Pattern.compile(
                  "(?i)\\(?\\s*click prev or next to continue viewing images\\s*\\.?\\s*\\)?")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "'continue reading' prompt",
              List.of("continue reading", "continues below"),
              Pattern.compile(
                  "(?i)\\b(?:continue reading the main story|continue reading below"
                      + "|(?:story|article) continues below)\\b")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "'advertisement' between sentences",
              List.of("advertisement"),
              // After a sentence end or at the start: not "the advertisement showed".
              Pattern.compile(
                  "(?i)(?:(?<=^)|(?<=[.!?\"”)]\\s{1,3})|(?<=\\n))advertisement\\b")));

  /**
   * The inline noise of {@code text} inside {@code keep} (the spans still kept after the line
   * rules), in text order, without overlaps (an earlier and then longer match wins).
   */
  static List<Finding> find(String text, List<Span> keep, Set<CleaningRule> enabled) {
    List<Finding> found = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (!enabled.contains(rule.rule()) || rule.triggers().stream().noneMatch(lower::contains)) {
        continue;
      }
      for (Span region : keep) {
        Matcher m = rule.pattern().matcher(text).region(region.start(), region.end());
        m.useTransparentBounds(true);
        while (m.find()) {
          int start = m.start();
          int end = m.end();
          while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
          }
          while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          if (start < end) {
            found.add(
                new Finding(new Span(start, end), Dropped.Unit.INLINE, rule.rule(),
                    rule.detail()));
          }
        }
      }
    }
    found.sort(
        Comparator.comparingInt((Finding f) -> f.span().start())
            .thenComparingInt(f -> -f.span().end()));
    List<Finding> disjoint = new ArrayList<>();
    int coveredTo = -1;
    for (Finding f : found) {
      if (f.span().start() >= coveredTo) {
        disjoint.add(f);
        coveredTo = f.span().end();
      }
    }
    return disjoint;
  }
}
