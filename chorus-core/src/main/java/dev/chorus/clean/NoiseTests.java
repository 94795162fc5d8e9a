package dev.chorus.clean;

import dev.chorus.clean.PhraseMatcher.Match;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests behind the cleaning rules that apply alike to a line and to a sentence. Each returns
 * the detail to report when the rule fires, or {@code null} when it does not.
 *
 * <p>Word caps keep every rule from firing on a long unit: page furniture is short, and a long
 * paragraph that happens to contain "copyright" or an e-mail address is most likely article text.
 * Pure functions over immutable constants; thread-safe.
 */
final class NoiseTests {

  private NoiseTests() {}

  /** Longest unit (words) the phrase-list rule {@link CleaningRule#BOILERPLATE} drops. */
  static final int MAX_BOILERPLATE_WORDS = 50;

  /** Longest unit the call-to-action rule drops. */
  static final int MAX_CALL_TO_ACTION_WORDS = 15;

  /** Longest unit the copyright rule drops for a reprint phrase. */
  static final int MAX_COPYRIGHT_WORDS = 40;

  /**
   * Longest unit the copyright rule drops for "©" or "Copyright 2023" alone: longer ones are
   * mostly a notice glued to the first sentence of the article.
   */
  static final int MAX_COPYRIGHT_MARK_WORDS = 15;

  /** Longest unit the contact rule drops for a contact phrase. */
  static final int MAX_CONTACT_WORDS = 25;

  /** Longest unit the contact rule drops for an e-mail address alone. */
  static final int MAX_EMAIL_WORDS = 12;

  /** Longest unit the link-density rule drops; longer ones with a link are prose. */
  static final int MAX_LINK_DENSE_WORDS = 40;

  /** Longest unit the dateline rule drops. */
  static final int MAX_DATELINE_WORDS = 16;

  private static final Pattern COPYRIGHT_YEAR =
      Pattern.compile("(?i)(?:\\bcopyright\\b\\s*(?:©|\\(c\\))?\\s*\\d{4}|\\(c\\)\\s*\\d{4})");

  private static final Set<String> DATELINE_FILLER =
      Set.of(
          "updated", "update", "published", "posted", "last", "modified", "first", "at", "on",
          "and", "the", "of", "by", "et", "edt", "est", "gmt", "utc", "bst", "pt", "pdt", "pst",
          "ct", "cdt", "cst");

  private static final Set<String> OUTLET_PROMO_WORDS =
      Set.of("live", "air", "online", "stream", "streaming", "tonight", "app", "website",
          "newsletter", "coverage", "download", "follow", "watch", "subscribe");

  /** Page furniture from {@link NoisePhrases#BOILERPLATE} in a unit of at most 50 words. */
  static String boilerplate(TextUnit unit) {
    if (unit.wordCount() > MAX_BOILERPLATE_WORDS) {
      return null;
    }
    Match match = NoisePhrases.BOILERPLATE.find(unit);
    return match == null ? null : match.phrase().label() + ": '" + match.phrase().text() + "'";
  }

  /** A unit of at most 15 words that starts with a call to action. */
  static String callToAction(TextUnit unit) {
    if (unit.wordCount() > MAX_CALL_TO_ACTION_WORDS) {
      return null;
    }
    Match match = NoisePhrases.CALL_TO_ACTION.findAtStart(unit);
    return match == null ? null : "starts with '" + match.phrase().text() + "'";
  }

  /** "©", "Copyright 2023" or "(c) 2023" in at most 15 words, a reprint phrase in at most 40. */
  static String copyright(TextUnit unit) {
    String text = unit.text();
    int words = unit.wordCount();
    if (words > MAX_COPYRIGHT_WORDS) {
      return null;
    }
    if (words <= MAX_COPYRIGHT_MARK_WORDS) {
      if (text.indexOf('©') >= 0) {
        return "'©'";
      }
      if (mayHoldCopyrightYear(text)) {
        Matcher year = COPYRIGHT_YEAR.matcher(text);
        if (year.find()) {
          return "'" + year.group() + "'";
        }
      }
    }
    Match match = NoisePhrases.COPYRIGHT.find(unit);
    return match == null ? null : "'" + match.phrase().text() + "'";
  }

  /**
   * A necessary condition for a match of {@link #COPYRIGHT_YEAR} in {@code text}, much cheaper
   * than the search (issue #5): each alternative holds "(" or the letters of "copyright" (ASCII
   * case ignored, as {@code (?i)} does), which then occur in the lowercased text as well.
   */
  static boolean mayHoldCopyrightYear(String text) {
    if (text.indexOf('(') >= 0) {
      return true;
    }
    return TextFeatures.lowerCase(text).contains("copyright");
  }

