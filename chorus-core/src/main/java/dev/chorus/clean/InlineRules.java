package dev.chorus.clean;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
   * Where a match of a rule's pattern may start: a superset of the positions where one does,
   * found much more cheaply than by trying the pattern at every position. The search then runs
   * the pattern only there ({@link #findFiltered}) and finds the same matches (issue #5).
   */
  @FunctionalInterface
  interface StartFilter {
    /** The positions of {@code text} where a match may start. */
    BitSet candidates(String text, LowerCase lower);
  }

  /**
   * A text lowercased ({@code toLowerCase(Locale.ROOT)}) on first use, for the filters that
   * look phrases up in it: most texts trigger no rule that needs it. Not thread-safe.
   */
  static final class LowerCase {
    private final String text;
    private String lower;

    LowerCase(String text) {
      this.text = text;
    }

    /**
     * The lowercased text when it has the text's length, so that its offsets are the text's; null
     * when a character lowercased to two (U+0130, rare).
     */
    String aligned() {
      if (lower == null) {
        lower = text.toLowerCase(Locale.ROOT);
      }
      return lower.length() == text.length() ? lower : null;
    }
  }

  /** The positions where {@code test} holds, tested one by one. */
  static BitSet positionsWhere(String text, PositionTest test) {
    BitSet positions = new BitSet(text.length());
    for (int p = 0; p < text.length(); p++) {
      if (test.holds(text, p)) {
        positions.set(p);
      }
    }
    return positions;
  }

  /** A test of one position of a text. */
  @FunctionalInterface
  interface PositionTest {
    boolean holds(String text, int position);
  }

  /** For patterns that begin with a literal "(": where one is. */
  private static final StartFilter OPENING_PARENTHESIS = (text, lower) -> occurrences(text, "(");

  /** Where {@code literal} starts in {@code text}, overlapping occurrences included. */
  private static BitSet occurrences(String text, String literal) {
    BitSet positions = new BitSet(text.length());
    for (int p = text.indexOf(literal); p >= 0; p = text.indexOf(literal, p + 1)) {
      positions.set(p);
    }
    return positions;
  }

  /**
   * For patterns (with {@code (?i)}, hence ASCII-only case folding) every match of which begins
   * with one of {@code prefixes} (lowercase): where one of them is, ASCII case ignored. Such an
   * occurrence in the text is one in its lowercased form, where {@link String#indexOf} finds it;
   * when lowercasing changed the length, each position is tested instead.
   */
  private static StartFilter literals(String... prefixes) {
    List<String> list = List.of(prefixes);
    return (text, lowerCase) -> {
      String lower = lowerCase.aligned();
      if (lower == null) {
        return positionsWhere(text, (t, p) -> startsWithAny(t, p, list));
      }
      BitSet positions = new BitSet(text.length());
      for (String prefix : list) {
        positions.or(occurrences(lower, prefix));
      }
      return positions;
    };
  }

  private static boolean startsWithAny(String text, int p, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (startsWithIgnoringAsciiCase(text, p, text.length(), prefix)) {
        return true;
      }
    }
    return false;
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
              (text, lower) -> creditStarts(text, lower.aligned(), GETTY_IMAGES)),
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
                  "(?i)(?:(?<=^)|(?<=[.!?\"”)]\\s{1,3})|(?<=\\n))advertisement\\b"),
              literals("advertisement")));

  private static final Triggers TRIGGERS = new Triggers(RULES);

  /**
   * Bit r is set when a trigger of {@code RULES.get(r)} occurs in {@code text.toLowerCase(
   * Locale.ROOT)}.
   */
  static long triggered(String text) {
    return TRIGGERS.rulesTriggered(text);
  }

  /**
   * Which rules' triggers occur in a lowercased text, found in one pass: each position whose two
   * characters start some trigger is checked against those triggers only. The same answer as
   * {@code String.contains} per trigger and rule, which took one pass per trigger (two dozen per
   * text) and was the costliest part of the inline rules (issue #5). Immutable; thread-safe.
   *
   * <p>The text need not be lowercased first: triggers are ASCII, and lowercasing turns every
   * character at or above U+0080 into such characters, except U+0130 (into "i" and U+0307) and
   * U+212A, the Kelvin sign (into "k"). So, for a text without those two, folding ASCII letters
   * while scanning finds exactly the triggers of the lowercased text (tested on every code point);
   * a text with one of them is lowercased first.
   */
  private static final class Triggers {

    /** Trigger phrases by their first two (ASCII) characters, as {@code c0 * 128 + c1}. */
    private final String[][] byBigram = new String[128 * 128][];

    /** For each entry of {@link #byBigram}, the bit of the rule it belongs to. */
    private final long[][] rulesByBigram = new long[128 * 128][];

    /**
     * Bit {@code c0 * 128 + c1} is set when the bigram, ASCII case ignored, starts a trigger (has
     * an entry above).
     */
    private final long[] startBigrams = new long[128 * 128 / Long.SIZE];

    /** Rules with a one-character trigger, by that character in either case. */
    private final long[] rulesByChar = new long[128];

    /** Past the end of the text: not ASCII, so it completes no bigram. */
    private static final char NO_CHARACTER = '\uffff';

    private static char asciiLowerCase(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

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
          char c0 = trigger.charAt(0);
          if (trigger.length() == 1) {
            rulesByChar[c0] |= 1L << r;
            rulesByChar[Character.toUpperCase(c0)] |= 1L << r;
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
          char c1 = trigger.charAt(1);
          for (char first : new char[] {c0, Character.toUpperCase(c0)}) {
            for (char second : new char[] {c1, Character.toUpperCase(c1)}) {
              int cased = first * 128 + second;
              startBigrams[cased >>> 6] |= 1L << cased;
            }
          }
        }
      }
    }

    /** Bit r is set when a trigger of rule r occurs in {@code text.toLowerCase(Locale.ROOT)}. */
    long rulesTriggered(String text) {
      long triggered = 0;
      int n = text.length();
      char next = n > 0 ? text.charAt(0) : NO_CHARACTER;
      for (int i = 0; i < n; i++) {
        // Each character is read once, as the second of one bigram and the first of the next.
        char c0 = next;
        next = i + 1 < n ? text.charAt(i + 1) : NO_CHARACTER;
        if (c0 >= 128) {
          if (c0 == '\u0130' || c0 == '\u212a') {
            return rulesTriggered(text.toLowerCase(Locale.ROOT));
          }
          continue;
        }
        triggered |= rulesByChar[c0];
        if (next >= 128) {
          continue;
        }
        int bigram = c0 * 128 + next;
        // Most bigrams start no trigger: a bit in a 2 KiB set says so, in any case of the letters.
        if ((startBigrams[bigram >>> 6] & (1L << bigram)) == 0) {
          continue;
        }
        bigram = asciiLowerCase(c0) * 128 + asciiLowerCase(next);
        String[] phrases = byBigram[bigram];
        long[] bits = rulesByBigram[bigram];
        for (int k = 0; k < phrases.length; k++) {
          if ((triggered & bits[k]) == 0 && startsWithIgnoringAsciiCase(text, i, n, phrases[k])) {
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
    long triggered = triggered(text);
    LowerCase lower = new LowerCase(text);
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      if (!enabled.contains(rule.rule()) || (triggered & (1L << r)) == 0) {
        continue;
      }
      BitSet starts = rule.starts() == null ? null : rule.starts().candidates(text, lower);
      for (Span region : keep) {
        Matcher m = rule.pattern().matcher(text).region(region.start(), region.end());
        m.useTransparentBounds(true);
        int from = region.start();
        while (starts == null
            ? m.find()
            : findFiltered(m, starts, from, region.end())) {
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
   * does, but the pattern runs ({@link Matcher#lookingAt()} on the rest of the region) only at the
   * {@code candidates}, which must hold every position where a match can start. So the match is
   * the same leftmost one with the same extent. The pattern must not use {@code ^} or {@code $}
   * outside look-behinds, which a region starting later would move; {@code m} must have
   * transparent bounds, under which look-behinds see the whole text (even their {@code ^}, as in
   * the "advertisement" rule). On success {@code m} holds the match.
   */
  static boolean findFiltered(Matcher m, BitSet candidates, int from, int end) {
    for (int p = candidates.nextSetBit(from); p >= 0 && p < end; p = candidates.nextSetBit(p + 1)) {
      m.region(p, end);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a match of the Getty pattern {@code (?:W(?:\s+W)?\s*\/\s*)?\bgetty images\b...}
   * (W = {@code [\w.'’-]+}) may start: at an occurrence of the anchor, or before one, inside the
   * run of word characters, whitespace and slashes that ends at it, where {@link
   * #mayStartCredit} holds. The anchor is found in the lowercased text; when lowercasing changed
   * the length, each position is tested.
   */
  static BitSet creditStarts(String text, String lower, String anchor) {
    if (lower == null) {
      return positionsWhere(text, (t, p) -> mayStartCredit(t, p, t.length(), anchor));
    }
    BitSet positions = new BitSet(text.length());
    for (int a = lower.indexOf(anchor); a >= 0; a = lower.indexOf(anchor, a + 1)) {
      positions.set(a);
      int p = a;
      while (p > 0 && isCreditPrefixChar(text.charAt(p - 1))) {
        p--;
      }
      for (; p < a; p++) {
        if (mayStartCredit(text, p, text.length(), anchor)) {
          positions.set(p);
        }
      }
    }
    return positions;
  }

  /** A character of the optional credit prefix before the anchor: {@code [\w.'’-]}, \s, /. */
  private static boolean isCreditPrefixChar(char c) {
    return isCreditWordChar(c) || isRegexSpace(c) || c == '/';
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
