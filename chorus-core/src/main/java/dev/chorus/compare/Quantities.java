package dev.chorus.compare;

import dev.chorus.text.TermAnalyzer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantities of a sentence: a number, what it counts and how exact it is.
 *
 * <p>A quantity is an optional qualifier ("about", "more than", "nearly", "up to"), an optional
 * currency sign, a number and a unit or a counted noun. Numbers are digits ("6,000", "8.2", "81m",
 * "5 million"), number words ("six thousand", "twenty-five", "a million"; "one" alone is left out:
 * it is far more often a pronoun than a count) or vague magnitudes ("thousands", "tens of
 * thousands", "dozens", "several hundred"). Every quantity becomes an interval of values it allows,
 * so that comparing two statements is comparing intervals: "thousands" is [2,000, 9,999], "tens
 * of thousands" [10,000, 99,999], "about 6,000" [5,400, 6,600], "more than 6,000" [6,000, ∞), "six
 * thousand" and "6,000" both [5,700, 6,300]: a number without qualifier may be rounded (see {@link
 * #roundingSlack}).
 *
 * <p>What is not a quantity: years (four digits from 1500 to 2100 with no unit), times ("2:18",
 * "9 a.m."), dates ("January 7", "7 Jan"), labels ("No. 5", "Flight 370"), fractions and ranges
 * ("1/2", "5-10", "17 to 20"), and counts whose noun cannot be found right after the number or is
 * not plural: "4,000 in Poland" says nothing comparable on its own, "the 4300 block" is an
 * address.
 *
 * <p>The counted noun ({@link Mention#head}) is the first content word after the number, skipping
 * "of" after a vague magnitude ("thousands of troops") and modifiers: capitalized words and
 * acronyms ("U.S.", "Russian"), demonyms ("russian" in lowercased text), a few comparative
 * adjectives ("additional", "more"), and a singular word before a plural one ("black rhinos"). The skipped proper modifiers are kept ({@link
 * Mention#modifiers}): "U.S. troops" and "Russian troops" are not the same troops. Percentages
 * and money take as subject the noun after "of", "in" or "for" when there is one.
 *
 * <p>Linear in the number of tokens. Thread-safe if the term analyzer is (it must be).
 */
final class Quantities {

  /** What a quantity measures: numbers of different kinds are never compared. */
  enum Kind {
    COUNT,
    PERCENT,
    POINTS,
    MONEY
  }

  /**
   * One quantity of a sentence.
   *
   * @param first index of its first token (qualifier, currency sign or number)
   * @param last index of its last token (the counted noun or the unit), inclusive
   * @param kind what it measures
   * @param unit the currency code for money ("USD"), else empty
   * @param lo smallest value the statement allows
   * @param hi largest value the statement allows, possibly infinite
   * @param head index of the counted noun, or -1 (percentages and money without one)
   * @param subject the counted noun as written, lowercased, or the unit ("percent", "dollars")
   * @param subjectKey what two quantities must share to be about the same thing: the noun's stem
   *     plus the kind and unit
   * @param modifiers proper modifiers between number and noun, lowercased without dots ("us")
   * @param exact whether it is one number without qualifier, not a range or magnitude
   */
  record Mention(
      int first,
      int last,
      Kind kind,
      String unit,
      double lo,
      double hi,
      int head,
      String subject,
      String subjectKey,
      Set<String> modifiers,
      boolean exact) {

    /** Whether the two statements cannot both be true: their intervals do not meet. */
    boolean contradicts(Mention other) {
      return hi < other.lo || other.hi < lo;
    }
  }

  /** A number read at a token: its value interval and the token after it. */
  record Number(double lo, double hi, int end, boolean words) {}

  private static final Pattern DIGITS =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final Pattern DIGITS_SUFFIX =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(k|m|bn|b|tn)", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
          Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
          Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
          Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final Map<String, Double> SCALE =
      Map.of(
          "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private static final Map<String, Double> PLURAL_SCALE =
      Map.of(
          "hundreds", 1e2, "thousands", 1e3, "millions", 1e6, "billions", 1e9, "trillions", 1e12);

  /** Words that are numbers or magnitudes: never context, never a counted noun. */
  static final Set<String> NUMBER_WORDS;

  static {
    Set<String> words = new LinkedHashSet<>(SMALL.keySet());
    words.addAll(SCALE.keySet());
    words.addAll(PLURAL_SCALE.keySet());
    words.addAll(
        List.of("tens", "dozen", "dozens", "scores", "several", "few", "couple", "percent",
            "pct", "cent", "zero"));
    NUMBER_WORDS = Set.copyOf(words);
  }

  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  /** Words after which a number is a label, not a quantity ("No. 5", "Flight 370"). */
  private static final Set<String> LABELS =
      Set.of(
          "no", "number", "#", "page", "chapter", "section", "article", "flight", "route", "room",
          "episode", "season", "level", "grade", "category", "phase", "stage", "version",
          "district", "highway", "interstate", "gate", "channel", "suite", "platform", "bus");

  private static final Set<String> TIME_SUFFIX = Set.of("a.m.", "p.m.", "am", "pm", "gmt", "utc");

  private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR",
      "£", "GBP");

  private static final Map<String, String> CURRENCY_WORDS =
      Map.of(
          "dollars", "USD", "dollar", "USD", "usd", "USD", "euros", "EUR", "euro", "EUR", "eur",
          "EUR", "pounds", "GBP", "gbp", "GBP");

  private static final Set<String> IRREGULAR_PLURALS =
      Set.of(
          "people", "children", "men", "women", "police", "personnel", "staff", "feet", "teeth",
          "mice", "geese", "sheep", "fish", "deer", "aircraft", "cattle", "crew", "livestock",
          "data", "media", "militia", "infantry", "clergy", "youth", "offspring", "spacecraft");

  /** Adjectives that sit between a number and its noun without changing what is counted. */
  private static final Set<String> SKIPPED_ADJECTIVES =
      Set.of("more", "additional", "extra", "new", "other", "further", "fewer", "less", "some");

  private enum Bound {
    EXACT,
    ABOUT,
    NEARLY,
    ABOVE,
    BELOW
  }

  /** Qualifiers, longest first within a first word so "more than" wins over nothing. */
  private static final List<Map.Entry<List<String>, Bound>> QUALIFIERS =
      List.of(
          Map.entry(List.of("more", "than"), Bound.ABOVE),
          Map.entry(List.of("greater", "than"), Bound.ABOVE),
          Map.entry(List.of("upwards", "of"), Bound.ABOVE),
          Map.entry(List.of("in", "excess", "of"), Bound.ABOVE),
          Map.entry(List.of("at", "least"), Bound.ABOVE),
          Map.entry(List.of("no", "fewer", "than"), Bound.ABOVE),
          Map.entry(List.of("no", "less", "than"), Bound.ABOVE),
          Map.entry(List.of("just", "over"), Bound.ABOVE),
          Map.entry(List.of("over"), Bound.ABOVE),
          Map.entry(List.of("less", "than"), Bound.BELOW),
          Map.entry(List.of("fewer", "than"), Bound.BELOW),
          Map.entry(List.of("no", "more", "than"), Bound.BELOW),
          Map.entry(List.of("up", "to"), Bound.BELOW),
          Map.entry(List.of("at", "most"), Bound.BELOW),
          Map.entry(List.of("as", "many", "as"), Bound.BELOW),
          Map.entry(List.of("under"), Bound.BELOW),
          Map.entry(List.of("just", "under"), Bound.NEARLY),
          Map.entry(List.of("nearly"), Bound.NEARLY),
          Map.entry(List.of("almost"), Bound.NEARLY),
          Map.entry(List.of("close", "to"), Bound.NEARLY),
          Map.entry(List.of("about"), Bound.ABOUT),
          Map.entry(List.of("around"), Bound.ABOUT),
          Map.entry(List.of("approximately"), Bound.ABOUT),
          Map.entry(List.of("roughly"), Bound.ABOUT),
          Map.entry(List.of("some"), Bound.ABOUT),
          Map.entry(List.of("an", "estimated"), Bound.ABOUT),
          Map.entry(List.of("estimated"), Bound.ABOUT));

  /** Relative slack of "about": journalists round, and "about 6,000" allows 5,400 to 6,600. */
  static final double ABOUT_SLACK = 0.10;

  /** Relative slack of "nearly": "nearly 6,000" allows 5,100 to 6,000. */
  static final double NEARLY_SLACK = 0.15;

  /** Largest relative rounding of a number written without a qualifier. */
  static final double ROUNDING_SLACK = 0.05;

  private static final int MAX_MODIFIERS = 3;

  private final TermAnalyzer analyzer;

  Quantities(TermAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** The quantities of a sentence's tokens, left to right, none overlapping. */
  List<Mention> mentions(List<Token> tokens) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention mention = mentionAt(tokens, i);
      if (mention != null) {
        found.add(mention);
        i = mention.last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * Every number value in the tokens, vague magnitudes excluded, years and labels included: the
   * numeric facts of a sentence, whatever they count. Each is keyed as in {@link #key}.
   */
  List<String> numberKeys(List<Token> tokens) {
    List<String> keys = new ArrayList<>();
    for (double value : numberValues(tokens)) {
      keys.add(key(value));
    }
    return keys;
  }

  /** The values of {@link #numberKeys}. */
  List<Double> numberValues(List<Token> tokens) {
    List<Double> values = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Number n = exactNumber(tokens, i);
      if (n != null) {
        values.add(n.lo());
        i = n.end();
      } else {
        i++;
      }
    }
    return values;
  }

  /** A canonical key for a number value: "6,000", "6000" and "six thousand" give the same. */
  static String key(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? "#" + (long) value
        : "#" + value;
  }

  private Mention mentionAt(List<Token> tokens, int i) {
    int j = i;
    Bound bound = Bound.EXACT;
    for (Map.Entry<List<String>, Bound> q : QUALIFIERS) {
      if (matches(tokens, i, q.getKey())) {
        bound = q.getValue();
        j = i + q.getKey().size();
        break;
      }
    }
    String currency = null;
    if (j < tokens.size() && CURRENCY_SIGNS.containsKey(tokens.get(j).text())) {
      currency = CURRENCY_SIGNS.get(tokens.get(j).text());
      j++;
    } else if (j + 1 < tokens.size()
        && tokens.get(j).text().equals("US")
        && tokens.get(j + 1).is('$')) {
      currency = "USD";
      j += 2;
    }
    Number number = readNumber(tokens, j);
    if (number == null) {
      return null;
    }
    if (currency == null && isNotAQuantity(tokens, i, j, number)) {
      return null;
    }
    int k = number.end();
    Kind kind = Kind.COUNT;
    int unitEnd = -1;
    if (currency != null) {
      kind = Kind.MONEY;
    } else if (k < tokens.size()) {
      String next = tokens.get(k).lower();
      if (next.equals("%") || next.equals("percent") || next.equals("pct")) {
        kind = Kind.PERCENT;
        unitEnd = k;
      } else if (next.equals("per") && lowerAt(tokens, k + 1).equals("cent")) {
        kind = Kind.PERCENT;
        unitEnd = k + 1;
      } else if (next.equals("percentage") && lowerAt(tokens, k + 1).equals("points")) {
        kind = Kind.POINTS;
        unitEnd = k + 1;
      } else if (CURRENCY_WORDS.containsKey(next)) {
        kind = Kind.MONEY;
        currency = CURRENCY_WORDS.get(next);
        unitEnd = k;
      }
    }
    double lo = number.lo();
    double hi = number.hi();
    boolean exact = bound == Bound.EXACT && lo == hi;
    switch (bound) {
      case ABOUT -> {
        lo *= 1 - ABOUT_SLACK;
        hi *= 1 + ABOUT_SLACK;
      }
      case NEARLY -> lo *= 1 - NEARLY_SLACK;
      case ABOVE -> hi = Double.POSITIVE_INFINITY;
      case BELOW -> lo = 0;
      case EXACT -> {
        if (lo == hi) {
          double slack = roundingSlack(lo);
          lo -= slack;
          hi += slack;
        }
      }
    }

    if (kind == Kind.COUNT) {
      boolean vague = number.lo() != number.hi();
      Head head = head(tokens, k, vague);
      // A count of more than one counts a plural: "the 4300 block" is an address.
      if (head == null || !looksPlural(tokens.get(head.index()).lower())) {
        return null;
      }
      String stem = stem(tokens.get(head.index()).text());
      if (stem == null) {
        return null;
      }
      return new Mention(
          i, head.index(), kind, "", lo, hi, head.index(),
          tokens.get(head.index()).lower(), "count:" + stem, head.modifiers(), exact);
    }
    int last = unitEnd >= 0 ? unitEnd : k - 1;
    String unit = currency == null ? "" : currency;
    String subject =
        switch (kind) {
          case PERCENT -> "percent";
          case POINTS -> "percentage points";
          default -> unitName(unit);
        };
    // "40 percent of voters", "$5 million in aid", "$2 billion for the wall": the noun they
    // qualify makes them comparable at all.
    int head = -1;
    String link = lowerAt(tokens, last + 1);
    if (link.equals("of") || (kind == Kind.MONEY && (link.equals("in") || link.equals("for")))) {
      Head h = head(tokens, last + 2, true);
      if (h != null) {
        head = h.index();
      }
    }
    String subjectKey = kind + ":" + unit;
    if (head >= 0) {
      subject = tokens.get(head).lower();
      subjectKey += ":" + stem(tokens.get(head).text());
      last = head;
    }
    return new Mention(i, last, kind, unit, lo, hi, head, subject, subjectKey, Set.of(), exact);
  }

  /**
   * How far a number written without a qualifier may be from the value it stands for: nearly half
   * a unit of its last significant digit ("4 %" may be 4.1 %, "17" is not 12), at most {@value
   * #ROUNDING_SLACK} of it ("6,000" is not 6,500).
   */
  static double roundingSlack(double value) {
    if (value == 0 || Double.isInfinite(value) || Double.isNaN(value)) {
      return 0;
    }
    int scale = BigDecimal.valueOf(value).stripTrailingZeros().scale();
    // A little under half a unit, so that neighbours ("90" and "91") do not touch.
    double unit = Math.pow(10, -scale);
    return Math.min(0.45 * unit, ROUNDING_SLACK * Math.abs(value));
  }

  private static String unitName(String currency) {
    return switch (currency) {
      case "EUR" -> "euros";
      case "GBP" -> "pounds";
      default -> "dollars";
    };
  }

  private record Head(int index, Set<String> modifiers) {}

  /**
   * The counted noun at or after token {@code k}: see the class comment. After a vague magnitude
   * ({@code skipOf}) an "of" and a "the" come first: "thousands of troops", "40% of the vote".
   */
  private Head head(List<Token> tokens, int k, boolean skipOf) {
    int j = k;
    if (skipOf && lowerAt(tokens, j).equals("of")) {
      j++;
    }
    if (skipOf && lowerAt(tokens, j).equals("the")) {
      j++;
    }
    Set<String> modifiers = new LinkedHashSet<>();
    int lastProper = -1;
    for (int steps = 0; j < tokens.size() && steps <= MAX_MODIFIERS; j++, steps++) {
      Token t = tokens.get(j);
      if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
        break;
      }
      String lower = t.lower();
      if (NUMBER_WORDS.contains(lower)) {
        break;
      }
      if (t.isDottedAcronym() || t.isCapitalized() || isDemonym(lower)) {
        if (!t.isDottedAcronym()) {
          lastProper = j;
        }
        modifiers.add(normalizeModifier(lower));
        continue;
      }
      if (SKIPPED_ADJECTIVES.contains(lower)) {
        continue;
      }
      if (stem(t.text()) == null) {
        break; // a function word: "4,000 in Poland" has no counted noun
      }
      // "1,750 black rhinos": a singular word before a plural one is its adjective.
      if (j + 1 < tokens.size() && !looksPlural(lower)) {
        Token next = tokens.get(j + 1);
        String nextLower = next.lower();
        if (next.isWord() && !next.isCapitalized() && looksPlural(nextLower)
            && !NUMBER_WORDS.contains(nextLower) && stem(next.text()) != null) {
          return new Head(j + 1, Set.copyOf(modifiers));
        }
      }
      return new Head(j, Set.copyOf(modifiers));
    }
    // "two Americans were killed": a proper word can be the counted noun itself.
    if (lastProper >= 0) {
      modifiers.remove(normalizeModifier(tokens.get(lastProper).lower()));
      return new Head(lastProper, Set.copyOf(modifiers));
    }
    return null;
  }

  static String normalizeModifier(String lower) {
    String m = lower.replace(".", "");
    if (m.endsWith("'s") || m.endsWith("’s")) {
      m = m.substring(0, m.length() - 2);
    }
    return m;
  }

  /** Whether a lowercased noun looks plural: "troops", "people"; not "block", "crisis". */
  static boolean looksPlural(String lower) {
    if (IRREGULAR_PLURALS.contains(lower)) {
      return true;
    }
    return lower.length() > 2
        && lower.endsWith("s")
        && !lower.endsWith("ss")
        && !lower.endsWith("us")
        && !lower.endsWith("is")
        && !lower.endsWith("'s")
        && !lower.endsWith("’s");
  }

  private static boolean isDemonym(String lower) {
    // Lowercased text ("russian troops") hides capitals; these endings mark most demonyms.
    return lower.length() > 4
        && (lower.endsWith("ian") || lower.endsWith("ese") || lower.endsWith("ean")
            || lower.endsWith("ish") || lower.endsWith("ican"));
  }

  /** The stem of a single word, or null if it is a stopword or yields no term. */
  String stem(String word) {
    List<String> terms = analyzer.terms(word);
    return terms.isEmpty() ? null : terms.get(terms.size() - 1);
  }

  /** Whether the number at {@code j} (qualifiers from {@code i}) is a year, time, date or label. */
  private static boolean isNotAQuantity(List<Token> tokens, int i, int j, Number number) {
    Token first = tokens.get(j);
    String before = lowerAt(tokens, i - 1);
    // "No. 5": the word before an abbreviation's dot.
    String label = before.equals(".") ? lowerAt(tokens, i - 2) : before;
    String after = lowerAt(tokens, number.end());
    if (MONTHS.contains(before.replace(".", "")) || MONTHS.contains(after.replace(".", ""))) {
      return true;
    }
    if (LABELS.contains(label)) {
      return true;
    }
    if (TIME_SUFFIX.contains(after) || after.equals("/") || after.equals("-")) {
      return true;
    }
    if (after.equals(":") && Character.isDigit(lowerAt(tokens, number.end() + 1).charAt(0))) {
      return true;
    }
    if (before.equals(":") || before.equals("/")) {
      return true;
    }
    // The second number of a range ("17 to 20 passengers", "between 5 and 10"): the range is one
    // statement that a single bound misrepresents. The first number has no noun after it.
    if ((before.equals("to") || before.equals("and") || before.equals("or"))
        && i >= 2 && Character.isDigit(tokens.get(i - 2).text().charAt(0))) {
      return true;
    }
    if (!number.words() && number.end() == j + 1) {
      String text = first.text();
      boolean yearLike = text.length() == 4 && text.chars().allMatch(Character::isDigit);
      if (yearLike) {
        int year = Integer.parseInt(text);
        boolean percent = after.equals("%") || after.equals("percent");
        return year >= 1500 && year <= 2100 && !percent;
      }
    }
    return false;
  }

  private static String lowerAt(List<Token> tokens, int index) {
    return index >= 0 && index < tokens.size() ? tokens.get(index).lower() : " ";
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int w = 0; w < words.size(); w++) {
      if (!tokens.get(at + w).lower().equals(words.get(w))) {
        return false;
      }
    }
    return true;
  }

  /** Any number at {@code j}: exact, or a vague magnitude as an interval; null if none. */
  Number readNumber(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    String w = tokens.get(j).lower();
    // "tens of thousands", "hundreds of millions"
    if ((w.equals("tens") || w.equals("hundreds"))
        && lowerAt(tokens, j + 1).equals("of")
        && PLURAL_SCALE.containsKey(lowerAt(tokens, j + 2))) {
      double s = PLURAL_SCALE.get(lowerAt(tokens, j + 2)) * (w.equals("tens") ? 10 : 100);
      return new Number(s, 10 * s - 1, j + 3, true);
    }
    if (PLURAL_SCALE.containsKey(w)) {
      double s = PLURAL_SCALE.get(w);
      return new Number(2 * s, 10 * s - 1, j + 1, true);
    }
    if (w.equals("dozens") && lowerAt(tokens, j + 1).equals("of")) {
      return new Number(24, 99, j + 1, true);
    }
    if (w.equals("scores") && lowerAt(tokens, j + 1).equals("of")) {
      return new Number(40, 99, j + 1, true);
    }
    if (w.equals("several") && SCALE.containsKey(lowerAt(tokens, j + 1))) {
      double s = SCALE.get(lowerAt(tokens, j + 1));
      return new Number(3 * s, 10 * s - 1, j + 2, true);
    }
    if (w.equals("a") && lowerAt(tokens, j + 1).equals("few")
        && SCALE.containsKey(lowerAt(tokens, j + 2))) {
      double s = SCALE.get(lowerAt(tokens, j + 2));
      return new Number(2 * s, 5 * s, j + 3, true);
    }
    return exactNumber(tokens, j);
  }

  /** A number with one value at {@code j}: digits or number words; null if none. */
  Number exactNumber(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    String text = tokens.get(j).text();
    Matcher digits = DIGITS.matcher(text);
    if (digits.matches()) {
      double value = Double.parseDouble(text.replace(",", ""));
      int end = j + 1;
      while (end < tokens.size() && SCALE.containsKey(tokens.get(end).lower())) {
        value *= SCALE.get(tokens.get(end).lower());
        end++;
      }
      return new Number(value, value, end, false);
    }
    Matcher suffixed = DIGITS_SUFFIX.matcher(text);
    if (suffixed.matches()) {
      double value = Double.parseDouble(suffixed.group(1));
      value *=
          switch (suffixed.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b", "bn" -> 1e9;
            default -> 1e12;
          };
      return new Number(value, value, j + 1, false);
    }
    return numberWords(tokens, j);
  }

  /** "six thousand", "twenty-five", "a million", "two hundred and fifty"; not "one" alone. */
  private static Number numberWords(List<Token> tokens, int j) {
    double total = 0;
    double current = 0;
    boolean any = false;
    boolean scaled = false;
    boolean lastSmall = false;
    int k = j;
    String first = lowerAt(tokens, j);
    if ((first.equals("a") || first.equals("an")) && SCALE.containsKey(lowerAt(tokens, j + 1))) {
      current = 1;
      any = true;
      k = j + 1;
    }
    for (; k < tokens.size(); k++) {
      String w = tokens.get(k).lower();
      Integer small = smallValue(w);
      if (small != null) {
        // "twenty five" is one number; "five six" is two.
        boolean joins = current % 100 >= 20 && current % 10 == 0 && small < 10;
        if (lastSmall && !joins) {
          break;
        }
        current += small;
        any = true;
        lastSmall = true;
      } else if (w.equals("hundred") && any && current > 0) {
        current *= 100;
        scaled = true;
        lastSmall = false;
      } else if (SCALE.containsKey(w) && any && current > 0) {
        total += current * SCALE.get(w);
        current = 0;
        scaled = true;
        lastSmall = false;
      } else if (w.equals("and") && any && scaled && smallValue(lowerAt(tokens, k + 1)) != null) {
        lastSmall = false;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    double value = total + current;
    if (value == 1 && !scaled) {
      return null;
    }
    return new Number(value, value, k, true);
  }

  private static Integer smallValue(String w) {
    Integer v = SMALL.get(w);
    if (v != null) {
      return v;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = SMALL.get(w.substring(0, dash));
      Integer ones = SMALL.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }
}
