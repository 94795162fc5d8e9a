package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubmodularSummarizerTest {

  private final SubmodularSummarizer submodular = new SubmodularSummarizer();

  @Test
  void covers_the_fact_that_three_articles_repeat_first() {
    AnalyzedStory story = Stories.of(Stories.VOLCANO);
    assertThat(Stories.selected(story, submodular.summarize(story, Budget.sentences(1))))
        .first()
        .isIn(Stories.VOLCANO_FACT);
  }

  @Test
  void gains_are_differences_of_the_objective() {
    for (long seed = 0; seed < 20; seed++) {
      AnalyzedStory story = SummarizerContractTest.randomStory(new Random(seed));
      StoryIndex index = StoryIndex.of(story);
      int[] nodes = Candidates.of(story);
      SubmodularSummarizer.Objective objective = submodular.new Objective(index, nodes);
      Random random = new Random(seed);
      for (int step = 0; step < Math.min(4, nodes.length); step++) {
        int k = random.nextInt(nodes.length);
        double before = objective.value();
        double gain = objective.gain(k);
        objective.add(k);
        assertThat(objective.value() - before).as("seed %d", seed).isCloseTo(gain, within(1e-9));
      }
      SubmodularSummarizer.Objective empty = submodular.new Objective(index, nodes);
      for (int k = 0; k < nodes.length; k++) {
        assertThat(empty.singletonValue(k)).isCloseTo(empty.gain(k), within(1e-12));
      }
    }
  }

  @Test
  void is_never_worse_than_the_best_single_sentence_that_fits() {
    for (long seed = 0; seed < 60; seed++) {
      Random random = new Random(seed);
      AnalyzedStory story = SummarizerContractTest.randomStory(random);
      Budget budget = Budget.words(1 + random.nextInt(40));
      Summary summary = submodular.summarize(story, budget);
      StoryIndex index = StoryIndex.of(story);
      int[] nodes = Candidates.of(story);
      SubmodularSummarizer.Objective objective = submodular.new Objective(index, nodes);
      List<Integer> chosen = Stories.selected(story, summary);
      for (int k = 0; k < nodes.length; k++) {
        if (chosen.contains(nodes[k])) {
          objective.add(k);
        }
      }
      for (int k = 0; k < nodes.length; k++) {
        if (budget.cost(story.sentences().get(nodes[k]).text()) <= budget.limit()) {
          assertThat(objective.value())
              .as("seed %d, %s: singleton %d", seed, budget, nodes[k])
              .isGreaterThanOrEqualTo(objective.singletonValue(k) - 1e-9);
        }
      }
    }
  }

  @Test
  void rejects_bad_parameters() {
    assertThatThrownBy(() -> new SubmodularSummarizer(5, 6, 0, 0.3, 42, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clusterFraction");
    assertThatThrownBy(() -> new SubmodularSummarizer(5, 6, 0.2, 0.3, 42, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("poolSize")
        .hasMessageContaining("was 0");
  }
}
