package dev.chorus.cluster;

import dev.chorus.clean.CleanedStory;
import dev.chorus.clean.CleaningRule;
import dev.chorus.clean.StoryCleaner;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.LuceneTermAnalyzer;
import dev.chorus.text.StoryAnalyzer;
import dev.chorus.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The content terms of an article that story clustering compares: lowercased, stopwords removed,
 * stemmed ({@link TermAnalyzer}), headline first, repeats kept.
 *
 * <p>Implementations must be thread-safe and deterministic.
 */
@FunctionalInterface
public interface ArticleTerms {

  /** The terms of {@code article}'s headline and body; empty if it has none. */
  List<String> terms(Article article);

  /**
   * Headline and body after Chorus's cleaning ({@link StoryCleaner} with every rule but {@link
   * CleaningRule#OFF_TOPIC}, which needs the other documents of a story): page furniture such as
   * newsletter prompts, cookie notices, video-player text and web-archive notices does not count as
   * content, so two articles are not similar because they were scraped from similar pages. Costs a
   * sentence split of every article: about 0.17 ms for a 150-word article on this project's machine
   * (docs/clustering.md).
   */
  static ArticleTerms cleaned() {
    EnumSet<CleaningRule> rules = EnumSet.allOf(CleaningRule.class);
    rules.remove(CleaningRule.OFF_TOPIC);
    StoryCleaner cleaner = new StoryCleaner(StoryAnalyzer.english(), rules, null);
    TermAnalyzer analyzer = new LuceneTermAnalyzer();
    return article -> {
      Objects.requireNonNull(article, "article");
      CleanedStory cleaned = cleaner.clean(new Story(article.id(), List.of(article)));
      // The cleaner drops a headline that is only a dateline; what is left of it comes first.
      String title = cleaned.analyzed().story().articles().get(0).title();
      List<String> terms = new ArrayList<>();
      if (title != null) {
        terms.addAll(analyzer.terms(title));
      }
      for (AnalyzedSentence sentence : cleaned.analyzed().sentences()) {
        terms.addAll(sentence.terms());
      }
      return terms;
    };
  }

  /**
   * Headline and body as given, analyzed by {@code analyzer} without sentence splitting or
   * cleaning: about seven times faster than {@link #cleaned()}, but page furniture counts.
   */
  static ArticleTerms raw(TermAnalyzer analyzer) {
    Objects.requireNonNull(analyzer, "analyzer");
    return article -> {
      List<String> terms = new ArrayList<>();
      if (article.title() != null) {
        terms.addAll(analyzer.terms(article.title()));
      }
      terms.addAll(analyzer.terms(article.text()));
      return terms;
    };
  }
}
