package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAnalyzerTest {

  private static final StoryAnalyzer ENGLISH = StoryAnalyzer.english();

  @Test
  void numbers_sentences_in_story_order() {
    Story story =
        new Story(
            "s1",
            List.of(
                Article.of("a", "Mr. Biden met the U.S. envoy. Talks went well."),
                Article.of("b", ""),
                Article.of("c", "  Geneva hosts the talks\n\nDeployments were limited.")));
    AnalyzedStory analyzed = ENGLISH.analyze(story);

    assertThat(analyzed.story()).isSameAs(story);
    assertThat(analyzed.documentCount()).isEqualTo(3);
    assertThat(analyzed.sentences())
        .extracting(AnalyzedSentence::text)
        .containsExactly(
            "Mr. Biden met the U.S. envoy.",
            "Talks went well.",
            "Geneva hosts the talks",
            "Deployments were limited.");
    assertThat(analyzed.sentences())
        .extracting(AnalyzedSentence::index)
        .containsExactly(0, 1, 2, 3);
    assertThat(analyzed.sentences())
        .extracting(AnalyzedSentence::documentIndex)
        .containsExactly(0, 0, 2, 2);
    assertThat(analyzed.sentences())
        .extracting(AnalyzedSentence::position)
        .containsExactly(0, 1, 0, 1);
    assertThat(analyzed.sentences())
        .extracting(s -> s.sentence().documentId())
        .containsExactly("a", "a", "c", "c");
    assertThat(analyzed.sentences())
        .extracting(AnalyzedSentence::words)
        .containsExactly(6, 3, 4, 3);
    assertThat(analyzed.sentences().get(0).terms()).containsExactly("biden", "met", "us", "envoi");
    assertThat(analyzed.sentences().get(3).terms()).containsExactly("deploy", "limit");
    assertThat(analyzed.sentences().get(2).sentence().span()).isEqualTo(new Span(2, 24));
  }

  @Test
  void every_sentence_is_the_verbatim_span_of_its_article() {
    Story story =
        new Story(
            "s2",
            List.of(
                Article.of("x", "``It is over,'' he said. \nIt rained in Zürich."),
                Article.of("y", "One sentence only")));
    for (AnalyzedSentence sentence : ENGLISH.analyze(story).sentences()) {
      String body = story.article(sentence.sentence().documentId()).text();
      assertThat(sentence.sentence().span().of(body)).isEqualTo(sentence.text());
    }
  }

  @Test
  void empty_story_has_no_sentences() {
    assertThat(ENGLISH.analyze(new Story("empty", List.of())).sentences()).isEmpty();
  }

  @Test
  void uses_the_injected_stages_and_is_deterministic() {
    // A splitter that cuts at every '|' and a term analyzer that echoes the text.
    SentenceSplitter pipes =
        text -> {
          List<Span> spans = new java.util.ArrayList<>();
          int start = 0;
          for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '|') {
              if (i > start) {
                spans.add(new Span(start, i));
              }
              start = i + 1;
            }
          }
          return spans;
        };
    StoryAnalyzer analyzer = new StoryAnalyzer(pipes, text -> List.of(text));
    Story story = new Story("s3", List.of(Article.of("p", "a b|c||d e f")));
    AnalyzedStory first = analyzer.analyze(story);
    assertThat(first.sentences())
        .extracting(AnalyzedSentence::terms)
        .containsExactly(List.of("a b"), List.of("c"), List.of("d e f"));
    assertThat(first.sentences()).extracting(AnalyzedSentence::words).containsExactly(2, 1, 3);
    assertThat(analyzer.analyze(story)).isEqualTo(first);
  }

  @Test
  void rejects_null_arguments() {
    assertThatThrownBy(() -> new StoryAnalyzer(null, text -> List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("splitter");
    assertThatThrownBy(() -> ENGLISH.analyze(null)).isInstanceOf(NullPointerException.class);
  }
}
