package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Budget;
import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

class SumBasicSummarizerTest {

  @Test
  void picks_the_best_sentence_with_the_most_probable_word() {
    AnalyzedStory story = Stories.of(Stories.VOLCANO);
    // volcano, erupted, island, tuesday and ash occur 3 times in 40 terms; volcano comes first.
    // Of the sentences with it, 1 has the highest average: (5 * 3 + 1) / 6 against 18 / 8 for 4
    // and 20 / 10 for 6 (in 1/40ths).
    assertThat(
            Stories.selected(story, new SumBasicSummarizer().summarize(story, Budget.sentences(1))))
        .containsExactly(1);
  }

  @Test
  void squaring_the_probabilities_of_covered_words_moves_on_to_the_next_topic() {
    // quake occurs 4 times, flood 3 times, every other term once: 37 terms in all.
    AnalyzedStory story =
        Stories.of(
            "quake e1 e2 e3 e4. quake f1 f2 f3 f4 f5. quake g1 g2 g3 g4 g5.",
            "quake h1 h2 h3 h4 h5. flood i1 i2 the i3. flood j1 j2 j3 j4. flood k1 k2 k3 k4.");
    // Step 1: top word quake (4/37); sentence 0 has the best average, 8/5 against 9/6 (in
    // 1/37ths). Step 2: quake drops to (4/37)^2 = 0.43/37, so flood (3/37) is on top; sentence 4
    // averages 6/4 against 7/5 for 5 and 6. Without the update, step 2 would take quake again
    // (sentence 1). Step 3: flood is squared too; the top word is now f1 (1/37, first of the
    // ties), in sentence 1.
    assertThat(
            Stories.selected(story, new SumBasicSummarizer().summarize(story, Budget.sentences(3))))
        .containsExactly(0, 4, 1);
  }
}
