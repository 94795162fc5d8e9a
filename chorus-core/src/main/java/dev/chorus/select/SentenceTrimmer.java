package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the content-free stretches of a news sentence that a short summary can leave out without
 * changing what the sentence claims (issue #5, readability):
 *
 * <ul>
 *   <li>a trailing attribution after the last commas: "..., a senior U.S. administration official
 *       said on Saturday.", "..., said Jen Psaki, the press secretary.", "..., according to the
 *       ministry." The clause must hold a speech verb (said, says, told, added, stated, noted,
 *       reported, according to), at most {@value #MAX_TAIL_WORDS} words, no digits, and nothing
 *       that carries content of its own: no subordinating or relative word ("that", "which",
 *       "because", "after", ...), and after the verb only the time and setting words of a dateline
 *       ("on Saturday", "told reporters", "in a statement"). The sentence must end with a period
 *       and hold no quotation marks, since dropping the attribution of a quotation would leave an
 *       unattributed quote;
 *   <li>a short parenthetical in round brackets, at most {@value #MAX_PARENTHETICAL_WORDS} words
 *       and without digits: "(AP)", "(D-Calif.)", "(Andriy Dubchak/The Associated Press)". Digits
 *       stay, since a bracketed number is usually a fact ("(about $5 billion)").
 * </ul>
 *
 * What is left must keep at least {@value #MIN_KEPT_WORDS} words, so that trimming never reduces a
 * sentence to a fragment. The kept text is made of verbatim pieces of the sentence: the text before
 * the attribution and the sentence's final period (with closing brackets), around any dropped
 * parenthetical. Conservative by design: a stretch is left out only when every rule above holds.
 *
 * <p>Stateless and thread-safe; O(n) in the sentence's length.
 */
public final class SentenceTrimmer {

  static final int MIN_KEPT_WORDS = 8;
  static final int MAX_TAIL_WORDS = 12;
  static final int MAX_PARENTHETICAL_WORDS = 8;

  /** How many commas from the end a trailing attribution may start after. */
  private static final int MAX_TAIL_COMMAS = 3;

  private static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "added", "stated", "noted", "reported", "according");

  /** Words that give a clause content of its own: then it is not a bare attribution. */
  private static final Set<String> CONTENT_MARKERS =
      Set.of(
          "that", "which", "who", "whom", "whose", "because", "if", "while", "although", "though",
          "when", "after", "before", "as", "since", "unless", "until", "but", "not", "never", "no",
          "would", "will", "could", "should", "may", "might", "can", "to", "than", "whether");

  /** What may follow the speech verb: the setting and time of the statement. */
  private static final Set<String> SETTING_WORDS =
      Set.of(
          "on", "in", "at", "a", "an", "the", "late", "early", "earlier", "later", "this", "last",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week",
          "weekend", "month", "year", "reporters", "journalists", "statement", "interview",
          "briefing", "call", "conference", "press", "news", "email", "emailed", "phone",
          "telephone", "told", "us", "u.s.", "cnn", "fox", "nbc", "cbs", "abc", "reuters", "ap");

  /**
   * The pieces of {@code text} to keep, as offsets into {@code text}, ascending: {@code [0,
   * length)} alone when nothing can be left out.
   */
  public List<Span> keep(String text) {
    List<Span> dropped = new ArrayList<>();
    int tailEnd = text.length();
    Span tail = trailingAttribution(text);
    if (tail != null) {
      dropped.add(tail);
      tailEnd = tail.start();
    }
    int from = 0;
    while (true) {
      Span bracket = parenthetical(text, from, tailEnd);
      if (bracket == null) {
        break;
      }
      dropped.add(bracket);
      from = bracket.end();
    }
    if (dropped.isEmpty()) {
      return List.of(new Span(0, text.length()));
    }
    dropped.sort(null);
    List<Span> kept = new ArrayList<>();
    int start = 0;
    for (Span d : dropped) {
      if (d.start() > start) {
        kept.add(new Span(start, d.start()));
      }
      start = d.end();
    }
    if (start < text.length()) {
      kept.add(new Span(start, text.length()));
    }
    int words = 0;
    for (Span k : kept) {
      words += Budget.countWords(k.of(text));
    }
    return words >= MIN_KEPT_WORDS ? kept : List.of(new Span(0, text.length()));
  }

  /**
   * The trailing attribution to drop, from its comma to the final period (exclusive), or null.
   */
  private static Span trailingAttribution(String text) {
    int period = finalPeriod(text);
    if (period < 0 || hasQuotes(text)) {
      return null;
    }
    int commas = 0;
    int depth = 0;
    for (int i = period - 1; i > 0 && commas < MAX_TAIL_COMMAS; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == ']') {
        depth++;
      } else if (c == '(' || c == '[') {
        depth--;
      } else if (c == ',' && depth == 0) {
        commas++;
        if (isAttribution(text.substring(i + 1, period))) {
          // Leave out the spaces before the comma too: "region , a" keeps "region".
          int start = i;
          while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
          }
          return new Span(start, period);
        }
      }
    }
    return null;
  }

  /** Whether {@code clause} (text between a comma and the final period) is a bare attribution. */
  static boolean isAttribution(String clause) {
    String[] original = clause.strip().split("[\\s,]+");
    String[] words = clause.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
    if (words.length < 2 || words.length > MAX_TAIL_WORDS) {
      return false;
    }
    int verb = -1;
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (w.isEmpty() || w.chars().anyMatch(Character::isDigit) || CONTENT_MARKERS.contains(w)) {
        // "according to" is the one place "to" belongs to an attribution.
        if (!(w.equals("to") && k > 0 && words[k - 1].equals("according"))) {
          return false;
        }
      }
      if (verb < 0 && SPEECH_VERBS.contains(w)) {
        verb = k;
      }
    }
    if (verb < 0) {
      return false;
    }
    if (words[verb].equals("according")) {
      // "according to <source>": the source follows and ends the sentence.
      return verb == 0 && words.length >= 3 && words[1].equals("to");
    }
    if (verb == 0) {
      // "said Jen Psaki, the press secretary": the speaker, a name, follows the verb ("says a lot
      // about him" is no attribution).
      for (int k = 1; k < original.length; k++) {
        if (!original[k].isEmpty() && Character.isUpperCase(original[k].charAt(0))) {
          return true;
        }
      }
      return false;
    }
    // "<speaker> said on Saturday": only the setting may follow the verb.
    for (int k = verb + 1; k < words.length; k++) {
      if (!SETTING_WORDS.contains(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** The next short parenthetical in {@code [from, to)} with the spaces before it, or null. */
  private static Span parenthetical(String text, int from, int to) {
    int open = text.indexOf('(', from);
    while (open > 0 && open < to) {
      int close = text.indexOf(')', open);
      if (close < 0 || close >= to) {
        return null;
      }
      String inside = text.substring(open + 1, close);
      if (inside.indexOf('(') < 0
          && inside.chars().noneMatch(Character::isDigit)
          && Budget.countWords(inside) <= MAX_PARENTHETICAL_WORDS
          && !inside.isBlank()) {
        int start = open;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        // The space after it stays: "Foo (AP) bar" keeps "Foo" and " bar".
        return new Span(start, close + 1);
      }
      open = text.indexOf('(', close);
    }
    return null;
  }

  /** The index of the final period, followed only by closing brackets and spaces; else -1. */
  private static int finalPeriod(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.') {
        return i;
      }
      if (!(c == ')' || c == ']' || Character.isWhitespace(c))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean hasQuotes(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
  }
}
