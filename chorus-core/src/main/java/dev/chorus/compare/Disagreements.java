package dev.chorus.compare;

import dev.chorus.compare.Quantities.Kind;
import dev.chorus.compare.Quantities.Mention;
import dev.chorus.model.Span;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The disagreement detector: quantities about the same thing that different outlets state with
 * values that cannot both be true. See {@link StoryComparer} for the method; this class holds its
 * steps. Thread-safe (immutable).
 */
final class Disagreements {

  /**
   * Word tokens on each side of a quantity whose terms describe what it is about; the window also
   * ends at the next number, whose context it is.
   */
  static final int CONTEXT_WINDOW = 8;

  /** The window of percentages, money and units (miles, points): what they measure is close by. */
  static final int WEAK_CONTEXT_WINDOW = 5;

  /** Context terms two counts of the same noun must share. */
  static final int MIN_SHARED_CONTEXT = 2;

  /** Share of the smaller context they must share. */
  static final double MIN_CONTEXT_OVERLAP = 0.34;

  /**
   * Context terms a percentage or a sum of money without a noun of its own must share ("rose 4
   * percent", "$ 2.50 a gallon"): their unit says nothing of what they measure.
   */
  static final int MIN_SHARED_CONTEXT_WEAK_SUBJECT = 3;

  /** Share of the smaller context that percentages, money and units must share. */
  static final double MIN_CONTEXT_OVERLAP_WEAK_SUBJECT = 0.5;

  private static final Set<String> REPORTING =
      Set.of("said", "says", "say", "told", "tells", "according", "reported", "reports", "added");

  private static final Set<String> DURATIONS =
      Set.of(
          "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
          "times");

  /** Units, not things: distances, scores, weights. */
  private static final Set<String> UNITS =
      Set.of(
          "miles", "kilometers", "kilometres", "km", "feet", "meters", "metres", "yards", "inches",
          "points", "degrees", "tons", "tonnes", "pounds", "kilograms", "kg", "acres", "hectares",
          "votes", "goals", "runs", "laps");

  private final TermAnalyzer analyzer;
  private final Quantities quantities;

