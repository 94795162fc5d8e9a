package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KlSumSummarizerTest {

  // storm 3, rain 2, flood 2, every other term once: 20 terms.
  private final AnalyzedStory storm =
      Stories.of(
          "Storm rain wind flood coast. Storm rain quiet evening walk.",
          "Storm flood night bells ring. Music concert tickets sold out.");

  @Test
  void first_picks_the_sentence_closest_to_the_story_distribution() {
    KlSumSummarizer klSum = new KlSumSummarizer();
    StoryIndex index = StoryIndex.of(storm);
    // KL with δ = 0.1: sentence 0 covers storm, rain and flood (0.418); 1 and 2 one frequent
    // term less (0.538); 3 only one-off terms (0.898).
    assertThat(klSum.divergence(index, new int[] {0})).isCloseTo(0.4183, within(1e-4));
    assertThat(klSum.divergence(index, new int[] {1})).isCloseTo(0.5382, within(1e-4));
    assertThat(klSum.divergence(index, new int[] {3})).isCloseTo(0.8979, within(1e-4));
    assertThat(Stories.selected(storm, klSum.summarize(storm, Budget.sentences(1))))
        .containsExactly(0);
  }

  @Test
  void then_covers_what_the_summary_lacks_rather_than_repeating_frequent_terms() {
    // After 0, adding 1 or 2 raises KL to 0.461 (more storm and rain, already covered); adding 3
    // lowers it to 0.383: five terms the summary lacked.
    KlSumSummarizer klSum = new KlSumSummarizer();
    StoryIndex index = StoryIndex.of(storm);
    assertThat(klSum.divergence(index, new int[] {0, 1})).isCloseTo(0.4609, within(1e-4));
    assertThat(klSum.divergence(index, new int[] {0, 3})).isCloseTo(0.3828, within(1e-4));
    assertThat(Stories.selected(storm, klSum.summarize(storm, Budget.sentences(2))))
        .containsExactly(0, 3);
  }

  @Test
  void every_step_minimizes_the_divergence_of_the_whole_summary() {
    // The incremental update must agree with KL computed from scratch.
    KlSumSummarizer klSum = new KlSumSummarizer();
    for (long seed = 0; seed < 30; seed++) {
      AnalyzedStory story = SummarizerContractTest.randomStory(new Random(seed));
      StoryIndex index = StoryIndex.of(story);
      NearDuplicateIndex duplicates = NearDuplicateIndex.of(index);
      Summary summary = klSum.summarize(story, Budget.sentences(4));
      List<Integer> chosen = Stories.selected(story, summary);
      List<Integer> before = new ArrayList<>();
      for (int step : chosen) {
        double stepDivergence = klSum.divergence(index, with(before, step));
        for (int c : Candidates.of(story)) {
          boolean usable =
              before.stream().noneMatch(s -> s == c || duplicates.areNearDuplicates(s, c));
          if (usable) {
            assertThat(klSum.divergence(index, with(before, c)))
                .as("seed %d: %d beats chosen %d after %s", seed, c, step, before)
                .isGreaterThanOrEqualTo(stepDivergence - 1e-12);
          }
        }
        before.add(step);
      }
    }
  }

  private static int[] with(List<Integer> before, int next) {
    int[] all = new int[before.size() + 1];
    for (int k = 0; k < before.size(); k++) {
      all[k] = before.get(k);
    }
    all[before.size()] = next;
    return all;
  }
}
