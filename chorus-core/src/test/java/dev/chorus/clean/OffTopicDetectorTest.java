package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class OffTopicDetectorTest {

  private static final StoryAnalyzer ANALYZER = StoryAnalyzer.english();
  private static final OffTopicDetector DETECTOR = new OffTopicDetector();

  private static AnalyzedStory story(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(Article.of("d" + i, texts[i]));
    }
    return ANALYZER.analyze(new Story("s", articles));
  }

  @Test
  void identical_documents_have_similarity_one_and_an_unrelated_one_zero() {
    List<DocumentRelevance> relevance =
        DETECTOR.assess(
            story("Bridge closed after crack.", "Bridge closed after crack.",
                "Whisk eggs with sugar."));
    // d0 against d1 + d2: the rest's sum is (v + w), |v + w| = sqrt(2), so cos = 1 / sqrt(2).
    assertThat(relevance.get(0).similarity()).isCloseTo(1 / Math.sqrt(2), within());
    assertThat(relevance.get(2).similarity()).isCloseTo(0, within());
    assertThat(relevance).extracting(DocumentRelevance::offTopic)
        .containsExactly(false, false, true);
    assertThat(relevance.get(2).reason()).isEqualTo("similarity 0.000 < 0.060");
  }

  @Test
  void of_two_unrelated_documents_the_shorter_is_flagged() {
    List<DocumentRelevance> relevance =
        DETECTOR.assess(
            story("The harbor bridge closed after engineers found a cracked steel beam.",
                "Whisk eggs."));
    assertThat(relevance).extracting(DocumentRelevance::offTopic).containsExactly(false, true);
    assertThat(relevance.get(1).reason()).contains("two documents: 2 vs 8 content terms");
    // On a tie, neither.
    assertThat(DETECTOR.assess(story("Bridge closed.", "Eggs whisked.")))
        .extracting(DocumentRelevance::offTopic).containsExactly(false, false);
    // Similar enough: neither.
    assertThat(DETECTOR.assess(story("Bridge closed after crack.", "Crack: bridge closed.")))
        .extracting(DocumentRelevance::offTopic).containsExactly(false, false);
  }

  @Test
  void a_document_without_content_terms_is_flagged_unless_alone() {
    List<DocumentRelevance> relevance = DETECTOR.assess(story("Bridge closed.", "", "It is."));
    assertThat(relevance).extracting(DocumentRelevance::offTopic)
        .containsExactly(false, true, true);
    assertThat(relevance.get(1).similarity()).isNaN();
    assertThat(DETECTOR.assess(story("Bridge closed."))).singleElement()
        .satisfies(r -> {
          assertThat(r.offTopic()).isFalse();
          assertThat(r.reason()).isEqualTo("only document");
        });
    assertThat(DETECTOR.assess(story())).isEmpty();
  }

  @Test
  void thresholds_are_validated() {
    assertThatThrownBy(() -> new OffTopicDetector(-0.1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.1");
    assertThatThrownBy(() -> new OffTopicDetector(0.1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }
}
