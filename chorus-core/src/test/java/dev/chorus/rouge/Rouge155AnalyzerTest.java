package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.rouge.Rouge155Analyzer.Analyzed;
import dev.chorus.rouge.Rouge155Analyzer.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokenization and truncation as the script does them, token by token. */
class Rouge155AnalyzerTest {

  private static final RougeResources LISTS =
      RougeResources.of(Set.of("the", "of"), Map.of("better", "well"));

  private record Tokens(List<String> ngram, List<List<String>> lcs) {}

  private static Tokens analyze(String flags, String... lines) {
    RougeOptions options =
        RougeOptions.fromOfficialFlags(flags.isEmpty() ? new String[0] : flags.split(" "));
    Vocabulary vocabulary = new Vocabulary();
    Analyzed analyzed = new Rouge155Analyzer(options, LISTS).analyze(List.of(lines), vocabulary);
    List<String> ngram = new ArrayList<>();
    for (int id : analyzed.tokens()) {
      ngram.add(vocabulary.token(id));
    }
    List<List<String>> lcs = new ArrayList<>();
    for (int[] sentence : analyzed.sentences()) {
      List<String> words = new ArrayList<>();
      for (int id : sentence) {
        words.add(vocabulary.token(id));
      }
      lcs.add(words);
    }
    return new Tokens(ngram, lcs);
  }

  @Test
  void lowercases_ascii_and_splits_at_every_other_character() {
    Tokens tokens = analyze("", "U.S. President's half-hearted $5,000 e-mail (R-Texas)");
    assertThat(tokens.ngram())
        .containsExactly(
            "u", "s", "president", "s", "half", "hearted", "5", "000", "e", "mail", "r", "texas");
    assertThat(tokens.lcs()).containsExactly(tokens.ngram());
  }

  @Test
  void non_ascii_bytes_are_separators() {
    assertThat(analyze("", "Zürich naïve café – ok").ngram())
        .containsExactly("z", "rich", "na", "ve", "caf", "ok");
  }

  @Test
  void empty_lines_are_dropped_and_blank_ones_are_empty_units() {
    Tokens tokens = analyze("", "", "  ", "one\n\ntwo", "...");
    assertThat(tokens.ngram()).containsExactly("one", "two");
    // "  " and "..." are units without words for ROUGE-L; "" lines do not exist for the script.
    assertThat(tokens.lcs()).containsExactly(List.of(), List.of("one"), List.of("two"), List.of());
  }

  @Test
  void stopwords_go_before_stemming_and_short_words_are_not_stemmed() {
    assertThat(analyze("-s -m", "The better of the running dogs ran").ngram())
        .containsExactly("well", "run", "dog", "ran");
    assertThat(analyze("-m", "The better dogs").ngram()).containsExactly("the", "well", "dog");
  }

  @Test
  void word_limit_counts_whitespace_fields_of_the_raw_line() {
    // "_" and "--" are words for the limit but no tokens.
    assertThat(analyze("-l 4", "Hun Sen _ said -- no more").ngram())
        .containsExactly("hun", "sen", "said");
    assertThat(analyze("-l 2", "one two", "three").ngram()).containsExactly("one", "two");
    assertThat(analyze("-l 3", "one two", "three four").lcs())
        .containsExactly(List.of("one", "two"), List.of("three"));
  }

  @Test
  void a_line_starting_with_whitespace_has_an_extra_empty_word() {
    // Perl's split(/\s+/, " two three") gives "", "two", "three": 3 words for -l.
    assertThat(analyze("-l 3", "one", " two three").ngram()).containsExactly("one", "two");
    assertThat(analyze("-l 3", "one", "two three").ngram()).containsExactly("one", "two", "three");
  }

  @Test
  void a_no_break_space_does_not_separate_words_for_the_limit() {
    // U+00A0 is the bytes C2 A0, not Perl whitespace: "a\u00A0b" is one word but two tokens.
    assertThat(analyze("-l 2", "a\u00A0b c d").ngram()).containsExactly("a", "b", "c");
  }

  @Test
  void byte_limit_cuts_at_a_byte_and_the_lcs_path_does_not_add_lines_up() {
    // Lines of 7, 5 and 9 bytes with -b 10: the n-gram path keeps "abc def", then 3 bytes of
    // "ghi j" ("ghi"), and stops.
    Tokens tokens = analyze("-b 10", "abc def", "ghi j", "klm nopqr");
    assertThat(tokens.ngram()).containsExactly("abc", "def", "ghi");
    // The script's LCS reader checks each line alone against the limit: all three lines are
    // shorter than 10 bytes and kept whole.
    assertThat(tokens.lcs())
        .containsExactly(List.of("abc", "def"), List.of("ghi", "j"), List.of("klm", "nopqr"));
    // The first line of 10 bytes or more is cut to 10 bytes and ends the LCS text.
    assertThat(analyze("-b 10", "abc", "defghijklmnop", "qrs").lcs())
        .containsExactly(List.of("abc"), List.of("defghijklm"));
  }

  @Test
  void byte_limit_counts_utf8_bytes() {
    // "é" is 2 bytes: "café" is 5 bytes, so -b 4 keeps "caf" and the first byte of é.
    assertThat(analyze("-b 4", "café au lait").ngram()).containsExactly("caf");
  }
}
