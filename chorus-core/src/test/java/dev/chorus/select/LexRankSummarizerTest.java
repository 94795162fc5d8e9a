package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Budget;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LexRankSummarizerTest {

  private final LexRankSummarizer lexRank = new LexRankSummarizer();

  @Test
  void ranks_the_fact_that_three_articles_repeat_first() {
    AnalyzedStory story = Stories.of(Stories.VOLCANO);
    // The fact's sentences are linked to each other; the others are isolated and only receive
    // teleport and dangling mass.
    assertThat(Stories.selected(story, lexRank.summarize(story, Budget.sentences(3))))
        .containsExactlyInAnyOrderElementsOf(Stories.VOLCANO_FACT);
  }

  @Test
  void factorized_iteration_equals_power_iteration_on_the_explicit_cosine_matrix() {
    for (long seed = 0; seed < 20; seed++) {
      AnalyzedStory story = NearDuplicateIndexTest.randomStory(new Random(seed));
      StoryIndex index = StoryIndex.of(story);
      int[] nodes = Candidates.of(story);
      double[] fast = new LexRankSummarizer(0.85, 1e-13, 10_000).salience(index, nodes);
      double[] slow = explicitLexRank(index, nodes, 0.85);
      for (int k = 0; k < nodes.length; k++) {
        assertThat(fast[k]).as("seed %d node %d", seed, k).isCloseTo(slow[k], within(1e-9));
      }
    }
  }

  /** Continuous LexRank by the book: cosine matrix, no self-links, dangling rows uniform. */
  private static double[] explicitLexRank(StoryIndex index, int[] nodes, double damping) {
    int n = nodes.length;
    double[][] transition = new double[n][n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        transition[i][j] = i == j ? 0 : index.cosine(nodes[i], nodes[j]);
        sum += transition[i][j];
      }
      for (int j = 0; j < n; j++) {
        transition[i][j] = sum > 1e-12 ? transition[i][j] / sum : 1.0 / n;
      }
    }
    double[] p = new double[n];
    Arrays.fill(p, 1.0 / n);
    for (int iteration = 0; iteration < 5000; iteration++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        double in = 0;
        for (int i = 0; i < n; i++) {
          in += p[i] * transition[i][j];
        }
        next[j] = (1 - damping) / n + damping * in;
      }
      p = next;
    }
    return p;
  }

  @Test
  void rejects_bad_parameters() {
    assertThatThrownBy(() -> new LexRankSummarizer(1.0, 1e-7, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damping")
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> new LexRankSummarizer(0.85, 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tolerance");
    assertThatThrownBy(() -> new LexRankSummarizer(0.85, 1e-7, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxIterations");
  }
}
