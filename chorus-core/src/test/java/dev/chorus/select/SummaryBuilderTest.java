package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Summary;
import dev.chorus.select.SummaryBuilder.Outcome;
import dev.chorus.text.AnalyzedStory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryBuilderTest {

  private static SummaryBuilder builder(AnalyzedStory story, Budget budget) {
    return new SummaryBuilder(story, budget, NearDuplicateIndex.of(story));
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  // Sentences: 0 has 6 words, 1 has 3, 2 has 4.
  private final AnalyzedStory story =
      Stories.of(
          "Heavy rain flooded the river valley. Schools stayed shut. Roads reopened by noon.");

  @Test
  void skips_a_sentence_that_does_not_fit_and_keeps_trying_shorter_ones() {
    SummaryBuilder builder = builder(story, Budget.words(8));
    assertThat(builder.offer(0)).isEqualTo(Outcome.ADDED);
    assertThat(builder.offer(2)).isEqualTo(Outcome.TOO_LONG);
    assertThat(builder.isClosed()).isFalse();
    assertThat(builder.offer(1)).isEqualTo(Outcome.TOO_LONG);
    Summary summary = builder.build("m");
    assertThat(summary.wordCount()).isEqualTo(6);
    assertThat(summary.lines()).containsExactly("Heavy rain flooded the river valley.");
    assertThat(summary.method()).isEqualTo("m");
    assertThat(summary.storyId()).isEqualTo("s");

    SummaryBuilder exact = builder(story, Budget.words(9));
    exact.offer(0);
    assertThat(exact.offer(1)).isEqualTo(Outcome.ADDED);
    assertThat(exact.isClosed()).isTrue();
    assertThat(exact.offer(2)).isEqualTo(Outcome.CLOSED);
  }

  @Test
  void truncating_word_budget_cuts_the_first_sentence_that_does_not_fit_after_the_nth_word() {
    SummaryBuilder builder = builder(story, Budget.words(8).truncating());
    assertThat(builder.offer(2)).isEqualTo(Outcome.ADDED);
    assertThat(builder.offer(0)).isEqualTo(Outcome.TRUNCATED);
    assertThat(builder.offer(1)).isEqualTo(Outcome.CLOSED);
    Summary summary = builder.build("m");
    assertThat(summary.wordCount()).isEqualTo(8);
    assertThat(summary.sentences().get(1).text()).isEqualTo("Heavy rain flooded the");
    assertThat(summary.sentences().get(1).truncated()).isTrue();
    assertThat(summary.sentences().get(0).truncated()).isFalse();
  }

  @Test
  void truncated_byte_prefix_counts_whitespace_as_the_summary_does() {
    AnalyzedStory spaced = Stories.of("Rain  fell\n\n  hard   on Zürich today.");
    String text = spaced.sentences().get(0).text();
    // Normalized: "Rain fell hard on Zürich today." = 32 bytes (ü is two).
    assertThat(Budget.bytes(100).cost(text)).isEqualTo(32);
    for (int limit = 1; limit < 32; limit++) {
      SummaryBuilder builder = builder(spaced, new Budget(Budget.Unit.BYTES, limit, true));
      builder.offer(0);
      Summary summary = builder.build("m");
      String shown = summary.text();
      assertThat(text).as("limit %d", limit).startsWith(summary.sentences().get(0).text());
      assertThat(bytes(shown)).as("limit %d: '%s'", limit, shown).isLessThanOrEqualTo(limit);
      assertThat(bytes(shown)).as("limit %d: '%s'", limit, shown).isEqualTo(fill(limit));
    }
  }

  /**
   * Bytes a cut of "Rain fell hard on Zürich today." can fill: the limit, except that a cut before
   * a space loses the space (a summary never ends in one) and that "ü" (bytes 20 and 21) cannot be
   * halved.
   */
  private static int fill(int limit) {
    return switch (limit) {
      case 5, 10, 15, 18, 26 -> limit - 1;
      case 20 -> 19;
      default -> limit;
    };
  }

  @Test
  void byte_cut_never_splits_a_surrogate_pair() {
    AnalyzedStory emoji = Stories.of("Fans cheered 🙂🙂 all night long.");
    SummaryBuilder builder = builder(emoji, Budget.bytes(16).truncating());
    builder.offer(0);
    // "Fans cheered 🙂" is 13 + 4 = 17 bytes, so the cut stays before the first emoji.
    assertThat(builder.build("m").text()).isEqualTo("Fans cheered");
    SummaryBuilder wider = builder(emoji, Budget.bytes(17).truncating());
    wider.offer(0);
    assertThat(wider.build("m").text()).isEqualTo("Fans cheered 🙂");
  }

  @Test
  void byte_budget_counts_one_separator_between_sentences() {
    // 36 + 1 + 23 = 60 bytes.
    SummaryBuilder builder = builder(story, Budget.bytes(60));
    assertThat(builder.offer(0)).isEqualTo(Outcome.ADDED);
    assertThat(builder.offer(2)).isEqualTo(Outcome.ADDED);
    assertThat(builder.isClosed()).isTrue();
    assertThat(bytes(builder.build("m").text())).isEqualTo(60);

    SummaryBuilder tight = builder(story, Budget.bytes(59));
    tight.offer(0);
    assertThat(tight.offer(2)).isEqualTo(Outcome.TOO_LONG);
  }

  @Test
  void sentence_budget_never_truncates() {
    SummaryBuilder builder = builder(story, Budget.sentences(2).truncating());
    assertThat(builder.offer(0)).isEqualTo(Outcome.ADDED);
    assertThat(builder.offer(1)).isEqualTo(Outcome.ADDED);
    assertThat(builder.offer(2)).isEqualTo(Outcome.CLOSED);
    assertThat(builder.build("m").sentences()).noneMatch(s -> s.truncated());
  }

  @Test
  void rejects_near_duplicates_and_lists_copies_from_other_articles_as_sources() {
    AnalyzedStory copies =
        Stories.of(
            "Storm hits the coast hard. Storm hits coast hard!",
            "Other news first. Storm hits the coast hard.",
            "Storm hits the coast hard.");
    SummaryBuilder builder = builder(copies, Budget.sentences(5));
    assertThat(builder.offer(0)).isEqualTo(Outcome.ADDED);
    assertThat(builder.offer(3)).isEqualTo(Outcome.DUPLICATE);
    assertThat(builder.offer(0)).isEqualTo(Outcome.DUPLICATE);
    assertThat(builder.offer(2)).isEqualTo(Outcome.ADDED);
    Summary summary = builder.build("m");
    assertThat(summary.sentences()).hasSize(2);
    // Sentence 1 is a copy in the same article: not another outlet, so not a source.
    assertThat(summary.sentences().get(0).sources())
        .extracting(Sentence::documentId, Sentence::position)
        .containsExactly(tuple("d0", 0), tuple("d1", 1), tuple("d2", 0));
    assertThat(summary.sentences().get(1).sources()).hasSize(1);
  }

  @Test
  void rejects_an_index_for_another_story_and_out_of_range_sentences() {
    AnalyzedStory other = Stories.of("Something else entirely happened today.");
    assertThatThrownBy(
            () -> new SummaryBuilder(story, Budget.words(5), NearDuplicateIndex.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("near-duplicate index");
    assertThatThrownBy(() -> builder(story, Budget.words(5)).offer(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 3");
  }

  @Test
  void trimming_budget_counts_and_shows_sentences_without_their_attribution_tail() {
    AnalyzedStory trimmable =
        Stories.of(
            "The allies are ready to discuss limits on missiles in the region, a senior"
                + " official said on Saturday. Talks start in Geneva on Monday.");
    SummaryBuilder plain = builder(trimmable, Budget.words(12));
    assertThat(plain.offer(0)).isEqualTo(Outcome.TOO_LONG);

    SummaryBuilder trimmed = builder(trimmable, Budget.words(12).trimming());
    assertThat(trimmed.offer(0)).isEqualTo(Outcome.ADDED);
    Summary summary = trimmed.build("m");
    var sentence = summary.sentences().get(0);
    assertThat(sentence.text())
        .isEqualTo("The allies are ready to discuss limits on missiles in the region.");
    assertThat(sentence.trimmed()).isTrue();
    assertThat(sentence.truncated()).isFalse();
    // Two verbatim pieces of the source: the text before the comma, and the final period.
    String source = sentence.selected().text();
    int start = sentence.selected().span().start();
    assertThat(sentence.parts()).hasSize(2);
    assertThat(source.substring(sentence.parts().get(1).start() - start)).isEqualTo(".");
    assertThat(summary.wordCount()).isEqualTo(12);
  }

  @Test
  void truncating_a_trimmed_sentence_cuts_its_shown_text() {
    AnalyzedStory trimmable =
        Stories.of(
            "The allies are ready to discuss limits on missiles in the region, a senior"
                + " official said on Saturday.");
    SummaryBuilder builder = builder(trimmable, Budget.words(5).truncating().trimming());
    assertThat(builder.offer(0)).isEqualTo(Outcome.TRUNCATED);
    var sentence = builder.build("m").sentences().get(0);
    assertThat(sentence.text()).isEqualTo("The allies are ready to");
    assertThat(sentence.truncated()).isTrue();
    assertThat(sentence.trimmed()).isFalse();
    assertThat(sentence.parts()).hasSize(1);
  }
}
