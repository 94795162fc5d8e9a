package dev.chorus.clean;

import dev.chorus.model.Article;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cleaning stage: drops scraped page furniture from a story's articles and, optionally, the
 * documents that are about another story, keeping every surviving sentence an exact span of its
 * original article.
 *
 * <p>Per article, in order:
 *
 * <ol>
 *   <li>the headline is dropped when a line rule says it is noise (a dateline taken for a title);
 *   <li>{@link LineRules} find noise lines, then {@link InlineRules} noise phrases in the other
 *       lines;
 *   <li>those characters are blanked out of a <em>copy</em> of the text (same length, so offsets do
 *       not move; a blanked phrase becomes a blank line, hence a paragraph break), and the story
 *       analyzer splits and analyzes the copy. A sentence never spans blanked characters, so its
 *       text is exactly the original text under its span;
 *   <li>{@link SentenceRules} drop noise sentences.
 * </ol>
 *
 * Then, with an {@link OffTopicDetector}, the sentences of flagged documents are excluded, unless
 * every document with sentences left is flagged (then nothing is excluded: a summary of the story
 * as given beats none). Kept sentences are renumbered in story order and by position within their
 * article; the analyzed story refers to the original articles (texts unchanged).
 *
 * <p>Each rule can be switched off ({@code rules}); with no rules and no detector the cleaner only
 * analyzes. Deterministic; thread-safe when the analyzer is (the provided one is). Linear in the
 * story's text length, plus the analyzer's cost.
 */
public final class StoryCleaner {

  /** Rules that may drop a headline: those that make sense for a single short line. */
  private static final Set<CleaningRule> TITLE_RULES =
      EnumSet.of(
          CleaningRule.TWEET_ATTRIBUTION,
          CleaningRule.PROMO_LABEL,
          CleaningRule.COPYRIGHT,
          CleaningRule.CONTACT,
          CleaningRule.DATELINE,
          CleaningRule.LINK_DENSE);

  /** Removed phrases that tell what the sentence before them is: a caption, a tweet. */
  private static final Set<CleaningRule> FOLLOWERS =
      EnumSet.of(CleaningRule.PHOTO_CREDIT, CleaningRule.TWEET_ATTRIBUTION);

  private final StoryAnalyzer analyzer;
  private final Set<CleaningRule> rules;
  private final OffTopicDetector offTopic;

