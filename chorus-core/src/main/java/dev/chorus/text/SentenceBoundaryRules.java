package dev.chorus.text;

import dev.chorus.model.Span;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based repairs of a statistical sentence detector's output for English news text.
 *
 * <p>The UD English (EWT) sentence model breaks after every token that ends in a period, unless its
 * context features say otherwise, and has no abbreviation dictionary. On news it wrongly splits
 * "Sen. | John Smith", "Jan. | 8", "J. | R. Smith", "then-U.S. | president", "Why? | he asked", and
 * it leaves a space-separated closing quote ({@code . "}) at the start of the next sentence. These
 * rules run over the model's pieces of one paragraph, in order:
 *
 * <ol>
 *   <li><b>Closing quote.</b> If the next piece starts with a token made only of closing quotes or
 *       brackets ({@code ” ’ '' ) ] »}, or a straight {@code "} when the paragraph so far holds an
 *       odd number of straight double quotes), that token moves to the current sentence.
 *   <li><b>Punctuation only.</b> A next piece without any letter or digit joins the sentence.
 *   <li><b>Lowercase continuation.</b> If the next piece starts with a lowercase letter, it
 *       continues the sentence (English sentences start with a capital; "iPhone"-like words,
 *       lowercase then uppercase, are exempt). In <em>case-folded</em> text (see {@link
 *       #isCaseFolded}), which Multi-News capitalised only after periods, this holds only after a
 *       period; and after a just-moved closing quote, only when a reporting verb follows ("...
 *       that? " lee said" continues; "... die. " it started" does not).
 *   <li><b>Abbreviations.</b> If the current sentence ends with an abbreviation, the break is
 *       removed when: the abbreviation is a title ("Mr.", "Dr.", "Sen.", "Gen.", ... and "vs.",
 *       "e.g.", "i.e."): unless a common sentence starter follows (a title precedes a name, but
 *       "Hun Sen. A police general" ends with a name); a numbering word ("No.", "Vol.", "pp."):
 *       when the next piece starts with a digit; a month ("Jan.", "Sept."): when a digit or a
 *       proper word follows; a name or company suffix ("Inc.", "Co.", "Jr.", "St."), an acronym
 *       with inner periods ("U.S.", "u.n.", "D.C.", "p.m.", also after a hyphen as in "then-U.S.")
 *       or a one-letter initial ("J."): when a <em>proper word</em> follows. Any of these, and
 *       AP-style state abbreviations ("Fla.", "Calif."), also join an opening parenthesis or a
 *       dash, as in the datelines "RALEIGH, N.C. (AP) — Shortly after" and "Dover, fla. — the".
 *       Abbreviations match case-insensitively, because Multi-News text is lowercased.
 *   <li><b>Acronym before a strong sentence starter.</b> Inside a sentence, an acronym followed by
 *       a capitalised pronoun, article or discourse word ("U.S. The", "D.C. It", "u.s. But") is a
 *       sentence break the model missed: the sentence is split there.
 * </ol>
 *
 * <p>A <em>proper word</em> starts with an uppercase letter and is not a common sentence starter
 * (articles, pronouns, conjunctions, prepositions, sentence adverbs: see {@link #STARTERS}). So
 * "the U.S. Embassy" and "the u.s. Employment situation" (Multi-News capitalises what its own
 * splitter wrongly took as a sentence start) stay one sentence, while "talks with the U.S. The next
 * day" is two. This is a heuristic: "Apple Inc. Shares rose" stays joined, and a sentence that
 * really ends in "U.S." before a proper noun ("...for the U.S. Russia replied") is joined. Those
 * are rarer in news than the splits they repair.
 *
 * <p>Stateless; all methods are pure and thread-safe. Work is linear in the text length and only
 * inspects the tokens next to each candidate break.
 */
final class SentenceBoundaryRules {

  private enum Kind {
    /** Followed by the rest of its sentence, usually a name. */
    TITLE,
    /** Followed by a number in the same sentence. */
    NUMBERING,
    /** Followed by a day number or a proper word. */
    MONTH,
    /** Followed by a proper word when the sentence goes on. */
    NAME,
    /** A U.S. state in AP style: mid-sentence it is followed by a comma, in a dateline by "(". */
    STATE
  }

  private static final Map<String, Kind> ABBREVIATIONS = abbreviations();

  /** Below this many words, {@link #isCaseFolded} cannot tell and says no. */
  private static final int CASE_FOLD_MIN_WORDS = 30;

  /**
   * Capitalised words that commonly start an English (news) sentence: after an ambiguous
   * abbreviation they mean the sentence ended. Matched case-sensitively, whole word.
   */
  static final Set<String> STARTERS =
      words(
          "A An The This That These Those There Here Such Some Many Most Several Few All Both Each"
              + " Every Any No Other Another He She It They We I You His Her Its Their Our My Your"
              + " One And But Or Nor So Yet Still Then Now Today Yesterday Tomorrow Last Next"
              + " Earlier Later Also However Meanwhile Moreover Instead Even Only Already Indeed"
              + " Nonetheless Nevertheless Thus Hence Once In On At By As After Before During Since"
              + " Until For From With Without Under Over Among Despite Unlike According When While"
              + " Where Why How What Who Which Whether If Although Though Because Asked Not Yes"
              + " Well");

  /** The subset of {@link #STARTERS} that is never inside a (title-case) headline. */
  static final Set<String> STRONG_STARTERS =
      words(
          "The This These Those There He She It They We His Her Its Their Our But However "
              + "Meanwhile Moreover Nonetheless Nevertheless");

  private static final String OPENERS = "\"'`‘“«([{";
  private static final String CLOSERS = "”’»)]}";

  private SentenceBoundaryRules() {}

  /**
   * Splits {@code text} into paragraphs at blank lines (lines holding only whitespace).
   *
   * @return flattened {@code [start0, end0, start1, end1, ...]}, untrimmed, possibly blank
   */
  static int[] paragraphs(String text) {
    IntBuffer bounds = new IntBuffer();
    int n = text.length();
    int paragraphStart = 0;
    CharCursor lineFeeds = new CharCursor(text, '\n');
    CharCursor carriageReturns = new CharCursor(text, '\r');
    int i = nextLineTerminator(lineFeeds, carriageReturns, 0, n);
    while (i < n) {
      int lineEnd = i;
      int next = afterLineTerminator(text, i);
      boolean blankLines = false;
      while (true) {
        int m = next;
        while (m < n && isHorizontalSpace(text.charAt(m))) {
          m++;
        }
        if (m < n && (text.charAt(m) == '\n' || text.charAt(m) == '\r')) {
          blankLines = true;
          next = afterLineTerminator(text, m);
        } else {
          break;
        }
      }
      if (blankLines) {
        bounds.add(paragraphStart);
        bounds.add(lineEnd);
        paragraphStart = next;
      }
      i = nextLineTerminator(lineFeeds, carriageReturns, next, n);
    }
    bounds.add(paragraphStart);
    bounds.add(n);
    return bounds.toArray();
  }

  /** The first '\n' or '\r' at or after {@code from}, or {@code n} if none. */
  private static int nextLineTerminator(
      CharCursor lineFeeds, CharCursor carriageReturns, int from, int n) {
    int lineFeed = lineFeeds.next(from);
    int carriageReturn = carriageReturns.next(from);
    if (lineFeed < 0) {
      return carriageReturn < 0 ? n : carriageReturn;
    }
    return carriageReturn < 0 ? lineFeed : Math.min(lineFeed, carriageReturn);
  }

  /**
   * Repairs the detector's pieces of one paragraph and appends the resulting trimmed, non-empty
   * sentence spans to {@code out}.
   *
   * @param text the whole text
   * @param pieces flattened {@code [start, end)} pairs into {@code text}, in order, not
   *     overlapping, separated by whitespace only
   * @param count number of pieces
   * @param marks what the repairs need to know of the whole {@code text} (one instance for all
   *     its paragraphs)
   */
  static void repair(String text, int[] pieces, int count, Marks marks, List<Span> out) {
    int currentStart = -1;
    int currentEnd = -1;
    // Straight double quotes in the paragraph before countedTo: their parity tells whether a
    // quote after a break opens or closes (a quotation may span several sentences).
    int countedTo = count > 0 ? pieces[0] : 0;
    int quotes = 0;
    for (int p = 0; p < count; p++) {
      int start = skipSpace(text, pieces[2 * p], pieces[2 * p + 1]);
      int end = trimEnd(text, start, pieces[2 * p + 1]);
      if (start >= end) {
        continue;
      }
      if (currentStart < 0) {
        currentStart = start;
        currentEnd = end;
        continue;
      }
      quotes += marks.quotes.count(countedTo, currentEnd);
      countedTo = currentEnd;
      int quoteEnd = closingQuoteEnd(text, quotes % 2 == 1, start, end);
      boolean afterQuote = quoteEnd > start;
      if (afterQuote) {
        currentEnd = quoteEnd;
        start = skipSpace(text, quoteEnd, end);
        if (start >= end) {
          continue;
        }
      }
      if (continues(text, currentStart, currentEnd, start, end, marks, afterQuote)) {
        currentEnd = end;
      } else {
        emit(text, currentStart, currentEnd, marks.periods, out);
        currentStart = start;
        currentEnd = end;
      }
    }
    if (currentStart >= 0) {
      emit(text, currentStart, currentEnd, marks.periods, out);
    }
  }

  /**
   * Whether the piece {@code [start, end)} continues the sentence {@code [from, to)}.
   *
   * @param afterQuote whether {@code [from, to)} ends with a closing quote just moved to it
   */
  private static boolean continues(
      String text, int from, int to, int start, int end, Marks marks, boolean afterQuote) {
    if (!hasLetterOrDigit(text, start, end)) {
      // Stray punctuation (" . " after a tokenized bracket, "...") is no sentence of its own.
      return true;
    }
    char first = text.charAt(start);
    boolean lowercase =
        Character.isLowerCase(first)
            && !(start + 1 < end && Character.isUpperCase(text.charAt(start + 1)));
    if (afterQuote) {
      // Case-folded text cannot tell "... die. " it started" (new sentence) from "... that? "
      // lee said" (attribution); a reporting verb right after the quote marks the latter.
      return lowercase && (!marks.caseFolded() || hasReportingVerb(text, start, end));
    }
    if (lowercase) {
      // Multi-News capitalised sentences after periods only: after '?' or '!' its sentences
      // start in lowercase ("do you use money? if so, ...").
      return !marks.caseFolded() || lastMark(text, from, to) == '.';
    }
    int tokenStart = lastTokenStart(text, from, to);
    while (tokenStart < to && OPENERS.indexOf(text.charAt(tokenStart)) >= 0) {
      tokenStart++;
    }
    if (tokenStart >= to || text.charAt(to - 1) != '.') {
      return false;
    }
    String token = text.substring(tokenStart, to);
    Kind kind = ABBREVIATIONS.get(token.toLowerCase(Locale.ROOT));
    boolean acronym = kind == null && (isAcronym(token) || isInitial(token));
    if (kind == null && !acronym) {
      return false;
    }
    if (first == '(' || isDash(text, start, end)) {
      // A dateline: "RALEIGH, N.C. (AP) — Shortly after", "Dover, fla. — the agent".
      return true;
    }
    boolean digit = Character.isDigit(first);
    boolean proper = isProperWord(text, start, end);
    if (acronym) {
      return proper;
    }
    return switch (kind) {
      case TITLE -> !startsWithWord(text, start, end, STARTERS);
      case NUMBERING -> digit;
      case MONTH -> digit || proper;
      case NAME -> proper;
      case STATE -> false;
    };
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a dash token (em or en dash, or one or two hyphens) is at {@code pos}. */
  private static boolean isDash(String text, int pos, int end) {
    int i = pos;
    while (i < end && "—–-".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i > pos && (i == end || isSpace(text.charAt(i)));
  }

  /** Appends {@code [from, to)}, split after acronyms that precede a strong starter. */
  private static void emit(String text, int from, int to, CharCursor periods, List<Span> out) {
    int sentenceStart = from;
    for (int i = periods.next(from); i >= 0 && i + 1 < to; i = periods.next(i + 1)) {
      if (!isSpace(text.charAt(i + 1))) {
        continue;
      }
      int next = skipSpace(text, i + 1, to);
      if (next >= to || !startsWithWord(text, next, to, STRONG_STARTERS)) {
        continue;
      }
      int tokenStart = lastTokenStart(text, sentenceStart, i + 1);
      while (tokenStart <= i && OPENERS.indexOf(text.charAt(tokenStart)) >= 0) {
        tokenStart++;
      }
      if (tokenStart <= i && isAcronym(text.substring(tokenStart, i + 1))) {
        out.add(new Span(sentenceStart, i + 1));
        sentenceStart = next;
      }
    }
    out.add(new Span(sentenceStart, to));
  }

  /**
   * If {@code [start, end)} opens with a closing-quote token that belongs to the sentence before
   * it, the end of that token; else {@code start}.
   *
   * @param quoteOpen whether an odd number of straight double quotes precede {@code start} in the
   *     paragraph
   */
  private static int closingQuoteEnd(String text, boolean quoteOpen, int start, int end) {
    int tokenEnd = start;
    int straightDoubles = 0;
    int apostrophes = 0;
    int closers = 0;
    while (tokenEnd < end && !isSpace(text.charAt(tokenEnd))) {
      char c = text.charAt(tokenEnd);
      if (c == '"') {
        straightDoubles++;
      } else if (c == '\'') {
        apostrophes++;
      } else if (CLOSERS.indexOf(c) >= 0) {
        closers++;
      } else if (tokenEnd == start || ".,;:!?".indexOf(c) < 0) {
        // Sentence punctuation may follow a closer (")." in tokenized text), nothing else.
        return start;
      }
      tokenEnd++;
    }
    // Straight single quotes are apostrophes as often as quotes ("we ' ll" in Multi-News); only
    // the PTB/DUC closing quote '' is unambiguous.
    if (straightDoubles == 0 && closers == 0 && apostrophes < 2) {
      return start;
    }
    if (straightDoubles > 0 && !quoteOpen) {
      // Every quote so far is closed: this one opens the next sentence.
      return start;
    }
    return tokenEnd;
  }

  /**
   * Whether {@code text} looks lowercased except at sentence starts, as Multi-News is: it has at
   * least {@value #CASE_FOLD_MIN_WORDS} words and fewer than one capital letter per 100 words that
   * is neither the first letter after sentence punctuation ({@code . ! ? :}) nor at the start.
   * Normal news text has several such capitals (names, acronyms) in every sentence. Linear time.
   */
  static boolean isCaseFolded(String text) {
    int words = 0;
    int innerCapitals = 0;
    boolean previousSpace = true;
    // Whether the last character that is no quote or bracket is one of . ! ? : (a capital inside
    // a word follows a letter or digit, so this alone tells a sentence start).
    boolean afterMark = true;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        // Most characters, in news text and more so in case-folded text: settled in one test
        // (issue #5: this scan of every text was a fifth of the splitter's own time).
        if (previousSpace) {
          words++;
        }
        previousSpace = false;
        afterMark = false;
        continue;
      }
      if (isSpace(c)) {
        previousSpace = true;
        continue;
      }
      if (previousSpace) {
        words++;
      }
      if (!afterMark && (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c))) {
        innerCapitals++;
      }
      if (!isQuoteOrBracket(c)) {
        afterMark = c == '.' || c == '!' || c == '?' || c == ':';
      }
      previousSpace = false;
    }
    return words >= CASE_FOLD_MIN_WORDS && innerCapitals * 100 < words;
  }

  /** Whether {@code c} is in {@link #OPENERS} or {@link #CLOSERS}, without scanning them. */
  static boolean isQuoteOrBracket(char c) {
    switch (c) {
      case '"', '\'', '`', '‘', '“', '«', '(', '[', '{', '”', '’', '»', ')', ']', '}':
        return true;
      default:
        return false;
    }
  }

  private static final Set<String> REPORTING_VERBS =
      words(
          "said says say asked asks told tells added adds wrote writes tweeted recalled recalls "
              + "explained explains continued replied noted notes insisted according");

  /** Whether one of the first three words at {@code pos} is a reporting verb ("lee said"). */
  private static boolean hasReportingVerb(String text, int pos, int end) {
    int i = pos;
    for (int word = 0; word < 3 && i < end; word++) {
      int wordEnd = i;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (REPORTING_VERBS.contains(text.substring(i, wordEnd))) {
        return true;
      }
      i = wordEnd;
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
    }
    return false;
  }

  /** The last character of {@code [from, to)} that is not a closing quote or bracket. */
  private static char lastMark(String text, int from, int to) {
    int i = to - 1;
    while (i > from
        && (CLOSERS.indexOf(text.charAt(i)) >= 0
            || text.charAt(i) == '"'
            || text.charAt(i) == '\'')) {
      i--;
    }
    return text.charAt(i);
  }

  /** Whether a word starting with an uppercase letter and not in {@link #STARTERS} is at pos. */
  private static boolean isProperWord(String text, int pos, int end) {
    return Character.isUpperCase(text.charAt(pos)) && !startsWithWord(text, pos, end, STARTERS);
  }

  /**
   * Whether the letters at {@code pos} form one of {@code words}, followed by the end, whitespace,
   * a comma or an apostrophe (so "A-10" does not count as the article "A").
   */
  private static boolean startsWithWord(String text, int pos, int end, Set<String> words) {
    int wordEnd = pos;
    while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd == pos) {
      return false;
    }
    if (wordEnd < end) {
      char after = text.charAt(wordEnd);
      if (!isSpace(after) && after != ',' && after != '\'' && after != '’') {
        return false;
      }
    }
    return words.contains(text.substring(pos, wordEnd));
  }

  /**
   * Whether {@code token} is an acronym with inner periods: two or more groups of one or two
   * letters, each followed by a period ("U.S.", "p.m.", "Ph.D."), optionally after a hyphenated
   * prefix ("then-U.S.").
   */
  static boolean isAcronym(String token) {
    int start = token.lastIndexOf('-') + 1;
    int groups = 0;
    int letters = 0;
    for (int i = start; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        if (++letters > 2) {
          return false;
        }
      } else if (c == '.' && letters > 0) {
        groups++;
        letters = 0;
      } else {
        return false;
      }
    }
    return groups >= 2 && letters == 0;
  }

  /** Whether {@code token} is one letter and a period ("J."). */
  static boolean isInitial(String token) {
    return token.length() == 2 && Character.isLetter(token.charAt(0)) && token.charAt(1) == '.';
  }

  private static int lastTokenStart(String text, int from, int to) {
    int i = to;
    while (i > from && !isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whitespace, including no-break spaces, which {@link Character#isWhitespace} excludes. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      // The ASCII answer of the two tests below, inline: this runs on every character.
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isHorizontalSpace(char c) {
    return c != '\n' && c != '\r' && isSpace(c);
  }

  private static int afterLineTerminator(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
        ? i + 2
        : i + 1;
  }

  private static Map<String, Kind> abbreviations() {
    Map<String, Kind> map = new HashMap<>();
    String titles =
        "mr. mrs. ms. messrs. mmes. dr. drs. prof. sen. sens. rep. reps. gov. govs. gen. gens. "
            + "lt. col. maj. capt. cmdr. adm. sgt. cpl. pvt. rev. hon. pres. supt. atty. msgr. "
            + "vs. e.g. i.e. cf. approx.";
    String names =
        "inc. corp. co. cos. ltd. bros. jr. sr. st. ste. mt. ft. ave. blvd. rd. dept. univ. assn.";
    words(titles).forEach(word -> map.put(word, Kind.TITLE));
    words("no. nos. vol. pp. fig. art.").forEach(word -> map.put(word, Kind.NUMBERING));
    words("jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.")
        .forEach(word -> map.put(word, Kind.MONTH));
    words(names).forEach(word -> map.put(word, Kind.NAME));
    String states =
        "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. "
            + "mich. minn. miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. va. vt. wash. wis. "
            + "wyo.";
    words(states).forEach(word -> map.put(word, Kind.STATE));
    return Map.copyOf(map);
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  /**
   * What {@link #repair} needs to know of a whole text: its periods and straight double quotes,
   * and whether it is {@link #isCaseFolded case-folded}, found out only when a piece starting in
   * lowercase asks (a scan of the whole text, which many texts never need). Not thread-safe.
   */
  static final class Marks {
    private final String text;
    private final CharCursor periods;
    private final CharCursor quotes;
    private Boolean caseFolded;

    Marks(String text) {
      this.text = text;
      periods = new CharCursor(text, '.');
      quotes = new CharCursor(text, '"');
    }

    boolean caseFolded() {
      if (caseFolded == null) {
        caseFolded = isCaseFolded(text);
      }
      return caseFolded;
    }
  }

  /** A growable int array, to avoid boxing on the per-paragraph path. */
  static final class IntBuffer {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
