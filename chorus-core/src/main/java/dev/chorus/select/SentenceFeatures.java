package dev.chorus.select;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the learned ranker knows about a candidate sentence: a fixed list of named numeric features
 * (see {@link #NAMES}), computed per story.
 *
 * <p>The features are those the extractive literature found predictive of what human summaries
 * keep (Kupiec et al. 1995; Hong and Nenkova 2014; Nallapati et al. 2017), in five groups:
 *
 * <ul>
 *   <li><b>position</b>: the sentence's rank among its article's candidates, one-hot in bins, and
 *       relative to the article's length (news puts the facts first);
 *   <li><b>length</b>: words, one-hot in bins (fragments and run-ons are rarely kept);
 *   <li><b>centrality</b>: cosine with the story's TF-IDF centroid and with the centroid of the
 *       <em>other</em> articles, each relative to the story's best; SumBasic's average term
 *       probability; the article's own cosine with the story centroid (an off-topic article's
 *       sentences are poor picks); whether the article is a wire story (an agency dateline near
 *       its top: others rewrite it, and summaries follow it);
 *   <li><b>cross-document support</b>: the share of the sentence's content terms and adjacent term
 *       pairs that other articles use too, and how many other articles reprint it (near-duplicates):
 *       a fact several outlets report is a fact of the story;
 *   <li><b>surface</b>: numbers, quotes, attribution verbs ("said"),
 *       first person, a question, an opening pronoun or connective that needs its context ("But",
 *       "He"), parentheses, web furniture ("click", "http"), and the share of words that are
 *       content terms (low for filler like "We want to be inclusive.").
 * </ul>
 *
 * Values are raw; the model standardizes them. Relative features (divided by the story's maximum)
 * make stories of different sizes comparable. Stateless; {@link #of} is O(T) in the story's term
 * occurrences plus one near-duplicate lookup per distinct term set among the candidates, and a
 * scan of each candidate's text.
 */
public final class SentenceFeatures {

  private static final int[] POSITION_BINS = {0, 1, 2, 3, 4, 5, 7, 10, 15, 25};
  private static final int[] LENGTH_BINS = {0, 10, 15, 20, 25, 30, 40, 55};

  /** Feature names, in the order of every feature vector. */
  public static final List<String> NAMES = names();

  private static final Set<String> CONTEXT_OPENERS =
      Set.of(
          "but", "and", "so", "also", "however", "this", "that", "these", "those", "it", "he",
          "she", "they", "his", "her", "their", "its", "there", "then", "still", "yet", "or",
          "meanwhile", "instead", "otherwise", "such", "both");

  private SentenceFeatures() {}

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < POSITION_BINS.length; k++) {
      names.add("position=" + POSITION_BINS[k] + (k + 1 < POSITION_BINS.length ? "" : "+"));
    }
    names.add("relative_position");
    names.add("first_of_article");
    for (int k = 0; k < LENGTH_BINS.length; k++) {
      names.add("words>=" + LENGTH_BINS[k]);
    }
    names.addAll(
        List.of(
            "log_words",
            "centroid",
            "centroid_rank",
            "other_articles_centroid",
            "term_probability",
            "article_centrality",
            "log_article_candidates",
            "wire_article",
            "term_support",
            "pair_support",
            "reprints",
            "numbers",
            "has_quote",
            "starts_with_quote",
            "says",
            "first_person",
            "question",
            "context_opener",
            "parenthesis",
            "web",
            "content_ratio"));
    return List.copyOf(names);
  }

  /**
   * The feature vectors of {@code story}'s candidate sentences.
   *
   * @return one row per candidate (see {@link Matrix#sentences()}), columns as {@link #NAMES}
   */
  public static Matrix of(AnalyzedStory story) {
    StoryIndex index = StoryIndex.of(story);
    return of(index, NearDuplicateIndex.of(index), Candidates.of(story));
  }

  /** The feature vectors of {@code candidates}, with a story's index and near-duplicates. */
  static Matrix of(StoryIndex index, NearDuplicateIndex duplicates, int[] candidates) {
    AnalyzedStory story = index.story();
    List<AnalyzedSentence> sentences = story.sentences();
    int documents = story.documentCount();
    int[] rankInArticle = Candidates.rankInArticle(story, candidates);
    int[] candidatesInArticle = new int[documents];
    for (int c : candidates) {
      candidatesInArticle[sentences.get(c).documentIndex()]++;
    }
    int articlesPresent = 0;
    boolean[] present = new boolean[documents];
    for (AnalyzedSentence s : sentences) {
      if (!present[s.documentIndex()]) {
        present[s.documentIndex()] = true;
        articlesPresent++;
      }
    }

    Centrality centrality = new Centrality(index, documents);
    double[] centroid = new double[candidates.length];
    double[] otherArticles = new double[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      centroid[k] = centrality.toStory(candidates[k]);
      otherArticles[k] = centrality.toOtherArticles(candidates[k]);
    }
    double[] centroidRank = percentileRanks(centroid);
    double[] probability = SumBasicSummarizer.probabilities(index);
    double[] termProbability = new double[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      int[] terms = index.termIds(candidates[k]);
      double sum = 0;
      for (int t : terms) {
        sum += probability[t];
      }
      termProbability[k] = terms.length == 0 ? 0 : sum / terms.length;
    }
    divideByMax(centroid);
    divideByMax(otherArticles);
    divideByMax(termProbability);

    Support support = new Support(index);
    int[] reprints = reprints(index, duplicates, candidates);
    boolean[] wire = new boolean[documents];
    for (int d = 0; d < documents; d++) {
      String text = story.story().articles().get(d).text();
      wire[d] = Surface.wireDateline(text, Math.min(text.length(), 300));
    }
    int width = NAMES.size();
    double[][] rows = new double[candidates.length][];
    for (int k = 0; k < candidates.length; k++) {
      int s = candidates[k];
      AnalyzedSentence sentence = sentences.get(s);
      int article = sentence.documentIndex();
      double[] x = new double[width];
      int f = 0;
      f = oneHot(x, f, POSITION_BINS, rankInArticle[k]);
      x[f++] =
          candidatesInArticle[article] <= 1
              ? 0
              : (double) rankInArticle[k] / (candidatesInArticle[article] - 1);
      x[f++] = rankInArticle[k] == 0 ? 1 : 0;
      f = oneHot(x, f, LENGTH_BINS, sentence.words());
      x[f++] = Math.log(1 + sentence.words());
      x[f++] = centroid[k];
      x[f++] = centroidRank[k];
      x[f++] = otherArticles[k];
      x[f++] = termProbability[k];
      x[f++] = centrality.articleCentrality(article);
      x[f++] = Math.log(1 + candidatesInArticle[article]);
      x[f++] = wire[article] ? 1 : 0;
      x[f++] = articlesPresent > 1 ? support.termSupport(s, articlesPresent) : 0;
      x[f++] = articlesPresent > 1 ? support.pairSupport(s) : 0;
      x[f++] = Math.log(1 + reprints[k]);
      f = surface(x, f, sentence);
      rows[k] = x;
      assert f == width;
    }
    return new Matrix(candidates.clone(), rows);
  }

  /**
   * Feature vectors of a story's candidates.
   *
   * @param sentences story indexes of the candidates, ascending
   * @param rows one vector per candidate, columns as {@link #NAMES}
   */
  public record Matrix(int[] sentences, double[][] rows) {}

  private static int surface(double[] x, int f, AnalyzedSentence sentence) {
    String text = sentence.text().strip();
    Surface.Scan scan = Surface.scan(text);
    int found = scan.found();
    double count = Math.max(1, scan.words());
    x[f++] = scan.numbers() / count;
    x[f++] = (found & Surface.QUOTE) != 0 ? 1 : 0;
    x[f++] = !text.isEmpty() && "\"“'‘".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
    x[f++] = (found & Surface.SAYS) != 0 ? 1 : 0;
    x[f++] = (found & Surface.FIRST_PERSON) != 0 ? 1 : 0;
    x[f++] = Candidates.lastMark(text) == '?' ? 1 : 0;
    x[f++] =
        scan.words() > 0 && isContextWord(text, scan.firstStart(), scan.firstEnd()) ? 1 : 0;
    x[f++] = (found & Surface.PARENTHESIS) != 0 ? 1 : 0;
    x[f++] = (found & Surface.WEB) != 0 ? 1 : 0;
    x[f++] = Math.min(1.0, sentence.terms().size() / count);
    return f;
  }

  static boolean opensWithContextWord(String text) {
    String stripped = text.strip();
    int end = 0;
    while (end < stripped.length() && !Surface.isRegexSpace(stripped.charAt(end))) {
      end++;
    }
    return isContextWord(stripped, 0, end);
  }

  /**
   * Whether the word {@code text[start, end)}, without opening quotes and parentheses and without
   * trailing {@code , ; :}, is a context opener, case-insensitively.
   */
  private static boolean isContextWord(String text, int start, int end) {
    while (start < end && "\"“'‘(".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return CONTEXT_OPENERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * For each candidate, how many other articles reprint it: hold a near-duplicate of it. Sentences
   * with the same (non-empty) term set have the same near-duplicates, each other included, so one
   * lookup serves all of them: a sentence that hundreds of outlets reprint costs one lookup, not
   * one per copy, each listing every copy.
   */
  private static int[] reprints(StoryIndex index, NearDuplicateIndex duplicates, int[] candidates) {
    int[] known = new int[index.size()];
    Arrays.fill(known, -1);
    int[] reprints = new int[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      int s = candidates[k];
      if (known[s] < 0) {
        int[] copies = duplicates.nearDuplicatesOf(s);
        int own = index.sentence(s).documentIndex();
        int last = -1;
        int count = 0;
        // Near-duplicates come in story order, so articles come grouped.
        for (int d : copies) {
          int article = index.sentence(d).documentIndex();
          if (article != own && article != last) {
            count++;
            last = article;
          }
        }
        known[s] = count;
        int[] terms = index.termIds(s);
        for (int d : copies) {
          if (terms.length > 0 && Arrays.equals(terms, index.termIds(d))) {
            known[d] = count;
          }
        }
      }
      reprints[k] = known[s];
    }
    return reprints;
  }

  private static int oneHot(double[] x, int f, int[] lowerBounds, int value) {
    int bin = 0;
    while (bin + 1 < lowerBounds.length && value >= lowerBounds[bin + 1]) {
      bin++;
    }
    x[f + bin] = 1;
    return f + lowerBounds.length;
  }

  private static void divideByMax(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max > 0) {
      for (int k = 0; k < values.length; k++) {
        values[k] /= max;
      }
    }
  }

  /** 1 for the highest value, 0 for the lowest; ties share the rank of their first. */
  private static double[] percentileRanks(double[] values) {
    int n = values.length;
    double[] ranks = new double[n];
    if (n <= 1) {
      Arrays.fill(ranks, 1.0);
      return ranks;
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    int first = 0; // where the run of values equal to the current one starts in sorted order
    for (int r = 0; r < n; r++) {
      if (r > 0 && values[order[r - 1]] != values[order[r]]) {
        first = r;
      }
      ranks[order[r]] = (double) first / (n - 1);
    }
    return ranks;
  }

  /**
   * The surface tests of the features as hand-written scans, one pass over the text each. They
   * answer exactly what the regular expressions that first defined the features answer (with
   * {@code Matcher.find()}), which {@code SentenceFeaturesSurfaceTest} checks on edge cases and on
   * every sentence of real data; java.util.regex cost more than all other features together, since
   * it tries each alternative and each {@code \b} at every position.
   *
   * <ul>
   *   <li>{@link #SAYS}: {@code \b(said|says|told|according to|stated|added)\b};
   *   <li>{@link #FIRST_PERSON}: {@code (\bI\b|\b[Ww]e\b|\bour\b|\bmy\b|\bme\b|\bus\b)};
   *   <li>{@link #WEB}: {@code (?i)(https?:|www\.|@\w|\bclick\b|\bphoto\b|\bsubscribe
   *       |\bnewsletter|©|\bcopyright\b|\bread more\b|\bsign up\b|\bfollow us\b)};
   *   <li>{@link #wireDateline}: {@code (?i)(\(\s*(ap|reuters|afp|upi)\s*\)|associated press
   *       |agence france)};
   *   <li>{@link #isRegexSpace}: {@code \s}, and {@code \d} is {@code [0-9]}.
   * </ul>
   *
   * As in those patterns (no {@code UNICODE_CASE}, no {@code UNICODE_CHARACTER_CLASS}), {@code
   * (?i)} folds ASCII letters only, and {@code \s}, {@code \d}, {@code \w} are ASCII classes. A
   * word boundary is {@code \b} of Java 17, which the project targets ({@link #isWordBoundary}): a
   * letter or digit in any script, or {@code _}, is a word character, and so is a non-spacing mark
   * that follows one. Java 19 changed {@code \b} to ASCII word characters (JDK-8264160); the scans
   * keep Java 17's rule on every Java, so the features no longer depend on the runtime. Stateless.
   */
  static final class Surface {

    /** {@link #scan} bit: an attribution verb, "said", "told", "according to", ... */
    static final int SAYS = 1;

    /** {@link #scan} bit: a first-person word, I, We, we, our, my, me, us. */
    static final int FIRST_PERSON = 1 << 1;

    /** {@link #scan} bit: web furniture, a URL, a handle, "click", "photo", "©", ... */
    static final int WEB = 1 << 2;

    /** {@link #scan} bit: a straight or curly double quote. */
    static final int QUOTE = 1 << 3;

    /** {@link #scan} bit: an opening parenthesis. */
    static final int PARENTHESIS = 1 << 4;

    private static final int ALL = SAYS | FIRST_PERSON | WEB | QUOTE | PARENTHESIS;

    // Character types for scan, bits of ASCII_TYPES: \s, \w, \d, a letter that may start
    // "http" or "www" inside a word, and one of the marks " ( @ (with “ ” © beyond ASCII).
    private static final int SPACE = 1;
    private static final int WORD = 1 << 1;
    private static final int DIGIT = 1 << 2;
    private static final int WEB_INSIDE = 1 << 3;
    private static final int MARK = 1 << 4;
    private static final byte[] ASCII_TYPES = asciiTypes();

    private static byte[] asciiTypes() {
      byte[] types = new byte[0x80];
      for (char c = 0; c < 0x80; c++) {
        int type = isRegexSpace(c) ? SPACE : 0;
        type |= isAsciiWord(c) ? WORD : 0;
        type |= c >= '0' && c <= '9' ? DIGIT : 0;
        type |= c == 'h' || c == 'H' || c == 'w' || c == 'W' ? WEB_INSIDE : 0;
        type |= c == '"' || c == '(' || c == '@' ? MARK : 0;
        types[c] = (byte) type;
      }
      return types;
    }

    private static final List<String> AGENCIES = List.of("ap", "reuters", "afp", "upi");

    private Surface() {}

    /**
     * What one pass over a text finds.
     *
     * @param found the tests passed, a bit set of {@link #SAYS}, {@link #FIRST_PERSON}, {@link
     *     #WEB}, {@link #QUOTE} and {@link #PARENTHESIS}
     * @param words the words, runs of characters other than {@code \s}: for a text that neither
     *     starts nor ends with {@code \s}, the length of {@code text.split("\\s+")} (except 0
     *     for the empty text)
     * @param numbers the words that hold a {@code \d}
     * @param firstStart where the first word starts, -1 without words
     * @param firstEnd where the first word ends, -1 without words
     */
    record Scan(int found, int words, int numbers, int firstStart, int firstEnd) {}

    /**
     * Scans {@code text} once: each character only selects the few keywords that start with it,
     * and a boundary is only checked around a keyword found.
     */
    static Scan scan(String text) {
      int found = 0;
      int words = 0;
      int numbers = 0;
      int firstStart = -1;
      int firstEnd = -1;
      int start = -1; // start of the word being read, -1 between words
      boolean digit = false;
      // Whether text[i - 1] is an ASCII letter, digit or _: then no \b precedes text[i], and of
      // the keywords only "http" and "www" can start there. This skips most letters at once.
      boolean inWord = false;
      int n = text.length();
      for (int i = 0; i <= n; i++) {
        char c = i < n ? text.charAt(i) : ' ';
        // One table lookup instead of the character tests: this runs on every character of
        // every candidate (issue #5). Classes as isRegexSpace, isAsciiWord and the marks below.
        int type = c < 0x80 ? ASCII_TYPES[c] : c == '“' || c == '”' || c == '©' ? MARK : 0;
        if ((type & SPACE) != 0) {
          if (start >= 0) {
            words++;
            numbers += digit ? 1 : 0;
            if (firstEnd < 0) {
              firstStart = start;
              firstEnd = i;
            }
            start = -1;
            digit = false;
          }
        } else {
          start = start < 0 ? i : start;
          digit |= (type & DIGIT) != 0;
        }
        boolean word = (type & WORD) != 0;
        if (word && !inWord && found != ALL) {
          if ((found & SAYS) == 0 && saysAt(text, i, c)) {
            found |= SAYS;
          }
          if ((found & FIRST_PERSON) == 0 && firstPersonAt(text, i, c)) {
            found |= FIRST_PERSON;
          }
          if ((found & WEB) == 0 && webAt(text, i, c)) {
            found |= WEB;
          }
        } else if (word) {
          if ((type & WEB_INSIDE) != 0 && (found & WEB) == 0 && webAt(text, i, c)) {
            found |= WEB;
          }
        } else if ((type & MARK) != 0) {
          if (c == '"' || c == '“' || c == '”') {
            found |= QUOTE;
          } else if (c == '(') {
            found |= PARENTHESIS;
          } else {
            found |= webAt(text, i, c) ? WEB : 0; // '@' or '©'
          }
        }
        inWord = word;
      }
      return new Scan(found, words, numbers, firstStart, firstEnd);
    }

    /** Whether an attribution verb starts at {@code i}, where {@code c} is. */
    private static boolean saysAt(String text, int i, char c) {
      return switch (c) {
        case 's' -> isWord(text, i, "said") || isWord(text, i, "says") || isWord(text, i, "stated");
        case 't' -> isWord(text, i, "told");
        case 'a' -> isWord(text, i, "according to") || isWord(text, i, "added");
        default -> false;
      };
    }

    /** Whether a first-person word starts at {@code i}, where {@code c} is. */
    private static boolean firstPersonAt(String text, int i, char c) {
      return switch (c) {
        case 'I' -> isWord(text, i, "I");
        case 'W' -> isWord(text, i, "We");
        case 'w' -> isWord(text, i, "we");
        case 'o' -> isWord(text, i, "our");
        case 'm' -> isWord(text, i, "my") || isWord(text, i, "me");
        case 'u' -> isWord(text, i, "us");
        default -> false;
      };
    }

    /** Whether web furniture starts at {@code i}, where {@code c} is. */
    private static boolean webAt(String text, int i, char c) {
      int n = text.length();
      return switch (lowerAscii(c)) {
        case 'h' -> startsWithAscii(text, i, n, "http:") || startsWithAscii(text, i, n, "https:");
        case 'w' -> startsWithAscii(text, i, n, "www.");
        case '@' -> i + 1 < n && isAsciiWord(text.charAt(i + 1));
        case '©' -> true;
        case 'c' -> isWordIgnoringAsciiCase(text, i, "click", true)
            || isWordIgnoringAsciiCase(text, i, "copyright", true);
        case 'p' -> isWordIgnoringAsciiCase(text, i, "photo", true);
        case 's' -> isWordIgnoringAsciiCase(text, i, "subscribe", false)
            || isWordIgnoringAsciiCase(text, i, "sign up", true);
        case 'n' -> isWordIgnoringAsciiCase(text, i, "newsletter", false);
        case 'r' -> isWordIgnoringAsciiCase(text, i, "read more", true);
        case 'f' -> isWordIgnoringAsciiCase(text, i, "follow us", true);
        default -> false;
      };
    }

    /**
     * Whether {@code text[0, end)} has a news agency's dateline or credit: "(AP)", "( Reuters )",
     * "Associated Press", "Agence France", ...
     */
    static boolean wireDateline(String text, int end) {
      for (int i = 0; i < end; i++) {
        char c = text.charAt(i);
        if (c == '(') {
          int j = skipSpaces(text, i + 1, end);
          for (String agency : AGENCIES) {
            if (startsWithAscii(text, j, end, agency)) {
              int k = skipSpaces(text, j + agency.length(), end);
              if (k < end && text.charAt(k) == ')') {
                return true;
              }
            }
          }
        } else if ((c == 'a' || c == 'A')
            && (startsWithAscii(text, i, end, "associated press")
                || startsWithAscii(text, i, end, "agence france"))) {
          return true;
        }
      }
      return false;
    }

    /** {@code \s}: an ASCII space, tab, line feed, vertical tab, form feed or carriage return. */
    static boolean isRegexSpace(char c) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code \b}: whether {@code text} has a word boundary at index {@code i}, as in Java 17. */
    static boolean isWordBoundary(String text, int i) {
      return isWordBefore(text, i) != isWordAt(text, i);
    }

    /** {@code \bword\b} at {@code i}, case-sensitive. */
    private static boolean isWord(String text, int i, String word) {
      return text.startsWith(word, i)
          && isWordBoundary(text, i)
          && isWordBoundary(text, i + word.length());
    }

    /** {@code \bword} (and {@code \b} after it when {@code closed}) at {@code i}, ASCII case. */
    private static boolean isWordIgnoringAsciiCase(
        String text, int i, String word, boolean closed) {
      return startsWithAscii(text, i, text.length(), word)
          && isWordBoundary(text, i)
          && (!closed || isWordBoundary(text, i + word.length()));
    }

    /** Whether {@code text[i, end)} starts with {@code lower}, folding ASCII letters only. */
    private static boolean startsWithAscii(String text, int i, int end, String lower) {
      if (i + lower.length() > end) {
        return false;
      }
      for (int k = 0; k < lower.length(); k++) {
        if (lowerAscii(text.charAt(i + k)) != lower.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private static char lowerAscii(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int skipSpaces(String text, int i, int end) {
      while (i < end && isRegexSpace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /** {@code \w}: ASCII letters, digits and the underscore. */
    private static boolean isAsciiWord(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_';
    }

    // The three helpers below follow java.util.regex.Pattern.Bound of Java 17 (matching the whole
    // text): code points, not chars, and a non-spacing mark counts as a word character when a
    // letter or digit precedes it, possibly through more marks.

    private static boolean isWordBefore(String text, int i) {
      if (i <= 0) {
        return false;
      }
      int c = text.codePointBefore(i);
      return isWordCodePoint(c)
          || (Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, i - 1));
    }

    private static boolean isWordAt(String text, int i) {
      if (i >= text.length()) {
        return false;
      }
      int c = text.codePointAt(i);
      return isWordCodePoint(c)
          || (Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, i));
    }

    private static boolean isWordCodePoint(int c) {
      return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether a letter or digit precedes index {@code i} through non-spacing marks only. */
    private static boolean hasBase(String text, int i) {
      for (int x = i; x >= 0; x--) {
        int c = text.codePointAt(x);
        if (Character.isLetterOrDigit(c)) {
          return true;
        }
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          return false;
        }
      }
      return false;
    }
  }

  /**
   * Cosines of sentences with the story centroid and with the centroid of the other articles, and
   * of each article's centroid with the story's. Centroids are sums of unit TF-IDF vectors; the
   * other-articles centroid is the story's minus the sentence's own article's, so nothing
   * quadratic is built: O(T) in all.
   */
  private static final class Centrality {
    private final StoryIndex index;
    private final double[] story;
    private final double storyNorm;
    private final double[] ownDot; // sentence · its article's centroid
    private final double[] otherNorm; // |story centroid − article centroid|
    private final double[] articleCosine;

    Centrality(StoryIndex index, int documents) {
      this.index = index;
      int n = index.size();
      story = new double[index.vocabularySize()];
      for (int i = 0; i < n; i++) {
        index.addTo(story, i, 1.0);
      }
      storyNorm = norm(story);
      ownDot = new double[n];
      otherNorm = new double[documents];
      articleCosine = new double[documents];
      double[] article = new double[index.vocabularySize()];
      int start = 0;
      while (start < n) {
        int doc = index.sentence(start).documentIndex();
        int end = start;
        while (end < n && index.sentence(end).documentIndex() == doc) {
          index.addTo(article, end, 1.0);
          end++;
        }
        for (int i = start; i < end; i++) {
          ownDot[i] = index.dot(i, article);
        }
        double articleSquared = 0;
        double crossDot = 0;
        for (int i = start; i < end; i++) {
          for (int t : index.termIds(i)) {
            if (article[t] != 0) {
              articleSquared += article[t] * article[t];
              crossDot += article[t] * story[t];
              article[t] = 0; // each term counted once; cleared for the next article
            }
          }
        }
        double other = storyNorm * storyNorm - 2 * crossDot + articleSquared;
        otherNorm[doc] = Math.sqrt(Math.max(0, other));
        double articleNorm = Math.sqrt(articleSquared);
        articleCosine[doc] =
            articleNorm == 0 || storyNorm == 0 ? 0 : crossDot / (articleNorm * storyNorm);
        start = end;
      }
    }

    double toStory(int s) {
      return storyNorm == 0 ? 0 : index.dot(s, story) / storyNorm;
    }

    double toOtherArticles(int s) {
      double norm = otherNorm[index.sentence(s).documentIndex()];
      return norm < 1e-9 ? 0 : Math.max(0, (index.dot(s, story) - ownDot[s]) / norm);
    }

    double articleCentrality(int article) {
      return articleCosine[article];
    }

    private static double norm(double[] v) {
      double sum = 0;
      for (double x : v) {
        sum += x * x;
      }
      return Math.sqrt(sum);
    }
  }

  /** In how many articles each term and each adjacent term pair occurs. */
  private static final class Support {
    private final StoryIndex index;
    private final int[] termArticles;
    private final PairTable pairArticles;
    /** Per sentence, the table slot of each adjacent term pair, in text order. */
    private final int[][] pairSlots;

    Support(StoryIndex index) {
      this.index = index;
      int n = index.size();
      termArticles = new int[index.vocabularySize()];
      int[] lastArticle = new int[index.vocabularySize()];
      Arrays.fill(lastArticle, -1);
      long pairCount = 0;
      for (int i = 0; i < n; i++) {
        pairCount += Math.max(0, index.termSequence(i).length - 1);
      }
      pairArticles = new PairTable(pairCount);
      pairSlots = new int[n][];
      for (int i = 0; i < n; i++) {
        int doc = index.sentence(i).documentIndex();
        for (int t : index.termIds(i)) {
          if (lastArticle[t] != doc) {
            lastArticle[t] = doc;
            termArticles[t]++;
          }
        }
        int[] terms = index.termSequence(i);
        int[] slots = new int[Math.max(0, terms.length - 1)];
        for (int k = 0; k + 1 < terms.length; k++) {
          slots[k] = pairArticles.count(terms[k], terms[k + 1], doc);
        }
        pairSlots[i] = slots;
      }
    }

    /** Mean over distinct terms of the share of the other articles that use the term. */
    double termSupport(int s, int articles) {
      int[] terms = index.termIds(s);
      if (terms.length == 0) {
        return 0;
      }
      double sum = 0;
      for (int t : terms) {
        sum += (termArticles[t] - 1) / (double) (articles - 1);
      }
      return sum / terms.length;
    }

    /** Share of the sentence's adjacent term pairs that another article uses too. */
    double pairSupport(int s) {
      int[] slots = pairSlots[s];
      if (slots.length == 0) {
        return 0;
      }
      int shared = 0;
      for (int slot : slots) {
        if (pairArticles.articles(slot) > 1) {
          shared++;
        }
      }
      return shared / (double) slots.length;
    }
  }

  /**
   * Ordered term pairs mapped to the number of articles using them: open addressing with linear
   * probing over primitive arrays, sized once for every pair occurrence of the story, so no slot
   * moves. A HashMap of boxed longs spent most of its time in collisions: Long.hashCode of {@code
   * a << 32 | b} is {@code a ^ b}, the same for many pairs of small ids.
   */
  private static final class PairTable {
    private final long[] keys;
    private final int[] lastArticle;
    private final int[] articles; // 0 marks a free slot: a stored pair is used by an article
    private final int shift;

    PairTable(long pairs) {
      int bits = 4;
      while ((1L << bits) < 2 * pairs) {
        bits++;
      }
      keys = new long[1 << bits];
      lastArticle = new int[1 << bits];
      articles = new int[1 << bits];
      shift = 64 - bits;
    }

    /** Counts pair (a, b) as used by article {@code doc}, once per article; returns its slot. */
    int count(int a, int b, int doc) {
      long key = ((long) a << 32) | b;
      int mask = keys.length - 1;
      // Fibonacci hashing: the multiplication mixes both ids into the top bits.
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      while (articles[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (articles[slot] == 0) {
        keys[slot] = key;
        lastArticle[slot] = doc;
        articles[slot] = 1;
      } else if (lastArticle[slot] != doc) {
        lastArticle[slot] = doc;
        articles[slot]++;
      }
      return slot;
    }

    int articles(int slot) {
      return articles[slot];
    }
  }
}
