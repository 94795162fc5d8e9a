package dev.chorus.text;

import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "understand the text" stage: splits every article of a story into sentences and analyzes each
 * sentence into content terms, producing the {@link AnalyzedStory} that summarizers read.
 *
 * <p>Only article bodies ({@link Article#text()}) are split; headlines are not sentences of the
 * story. Sentences are numbered in story order: article order, then position in the article. Each
 * {@link Sentence} keeps its verbatim text and its span in the article body, and the word count is
 * {@link Budget#countWords}, so budgets and attribution agree with the source.
 *
 * <p>Deterministic, and thread-safe when the splitter and term analyzer are (the provided ones
 * are). Time is linear in the total text length.
 */
public final class StoryAnalyzer {

  private final SentenceSplitter splitter;
  private final TermAnalyzer termAnalyzer;

  /** A stage that splits with {@code splitter} and analyzes sentences with {@code termAnalyzer}. */
  public StoryAnalyzer(SentenceSplitter splitter, TermAnalyzer termAnalyzer) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.termAnalyzer = Objects.requireNonNull(termAnalyzer, "termAnalyzer");
  }

  /** English: {@link OpenNlpSentenceSplitter} and {@link LuceneTermAnalyzer} defaults. */
  public static StoryAnalyzer english() {
    return new StoryAnalyzer(new OpenNlpSentenceSplitter(), new LuceneTermAnalyzer());
  }

  /** Splits and analyzes every article of {@code story}. */
  public AnalyzedStory analyze(Story story) {
    Objects.requireNonNull(story, "story");
    List<AnalyzedSentence> sentences = new ArrayList<>();
    List<Article> articles = story.articles();
    for (int documentIndex = 0; documentIndex < articles.size(); documentIndex++) {
      Article article = articles.get(documentIndex);
      String text = article.text();
      List<Span> spans = splitter.split(text);
      for (int position = 0; position < spans.size(); position++) {
        Span span = spans.get(position);
        String sentenceText = span.of(text);
        Sentence sentence = new Sentence(sentenceText, article.id(), span, position);
        sentences.add(
            new AnalyzedSentence(
                sentence,
                sentences.size(),
                documentIndex,
                termAnalyzer.terms(sentenceText),
                Budget.countWords(sentenceText)));
      }
    }
    return new AnalyzedStory(story, sentences);
  }
}
