package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class LuceneTermAnalyzerTest {

  private static final LuceneTermAnalyzer ENGLISH = new LuceneTermAnalyzer();

  @Test
  void empty_and_stopword_only_text_has_no_terms() {
    assertThat(ENGLISH.terms("")).isEmpty();
    assertThat(ENGLISH.terms("  \n ")).isEmpty();
    assertThat(ENGLISH.terms("It is what they would have done, isn't it?")).isEmpty();
  }

  @Test
  void stems_lowercases_and_removes_stopwords() {
    assertThat(ENGLISH.terms("The deployments of missiles were limited"))
        .containsExactly("deploy", "missil", "limit");
  }

  @Test
  void removes_possessives_with_straight_and_curly_apostrophes() {
    assertThat(ENGLISH.terms("Russia's troops and Ukraine’s border"))
        .containsExactly("russia", "troop", "ukrain", "border");
  }

  @Test
  void keeps_numbers_and_drops_symbols() {
    assertThat(ENGLISH.terms("About 6,000 troops, up 8.2 % since 2014 🚀 — $5"))
        .containsExactly("6,000", "troop", "8.2", "2014", "5");
  }

  @Test
  void normalises_acronyms_and_keeps_the_country_apart_from_the_pronoun() {
    assertThat(ENGLISH.terms("U.S. officials told us")).containsExactly("us", "offici", "told");
    assertThat(ENGLISH.terms("US officials")).containsExactly("us", "offici");
    assertThat(ENGLISH.terms("the u.s. government and the U.N."))
        .containsExactly("us", "govern", "un");
  }

  @Test
  void tokenized_contractions_leave_no_fragments() {
    assertThat(ENGLISH.terms("we ' ll see , don ' t we ? they’re here"))
        .containsExactly("see", "don");
  }

  @Test
  void non_ascii_words_survive() {
    assertThat(ENGLISH.terms("Zürich and Gdańsk")).containsExactly("zürich", "gdańsk");
  }

  @Test
  void custom_stopwords_without_stemming() {
    LuceneTermAnalyzer analyzer =
        new LuceneTermAnalyzer(new CharArraySet(List.of("missiles"), true), false);
    assertThat(analyzer.terms("The deployments of Missiles"))
        .containsExactly("the", "deployments", "of");
  }

  @Test
  void english_stopwords_include_curly_apostrophe_variants() {
    CharArraySet stopwords = LuceneTermAnalyzer.englishStopwords();
    assertThat(stopwords.contains("don't")).isTrue();
    assertThat(stopwords.contains("don’t")).isTrue();
    assertThat(stopwords.contains("the")).isTrue();
    assertThat(stopwords.contains("said")).isFalse();
    assertThat(stopwords.size()).isBetween(300, 450);
  }

  @Test
  void is_thread_safe() throws Exception {
    List<String> inputs =
        IntStream.range(0, 50)
            .mapToObj(i -> "Sentence " + i + ": the deployments of U.S. missiles in Europe's east")
            .toList();
    List<List<String>> expected = inputs.stream().map(ENGLISH::terms).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> futures =
          IntStream.range(0, 4)
              .mapToObj(t -> pool.submit(() -> inputs.stream().map(ENGLISH::terms).toList()))
              .toList();
      for (Future<List<List<String>>> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
