package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

class TextRankSummarizerTest {

  @Test
  void similarity_is_common_terms_over_summed_log_lengths() {
    AnalyzedStory story =
        Stories.of(
            "Storm hits the coast hard. Storm hits Dover coast today. Markets closed early.");
    StoryIndex index = StoryIndex.of(story);
    // {storm, hits, coast} shared, both 5 words: 3 / (ln 5 + ln 5) = 0.932.
    assertThat(TextRankSummarizer.similarity(index, 0, 1)).isCloseTo(0.9320, within(1e-4));
    assertThat(TextRankSummarizer.similarity(index, 0, 2)).isZero();
  }

  @Test
  void ranks_the_fact_that_three_articles_repeat_first() {
    AnalyzedStory story = Stories.of(Stories.VOLCANO);
    assertThat(
            Stories.selected(story, new TextRankSummarizer().summarize(story, Budget.sentences(3))))
        .containsExactlyInAnyOrderElementsOf(Stories.VOLCANO_FACT);
  }

  @Test
  void a_pool_limits_the_graph_to_the_first_sentences_of_each_article() {
    AnalyzedStory story = Stories.of(Stories.VOLCANO);
    // Pool of 3: the three leads (0, 3, 6); only 6 tells the fact but it links to nothing in the
    // pool, so all three are isolated and tie: story order decides. The sentences outside the
    // pool follow in round-robin order.
    TextRankSummarizer small = new TextRankSummarizer(0.85, 1e-7, 200, 3);
    assertThat(Stories.selected(story, small.summarize(story, Budget.sentences(9))))
        .containsExactly(0, 3, 6, 1, 4, 7, 2, 5, 8);
  }

  @Test
  void a_pool_holds_distinct_sentences_when_outlets_reprint_the_same_article() {
    String text =
        "The river flood forced hundreds of families from their homes. "
            + "Crews worked through the night to repair the levee. "
            + "The governor asked for federal emergency aid on Tuesday.";
    AnalyzedStory story = Stories.of(text, text, text, text);
    int[] candidates = Candidates.of(story);
    NearDuplicateIndex duplicates = NearDuplicateIndex.of(story);
    // Round-robin order starts with the four copies of the lead; the pool keeps one.
    assertThat(Candidates.pool(story, candidates, 2, duplicates)).containsExactly(0, 1);
    Summary summary =
        new TextRankSummarizer(0.85, 1e-7, 200, 2).summarize(story, Budget.sentences(5));
    assertThat(summary.sentences()).hasSize(3);
    assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.sources()).hasSize(4));
  }
}
