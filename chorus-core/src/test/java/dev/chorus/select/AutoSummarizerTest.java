package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoSummarizerTest {

  private final AnalyzedStory volcano = Stories.of(Stories.VOLCANO);

  /** Leads with the first or the last sentence, so the test can tell which was used. */
  private static Summarizer picking(int sentence, String name) {
    return new Summarizer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Summary summarize(AnalyzedStory story, Budget budget) {
        SummaryBuilder builder =
            new SummaryBuilder(story, budget, NearDuplicateIndex.of(story));
        builder.offer(sentence);
        return builder.build(name);
      }
    };
  }

  @Test
  void the_budget_share_is_the_limit_over_the_candidates_cost() {
    int words = 0;
    for (var s : volcano.sentences()) {
      words += s.words();
    }
    assertThat(AutoSummarizer.budgetShare(volcano, Budget.words(10)))
        .isCloseTo(10.0 / words, within(1e-12));
    // Nine candidates, separated by eight one-byte spaces.
    int bytes = 8;
    for (var s : volcano.sentences()) {
      bytes += s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    assertThat(AutoSummarizer.budgetShare(volcano, Budget.bytes(100)))
        .isCloseTo(100.0 / bytes, within(1e-12));
    assertThat(AutoSummarizer.budgetShare(volcano, Budget.sentences(3)))
        .isCloseTo(3.0 / 9, within(1e-12));
  }

  @Test
  void uses_the_ranker_when_the_budget_covers_enough_of_the_story() {
    AutoSummarizer auto = new AutoSummarizer(picking(0, "a"), picking(8, "b"));
    Summary large = auto.summarize(volcano, Budget.sentences(1)); // share 1/9 ≥ 0.09
    assertThat(Stories.selected(volcano, large)).containsExactly(0);
    assertThat(large.method()).isEqualTo("auto");
    Summary small = auto.summarize(volcano, Budget.words(5)); // share 5/69 < 0.09
    assertThat(Stories.selected(volcano, small)).containsExactly(8);
    assertThat(small.method()).isEqualTo("auto");
  }

  @Test
  void a_story_without_candidates_gets_an_empty_summary() {
    AnalyzedStory empty = Stories.of("");
    assertThat(new AutoSummarizer().summarize(empty, Budget.words(50)).sentences()).isEmpty();
    assertThat(List.of(AutoSummarizer.budgetShare(empty, Budget.words(1))))
        .containsExactly(Double.POSITIVE_INFINITY);
  }
}
