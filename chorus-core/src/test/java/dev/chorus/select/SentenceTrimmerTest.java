package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceTrimmerTest {

  private final SentenceTrimmer trimmer = new SentenceTrimmer();

  private String kept(String text) {
    StringBuilder out = new StringBuilder();
    for (Span part : trimmer.keep(text)) {
      out.append(part.of(text));
    }
    return out.toString();
  }

  @Test
  void drops_a_trailing_attribution_with_its_time_and_keeps_the_final_period() {
    String text =
        "The allies are prepared to discuss limits on missile deployments in the region,"
            + " a senior U.S. administration official said on Saturday.";
    assertThat(kept(text))
        .isEqualTo(
            "The allies are prepared to discuss limits on missile deployments in the region.");
    assertThat(trimmer.keep(text)).hasSize(2);
  }

  @Test
  void drops_speaker_after_the_verb_and_according_to() {
    assertThat(
            kept(
                "The pipeline will stay closed for at least another week of repairs, said Anna"
                    + " Berg, the company's spokeswoman."))
        .isEqualTo("The pipeline will stay closed for at least another week of repairs.");
    assertThat(
            kept(
                "Prices of rice rose sharply across the region in the first quarter, according"
                    + " to the ministry."))
        .isEqualTo("Prices of rice rose sharply across the region in the first quarter.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A clause with content of its own: "that", a negation, a modal, digits.
        "The minister defended the budget in parliament on a long day, saying that it was fair.",
        "The talks ended without a deal after three long days in Geneva, officials said that day.",
        "The company expects a recovery in the coming months of the year, it said in 2021.",
        "Voters will decide in the spring whether the new tax stays or goes, he said would be fair.",
        // The object of "says" is no speaker.
        "The choice of the new coach for the national team this year, says a lot about him.",
        // A quotation keeps its attribution.
        "\"We want to reach an agreement with everyone at the table,\" the official said Friday.",
        // Too little would be left.
        "Talks resume soon, the official said.",
        // Not ending in a period.
        "Will the talks in Geneva next week lead anywhere at all, the official asked?"
      })
  void leaves_sentences_alone_when_the_tail_is_not_a_bare_attribution(String text) {
    assertThat(trimmer.keep(text)).containsExactly(new Span(0, text.length()));
  }

  @Test
  void drops_short_parentheticals_without_digits_but_keeps_bracketed_numbers() {
    assertThat(
            kept(
                "A marine looks on at a fighting position near the line of separation"
                    + " (Andriy Dubchak/The Associated Press) in Donetsk."))
        .isEqualTo("A marine looks on at a fighting position near the line of separation in Donetsk.");
    String number = "The government will spend more on the new rail line (about $5 billion) this year.";
    assertThat(trimmer.keep(number)).containsExactly(new Span(0, number.length()));
  }

  @Test
  void parts_ascend_and_cover_only_the_sentence_including_non_ascii() {
    String text =
        "Le gouvernement a annoncé une nouvelle réforme des retraites pour l'été (AFP),"
            + " a déclaré le ministre, the agency said on Monday.";
    List<Span> parts = trimmer.keep(text);
    int end = 0;
    for (Span part : parts) {
      assertThat(part.start()).isGreaterThanOrEqualTo(end);
      assertThat(part.end()).isLessThanOrEqualTo(text.length());
      end = part.end();
    }
    assertThat(kept(text))
        .isEqualTo(
            "Le gouvernement a annoncé une nouvelle réforme des retraites pour l'été,"
                + " a déclaré le ministre.");
  }

  @Test
  void empty_and_one_word_texts_are_kept_whole() {
    assertThat(trimmer.keep("")).containsExactly(new Span(0, 0));
    assertThat(trimmer.keep("Hello.")).containsExactly(new Span(0, 6));
  }
}
