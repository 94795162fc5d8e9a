package dev.chorus.clean;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level rules: scraped page furniture sits on lines of its own (headings, datelines,
 * credits, tweets, share bars), so a whole line is the unit to judge and to drop.
 *
 * <p>A line is the text between two line feeds, trimmed. A line is <em>stand-alone</em> when the
 * lines before and after it are blank (or it starts or ends the text): a paragraph of its own.
 * Hard-wrapped text (DUC 2004 wraps every 70 characters without blank lines) therefore has no
 * stand-alone lines, and the {@link CleaningRule#HEADING} rule, which needs one, never fires on a
 * wrapped piece of a sentence. Every other line rule is capped at a few dozen words, so a
 * Multi-News document, which is one long line, is judged by the inline and sentence rules
 * instead. In hard-wrapped text ({@link #isHardWrapped}), and for a line that starts in lowercase
 * after a line without a sentence end, a line is a piece of a paragraph, not a unit: only the
 * title and tweet rules, whose patterns span a whole line, judge it.
 *
 * <p>Rules are tried in the order of {@link #classify}; the first that fires names the line. After
 * that, the line just above each tweet attribution (skipping blank and already dropped lines) is
 * the tweet's text. Pure functions; thread-safe. Linear in the text length.
 */
final class LineRules {

  private LineRules() {}

  /** Most words of a stand-alone line without a sentence end that still counts as a heading. */
  static final int MAX_HEADING_WORDS = 12;

  /** Most words of a caption line that ends with a photo credit. */
  static final int MAX_CAPTION_WORDS = 80;

  /** Most words of a tweet's text above its attribution line. */
  static final int MAX_TWEET_WORDS = 80;

  /** Rules that still judge the lines of hard-wrapped text: their patterns span a whole line. */
  private static final Set<CleaningRule> WRAP_SAFE =
      EnumSet.of(CleaningRule.TITLE_REPEAT, CleaningRule.TWEET_ATTRIBUTION,
          CleaningRule.TWEET_TEXT);

  /** Fewest run-on lines that make a text hard-wrapped. */
  static final int MIN_WRAPPED_LINES = 3;

  /** Least share of run-on lines among the non-blank ones that makes a text hard-wrapped. */
  static final double MIN_WRAPPED_SHARE = 0.3;

  /** Fewest characters of a run-on line of hard-wrapped text. */
  static final int MIN_WRAPPED_CHARS = 40;

  /** Dropped or blank lines skipped when looking for a tweet's text above its attribution. */
  private static final int TWEET_LOOKBACK = 3;

  /** "— Michael McFaul (@McFaul) January 7, 2022", optionally after a pic.twitter.com link. */
  static final Pattern TWEET_ATTRIBUTION =
      Pattern.compile(
          "(?i)^(?:(?:pic\\.twitter\\.com/\\S+|https?://t\\.co/\\S+)\\s*)*[—–-]{1,2}\\s*"
              + "[^()\\n]{1,80}\\(\\s*@\\w{1,15}\\s*\\)\\s*(?:"
              + TextFeatures.DATE
              + ")\\s*$");

  /** "[WATCH/COMMENTARY] ...", "READ MORE: ...", "Related: ...". Case-sensitive on purpose. */
  private static final Pattern PROMO_LABEL =
      Pattern.compile(
          "^(?:\\[[A-Z][A-Z0-9 /&:'-]{1,40}\\]|(?:READ MORE|RELATED|MORE|WATCH|SEE ALSO|ALSO READ"
              + "|RECOMMENDED|SPONSORED|MUST READ|READ NEXT|UP NEXT|VIDEO|PHOTOS|WATCH NOW"
              + "|Related|Read more|Read More|See also|See Also|Also read|Also Read|Watch"
              + "|Sponsored|Recommended)\\s*[:|»>])");

  private static final int MAX_PROMO_WORDS = 25;

  private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\S");

  private static final int MAX_BYLINE_WORDS = 9;

  private static final Pattern TAG_LIST =
      Pattern.compile(
          "^(?i:tags?|tagged|topics?|filed under|related topics|categories|keywords)\\s*:?\\s+\\S");

  private static final int MAX_TAG_WORDS = 25;

  /** A parenthesized group at the very end of a line: a caption's credit. */
  private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]{2,80})\\)\\s*$");

  /** Words that make a short capitalized line a photo credit ("Getty Images", "AP Photo"). */
  static final Set<String> SHORT_CREDIT_WORDS =
      Set.of(
          "getty", "images", "photo", "photos", "photograph", "ap", "afp", "reuters",
          "shutterstock", "istock", "istockphoto", "courtesy", "credit", "epa", "upi");

  /** Words that start a parenthesized photo credit at the end of a caption. */
  static final Set<String> CREDIT_WORDS =
      Set.of(
          "getty", "images", "image", "photo", "photos", "photograph", "photographer", "ap",
          "afp", "reuters", "shutterstock", "istock", "istockphoto", "courtesy", "credit", "epa",
          "upi", "file", "pool", "associated", "press", "illustration");

  /** Function words a capitalized credit or byline may contain. */
  private static final Set<String> CONNECTORS =
      Set.of("and", "of", "the", "for", "via", "de", "in", "at", "&", "/", "|", "-", "—", "–");

  /** The noise lines of {@code text}, in text order; only {@code enabled} rules fire. */
  static List<Finding> find(
      String text, String title, String outlet, Set<CleaningRule> enabled) {
    return find(text, lines(text), title, outlet, enabled);
  }

  /** As {@link #find(String, String, String, Set)}, given the {@link #lines} of the text. */
  static List<Finding> find(
      String text, List<int[]> lines, String title, String outlet, Set<CleaningRule> enabled) {
    int n = lines.size();
    Finding[] found = new Finding[n];
    String titleKey = title == null ? null : TextFeatures.key(title);
    Set<CleaningRule> wrappedRules = EnumSet.noneOf(CleaningRule.class);
    for (CleaningRule rule : WRAP_SAFE) {
      if (enabled.contains(rule)) {
        wrappedRules.add(rule);
      }
    }
    boolean wrapped = isHardWrapped(text, lines);
    for (int i = 0; i < n; i++) {
      int[] line = lines.get(i);
      if (line[0] == line[1]) {
        continue;
      }
      boolean standalone = (i == 0 || isBlank(lines.get(i - 1)))
          && (i == n - 1 || isBlank(lines.get(i + 1)));
      String lineText = text.substring(line[0], line[1]);
      // A piece of a hard-wrapped paragraph is no unit of its own: "register the China
      // Democracy Party in June." must not be judged as a line that starts with "register".
      boolean piece = wrapped || continuesPrevious(text, lines, i, lineText);
      Finding finding =
          classify(lineText, standalone, titleKey, outlet, piece ? wrappedRules : enabled);
      if (finding != null) {
        found[i] = new Finding(new Span(line[0], line[1]), Dropped.Unit.LINE, finding.rule(),
            finding.detail());
      }
    }
    if (enabled.contains(CleaningRule.TWEET_TEXT)) {
      markTweetTexts(text, lines, found);
    }
    List<Finding> result = new ArrayList<>();
    for (Finding f : found) {
      if (f != null) {
        result.add(f);
      }
    }
    return result;
  }

  /**
   * The rule that drops one line, or null. The span of the returned finding is meaningless; the
   * caller sets it.
   */
  static Finding classify(
      String line, boolean standalone, String titleKey, String outlet,
      Set<CleaningRule> enabled) {
    TextUnit unit = new TextUnit(line);
    // The words themselves only for short lines: a Multi-News document is one line of hundreds.
    int n = unit.wordCount();
    boolean sentenceEnd = TextFeatures.endsLikeSentence(line);
    if (enabled.contains(CleaningRule.TITLE_REPEAT)
        && titleKey != null
        && titleKey.length() > 2
        && (" " + String.join(" ", unit.keyWords()) + " ").equals(titleKey)) {
      return finding(CleaningRule.TITLE_REPEAT, "equals the headline");
    }
    if (enabled.contains(CleaningRule.TWEET_ATTRIBUTION)
        && TWEET_ATTRIBUTION.matcher(line).find()) {
      return finding(CleaningRule.TWEET_ATTRIBUTION, "(@handle) and a date");
    }
    if (enabled.contains(CleaningRule.PROMO_LABEL) && n <= MAX_PROMO_WORDS) {
      Matcher m = PROMO_LABEL.matcher(line);
      if (m.find()) {
        return finding(CleaningRule.PROMO_LABEL, "label '" + m.group() + "'");
      }
    }
    String detail;
    if (enabled.contains(CleaningRule.COPYRIGHT)
        && (detail = NoiseTests.copyright(unit)) != null) {
      return finding(CleaningRule.COPYRIGHT, detail);
    }
    if (enabled.contains(CleaningRule.CONTACT) && (detail = NoiseTests.contact(unit)) != null) {
      return finding(CleaningRule.CONTACT, detail);
    }
    if (enabled.contains(CleaningRule.DATELINE)
        && (detail = NoiseTests.dateline(unit)) != null) {
      return finding(CleaningRule.DATELINE, detail);
    }
    if (enabled.contains(CleaningRule.BYLINE) && !sentenceEnd && n <= MAX_BYLINE_WORDS
        && BYLINE.matcher(line).find() && capitalizedShare(unit.words(), 1) == 1.0) {
      return finding(CleaningRule.BYLINE, "'By' and " + (n - 1) + " capitalized words");
    }
    if (enabled.contains(CleaningRule.TAG_LIST) && !sentenceEnd && n <= MAX_TAG_WORDS
        && TAG_LIST.matcher(line).find() && capitalizedShare(unit.words(), 1) >= 0.6) {
      return finding(CleaningRule.TAG_LIST, "tag label and " + (n - 1) + " words");
    }
    if (enabled.contains(CleaningRule.PHOTO_CREDIT) && (detail = credit(line, unit, outlet))
        != null) {
      return finding(CleaningRule.PHOTO_CREDIT, detail);
    }
    if (enabled.contains(CleaningRule.LINK_DENSE) && (detail = NoiseTests.linkDense(unit))
        != null) {
      return finding(CleaningRule.LINK_DENSE, detail);
    }
    if (enabled.contains(CleaningRule.CALL_TO_ACTION)
        && (detail = NoiseTests.callToAction(unit)) != null) {
      return finding(CleaningRule.CALL_TO_ACTION, detail);
    }
    if (enabled.contains(CleaningRule.HEADING) && standalone && !sentenceEnd
        && n <= MAX_HEADING_WORDS) {
      return finding(CleaningRule.HEADING, n + " words, stand-alone, no sentence end");
    }
    return null;
  }

  /**
   * A credit-only line ("Getty Images", "Photo: Jane Doe") or a caption ending in a credit: a
   * parenthesized "Name/Outlet", a group starting with a credit word, the article's own outlet,
   * or capitalized words right after the caption's last sentence end.
   */
  private static String credit(String line, TextUnit unit, String outlet) {
    int n = unit.wordCount();
    if (n <= 8 && !TextFeatures.endsLikeSentence(line)
        && capitalizedShare(unit.words(), 0) == 1.0) {
      for (String word : unit.keyWords()) {
        if (SHORT_CREDIT_WORDS.contains(word)) {
          return "short capitalized line with '" + word + "'";
        }
      }
    }
    if (n > MAX_CAPTION_WORDS) {
      return null;
    }
    if (line.charAt(line.length() - 1) != ')') {
      return null;
    }
    Matcher m = TRAILING_PARENS.matcher(line);
    if (!m.find()) {
      return null;
    }
    String inner = m.group(1).strip();
    String[] innerWords = TextFeatures.words(inner);
    if (innerWords.length > 10) {
      return null;
    }
    if (inner.matches("[^/\\s][^/]*\\S\\s*/\\s*\\S.*")) {
      return "caption ending in a credit '(" + inner + ")'";
    }
    String innerKey = TextFeatures.key(inner);
    String first = innerKey.strip().split(" ")[0];
    if (CREDIT_WORDS.contains(first)) {
      return "caption ending in a credit '(" + inner + ")'";
    }
    if (outlet != null && innerKey.equals(TextFeatures.key(outlet))) {
      return "caption ending in the outlet's name '(" + inner + ")'";
    }
    String before = line.substring(0, m.start()).strip();
    if (!before.isEmpty() && TextFeatures.endsLikeSentence(before)
        && innerWords.length <= 6 && capitalizedShare(innerWords, 0) == 1.0) {
      return "caption ending in a capitalized credit '(" + inner + ")'";
    }
    return null;
  }

  /** Share of the words from index {@code from} on that are capitalized or connectors. */
  static double capitalizedShare(String[] words, int from) {
    int counted = 0;
    int capitalized = 0;
    for (int i = from; i < words.length; i++) {
      String bare = words[i].replaceAll("[,;:.]+$", "");
      counted++;
      if (TextFeatures.isCapitalized(bare) || CONNECTORS.contains(bare.toLowerCase())) {
        capitalized++;
      }
    }
    return counted == 0 ? 0 : (double) capitalized / counted;
  }

  /** The line above each tweet attribution is the tweet's text. */
  private static void markTweetTexts(String text, List<int[]> lines, Finding[] found) {
    for (int i = 0; i < lines.size(); i++) {
      if (found[i] == null || found[i].rule() != CleaningRule.TWEET_ATTRIBUTION) {
        continue;
      }
      int j = i - 1;
      int skipped = 0;
      while (j >= 0 && skipped < TWEET_LOOKBACK
          && (isBlank(lines.get(j)) || found[j] != null)) {
        j--;
        skipped++;
      }
      if (j >= 0 && !isBlank(lines.get(j)) && found[j] == null) {
        int[] line = lines.get(j);
        int words = TextFeatures.wordCount(text.substring(line[0], line[1]));
        if (words <= MAX_TWEET_WORDS) {
          found[j] = new Finding(new Span(line[0], line[1]), Dropped.Unit.LINE,
              CleaningRule.TWEET_TEXT, "line above a tweet attribution");
        }
      }
    }
  }

  /**
   * Whether the text is hard-wrapped: at least {@value #MIN_WRAPPED_LINES} lines, and at least
   * {@value #MIN_WRAPPED_SHARE} of its non-blank lines, are long ({@value #MIN_WRAPPED_CHARS}+
   * characters), end without a sentence end and run on into a next non-blank line. A menu of
   * short lines ("Home", "Local News") is not wrapping; DUC 2004's 70-column text is.
   */
  static boolean isHardWrapped(String text, List<int[]> lines) {
    int nonBlank = 0;
    int runOn = 0;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      if (isBlank(line)) {
        continue;
      }
      nonBlank++;
      if (line[1] - line[0] >= MIN_WRAPPED_CHARS
          && i + 1 < lines.size()
          && !isBlank(lines.get(i + 1))
          && !TextFeatures.endsLikeSentence(text.substring(line[0], line[1]))) {
        runOn++;
      }
    }
    return runOn >= MIN_WRAPPED_LINES && runOn >= MIN_WRAPPED_SHARE * nonBlank;
  }

  /** The line starts in lowercase right after a non-blank line that did not end a sentence. */
  private static boolean continuesPrevious(
      String text, List<int[]> lines, int i, String lineText) {
    if (i == 0 || isBlank(lines.get(i - 1))) {
      return false;
    }
    int[] previous = lines.get(i - 1);
    if (TextFeatures.endsLikeSentence(text.substring(previous[0], previous[1]))) {
      return false;
    }
    for (int k = 0; k < lineText.length(); k++) {
      char c = lineText.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /** Trimmed [start, end) of every line; blank lines have start == end. */
  static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      lines.add(s < e ? new int[] {s, e} : new int[] {start, start});
      start = end + 1;
    }
    return lines;
  }

  private static boolean isBlank(int[] line) {
    return line[0] == line[1];
  }

  private static Finding finding(CleaningRule rule, String detail) {
    return new Finding(new Span(0, 0), Dropped.Unit.LINE, rule, detail);
  }
}
