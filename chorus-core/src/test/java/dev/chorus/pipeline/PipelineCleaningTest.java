package dev.chorus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.clean.CleanedStory;
import dev.chorus.clean.CleaningRule;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #4: the cleaning stage of the pipeline, on by default and switchable off. */
class PipelineCleaningTest {

  private static final Story STORY =
      new Story(
          "s",
          List.of(
              Article.of(
                  "a",
                  "Please read our comment policy before commenting.\n\n"
                      + "The council approved the new budget on Monday after a long debate.\n\n"
                      + "Copyright © 2026 The Courier. All rights reserved."),
              Article.of(
                  "b",
                  "The new budget passed the council on Monday, members said.\n\n"
                      + "Click here to subscribe to our newsletter today.")));

  private static final Pipeline PIPELINE = Pipeline.english();

  @Test
  void cleaning_is_on_by_default_and_reports_what_it_dropped() {
    assertThat(PIPELINE.cleans()).isTrue();
    CleanedStory prepared = PIPELINE.prepare(STORY);
    assertThat(prepared.analyzed().sentences())
        .extracting(AnalyzedSentence::text)
        .containsExactly(
            "The council approved the new budget on Monday after a long debate.",
            "The new budget passed the council on Monday, members said.");
    assertThat(prepared.report().dropped())
        .extracting(d -> d.documentId() + " " + d.rule())
        .containsExactly(
            "a " + CleaningRule.CALL_TO_ACTION, "a " + CleaningRule.COPYRIGHT,
            "b " + CleaningRule.CALL_TO_ACTION);
    assertThat(PIPELINE.analyze(STORY)).isEqualTo(prepared.analyzed());
  }

  @Test
  void without_cleaning_every_sentence_stays() {
    Pipeline raw = PIPELINE.withoutCleaning();
    assertThat(raw.cleans()).isFalse();
    CleanedStory prepared = raw.prepare(STORY);
    assertThat(prepared.analyzed().sentences()).hasSize(6);
    assertThat(prepared.report().dropped()).isEmpty();
    assertThat(prepared.report().sentencesKept()).isEqualTo(6);
    Summary summary = raw.summarize(STORY, Budget.sentences(6), "lead");
    assertThat(summary.text()).contains("Please read our comment policy");
  }

  @Test
  void a_prepared_story_summarizes_like_the_story() {
    for (String method : Summarizers.names()) {
      Summary direct = PIPELINE.summarize(STORY, Budget.words(20), method);
      Summary prepared =
          PIPELINE.summarize(PIPELINE.prepare(STORY), Budget.words(20),
              Summarizers.byName(method));
      assertThat(prepared).as(method).isEqualTo(direct);
      assertThat(direct.text()).as(method).doesNotContain("comment policy")
          .doesNotContain("Copyright").doesNotContain("subscribe");
    }
  }
}
