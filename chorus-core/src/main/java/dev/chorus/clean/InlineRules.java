package dev.chorus.clean;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
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
  record Rule(
      CleaningRule rule,
      String detail,
      List<String> triggers,
      Pattern pattern,
      StartFilter starts) {

    Rule(CleaningRule rule, String detail, List<String> triggers, Pattern pattern) {
      this(rule, detail, triggers, pattern, null);
    }
  }

  /**
   * A necessary condition for a match of a rule's pattern to start at a position, much cheaper
   * than the pattern's own attempt there: with one, the search runs the pattern only where the
   * condition holds ({@link #findFiltered}) and finds the same matches (issue #5).
   */
  @FunctionalInterface
  interface StartFilter {
    boolean mayStartAt(String text, int position, int end);
  }

  /** For patterns that begin with a literal "(". */
  private static final StartFilter OPENING_PARENTHESIS = (text, p, end) -> text.charAt(p) == '(';

  /**
   * For patterns (with {@code (?i)}, hence ASCII-only case folding, and without {@code ^} or
   * {@code $}, which a search from a later region start would change) every match of which begins
   * with one of {@code prefixes}: whether one of them is at the position, ASCII case ignored.
   */
  private static StartFilter literals(String... prefixes) {
    List<String> list = List.of(prefixes);
    return (text, p, end) -> {
      for (String prefix : list) {
        if (startsWithIgnoringAsciiCase(text, p, end, prefix)) {
          return true;
        }
      }
      return false;
    };
  }

  private static boolean startsWithIgnoringAsciiCase(String text, int p, int end, String prefix) {
    if (p + prefix.length() > end) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char a = text.charAt(p + i);
      char b = prefix.charAt(i);
      if (a != b && !(isAsciiLetter(a) && isAsciiLetter(b) && (a | 0x20) == (b | 0x20))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The anchor of the Getty rule: every match holds it, preceded by nothing or by a credit prefix
   * of one or two words and a slash ({@link #mayStartCredit}). Running the pattern only where that
   * shape is found, instead of at every position, made the rule ~20 times cheaper.
   */
  private static final String GETTY_IMAGES = "getty images";

  private static final String CREDIT_WORD =
      "(?:photo|photos|image|images|photograph|photographer|picture|pictures|credit|illustration)";

  private static final String AGENCY =
      "(?:ap|afp|reuters|getty|getty images|epa|upi|file|pool|associated press)";

  /** Outlet-ish last words of "Name/Outlet" credits. */
  private static final String OUTLET_WORD =
      "(?:press|photos?|images|staff|pool|news|times|post|tribune|journal|herald|globe|star"
          + "|chronicle|gazette|courier|ap|afp|reuters|getty|epa|upi|shutterstock|istock"
          + "|istockphoto|corbis|wireimage)";

  static final List<Rule> RULES =
      List.of(
          new Rule(
              CleaningRule.TWEET_ATTRIBUTION,
              "inline (@handle) and a date",
              List.of("(@", "( @"),
              Pattern.compile(
                  "(?i)(?:pic\\.twitter\\.com/\\w+\\s*)?[—–-]{1,2}\\s*[^()\\n—–]{1,60}?"
                      + "\\(\\s*@\\w{1,15}\\s*\\)\\s*(?:"
                      + TextFeatures.DATE
                      + ")"),
              literals("pic.twitter.com/", "—", "–", "-")),
          new Rule(
              CleaningRule.LINK_DENSE,
              "tweet link",
              List.of("t.co/", "pic.twitter.com/"),
              Pattern.compile("(?i)(?:https?://)?(?:t\\.co|pic\\.twitter\\.com)/\\w+"),
              literals("http", "t.co/", "pic.twitter.com/")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "parenthesized photo credit",
              List.of("photo", "image", "picture", "credit", "illustration"),
              Pattern.compile(
                  "(?i)\\(\\s*(?:"
                      + AGENCY
                      + "\\s+|[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,3}\\s*/\\s*)?"
                      + CREDIT_WORD
                      + "s?\\b[^()\\n]{0,100}\\)"),
              OPENING_PARENTHESIS),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "parenthesized Name/Outlet credit",
              List.of("/"),
              Pattern.compile(
                  "(?i)\\(\\s*[^()/\\n]{2,50}/\\s*(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,3}"
                      + OUTLET_WORD
                      + "\\s*\\)"),
              OPENING_PARENTHESIS),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "Getty Images credit",
              List.of("getty images"),
              Pattern.compile(
                  "(?i)(?:[\\w.'’-]+(?:\\s+[\\w.'’-]+)?\\s*/\\s*)?\\bgetty images\\b"
                      + "(?:\\s*/\\s*[\\w.'’-]+(?:\\s+images)?)?"),
              (text, p, end) -> mayStartCredit(text, p, end, GETTY_IMAGES)),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "image copyright and caption labels",
              List.of("caption", "enlarge this image"),
              Pattern.compile(
                  "(?i)\\bimage copyright\\b(?:\\s+[^\\s.]+){0,4}?\\s+image caption\\b"
                      + "|\\b(?:image|media) caption\\b|\\benlarge this image\\b"
                      + "|\\btoggle caption\\b|\\bhide caption\\b"),
              literals(
                  "image copyright", "image caption", "media caption", "enlarge this image",
                  "toggle caption", "hide caption")),
          new Rule(
              CleaningRule.PHOTO_CREDIT,
              "image copyright label",
              List.of("image copyright"),
              Pattern.compile("(?i)\\bimage copyright\\s+(?:getty images|[^\\s.]+)"),
              literals("image copyright")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "share and text tools",
              List.of("text size", "listen to", "share this", "sign up for more newsletters"),
              Pattern.compile(
                  "(?i)\\btext size\\s*-\\s*\\+\\s*reset\\b"
                      + "|\\blisten to (?:this )?article(?:\\s+\\d{1,2}\\s*:\\s*\\d{2})?"
                      + "|\\bshare this (?:article|story)(?:\\s+(?:facebook|twitter|linkedin|email"
                      + "|pinterest|whatsapp|reddit|print))*\\b"
                      + "|\\bsign up for more newsletters here\\b"),
              literals(
                  "text size", "listen to ", "share this ", "sign up for more newsletters here")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "video player notice",
              List.of("media playback"),
              Pattern.compile("(?i)\\bmedia playback is unsupported on your device\\b"),
              literals("media playback is unsupported on your device")),
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
                      + "|(?:story|article) continues below)\\b"),
              literals(
                  "continue reading ", "story continues below", "article continues below")),
          new Rule(
              CleaningRule.BOILERPLATE,
              "'advertisement' between sentences",
              List.of("advertisement"),
              // After a sentence end or at the start: not "the advertisement showed".
              Pattern.compile(
                  "(?i)(?:(?<=^)|(?<=[.!?\"”)]\\s{1,3})|(?<=\\n))advertisement\\b")));

  private static final Triggers TRIGGERS = new Triggers(RULES);

  /** Bit r is set when a trigger of {@code RULES.get(r)} occurs in the lowercased text. */
  static long triggered(String lower) {
    return TRIGGERS.rulesTriggered(lower);
  }

  /**
   * Which rules' triggers occur in a lowercased text, found in one pass: each position whose two
   * characters start some trigger is checked against those triggers only. The same answer as
   * {@code String.contains} per trigger and rule, which took one pass per trigger (two dozen per
   * text) and was the costliest part of the inline rules (issue #5). Immutable; thread-safe.
   */
  private static final class Triggers {

    /** Trigger phrases by their first two (ASCII) characters, as {@code c0 * 128 + c1}. */
    private final String[][] byBigram = new String[128 * 128][];

    /** For each entry of {@link #byBigram}, the bit of the rule it belongs to. */
    private final long[][] rulesByBigram = new long[128 * 128][];

    /** Rules with a one-character trigger, by that character. */
    private final long[] rulesByChar = new long[128];

    Triggers(List<Rule> rules) {
      if (rules.size() > Long.SIZE) {
        throw new IllegalArgumentException("at most 64 rules, was " + rules.size());
      }
      for (int r = 0; r < rules.size(); r++) {
        for (String trigger : rules.get(r).triggers()) {
          for (int i = 0; i < trigger.length(); i++) {
            if (trigger.charAt(i) >= 128 || trigger.charAt(i) != Character.toLowerCase(
                trigger.charAt(i))) {
              throw new IllegalArgumentException("trigger must be lowercase ASCII: " + trigger);
            }
          }
          if (trigger.length() == 1) {
            rulesByChar[trigger.charAt(0)] |= 1L << r;
            continue;
          }
          int bigram = trigger.charAt(0) * 128 + trigger.charAt(1);
          String[] phrases = byBigram[bigram];
          long[] bits = rulesByBigram[bigram];
          int n = phrases == null ? 0 : phrases.length;
          phrases = phrases == null ? new String[1] : Arrays.copyOf(phrases, n + 1);
          bits = bits == null ? new long[1] : Arrays.copyOf(bits, n + 1);
          phrases[n] = trigger;
          bits[n] = 1L << r;
          byBigram[bigram] = phrases;
          rulesByBigram[bigram] = bits;
        }
      }
    }

    /** Bit r is set when a trigger of rule r occurs in {@code lower}. */
    long rulesTriggered(String lower) {
      long triggered = 0;
      int n = lower.length();
      for (int i = 0; i < n; i++) {
        char c0 = lower.charAt(i);
        if (c0 >= 128) {
          continue;
        }
        triggered |= rulesByChar[c0];
        if (i + 1 == n) {
          break;
        }
        char c1 = lower.charAt(i + 1);
        if (c1 >= 128) {
          continue;
        }
        String[] phrases = byBigram[c0 * 128 + c1];
        if (phrases == null) {
          continue;
        }
        long[] bits = rulesByBigram[c0 * 128 + c1];
        for (int k = 0; k < phrases.length; k++) {
          if ((triggered & bits[k]) == 0 && lower.startsWith(phrases[k], i)) {
            triggered |= bits[k];
          }
        }
      }
      return triggered;
    }
  }

  /**
   * The inline noise of {@code text} inside {@code keep} (the spans still kept after the line
   * rules), in text order, without overlaps (an earlier and then longer match wins).
   */
  static List<Finding> find(String text, List<Span> keep, Set<CleaningRule> enabled) {
    List<Finding> found = new ArrayList<>();
    long triggered = triggered(text.toLowerCase(Locale.ROOT));
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      if (!enabled.contains(rule.rule()) || (triggered & (1L << r)) == 0) {
        continue;
      }
      for (Span region : keep) {
        Matcher m = rule.pattern().matcher(text).region(region.start(), region.end());
        m.useTransparentBounds(true);
        int from = region.start();
        while (rule.starts() == null
            ? m.find()
            : findFiltered(m, text, rule.starts(), from, region.end())) {
          from = m.end();
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

  /**
   * The next match of a rule's pattern in {@code [from, end)}, as {@link Matcher#find()} would
   * give it after a match ending at {@code from}: the positions are tried left to right, as find
   * does, but the pattern runs ({@link Matcher#lookingAt()} on the rest of the region) only where
   * {@code starts} says a match may start. So the match is the same leftmost one with the same
   * extent. On success {@code m} holds the match.
   */
  static boolean findFiltered(Matcher m, String text, StartFilter starts, int from, int end) {
    for (int p = from; p < end; p++) {
      if (starts.mayStartAt(text, p, end)) {
        m.region(p, end);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a match of the Getty pattern {@code (?:W(?:\s+W)?\s*\/\s*)?\bgetty images\b...}
   * (W = {@code [\w.'’-]+}) can start at {@code p}: the anchor is there, or a word, optionally
   * whitespace and a second word, then whitespace, a slash, whitespace and the anchor. Words are
   * taken whole: a shorter first word could only be followed by another word character, which
   * neither whitespace nor the slash is. The anchor is compared ignoring case, which accepts all
   * the pattern accepts (its case folding is ASCII only) and a little more.
   */
  static boolean mayStartCredit(String text, int p, int end, String anchor) {
    if (text.regionMatches(true, p, anchor, 0, anchor.length())) {
      return true;
    }
    int i = skipWord(text, p, end);
    if (i == p) {
      return false;
    }
    int afterSpace = skipSpace(text, i, end);
    if (afterSpace < end && text.charAt(afterSpace) == '/') {
      return anchorAfterSlash(text, afterSpace, end, anchor);
    }
    if (afterSpace == i) {
      return false;
    }
    int second = skipWord(text, afterSpace, end);
    if (second == afterSpace) {
      return false;
    }
    int slash = skipSpace(text, second, end);
    return slash < end && text.charAt(slash) == '/' && anchorAfterSlash(text, slash, end, anchor);
  }

  private static boolean anchorAfterSlash(String text, int slash, int end, String anchor) {
    int i = skipSpace(text, slash + 1, end);
    return i + anchor.length() <= end && text.regionMatches(true, i, anchor, 0, anchor.length());
  }

  private static int skipWord(String text, int i, int end) {
    while (i < end && isCreditWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code [\w.'’-]} without UNICODE_CHARACTER_CLASS. */
  private static boolean isCreditWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '.' || c == '\'' || c == '’' || c == '-';
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