  /** An e-mail address in at most 12 words, or a contact phrase in at most 25. */
  static String contact(TextUnit unit) {
    int words = unit.wordCount();
    if (words > MAX_CONTACT_WORDS) {
      return null;
    }
    if (words <= MAX_EMAIL_WORDS && unit.text().indexOf('@') >= 0
        && TextFeatures.EMAIL.matcher(unit.text()).find()) {
      return "e-mail address";
    }
    Match match = NoisePhrases.CONTACT.find(unit);
    return match == null ? null : "'" + match.phrase().text() + "'";
  }

  /**
   * At least a third of at most 40 words are links, handles, hashtags or e-mail addresses: {@code
   * "By @someone https://t.co/x"}, "#lol #laughitsgood", but not "Amazon.com declined to
   * comment."
   */
  static String linkDense(TextUnit unit) {
    int words = unit.wordCount();
    if (words == 0 || words > MAX_LINK_DENSE_WORDS) {
      return null;
    }
    int links = unit.linkCount();
    return links > 0 && 3 * links >= words ? "links " + links + " of " + words + " words" : null;
  }

  /**
   * A dateline or time stamp: at most 16 words with a date or a clock time where, once dates,
   * times, weekdays and filler ("updated", "published", "at", ...) are removed, at most five words
   * remain and all are capitalized (an outlet's name: "- The Washington Times - Saturday, January
   * 8, 2022", "— Updated at 2:18 p.m.", "Published March 12, 2026 at 4:45 PM").
   */
  static String dateline(TextUnit unit) {
    String text = unit.text();
    if (unit.wordCount() > MAX_DATELINE_WORDS || !hasDigit(text)) {
      return null;
    }
    Matcher m = TextFeatures.DATE_OR_TIME.matcher(text).useTransparentBounds(true);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    boolean dateOrTime = false;
    // The matches of m.find(), searched only at the starts of words (issue #5).
    BitSet starts = TextFeatures.DATE_OR_TIME_STARTS.candidates(text, null);
    while (InlineRules.findFiltered(m, starts, last, text.length())) {
      // A bare weekday ("Monday") is no time stamp; a date or a clock time is.
      if (m.group().chars().anyMatch(Character::isDigit)) {
        dateOrTime = true;
      }
      rest.append(text, last, m.start()).append(' ');
      last = m.end();
    }
    if (!dateOrTime) {
      return null;
    }
    rest.append(text.substring(last));
    int remaining = 0;
    for (String word : TextFeatures.key(rest.toString()).strip().split(" ")) {
      if (word.isEmpty() || DATELINE_FILLER.contains(word)) {
        continue;
      }
      remaining++;
    }
    if (remaining > 5) {
      return null;
    }
    // Whatever is left (an outlet's name) must be capitalized: "is", "said" mean a sentence.
    for (String token : TextFeatures.words(rest.toString())) {
      String bare = token.replaceAll("[^\\p{L}\\p{N}]", "");
      if (!bare.isEmpty()
          && !DATELINE_FILLER.contains(bare.toLowerCase(Locale.ROOT))
          && !TextFeatures.isCapitalized(bare)) {
        return null;
      }
    }
    return "date or time with " + remaining + " other words";
  }

  /**
   * The outlet promoting itself: the unit names the article's own outlet (its name without a
   * trailing "News") and a promotion word ("live", "online", "app", ...), in at most 25 words.
   */
  static String outletPromo(TextUnit unit, String outletKey) {
    if (outletKey == null || unit.wordCount() > MAX_CONTACT_WORDS) {
      return null;
    }
    String key = " " + String.join(" ", unit.keyWords()) + " ";
    if (!key.contains(outletKey)) {
      return null;
    }
    for (String word : unit.keyWords()) {
      if (OUTLET_PROMO_WORDS.contains(word)) {
        return "own outlet and '" + word + "'";
      }
    }
    return null;
  }

  /** Whether {@code text} holds a {@link Character#isDigit} character. */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // The ASCII answer inline: the call costs more than the test, and most characters are ASCII.
      if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key form of an outlet's name as it appears in its own promos: without a leading "The"
   * and a trailing "News", e.g. {@code " coastline 9 "}; null when unknown or too short to be
   * distinctive.
   */
  static String outletKey(String outlet) {
    if (outlet == null) {
      return null;
    }
    String key = TextFeatures.key(outlet);
    if (key.startsWith(" the ")) {
      key = key.substring(4);
    }
    if (key.endsWith(" news ")) {
      key = key.substring(0, key.length() - 5);
    }
    return key.strip().length() < 4 ? null : key;
  }
}
