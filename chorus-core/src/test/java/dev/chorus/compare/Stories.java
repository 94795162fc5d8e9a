package dev.chorus.compare;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made stories for the detectors' tests, analyzed without cleaning. */
final class Stories {

  private static final StoryAnalyzer ANALYZER = StoryAnalyzer.english();

  private Stories() {}

  /** A story whose articles have ids "a", "b", "c", ... and the given texts. */
  static AnalyzedStory of(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(Article.of(String.valueOf((char) ('a' + i)), texts[i]));
    }
    return ANALYZER.analyze(new Story("test", articles));
  }

  /** Compares with each article's id as its outlet. */
  static StoryComparison compare(String... texts) {
    return new StoryComparer().compare(of(texts), Article::id);
  }
}