  Disagreements(TermAnalyzer analyzer, Quantities quantities) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.quantities = Objects.requireNonNull(quantities, "quantities");
  }

  /** A quantity of the story with what it takes to compare and report it. */
  private record Item(
      int document,
      String outlet,
      Mention mention,
      Set<String> context,
      String left,
      String right,
      Claim claim) {}

  /** The content terms around a quantity, and the nearest one on each side (or null). */
  private record Context(Set<String> terms, String left, String right) {}

  List<Disagreement> find(List<DocumentText> docs, Outlets outlets) {
    List<Item> items = new ArrayList<>();
    List<List<Double>> numbers = new ArrayList<>();
    for (DocumentText doc : docs) {
      List<Double> values = new ArrayList<>();
      numbers.add(values);
      for (AnalyzedSentence s : doc.sentences()) {
        List<Token> tokens = Tokens.of(s.text());
        values.addAll(quantities.numberValues(tokens));
        List<Mention> mentions = quantities.mentions(tokens);
        for (Mention m : mentions) {
          if (isDuration(m) || isListed(m, mentions)) {
            continue;
          }
          int offset = s.sentence().span().start();
          int start = tokens.get(m.first()).start();
          int end = tokens.get(m.last()).end();
          Claim claim =
              new Claim(
                  outlets.of(doc.index()), doc.id(), new Span(offset + start, offset + end),
                  s.text().substring(start, end), s.text());
          int window = isWeak(m) ? WEAK_CONTEXT_WINDOW : CONTEXT_WINDOW;
          Context c = context(tokens, m, window);
          items.add(
              new Item(
                  doc.index(), outlets.of(doc.index()), m, c.terms(), c.left(), c.right(), claim));
        }
      }
    }
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<List<Integer>> matches = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      matches.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (items.get(i).document() != items.get(j).document()
            && sameSubject(items.get(i), items.get(j))) {
          parent[root(parent, j)] = root(parent, i);
          matches.get(i).add(j);
          matches.get(j).add(i);
        }
      }
    }
    List<int[]> conflicts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j : matches.get(i)) {
        if (i < j && contradict(items, matches, numbers, i, j)) {
          conflicts.add(new int[] {i, j});
        }
      }
    }
    // A group is disputed when two of its members that are directly about the same thing
    // contradict each other, not just through a chain of similar quantities.
    boolean[] disputed = new boolean[n];
    for (int[] c : conflicts) {
      disputed[root(parent, c[0])] = true;
    }
    List<Disagreement> result = new ArrayList<>();
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = root(parent, i);
      if (!disputed[r]) {
        continue;
      }
      if (groupOf[r] < 0) {
        groupOf[r] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOf[r]).add(i);
    }
    boolean[] inConflict = new boolean[n];
    for (int[] c : conflicts) {
      inConflict[c[0]] = true;
      inConflict[c[1]] = true;
    }
    for (List<Integer> group : groups) {
      // The contradicting statements and those that agree directly with one of them; not the
      // whole chain of loosely similar quantities.
      List<Claim> claims = new ArrayList<>();
      for (int i : group) {
        boolean agrees = false;
        for (int k : matches.get(i)) {
          agrees |= inConflict[k] && !items.get(i).mention().contradicts(items.get(k).mention());
        }
        if (inConflict[i] || agrees) {
          claims.add(items.get(i).claim());
        }
      }
      result.add(new Disagreement(items.get(group.get(0)).mention().subject(), claims));
    }
    return result;
  }

  /**
   * Whether quantities {@code i} and {@code j}, about the same thing, contradict each other: their
   * outlets differ, their values cannot both be true, and neither document also states a value
   * that agrees with the other's. An article that gives 80 % for one group and 71 % for another
   * does not disagree with one that gives the same two numbers, whichever two are matched.
   */
  private static boolean contradict(
      List<Item> items, List<List<Integer>> matches, List<List<Double>> numbers, int i, int j) {
    Item a = items.get(i);
    Item b = items.get(j);
    if (a.outlet().equals(b.outlet()) || !a.mention().contradicts(b.mention())) {
      return false;
    }
    // An article that writes the other's number itself, for whatever, most likely counts
    // something else with its own ("1,750 of the world's 4,800 rhinos").
    if (states(numbers.get(a.document()), b.mention())
        || states(numbers.get(b.document()), a.mention())) {
      return false;
    }
    for (int k : matches.get(i)) {
      Item c = items.get(k);
      if (c.document() == b.document() && !a.mention().contradicts(c.mention())) {
        return false;
      }
    }
    for (int k : matches.get(j)) {
      Item c = items.get(k);
      if (c.document() == a.document() && !b.mention().contradicts(c.mention())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Durations ("three years later", "sentenced to five years") are left out: they measure time
   * between events that articles choose freely, and on real clusters nearly all their apparent
   * disagreements were different intervals.
   */
  private static boolean isDuration(Mention m) {
    return m.kind() == Kind.COUNT && DURATIONS.contains(m.subject());
  }

  /**
   * Whether the sentence lists several quantities of the same kind ("42 % good, 27 % fair and 30
   * % poor", "71 % of X compared to 82 % of Y"): which of them another article's number matches
   * cannot be told from words around them.
   */
  private static boolean isListed(Mention m, List<Mention> sentence) {
    int alike = 0;
    for (Mention other : sentence) {
      boolean same =
          m.kind() == Kind.COUNT
              ? other.subjectKey().equals(m.subjectKey())
              : other.kind() == m.kind() && other.unit().equals(m.unit());
      if (same) {
        alike++;
      }
    }
    return alike > 1;
  }

  /** Whether one of {@code values} is an exact statement's value. */
  private static boolean states(List<Double> values, Mention m) {
    if (!m.exact()) {
      return false;
    }
    for (double v : values) {
      if (v >= m.lo() && v <= m.hi()) {
        return true;
      }
    }
    return false;
  }

  /** Percentages, money and durations: their unit says little about what they measure. */
  private static boolean isWeak(Mention m) {
    return m.kind() != Kind.COUNT || UNITS.contains(m.subject());
  }

  /** Whether two quantities are about the same thing; see {@link StoryComparer}. */
  private static boolean sameSubject(Item a, Item b) {
    Mention ma = a.mention();
    Mention mb = b.mention();
    if (!ma.subjectKey().equals(mb.subjectKey())) {
      return false;
    }
    // "U.S. troops" and "Russian troops" are different troops.
    if (!ma.modifiers().isEmpty() && !mb.modifiers().isEmpty()
        && ma.modifiers().stream().noneMatch(mb.modifiers()::contains)) {
      return false;
    }
    boolean weak = isWeak(ma);
    // A percentage or a sum without a noun of its own says nothing of what it measures.
    int minShared =
        ma.kind() != Kind.COUNT && ma.head() < 0
            ? MIN_SHARED_CONTEXT_WEAK_SUBJECT
            : MIN_SHARED_CONTEXT;
    double minOverlap = weak ? MIN_CONTEXT_OVERLAP_WEAK_SUBJECT : MIN_CONTEXT_OVERLAP;
    int shared = 0;
    for (String term : a.context()) {
      if (b.context().contains(term)) {
        shared++;
      }
    }
    int smaller = Math.min(a.context().size(), b.context().size());
    if (shared < minShared || shared < minOverlap * smaller) {
      return false;
    }
    // "ahead by six points among likely voters" and "losing the south, among likely voters, by
    // 22 points"; "the collapse of three houses and the evacuation of 70 homes" and "officials
    // evacuated 22 houses": the nearest word on one side says what is measured.
    // For a unit it is the word after: "40 miles west of", "two miles below the surface".
    boolean right = a.right() != null && a.right().equals(b.right());
    if (UNITS.contains(ma.subject())) {
      return right;
    }
    return right || (a.left() != null && a.left().equals(b.left()));
  }

  /**
   * The content terms around a quantity: who and where ("Putin", "border", "Ukraine"). Numbers,
   * number words, reporting verbs and the counted noun itself are left out: they are the same in
   * any two quantities of one noun, or carry no subject.
   */
  private Context context(List<Token> tokens, Mention m, int window) {
    Set<String> context = new HashSet<>();
    String head = m.head() >= 0 ? quantities.stem(tokens.get(m.head()).text()) : null;
    String left = side(tokens, m.first() - 1, -1, window, head, context);
    String right = side(tokens, m.last() + 1, 1, window, head, context);
    return new Context(context, left, right);
  }

  /** Adds one side's terms; returns the nearest term on that side, or null. */
  private String side(
      List<Token> tokens, int from, int step, int window, String head, Set<String> context) {
    String nearest = null;
    int words = 0;
    for (int k = from; k >= 0 && k < tokens.size() && words < window; k += step) {
      List<String> terms = new ArrayList<>();
      int counted = addContext(tokens.get(k), head, terms);
      if (counted < 0) {
        break;
      }
      // Adverbs ("had previously been evacuated") do not say what is measured.
      if (nearest == null && !terms.isEmpty() && !tokens.get(k).lower().endsWith("ly")) {
        nearest = step < 0 ? terms.get(terms.size() - 1) : terms.get(0);
      }
      context.addAll(terms);
      words += counted;
    }
    return nearest;
  }

  /** Adds a token's terms; returns the words it counts for, or -1 at another number. */
  private int addContext(Token t, String head, List<String> context) {
    if (!t.isWord()) {
      return t.is('%') || t.is('$') || t.is('€') || t.is('£') ? -1 : 0;
    }
    String lower = t.lower();
    if (Character.isDigit(lower.charAt(0)) || Quantities.NUMBER_WORDS.contains(lower)) {
      // "71 % of people in open relationships compared to 82 % of people in monogamous ones":
      // each number's context ends where the next one's begins.
      return -1;
    }
    if (REPORTING.contains(lower)) {
      return 1;
    }
    for (String term : analyzer.terms(t.text())) {
      if (!term.equals(head) && term.chars().anyMatch(Character::isLetter)) {
        context.add(term);
      }
    }
    return 1;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
