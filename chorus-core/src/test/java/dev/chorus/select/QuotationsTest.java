package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Budget;
import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

/** {@link Quotations} and how {@code mmr-lead} uses it. */
class QuotationsTest {

  private static boolean[] inside(String... texts) {
    return Quotations.insideOpenQuotation(Stories.of(texts));
  }

  @Test
  void a_sentence_after_an_unclosed_curly_quote_is_inside_it_until_the_quote_closes() {
    boolean[] inside =
        inside(
            "“Our intention is an open dialogue. We want to be inclusive. We will not go over"
                + " heads,” the ambassador said. Talks start on Monday.");
    assertThat(inside).containsExactly(false, true, true, false);
  }

  @Test
  void straight_quotes_toggle_and_penn_quotes_open_and_close() {
    assertThat(inside("\"It works. It is cheap,\" she said. Sales rose."))
        .containsExactly(false, true, false);
    assertThat(inside("``It works. It is cheap,'' she said. Sales rose."))
        .containsExactly(false, true, false);
  }

  @Test
  void a_paragraph_break_or_a_new_article_closes_an_open_quotation() {
    assertThat(inside("“This is unfinished.\n\nThe mayor spoke on Monday."))
        .containsExactly(false, false);
    assertThat(inside("“This is unfinished.", "The mayor spoke on Monday."))
        .containsExactly(false, false);
    // A single line break is not a paragraph.
    assertThat(inside("“This is unfinished.\nStill quoted,” he said."))
        .containsExactly(false, true);
  }

  @Test
  void apostrophes_and_closed_quotes_leave_no_quotation_open() {
    assertThat(inside("The mayor's office said “no” on Monday. The council's vote is Friday."))
        .containsExactly(false, false);
  }

  @Test
  void mmr_lead_never_fills_the_budget_with_a_sentence_from_inside_a_quotation() {
    AnalyzedStory story =
        Stories.of(
            "The volcano on Tarsa island erupted on Tuesday and covered villages in ash. "
                + "“We saw the sky turn black and we ran to the boats. We lost our boats and"
                + " homes. Nobody came to help us for two days,” a fisherman said.",
            "Ash from the Tarsa volcano covered villages on the island after it erupted on"
                + " Tuesday.");
    // Room for the first sentence (14 words) and a short one: only "We lost our boats and homes."
    // (6 words) would fit, and it is the middle of a quotation.
    var summary = MmrSummarizer.withLeadBonus().summarize(story, Budget.words(20));

    assertThat(summary.sentences()).extracting(s -> s.text())
        .containsExactly(
            "The volcano on Tarsa island erupted on Tuesday and covered villages in ash.");
  }

  @Test
  void a_story_of_quotation_sentences_only_still_gets_a_summary() {
    AnalyzedStory story =
        Stories.of("But the ash kept falling on the island villages all night long.");
    assertThat(MmrSummarizer.withLeadBonus().summarize(story, Budget.words(20)).sentences())
        .hasSize(1);
  }
}
