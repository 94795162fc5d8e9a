package dev.chorus.compare;

import dev.chorus.model.Article;
import dev.chorus.select.NearDuplicateIndex;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.LuceneTermAnalyzer;
import dev.chorus.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares what the outlets of a story say: what only one of them reports, which numbers they
 * state differently, and who is quoted saying what (issue #6, "who says what").
 *
 * <p><b>Input.</b> An analyzed story, normally {@code Pipeline.analyze}'s output: its sentences
 * are the kept (cleaned) ones, and only they are read, so dropped captions, tweets and page
 * furniture never show up. Outlets come from the caller ({@code Function<Article, String>}, or a
 * map from document id to outlet): two documents with the same outlet name are one outlet;
 * syndicated copies under different names (the same wire story in three papers) are different
 * outlets that carry the same text.
 *
 * <p><b>Only in.</b> A sentence is an exclusive of its outlet when
 *
 * <ol>
 *   <li>it looks like a fact: 6 to 80 words, ends like a sentence (so not a question, heading or
 *       truncated text), no caption, byline or call-to-action marker;
 *   <li>no document of another outlet has a near-duplicate of it ({@link NearDuplicateIndex});
 *   <li>no single document of another outlet covers more than {@value Exclusives#MAX_COVERAGE} of
 *       its weighted <i>keys</i>. Keys are number values ("6,000" and "six thousand" are one key),
 *       names (words capitalized mid-sentence, acronyms) and other content-term stems. A key weighs
 *       its kind's boost (number 2, name 1.5, term 1) times its story IDF, ln((N+1)/df)/ln(N+1)
 *       over the N documents, so words every article uses weigh little and the test is about the
 *       sentence's specific content;
 *   <li>what no other outlet has at all (its <i>novel</i> keys) includes a number or a name, or
 *       else at least {@value Exclusives#MIN_NOVEL_TERMS} terms in a sentence without "I", "we" or
 *       "you" (a speaker's "we want to be inclusive" is filler, not news);
 *   <li>its salience is at least {@value Exclusives#MIN_SALIENCE}: the weight of its novel numbers
 *       and names plus 2·√(weight of its novel terms), so that many new words do not outrank a new
 *       fact; halved when a quarter or more of the sentence is quotation (opinion more than fact;
 *       the quotation itself is listed among the quotes).
 * </ol>
 *
 * The most salient {@code perOutlet} exclusives of each outlet are kept, never two near-duplicates.
 * Comparing with whole documents rather than single sentences errs towards "carried elsewhere": a
 * fact another outlet spreads over two sentences is not reported as exclusive.
 *
 * <p><b>Disagreements.</b> Every quantity is read with {@link Quantities}: qualifier, number
 * (digits, number words, vague magnitudes like "tens of thousands"), and unit or counted noun, as
 * an interval of the values it allows (a bare number may be rounded by up to 5 %). Two quantities
 * in different documents are about the same thing when
 *
 * <ul>
 *   <li>they count the same noun stem, or have the same kind, unit and qualified noun;
 *   <li>their proper modifiers do not differ ("U.S. troops" vs "Russian troops");
 *   <li>the content terms within {@value Disagreements#CONTEXT_WINDOW} words around them (5 for
 *       percentages, money and units such as miles; a window ends at the next number) share at
 *       least {@value Disagreements#MIN_SHARED_CONTEXT} terms and a third of the smaller context
 *       (3 terms and half for a percentage or sum without a noun of its own);
 *   <li>the nearest content word on one side is the same ("amassed ... troops along the border"
 *       and "troops at the border"; for units the word after: "40 miles west of").
 * </ul>
 *
 * Left out as unreliable: durations ("three years later"), numbers in a sentence that lists
 * several of the same kind ("42 % good, 27 % fair"), and ranges ("17 to 20"). Matched quantities
 * are grouped (union-find); a group is a disagreement when two directly matched members from
 * different outlets have disjoint intervals, unless one of the two documents also states the
 * other's value (it then most likely counts something else with its own) or agrees with it in
 * another matched quantity. The claims are the contradicting ones and those that agree directly
 * with one of them. Because only quantities are compared, spelling variants
 * ("defence"/"defense") are never disagreements, and one number in two forms
 * ("6,000"/"six thousand") agrees with itself. Every rule errs towards silence: precision over
 * recall.
 *
 * <p><b>Quotes.</b> See {@link Quotes}: direct quotations of at least {@code minQuoteWords} words
 * in kept text, the speaker from attribution patterns around them ("X said", "said X", "according
 * to X", "X told reporters"; "he"/"she" only to a named speaker before), copies across outlets
 * merged into one {@link Quote} that lists every outlet. Quotes come in story order of their
 * first occurrence.
 *
 * <p><b>Complexity.</b> For a story of T tokens, S sentences, D documents, Q quantities and P
 * quotations of L words: O(T) to tokenize and analyze, O(S·D·k) for the exclusives (k keys per
 * sentence) plus the near-duplicate lookups, O(Q²·w) for the disagreements (w context terms) and
 * O(P²·L) to merge quotations. Stories have tens of documents, so all of this is milliseconds.
 *
 * <p>Deterministic: the result depends only on the story and the outlet names, never on hash
 * order. Thread-safe: the comparer holds only its configuration and the (thread-safe) term
 * analyzer; each call builds its own state.
 */
public final class StoryComparer {

  /** Default number of exclusives kept per outlet. */
  public static final int DEFAULT_EXCLUSIVES_PER_OUTLET = 3;

  /** Default least number of words of a quotation. */
  public static final int DEFAULT_MIN_QUOTE_WORDS = 6;

  private final Exclusives exclusives;
  private final Disagreements disagreements;
  private final Quotes quotes;

  /** English ({@link LuceneTermAnalyzer}) with the default limits. */
  public StoryComparer() {
    this(new LuceneTermAnalyzer(), DEFAULT_EXCLUSIVES_PER_OUTLET, DEFAULT_MIN_QUOTE_WORDS);
  }

  /**
   * A comparer with the given analysis and limits.
   *
   * @param analyzer turns words into content-term stems; should be the one that analyzed the
   *     stories (it must be thread-safe, as every {@link TermAnalyzer} is)
   * @param exclusivesPerOutlet most exclusives kept per outlet, >= 1
   * @param minQuoteWords least number of words of a quotation, >= 1
   */
  public StoryComparer(TermAnalyzer analyzer, int exclusivesPerOutlet, int minQuoteWords) {
    Objects.requireNonNull(analyzer, "analyzer");
    if (exclusivesPerOutlet < 1) {
      throw new IllegalArgumentException(
          "exclusivesPerOutlet must be >= 1, was " + exclusivesPerOutlet);
    }
    Quantities quantities = new Quantities(analyzer);
    this.exclusives = new Exclusives(analyzer, quantities, exclusivesPerOutlet);
    this.disagreements = new Disagreements(analyzer, quantities);
    this.quotes = new Quotes(minQuoteWords);
  }

  /**
   * Compares the outlets of {@code story}.
   *
   * @param story the analyzed (normally cleaned) story
   * @param outlet the outlet of each article; must give a non-blank name for every article
   * @throws IllegalArgumentException if {@code outlet} gives null or a blank name
   */
  public StoryComparison compare(AnalyzedStory story, Function<Article, String> outlet) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(outlet, "outlet");
    Outlets outlets = Outlets.of(story, outlet);
    List<DocumentText> docs = DocumentText.of(story);

    List<Quotes.Found> found = new ArrayList<>();
    for (DocumentText doc : docs) {
      found.addAll(quotes.find(doc));
    }
    NearDuplicateIndex duplicates = NearDuplicateIndex.of(story);
    return new StoryComparison(
        exclusives.find(story, docs, outlets, duplicates, found),
        disagreements.find(docs, outlets),
        merge(found, docs, outlets));
  }

  /**
   * Compares the outlets of {@code story}, naming them by document id; an article missing from the
   * map is named by {@link Article#sourceLabel()}.
   */
  public StoryComparison compare(AnalyzedStory story, Map<String, String> outletByDocumentId) {
    Objects.requireNonNull(outletByDocumentId, "outletByDocumentId");
    return compare(
        story, article -> outletByDocumentId.getOrDefault(article.id(), article.sourceLabel()));
  }

  private static List<Quote> merge(
      List<Quotes.Found> found, List<DocumentText> docs, Outlets outlets) {
    List<Quote> result = new ArrayList<>();
    for (List<Quotes.Found> group : Quotes.groups(found)) {
      Quotes.Found shown = Quotes.representative(group);
      String speaker = shown.named() ? shown.speaker() : null;
      for (Quotes.Found q : group) {
        if (speaker == null && q.named()) {
          speaker = q.speaker();
        }
      }
      for (Quotes.Found q : group) {
        if (speaker == null && q.speaker() != null) {
          speaker = shown.speaker() != null ? shown.speaker() : q.speaker();
        }
      }
      List<String> carriers = new ArrayList<>();
      group.stream()
          .sorted(Comparator.comparingInt(Quotes.Found::document))
          .map(q -> outlets.of(q.document()))
          .forEach(o -> {
            if (!carriers.contains(o)) {
              carriers.add(o);
            }
          });
      result.add(
          new Quote(
              shown.text(), speaker, outlets.of(shown.document()), docs.get(shown.document()).id(),
              shown.span(), carriers));
    }
    return result;
  }
}
