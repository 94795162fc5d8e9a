package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SummarizersTest {

  @Test
  void finds_every_method_by_its_name() {
    assertThat(Summarizers.names())
        .containsExactly(
            "lead", "centroid", "lexrank", "textrank", "mmr", "mmr-lead", "sumbasic", "klsum",
            "submodular", "ranked", "auto");
    for (String name : Summarizers.names()) {
      assertThat(Summarizers.byName(name).name()).isEqualTo(name);
    }
    assertThat(Summarizers.byName(" LexRank ")).isInstanceOf(LexRankSummarizer.class);
    assertThat(Summarizers.names()).contains(Summarizers.DEFAULT);
  }

  @Test
  void unknown_name_lists_the_valid_ones() {
    assertThatThrownBy(() -> Summarizers.byName("pagerank"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown summarizer 'pagerank'; valid names: lead, centroid, lexrank, textrank, mmr,"
                + " mmr-lead, sumbasic, klsum, submodular, ranked, auto (aliases: default, fast)");
  }

  @Test
  void aliases_name_the_default_and_the_fastest_good_method() {
    assertThat(Summarizers.canonical(" Default ")).isEqualTo(Summarizers.DEFAULT);
    assertThat(Summarizers.byName("default").name()).isEqualTo(Summarizers.DEFAULT);
    assertThat(Summarizers.canonical("fast")).isEqualTo("auto");
    assertThat(Summarizers.canonical("MMR")).isEqualTo("mmr");
  }
}
