package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {

  private static final OpenNlpSentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();

  /**
   * The sentences of {@code text}, after checking the span contract of {@link SentenceSplitter}.
   */
  static List<String> sentences(SentenceSplitter splitter, String text) {
    List<Span> spans = splitter.split(text);
    List<String> sentences = new ArrayList<>();
    int previousEnd = 0;
    for (Span span : spans) {
      assertThat(span.start())
          .as("spans ordered and disjoint in %s", spans)
          .isGreaterThanOrEqualTo(previousEnd);
      String sentence = span.of(text);
      assertThat(sentence).isNotEmpty();
      assertThat(isSpace(sentence.charAt(0)) || isSpace(sentence.charAt(sentence.length() - 1)))
          .as("trimmed: '%s'", sentence)
          .isFalse();
      // Between sentences there is only whitespace: no character is lost.
      assertThat(text.substring(previousEnd, span.start()).chars().allMatch(c -> isSpace((char) c)))
          .isTrue();
      previousEnd = span.end();
      sentences.add(sentence);
    }
    assertThat(text.substring(previousEnd).chars().allMatch(c -> isSpace((char) c))).isTrue();
    return sentences;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static List<String> sentences(String text) {
    return sentences(SPLITTER, text);
  }

  @Test
  void empty_and_whitespace_only_text_has_no_sentences() {
    assertThat(SPLITTER.split("")).isEmpty();
    assertThat(SPLITTER.split("   \n\t \r\n \u00A0 \n\n")).isEmpty();
  }

  @Test
  void rejects_null() {
    assertThatThrownBy(() -> SPLITTER.split(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void one_line_without_final_period_is_one_sentence() {
    assertThat(sentences("Breaking news from Geneva")).containsExactly("Breaking news from Geneva");
    assertThat(SPLITTER.split("  Breaking news from Geneva \n")).containsExactly(new Span(2, 27));
  }

  @Test
  void keeps_titles_months_and_initials_inside_the_sentence() {
    assertThat(
            sentences(
                "Mr. Biden spoke with Sen. John Smith and Gen. Mark Milley on Jan. 8 in"
                    + " Washington. The prize went to J. R. Smith of Boston. Dr. Jekyll met"
                    + " St. Louis officials on Sept. 11."))
        .containsExactly(
            "Mr. Biden spoke with Sen. John Smith and Gen. Mark Milley on Jan. 8 in Washington.",
            "The prize went to J. R. Smith of Boston.",
            "Dr. Jekyll met St. Louis officials on Sept. 11.");
  }

  @Test
  void joins_acronyms_before_a_proper_word_or_lowercase_word() {
    assertThat(
            sentences(
                "The U.S. Embassy in Kyiv issued a warning. In 2019, then-U.S. president Donald"
                    + " Trump left the treaty. The boards of Exxon Corp. and Mobil Corp. met."))
        .containsExactly(
            "The U.S. Embassy in Kyiv issued a warning.",
            "In 2019, then-U.S. president Donald Trump left the treaty.",
            "The boards of Exxon Corp. and Mobil Corp. met.");
  }

  @Test
  void sentence_starting_with_an_acronym_after_a_real_end_stays_separate() {
    // The model also splits after "U.S." here; the rule joins "U.S." with "President".
    assertThat(
            sentences(
                "A marine looks on in Donetsk on Friday. U.S. President Joe Biden has warned"
                    + " Russia."))
        .containsExactly(
            "A marine looks on in Donetsk on Friday.",
            "U.S. President Joe Biden has warned Russia.");
  }

  @Test
  void splits_after_an_acronym_or_abbreviation_before_a_sentence_starter() {
    assertThat(sentences("Both remain non-starters for the U.S. It wants guarantees first."))
        .containsExactly("Both remain non-starters for the U.S.", "It wants guarantees first.");
    assertThat(sentences("Officials met in Washington, D.C. The talks lasted four hours."))
        .containsExactly("Officials met in Washington, D.C.", "The talks lasted four hours.");
    assertThat(sentences("He lives on Main St. He is tall."))
        .containsExactly("He lives on Main St.", "He is tall.");
    // #Hun Sen: "Sen." ends a name here, and "A" starts the next sentence.
    assertThat(sentences("The opposition blamed Hun Sen. A police general denied it."))
        .containsExactly("The opposition blamed Hun Sen.", "A police general denied it.");
  }

  @Test
  void numbering_abbreviations_join_only_before_digits() {
    assertThat(sentences("Mobil is the No. 2 oil company. The vote is on Nov. 3 in all states."))
        .containsExactly("Mobil is the No. 2 oil company.", "The vote is on Nov. 3 in all states.");
  }

  @Test
  void datelines_after_an_abbreviation_stay_with_the_first_sentence() {
    assertThat(
            sentences(
                "RALEIGH, N.C. (AP) — Shortly after dusk, troopers closed the road. DOVER, Fla. —"
                    + " The agent testified on Monday. Iron prices fell in Portland, Ore."
                    + " (Reuters)"))
        .containsExactly(
            "RALEIGH, N.C. (AP) — Shortly after dusk, troopers closed the road.",
            "DOVER, Fla. — The agent testified on Monday.",
            "Iron prices fell in Portland, Ore. (Reuters)");
    // After an ordinary word, a dash line is the model's business: here a tweet's byline.
    assertThat(sentences("Key meeting for getting a signal. — Michael McFaul")).hasSize(2);
  }

  @Test
  void lowercase_after_question_mark_continues_in_normal_text() {
    assertThat(sentences("\"Why?\" he asked the minister. Nobody answered."))
        .containsExactly("\"Why?\" he asked the minister.", "Nobody answered.");
  }

  @Test
  void quotes_stay_with_their_sentence() {
    assertThat(
            sentences(
                "\"It is over,\" the official said. She said, \"We will return.\" Then she"
                    + " left."))
        .containsExactly(
            "\"It is over,\" the official said.",
            "She said, \"We will return.\"",
            "Then she left.");
    assertThat(
            sentences(
                "“Russia feels threatened. So this is one area,” the official said. Talks begin"
                    + " Monday."))
        .containsExactly(
            "“Russia feels threatened.",
            "So this is one area,” the official said.",
            "Talks begin Monday.");
  }

  @Test
  void ptb_style_quotes_of_duc_text_stay_with_their_sentence() {
    assertThat(sentences("``It is over,'' he said. ``We left.'' Then we ate. It rained."))
        .containsExactly("``It is over,'' he said.", "``We left.''", "Then we ate.", "It rained.");
    // A space-separated closing quote that the model puts at the start of the next piece.
    assertThat(sentences("Nobody came from Salt Lake City. '' Salt Lake organizers denied it."))
        .containsExactly("Nobody came from Salt Lake City. ''", "Salt Lake organizers denied it.");
    // A closing bracket with its period, as tokenized text leaves it.
    assertThat(sentences("( Shares rose in late trading . ) . Bonds fell ."))
        .containsExactly("( Shares rose in late trading . ) .", "Bonds fell .");
  }

  @Test
  void space_separated_straight_quotes_close_by_parity() {
    assertThat(sentences("He shouted \" stop ! \" and ran . \" we are here . \" The man left ."))
        .containsExactly(
            "He shouted \" stop ! \" and ran .", "\" we are here . \"", "The man left .");
  }

  @Test
  void non_ascii_text_keeps_exact_offsets() {
    String text =
        "In Zürich, officials from Gdańsk said “we will come” — quietly. Then they left …"
            + " for Kraków.";
    assertThat(sentences(text))
        .containsExactly(
            "In Zürich, officials from Gdańsk said “we will come” — quietly.",
            "Then they left … for Kraków.");
    assertThat(SPLITTER.split(text).get(1).start()).isEqualTo(text.indexOf("Then"));
  }

  @Test
  void blank_lines_split_paragraphs_even_without_periods() {
    String text =
        "Talks set for Geneva\n\nFirst sentence here. Second one.\r\n \t\r\nThird paragraph\n"
            + "\u00A0\nFourth";
    assertThat(sentences(text))
        .containsExactly(
            "Talks set for Geneva",
            "First sentence here.",
            "Second one.",
            "Third paragraph",
            "Fourth");
  }

  @Test
  void hard_wrapped_lines_stay_one_sentence() {
    String text =
        "The opposition leader on Friday rejected demands \nfor talks abroad, accusing the"
            + " government of trying to \nKing Street politics. Negotiations between the two"
            + " \nparties failed.";
    assertThat(sentences(text))
        .containsExactly(
            "The opposition leader on Friday rejected demands \nfor talks abroad, accusing the"
                + " government of trying to \nKing Street politics.",
            "Negotiations between the two \nparties failed.");
  }

  @Test
  void multi_news_style_lowercased_tokenized_text() {
    // Lowercased, then capitalised where Multi-News's own splitter saw a sentence start (also,
    // wrongly, after "u.s."), with PTB-style spaces around punctuation.
    String text =
        "The u.s. Employment situation improved in march, the labor department said. The"
            + " unemployment rate fell to 8.2 % from 8.3 %, its lowest level in three years."
            + " Economists had expected no change. Will it last? we ' ll see next month. \" how"
            + " can you say that? \" lee said. \" it was over. \" it started in 2011 in ohio.";
    assertThat(SentenceBoundaryRules.isCaseFolded(text)).isTrue();
    assertThat(sentences(text))
        .containsExactly(
            "The u.s. Employment situation improved in march, the labor department said.",
            "The unemployment rate fell to 8.2 % from 8.3 %, its lowest level in three years.",
            "Economists had expected no change.",
            "Will it last?",
            "we ' ll see next month.",
            "\" how can you say that? \" lee said.",
            "\" it was over. \"",
            "it started in 2011 in ohio.");
  }

  @Test
  void company_suffix_joins_before_a_title_but_not_before_a_starter() {
    assertThat(
            sentences(
                "Apple Inc. Chief Executive Tim Cook spoke. He joined Apple Inc. The firm"
                    + " said so."))
        .containsExactly(
            "Apple Inc. Chief Executive Tim Cook spoke.",
            "He joined Apple Inc.",
            "The firm said so.");
  }

  @Test
  void is_thread_safe() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add(
          "Item "
              + i
              + ". Mr. Smith met the U.S. envoy on Jan. "
              + (i + 1)
              + ".\n\n\"It went well,\" he said. The talks ended"
              + " ".repeat(i % 3)
              + ". Next steps are unclear. ".repeat(i % 5));
    }
    List<List<Span>> expected = inputs.stream().map(SPLITTER::split).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Span>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<List<Span>> results = new ArrayList<>();
                  for (int round = 0; round < 25; round++) {
                    results.clear();
                    for (String input : inputs) {
                      results.add(SPLITTER.split(input));
                    }
                  }
                  return results;
                }));
      }
      for (Future<List<List<Span>>> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
