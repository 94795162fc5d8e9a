package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

  private static final RougeResources LISTS =
      RougeResources.of(Set.of("the", "of"), Map.of("mice", "mouse"));

  private static List<String> tokens(String flags, String... sentences) {
    RougeOptions options = RougeOptions.fromOfficialFlags(flags.split(" "));
    return new RougeTokenizer(options, LISTS).tokens(List.of(sentences));
  }

  @Test
  void tokens_are_the_scripts_bytes_split_at_non_alphanumerics() {
    assertThat(tokens("-n 1", "Zürich's U.S. agreements ran.", "The MICE"))
        .containsExactly("z", "rich", "s", "u", "s", "agreements", "ran", "the", "mice");
  }

  @Test
  void stemming_uses_the_exceptions_then_the_scripts_porter_on_long_tokens_only() {
    assertThat(tokens("-n 1 -m", "The mice ran into agreements"))
        .containsExactly("the", "mouse", "ran", "into", "agreem");
  }

  @Test
  void stopwords_go_before_stemming_and_truncation_counts_raw_words() {
    assertThat(tokens("-n 1 -s", "The pride of lions")).containsExactly("pride", "lions");
    // -l 3: "Hun Sen's" is two words; the third is "party".
    assertThat(tokens("-n 1 -l 3", "Hun Sen's party", "won again"))
        .containsExactly("hun", "sen", "s", "party");
    assertThat(tokens("-n 1")).isEmpty();
  }

  @Test
  void agrees_with_the_scorer_on_rouge_1_counts() {
    RougeOptions options = RougeOptions.fromOfficialFlags("-n", "1", "-m");
    List<String> text = List.of("Zürich's mayors agreed.", "Mice ran!");
    int count = new RougeTokenizer(options, LISTS).tokens(text).size();
    // Against a one-word reference, P = hits / system tokens.
    RougeScore score =
        new RougeScorer(options, LISTS).score(text, List.of(List.of("ran"))).get("ROUGE-1");
    assertThat(score.precision()).isEqualTo(Rouge155Format.round5(1.0 / count));
    assertThat(count).isEqualTo(7);
  }

  @Test
  void stemming_needs_the_exception_lists() {
    assertThatThrownBy(
            () -> new RougeTokenizer(RougeOptions.fromOfficialFlags("-m"), RougeResources.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exception lists");
    assertThatThrownBy(
            () -> new RougeTokenizer(RougeOptions.fromOfficialFlags("-s"), RougeResources.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smart_common_words");
  }
}