  /**
   * A cleaner.
   *
   * @param analyzer splits and analyzes the cleaned texts
   * @param rules the rules that may fire; {@link CleaningRule#OFF_TOPIC} in it has no effect
   *     without a detector
   * @param offTopic flags off-topic documents, or null to keep every document
   */
  public StoryCleaner(StoryAnalyzer analyzer, Set<CleaningRule> rules, OffTopicDetector offTopic) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(rules, "rules");
    this.rules = rules.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(CleaningRule.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(rules));
    this.offTopic = rules.contains(CleaningRule.OFF_TOPIC) ? offTopic : null;
  }

  /** Every rule, the default off-topic detector, English analysis. */
  public static StoryCleaner english() {
    return new StoryCleaner(
        StoryAnalyzer.english(), EnumSet.allOf(CleaningRule.class), new OffTopicDetector());
  }

  /** The rules this cleaner applies. */
  public Set<CleaningRule> rules() {
    return rules;
  }

  /** Cleans and analyzes {@code story}; see the class comment. */
  public CleanedStory clean(Story story) {
    Objects.requireNonNull(story, "story");
    List<Article> articles = story.articles();
    List<Dropped> dropped = new ArrayList<>();
    List<List<Finding>> inlineFindings = new ArrayList<>();
    List<Article> masked = new ArrayList<>(articles.size());
    List<Article> titled = new ArrayList<>(articles.size());
    List<List<Dropped>> droppedByDocument = new ArrayList<>();
    for (Article article : articles) {
      List<Dropped> documentDropped = new ArrayList<>();
      String title = cleanTitle(article, documentDropped);
      String text = article.text();
      List<int[]> textLines = LineRules.lines(text);
      List<Finding> lines =
          LineRules.find(text, textLines, article.title(), article.outlet(), rules);
      List<Finding> inline = InlineRules.find(text, keptLines(textLines, lines), rules);
      String maskedText = text; // nothing to blank, the usual case: no copy
      if (!lines.isEmpty() || !inline.isEmpty()) {
        char[] copy = text.toCharArray();
        for (Finding f : lines) {
          blank(copy, f.span(), false);
        }
        for (Finding f : inline) {
          blank(copy, f.span(), true);
        }
        maskedText = new String(copy);
      }
      List<Finding> all = new ArrayList<>(lines);
      all.addAll(inline);
      all.sort((a, b) -> a.span().compareTo(b.span()));
      for (Finding f : all) {
        documentDropped.add(toDropped(article, f));
      }
      droppedByDocument.add(documentDropped);
      inlineFindings.add(inline);
      masked.add(new Article(article.id(), article.outlet(), article.url(), title,
          article.published(), maskedText));
      titled.add(title == null && article.title() != null
          ? new Article(article.id(), article.outlet(), article.url(), null, article.published(),
              text)
          : article);
    }
    Story original = new Story(story.id(), titled);
    AnalyzedStory analyzed = analyzer.analyze(new Story(story.id(), masked));

    // Sentence rules.
    List<AnalyzedSentence> survivors = new ArrayList<>();
    int droppedSentences = 0;
    String[] outletKeys = new String[articles.size()];
    for (int d = 0; d < articles.size(); d++) {
      outletKeys[d] = NoiseTests.outletKey(articles.get(d).outlet());
    }
    for (AnalyzedSentence s : analyzed.sentences()) {
      Article article = articles.get(s.documentIndex());
      Span span = s.sentence().span();
      // The sentence's text has the span's length (Sentence checks it): compared in place.
      if (!article.text().regionMatches(span.start(), s.text(), 0, span.length())) {
        throw new IllegalStateException(
            "cleaning moved sentence " + span + " of '" + article.id() + "': a bug");
      }
      CleaningRule next =
          followedBy(article.text(), span, inlineFindings.get(s.documentIndex()), FOLLOWERS);
      Finding f = SentenceRules.classify(s.text(), outletKeys[s.documentIndex()], next, rules);
      if (f != null) {
        droppedByDocument.get(s.documentIndex())
            .add(new Dropped(article.id(), Dropped.Unit.SENTENCE, span, f.rule(), f.detail(),
                s.text()));
        droppedSentences++;
      } else {
        survivors.add(s);
      }
    }

    // Off-topic documents.
    List<DocumentRelevance> relevance = List.of();
    boolean[] excluded = new boolean[articles.size()];
    AnalyzedStory result = renumber(original, survivors, excluded);
    if (offTopic != null) {
      relevance = offTopic.assess(result);
      int excludedSentences =
          exclude(articles, survivors, relevance, excluded, droppedByDocument);
      if (excludedSentences > 0) {
        droppedSentences += excludedSentences;
        result = renumber(original, survivors, excluded);
      }
    }
    for (List<Dropped> documentDropped : droppedByDocument) {
      documentDropped.sort(
          (a, b) -> {
            int byTitle = Boolean.compare(b.unit() == Dropped.Unit.TITLE,
                a.unit() == Dropped.Unit.TITLE);
            return byTitle != 0 ? byTitle : a.span().compareTo(b.span());
          });
      dropped.addAll(documentDropped);
    }
    CleaningReport report =
        new CleaningReport(story.id(), dropped, relevance, result.sentences().size(),
            droppedSentences);
    return new CleanedStory(result, report);
  }

  /**
   * Marks the flagged documents that have sentences left as excluded, unless no unflagged
   * document has any, and records one {@link Dropped.Unit#DOCUMENT} entry for each, spanning its
   * first to last remaining sentence. Returns the number of sentences excluded.
   */
  private static int exclude(
      List<Article> articles,
      List<AnalyzedSentence> survivors,
      List<DocumentRelevance> relevance,
      boolean[] excluded,
      List<List<Dropped>> droppedByDocument) {
    int n = articles.size();
    int[] count = new int[n];
    int[] first = new int[n];
    int[] last = new int[n];
    for (AnalyzedSentence s : survivors) {
      int d = s.documentIndex();
      if (count[d]++ == 0) {
        first[d] = s.sentence().span().start();
      }
      last[d] = s.sentence().span().end();
    }
    boolean anyKeptUnflagged = false;
    for (int d = 0; d < n; d++) {
      anyKeptUnflagged |= count[d] > 0 && !relevance.get(d).offTopic();
    }
    if (!anyKeptUnflagged) {
      return 0;
    }
    int sentences = 0;
    for (int d = 0; d < n; d++) {
      if (count[d] > 0 && relevance.get(d).offTopic()) {
        excluded[d] = true;
        sentences += count[d];
        Article article = articles.get(d);
        Span span = new Span(first[d], last[d]);
        droppedByDocument.get(d).add(new Dropped(article.id(), Dropped.Unit.DOCUMENT, span,
            CleaningRule.OFF_TOPIC, relevance.get(d).reason(), span.of(article.text())));
      }
    }
    return sentences;
  }

  /** The headline, or null when a title rule drops it (recorded in {@code dropped}). */
  private String cleanTitle(Article article, List<Dropped> dropped) {
    String title = article.title();
    if (title == null || title.isBlank()) {
      return title;
    }
    Set<CleaningRule> titleRules = EnumSet.noneOf(CleaningRule.class);
    for (CleaningRule rule : TITLE_RULES) {
      if (rules.contains(rule)) {
        titleRules.add(rule);
      }
    }
    if (titleRules.isEmpty()) {
      return title;
    }
    Finding f = LineRules.classify(title.strip(), true, null, article.outlet(), titleRules);
    if (f == null) {
      return title;
    }
    dropped.add(new Dropped(article.id(), Dropped.Unit.TITLE, new Span(0, title.length()),
        f.rule(), f.detail(), title));
    return null;
  }

  /** Spans of the non-blank {@link LineRules#lines} that no line rule dropped. */
  private static List<Span> keptLines(List<int[]> lines, List<Finding> droppedLines) {
    List<Span> kept = new ArrayList<>();
    int next = 0;
    for (int[] line : lines) {
      if (line[0] == line[1]) {
        continue;
      }
      while (next < droppedLines.size() && droppedLines.get(next).span().start() < line[0]) {
        next++;
      }
      boolean isDropped =
          next < droppedLines.size() && droppedLines.get(next).span().start() == line[0];
      if (!isDropped) {
        kept.add(new Span(line[0], line[1]));
      }
    }
    return kept;
  }

  /**
   * Blanks {@code span} in {@code text}. With {@code breakParagraph} (an inline phrase), the first
   * and last blanked characters become line feeds, so the blank stretch is a blank line: the
   * splitter then ends the paragraph there instead of gluing the text on both sides together.
   */
  private static void blank(char[] text, Span span, boolean breakParagraph) {
    for (int i = span.start(); i < span.end(); i++) {
      if (text[i] != '\n') {
        text[i] = ' ';
      }
    }
    if (breakParagraph && span.length() >= 2) {
      text[span.start()] = '\n';
      text[span.end() - 1] = '\n';
    }
  }

  /**
   * The rule of the removed inline phrase that directly follows {@code span} (only whitespace and
   * other removed phrases between), among {@code wanted}; null if none does.
   */
  private static CleaningRule followedBy(
      String text, Span span, List<Finding> inline, Set<CleaningRule> wanted) {
    int from = span.end();
    for (Finding f : inline) {
      int start = f.span().start();
      if (start < from) {
        continue;
      }
      if (!isBlank(text, from, start)) {
        return null;
      }
      if (wanted.contains(f.rule())) {
        return f.rule();
      }
      from = f.span().end();
    }
    return null;
  }

  /**
   * {@code text.substring(from, to).isBlank()} without the copy, which could be most of a long
   * text for each of its sentences (a surrogate is no whitespace, as its code point is not).
   */
  static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Dropped toDropped(Article article, Finding f) {
    return new Dropped(article.id(), f.unit(), f.span(), f.rule(), f.detail(),
        f.span().of(article.text()));
  }

  /** The sentences of documents not excluded, re-indexed, positions counted per article. */
  private static AnalyzedStory renumber(
      Story story, List<AnalyzedSentence> sentences, boolean[] excluded) {
    List<AnalyzedSentence> kept = new ArrayList<>(sentences.size());
    int[] positions = new int[story.articles().size()];
    for (AnalyzedSentence s : sentences) {
      int d = s.documentIndex();
      if (excluded[d]) {
        continue;
      }
      Sentence old = s.sentence();
      Sentence sentence = new Sentence(old.text(), old.documentId(), old.span(), positions[d]++);
      kept.add(new AnalyzedSentence(sentence, kept.size(), d, s.terms(), s.words()));
    }
    return new AnalyzedStory(story, kept);
  }
}
