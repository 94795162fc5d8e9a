package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

class LeadSummarizerTest {

  private final LeadSummarizer lead = new LeadSummarizer();

  @Test
  void takes_sentences_round_robin_across_articles() {
    AnalyzedStory story =
        Stories.of(
            "Alpha one starts the first story. Alpha two continues the first story. "
                + "Alpha three ends the first story.",
            "Beta one starts the second story. Beta two ends the second story.",
            "Gamma one is the only sentence here.");
    Summary summary = lead.summarize(story, Budget.sentences(6));
    assertThat(Stories.selected(story, summary)).containsExactly(0, 3, 5, 1, 4, 2);
    assertThat(lead.summarize(story, Budget.sentences(4)).lines())
        .containsExactly(
            "Alpha one starts the first story.",
            "Beta one starts the second story.",
            "Gamma one is the only sentence here.",
            "Alpha two continues the first story.");
  }

  @Test
  void skips_datelines_and_reprinted_leads() {
    AnalyzedStory story =
        Stories.of(
            "Rescuers searched the flooded valley overnight. Water levels began to fall.",
            "LONDON. Rescuers searched the flooded valley overnight! Crews repaired the broken"
                + " levee.");
    Summary summary = lead.summarize(story, Budget.sentences(3));
    // The dateline is too short; the reprinted lead is a near-duplicate, credited as a source.
    assertThat(summary.lines())
        .containsExactly(
            "Rescuers searched the flooded valley overnight.",
            "Water levels began to fall.",
            "Crews repaired the broken levee.");
    assertThat(summary.sentences().get(0).sources())
        .extracting(Sentence::documentId)
        .containsExactly("d0", "d1");
  }

  @Test
  void is_named_lead() {
    assertThat(lead.name()).isEqualTo("lead");
    assertThat(lead.summarize(Stories.of(Stories.VOLCANO), Budget.words(100)).method())
        .isEqualTo("lead");
  }
}
