package dev.chorus.compare;

import dev.chorus.select.NearDuplicateIndex;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "only in" detector: sentences whose information a single outlet carries. See {@link
 * StoryComparer} for the method; this class holds its steps. Thread-safe (immutable).
 */
final class Exclusives {

  /** Weight of a number among a sentence's keys: numbers are the most checkable facts. */
  static final double NUMBER_BOOST = 2.0;

  /** Weight of a name (capitalized mid-sentence, or an acronym). */
  static final double NAME_BOOST = 1.5;

  /** Weight of any other content term. */
  static final double TERM_BOOST = 1.0;

  /** Largest share of a sentence's weighted keys that one other outlet's article may hold. */
  static final double MAX_COVERAGE = 0.4;

  /** Least salience (weighted keys that no other outlet has) of an exclusive. */
  static final double MIN_SALIENCE = 3.0;

  /** Novel plain terms a sentence needs when it has no novel number or name. */
  static final int MIN_NOVEL_TERMS = 5;

  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Yy]ou|[Yy]our|[Ii]’m|[Ii]'m)\\b");

  /** Salience factor of a sentence that is largely quotation: opinion more than fact. */
  static final double QUOTED_FACTOR = 0.5;

  /** Share of a sentence's characters inside quotation marks from which it is "largely". */
  static final double QUOTED_SHARE = 0.25;

  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 80;

  private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[.!]['\"”’)\\]]*$");
  /**
   * Captions (credits, "(L)" and "(R)" position marks), bylines and datelines, and calls to
   * action: what cleaning may have missed, and never an outlet's news.
   */
  private static final Pattern CAPTION_OR_BOILERPLATE =
      Pattern.compile(
          "(?i)\\((?:photo|image|file|credit)\\b|\\b(?:photo|image|caption|credit|video)\\s*:"
              + "|\\(\\s*(?:l|r|c|left|right|center|centre)\\s*\\)"
              + "|\\b(?:getty images|image copyright|image caption|photo credit|all rights reserved"
              + "|click|sign up|subscribe|newsletter|cookies|javascript|read more|follow us"
              + "|updated|posted|staff writer|special report)\\b"
              + "|\\b(?:AP|Reuters|AFP|Getty|Photo)\\s*/\\s*\\p{L}|^by\\s+\\p{L}+");

  private final TermAnalyzer analyzer;
  private final Quantities quantities;
  private final int perOutlet;

  Exclusives(TermAnalyzer analyzer, Quantities quantities, int perOutlet) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.quantities = Objects.requireNonNull(quantities, "quantities");
    this.perOutlet = perOutlet;
  }

  /** A candidate with its score, for ranking. */
  private record Scored(AnalyzedSentence sentence, String outlet, double salience) {}

  List<Exclusive> find(
      AnalyzedStory story,
      List<DocumentText> docs,
      Outlets outlets,
      NearDuplicateIndex duplicates,
      List<Quotes.Found> quotes) {
    if (outlets.inStoryOrder().size() < 2) {
      return List.of(); // "only in" needs another outlet to compare with
    }
    int n = docs.size();
    List<Map<String, Double>> sentenceKeys = new ArrayList<>();
    List<AnalyzedSentence> sentences = new ArrayList<>();
    List<Set<String>> documentKeys = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (DocumentText doc : docs) {
      Set<String> union = new HashSet<>();
      for (AnalyzedSentence s : doc.sentences()) {
        Map<String, Double> keys = keys(doc, s.text());
        sentenceKeys.add(keys);
        sentences.add(s);
        union.addAll(keys.keySet());
      }
      documentKeys.add(union);
      for (String key : union) {
        df.merge(key, 1, Integer::sum);
      }
    }

    double logN = Math.log(n + 1.0);
    List<Scored> candidates = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedSentence s = sentences.get(i);
      String outlet = outlets.of(s.documentIndex());
      if (!isCandidate(s) || copiedByAnotherOutlet(story, s, outlets, duplicates)) {
        continue;
      }
      Map<String, Double> keys = sentenceKeys.get(i);
      double total = 0;
      Map<String, Double> weights = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : keys.entrySet()) {
        double idf = Math.log((n + 1.0) / df.get(e.getKey())) / logN;
        double w = e.getValue() * idf;
        weights.put(e.getKey(), w);
        total += w;
      }
      if (total <= 0) {
        continue;
      }
      double maxCoverage = 0;
      Set<String> elsewhere = new HashSet<>();
      for (int d = 0; d < n; d++) {
        if (outlets.of(d).equals(outlet)) {
          continue;
        }
        double covered = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
          if (documentKeys.get(d).contains(e.getKey())) {
            covered += e.getValue();
            elsewhere.add(e.getKey());
          }
        }
        maxCoverage = Math.max(maxCoverage, covered / total);
      }
      if (maxCoverage > MAX_COVERAGE) {
        continue;
      }
      double facts = 0;
      double terms = 0;
      int novelTerms = 0;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        if (elsewhere.contains(e.getKey())) {
          continue;
        }
        if (keys.get(e.getKey()) > TERM_BOOST) {
          facts += e.getValue();
        } else {
          terms += e.getValue();
          novelTerms++;
        }
      }
      // Without a new number or name, only a sentence with several new words in the third person
      // can be new information; "We want to be inclusive" is a speaker's filler.
      if (facts == 0 && (novelTerms < MIN_NOVEL_TERMS || FIRST_PERSON.matcher(s.text()).find())) {
        continue;
      }
      // Numbers and names count in full; plain words with diminishing returns, so that a long
      // sentence of new wording does not outrank a short one with new facts.
      double salience = facts + 2 * Math.sqrt(terms);
      if (quotedShare(s, quotes) >= QUOTED_SHARE) {
        salience *= QUOTED_FACTOR;
      }
      if (salience >= MIN_SALIENCE) {
        candidates.add(new Scored(s, outlet, salience));
      }
    }
    return top(candidates, outlets, duplicates);
  }

  /** The best {@code perOutlet} per outlet, no two near-duplicates; outlets in story order. */
  private List<Exclusive> top(
      List<Scored> candidates, Outlets outlets, NearDuplicateIndex duplicates) {
    candidates.sort(
        Comparator.comparingInt((Scored c) -> outlets.rank(c.outlet()))
            .thenComparing(Comparator.comparingDouble(Scored::salience).reversed())
            .thenComparingInt(c -> c.sentence().index()));
    List<Exclusive> result = new ArrayList<>();
    List<Scored> taken = new ArrayList<>();
    for (Scored c : candidates) {
      long ofOutlet = taken.stream().filter(t -> t.outlet().equals(c.outlet())).count();
      if (ofOutlet >= perOutlet) {
        continue;
      }
      boolean repeated =
          taken.stream()
              .anyMatch(
                  t -> duplicates.areNearDuplicates(t.sentence().index(), c.sentence().index()));
      if (repeated) {
        continue;
      }
      taken.add(c);
      var sentence = c.sentence().sentence();
      result.add(
          new Exclusive(
              c.outlet(), sentence.documentId(), sentence.position(), sentence.span(),
              sentence.text(), c.salience()));
    }
    return result;
  }

  /** Factual-looking, complete, not a question, caption or boilerplate. */
  static boolean isCandidate(AnalyzedSentence s) {
    String text = s.text().strip();
    return s.words() >= MIN_WORDS
        && s.words() <= MAX_WORDS
        && ENDS_LIKE_A_SENTENCE.matcher(text).find()
        && !CAPTION_OR_BOILERPLATE.matcher(text).find();
  }

  private static boolean copiedByAnotherOutlet(
      AnalyzedStory story, AnalyzedSentence s, Outlets outlets, NearDuplicateIndex duplicates) {
    String outlet = outlets.of(s.documentIndex());
    for (int j : duplicates.nearDuplicatesOf(s.index())) {
      if (!outlets.of(story.sentences().get(j).documentIndex()).equals(outlet)) {
        return true;
      }
    }
    return false;
  }

  private static double quotedShare(AnalyzedSentence s, List<Quotes.Found> quotes) {
    int start = s.sentence().span().start();
    int end = s.sentence().span().end();
    int quoted = 0;
    for (Quotes.Found q : quotes) {
      if (q.document() == s.documentIndex()) {
        quoted += Math.max(0, Math.min(end, q.span().end()) - Math.max(start, q.span().start()));
      }
    }
    return end > start ? (double) quoted / (end - start) : 0;
  }

  /**
   * The keys of a sentence with their boost: number values ("#6000"), names (stems of words
   * capitalized mid-sentence or written as acronyms) and other content terms (stems).
   */
  Map<String, Double> keys(DocumentText doc, String text) {
    List<Token> tokens = Tokens.of(text);
    Map<String, Double> keys = new LinkedHashMap<>();
    for (String number : quantities.numberKeys(tokens)) {
      keys.put(number, NUMBER_BOOST);
    }
    boolean initial = true;
    for (Token t : tokens) {
      if (!t.isWord()) {
        int mark = Quotes.markKind(t.text().charAt(0));
        initial |= mark == Quotes.OPENING || mark == Quotes.EITHER || t.is(':');
        continue;
      }
      String lower = t.lower();
      boolean wasInitial = initial;
      initial = false;
      if (Character.isDigit(t.text().charAt(0)) || Quantities.NUMBER_WORDS.contains(lower)) {
        continue;
      }
      boolean name =
          t.isDottedAcronym()
              || t.isUpperCaseWord()
              || (t.isCapitalized() && (!wasInitial || doc.isName(lower)));
      for (String term : analyzer.terms(t.text())) {
        if (term.chars().noneMatch(Character::isLetter)) {
          continue;
        }
        keys.merge(term, name ? NAME_BOOST : TERM_BOOST, Math::max);
      }
    }
    return keys;
  }
}
