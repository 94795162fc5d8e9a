package dev.chorus.compare;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds direct quotations in articles, attributes them to speakers, and merges the copies that
 * several outlets print.
 *
 * <p><b>Quotations.</b> Each line (paragraph) is scanned for quotation marks: curly and angle
 * marks tell opening from closing, a straight {@code "} opens when no quotation is open and closes
 * otherwise. Two conventions of news copy are honoured: a quotation that runs over several
 * paragraphs leaves the earlier ones unclosed (an opening mark at a paragraph start that is never
 * closed quotes the rest of the paragraph), and a closing mark with no opening one before it in the
 * paragraph (the opening one was lost) quotes from the paragraph start. A quotation counts if it
 * has at least {@code minWords} words and lies within the article's kept sentences, so that quoted
 * tweets and captions that cleaning dropped stay out.
 *
 * <p><b>Speakers</b>, tried in this order, within the sentence that holds the quotation:
 *
 * <ol>
 *   <li>after the closing mark: {@code ,” SPEAKER said/told/added ...} (an appositive after a
 *       comma is cut: "Nasser al-Ansi, an ideologue, said" gives "Nasser al-Ansi"), {@code ,” said
 *       SPEAKER} (not with "told", whose object is the listener), {@code ,” according to SPEAKER};
 *   <li>before the opening mark: the last reporting verb and the noun phrase before it, up to a
 *       determiner, clause word or punctuation ({@code the official said that the U.S. is “...”}),
 *       or {@code according to SPEAKER};
 *   <li>the speaker of the previous quotation when this one continues it: in the same paragraph,
 *       or opening the next paragraph.
 * </ol>
 *
 * "He" and "she" become the nearest preceding named speaker of the same article (a speaker with a
 * word the article capitalizes mid-sentence), or null if there is none; "they", "we", "it" stay
 * unresolved (null). A description ("the official") is kept as written: the article does not
 * name the person, and Chorus does not guess.
 *
 * <p><b>Copies.</b> Quotations are compared on their word 3-shingles (lowercased, punctuation and
 * hyphens removed, so "co-ordination" matches "coordination"); two are the same quotation when
 * {@value #SAME_QUOTE} of the smaller one's shingles are in the other, which also merges an
 * excerpt with its longer version. Merging is transitive (union-find).
 *
 * <p>Linear in the text for finding; O(Q²·L) for merging Q quotations of L words. Thread-safe
 * (immutable).
 */
final class Quotes {

  static final int NOT_A_MARK = 0;
  static final int OPENING = 1;
  static final int CLOSING = 2;
  static final int EITHER = 3;

  /** Share of the smaller quotation's shingles found in the other for them to be one quotation. */
  static final double SAME_QUOTE = 0.7;

  private static final int MAX_SPEAKER_WORDS = 10;
  private static final int MAX_VERB_DISTANCE = 12;

  private static final Set<String> VERBS =
      Set.of(
          "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote",
          "writes", "explained", "explains", "noted", "notes", "stated", "states", "declared",
          "announced", "continued", "argued", "argues", "insisted", "insists", "warned", "warns",
          "stressed", "acknowledged", "recalled", "tweeted", "posted", "claimed", "claims",
          "replied", "responded", "conceded", "admitted", "predicted", "concluded", "cautioned",
          "complained", "suggested", "urged", "remarked", "observed", "joked", "testified",
          "emphasized", "emphasised", "agreed", "lamented", "quipped", "reiterated");

  /** Verbs that may precede their subject: {@code ,” said the official}. */
  private static final Set<String> INVERTED_VERBS =
      Set.of(
          "said", "says", "added", "adds", "asked", "wrote", "explained", "noted", "continued",
          "argued", "insisted", "warned", "recalled", "replied", "quipped", "stated", "declared",
          "concluded", "remarked", "observed", "joked");

  /** Words that end a speaker phrase read backwards from its verb, or forwards after it. */
  private static final Set<String> BOUNDARIES =
      Set.of(
          "that", "and", "but", "or", "which", "who", "whom", "whose", "when", "while", "as", "if",
          "because", "after", "before", "so", "where", "with", "since", "although", "though",
          "on", "in", "at", "during", "to", "from", "by", "for", "about", "than", "then", "is",
          "was", "are", "were", "be", "been", "being", "this", "these", "those", "what", "how",
          "why", "not", "no", "yet", "also", "still", "even", "just", "only");

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another");

  /** Words between a speaker and the verb that belong to neither. */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "also", "later", "then", "has", "had", "have", "would", "will", "once", "again",
          "further", "previously", "earlier", "reportedly", "did", "does", "do");

  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
          "yesterday", "tonight", "tomorrow", "last", "earlier", "later", "this", "next",
          "recently", "previously", "on", "in", "at", "during", "after", "before", "when", "that",
          "of", "to", "with", "while", "and", "but", "he", "she", "they", "it", "we", "i", "you");

  private static final Set<String> RESOLVED_PRONOUNS = Set.of("he", "she");
  private static final Set<String> UNRESOLVED =
      Set.of("they", "we", "i", "it", "you", "who", "which", "that", "him", "her", "them", "one");

  /**
   * A quotation in one article.
   *
   * @param document index of the article
   * @param span offsets of the quoted words in the article text
   * @param text the quoted words
   * @param speaker who said them, or null
   * @param named whether the speaker is named (not just described)
   * @param line the paragraph (line number) the quotation starts in
   */
  record Found(int document, Span span, String text, String speaker, boolean named, int line) {}

  private final int minWords;

  Quotes(int minWords) {
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be >= 1, was " + minWords);
    }
    this.minWords = minWords;
  }

  static int markKind(char c) {
    return switch (c) {
      case '“', '„', '«' -> OPENING;
      case '”', '»' -> CLOSING;
      case '"' -> EITHER;
      default -> NOT_A_MARK;
    };
  }

  /** The quotations of one article, in text order, with their speakers. */
  List<Found> find(DocumentText doc) {
    String text = doc.text();
    List<Found> found = new ArrayList<>();
    String lastNamed = null;
    int lineStart = 0;
    int line = 0;
    int previousLine = -1; // last line with text before this one
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      for (int[] q : marks(text, lineStart, lineEnd)) {
        Span inner = trim(text, q[0], q[1]);
        if (inner == null || words(text, inner) < minWords || !doc.isKept(inner.start(),
            inner.end())) {
          continue;
        }
        Speaker speaker = speaker(doc, q[2], q[3], lineStart, lineEnd);
        String said = speaker == null ? "" : speaker.text().toLowerCase(Locale.ROOT);
        if (RESOLVED_PRONOUNS.contains(said)) {
          speaker = lastNamed == null ? null : new Speaker(lastNamed, true);
        } else if (UNRESOLVED.contains(said)) {
          speaker = null;
        }
        if (speaker == null && !found.isEmpty()) {
          Found previous = found.get(found.size() - 1);
          boolean opensLine = text.substring(lineStart, Math.max(lineStart, q[2])).isBlank();
          if (previous.line() == line || (previous.line() == previousLine && opensLine)) {
            speaker =
                previous.speaker() == null ? null : new Speaker(previous.speaker(),
                    previous.named());
          }
        }
        if (speaker != null && speaker.named()) {
          lastNamed = speaker.text();
        }
        found.add(
            new Found(
                doc.index(), inner, inner.of(text), speaker == null ? null : speaker.text(),
                speaker != null && speaker.named(), line));
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        previousLine = line;
      }
      lineStart = lineEnd + 1;
      line++;
    }
    return found;
  }

  /**
   * The quotations of one line: {start, end, openingMark, closingMark} per quotation, where the
   * marks are -1 when absent.
   */
  private static List<int[]> marks(String text, int lineStart, int lineEnd) {
    List<int[]> quotes = new ArrayList<>();
    int open = -1;
    boolean sawMark = false;
    for (int i = lineStart; i < lineEnd; i++) {
      int kind = markKind(text.charAt(i));
      if (kind == NOT_A_MARK) {
        continue;
      }
      if (kind == OPENING || (kind == EITHER && open < 0)) {
        open = i;
      } else if (open >= 0) {
        quotes.add(new int[] {open + 1, i, open, i});
        open = -1;
      } else if (!sawMark) {
        quotes.add(new int[] {lineStart, i, -1, i});
      }
      sawMark = true;
    }
    if (open >= 0 && text.substring(lineStart, open).isBlank()) {
      quotes.add(new int[] {open + 1, lineEnd, open, -1});
    }
    return quotes;
  }

  /** The span without surrounding whitespace and a trailing comma; null if nothing is left. */
  private static Span trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  private static int words(String text, Span span) {
    int words = 0;
    for (Token t : Tokens.of(text, span.start(), span.end())) {
      if (t.isWord()) {
        words++;
      }
    }
    return words;
  }

  private record Speaker(String text, boolean named) {}

  /** The speaker of the quotation with the given marks (-1 when absent), or null. */
  private Speaker speaker(DocumentText doc, int openMark, int closeMark, int lineStart,
      int lineEnd) {
    String text = doc.text();
    if (closeMark >= 0) {
      List<Token> after = new ArrayList<>();
      for (Token t : Tokens.of(text, closeMark + 1, lineEnd)) {
        if (isSentenceEnd(t) || markKind(t.text().charAt(0)) != NOT_A_MARK) {
          break;
        }
        after.add(t);
      }
      Speaker s = speakerAfter(doc, after);
      if (s != null) {
        return s;
      }
    }
    if (openMark >= 0) {
      List<Token> before = Tokens.of(text, lineStart, openMark);
      int from = 0;
      for (int k = 0; k < before.size(); k++) {
        Token t = before.get(k);
        if (isSentenceEnd(t) || markKind(t.text().charAt(0)) != NOT_A_MARK) {
          from = k + 1;
        }
      }
      return speakerBefore(doc, before.subList(from, before.size()));
    }
    return null;
  }

  private static boolean isSentenceEnd(Token t) {
    return t.is('.') || t.is('!') || t.is('?') || t.is('…');
  }

  private Speaker speakerAfter(DocumentText doc, List<Token> after) {
    int k = 0;
    while (k < after.size() && !after.get(k).isWord()) {
      k++; // the comma after the closing mark, a dash
    }
    List<Token> a = after.subList(k, after.size());
    if (a.isEmpty()) {
      return null;
    }
    if (a.size() > 1 && a.get(0).lower().equals("according") && a.get(1).lower().equals("to")) {
      return phrase(doc, forward(a, 2));
    }
    for (int v = 0; v < Math.min(a.size(), MAX_VERB_DISTANCE); v++) {
      String w = a.get(v).lower();
      if (!VERBS.contains(w)) {
        continue;
      }
      if (v == 0) {
        return INVERTED_VERBS.contains(w) ? phrase(doc, forward(a, 1)) : null;
      }
      List<Token> subject = new ArrayList<>();
      for (Token t : a.subList(0, v)) {
        if (t.is(',') || t.is('(')) {
          break; // "Nasser al-Ansi, an ideologue, said": the name before the appositive
        }
        if (!t.isWord() && !t.is('-') && !t.is('’') && !t.is('\'')) {
          return null;
        }
        subject.add(t);
      }
      while (!subject.isEmpty()
          && AUXILIARIES.contains(subject.get(subject.size() - 1).lower())) {
        subject.remove(subject.size() - 1);
      }
      if (subject.isEmpty() || BOUNDARIES.contains(subject.get(0).lower())) {
        return null;
      }
      return phrase(doc, subject);
    }
    return null;
  }

  private Speaker speakerBefore(DocumentText doc, List<Token> before) {
    for (int v = before.size() - 1; v >= 0; v--) {
      String w = before.get(v).lower();
      if (w.equals("according") && v + 1 < before.size()
          && before.get(v + 1).lower().equals("to")) {
        return phrase(doc, forward(before, v + 2));
      }
      if (!VERBS.contains(w)) {
        continue;
      }
      int k = v - 1;
      while (k >= 0 && AUXILIARIES.contains(before.get(k).lower())) {
        k--;
      }
      List<Token> subject = new ArrayList<>();
      for (; k >= 0 && subject.size() < MAX_SPEAKER_WORDS; k--) {
        Token t = before.get(k);
        String lower = t.lower();
        if (!t.isWord() || BOUNDARIES.contains(lower) || VERBS.contains(lower)) {
          break;
        }
        subject.add(0, t);
        if (DETERMINERS.contains(lower)) {
          break;
        }
      }
      return phrase(doc, subject);
    }
    return null;
  }

  /** The noun phrase from {@code from}: words up to punctuation or a clause or time word. */
  private static List<Token> forward(List<Token> tokens, int from) {
    List<Token> phrase = new ArrayList<>();
    for (int k = from; k < tokens.size() && phrase.size() < MAX_SPEAKER_WORDS; k++) {
      Token t = tokens.get(k);
      String lower = t.lower();
      if (!t.isWord() || (!phrase.isEmpty() && BOUNDARIES.contains(lower))) {
        break;
      }
      if (phrase.isEmpty() && TIME_WORDS.contains(lower)) {
        if (RESOLVED_PRONOUNS.contains(lower)) {
          phrase.add(t); // "said he"
        }
        break;
      }
      phrase.add(t);
    }
    return phrase;
  }

  /** The speaker covering these tokens verbatim, or null if they cannot be one. */
  private static Speaker phrase(DocumentText doc, List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > MAX_SPEAKER_WORDS) {
      return null;
    }
    boolean content = false;
    boolean named = false;
    for (Token t : tokens) {
      String lower = t.lower();
      if (!DETERMINERS.contains(lower)) {
        content = true;
      }
      if (t.isCapitalized() && !t.isDottedAcronym() && !DETERMINERS.contains(lower)
          && doc.isName(lower)) {
        named = true;
      }
    }
    if (!content) {
      return null;
    }
    String text =
        doc.text().substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    return new Speaker(text, named);
  }

  /**
   * Merges the quotations that are copies of one another into one group each, in story order of
   * their first member.
   */
  static List<List<Found>> groups(List<Found> quotes) {
    int n = quotes.size();
    List<Set<String>> shingles = new ArrayList<>(n);
    for (Found q : quotes) {
      shingles.add(shingles(q.text()));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (same(shingles.get(i), shingles.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    List<List<Found>> groups = new ArrayList<>();
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (groupOf[root] < 0) {
        groupOf[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOf[root]).add(quotes.get(i));
    }
    return groups;
  }

  /** The member shown for a group: the longest version, the earliest among equals. */
  static Found representative(List<Found> group) {
    return group.stream()
        .max(
            Comparator.comparingInt((Found q) -> q.text().length())
                .thenComparing(Comparator.comparingInt(Found::document).reversed())
                .thenComparing(Comparator.comparingInt((Found q) -> q.span().start()).reversed()))
        .orElseThrow();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean same(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return shared >= SAME_QUOTE * small.size();
  }

  /** Word 3-shingles of a quotation, normalized as in the class comment. */
  static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (Token t : Tokens.of(text)) {
      if (!t.isWord()) {
        continue;
      }
      StringBuilder w = new StringBuilder();
      t.lower().codePoints().filter(Character::isLetterOrDigit).forEach(w::appendCodePoint);
      if (w.length() > 0) {
        words.add(w.toString());
      }
    }
    Set<String> shingles = new LinkedHashSet<>();
    if (words.size() < 3) {
      shingles.add(String.join(" ", words));
      return shingles;
    }
    for (int i = 0; i + 3 <= words.size(); i++) {
      shingles.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
    }
    return new HashSet<>(shingles);
  }
}
