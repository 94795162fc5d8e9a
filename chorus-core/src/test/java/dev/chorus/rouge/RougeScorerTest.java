package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed cases; every expected value can be checked on paper. */
class RougeScorerTest {

  /** A tiny in-memory word list, so these tests need no data files. */
  private static final RougeResources LISTS =
      RougeResources.of(Set.of("the", "a", "of"), Map.of("better", "well", "children", "child"));

  private static Map<String, RougeScore> score(
      String flags, List<String> system, List<List<String>> references) {
    RougeOptions options = RougeOptions.fromOfficialFlags(flags.split(" "));
    return new RougeScorer(options, LISTS).score(system, references);
  }

  private static void assertScore(RougeScore score, double r, double p, double f) {
    assertThat(score).isEqualTo(new RougeScore(r, p, f));
  }

  @Test
  void rouge_1_is_three_of_four_words() {
    Map<String, RougeScore> scores =
        score(
            "-n 2",
            List.of("Police kill the gunman."),
            List.of(List.of("Police killed the gunman.")));
    // police, the, gunman match; kill != killed without stemming.
    assertScore(scores.get("ROUGE-1"), 0.75, 0.75, 0.75);
    // Bigrams: only "the gunman" of 3.
    assertScore(scores.get("ROUGE-2"), 0.33333, 0.33333, 0.33333);
    // LCS: police ... the gunman.
    assertScore(scores.get("ROUGE-L"), 0.75, 0.75, 0.75);
  }

  @Test
  void stemming_makes_inflections_match() {
    Map<String, RougeScore> scores =
        score(
            "-n 1 -m",
            List.of("Police kill the gunman."),
            List.of(List.of("Police killed the gunman.")));
    assertScore(scores.get("ROUGE-1"), 1, 1, 1);
  }

  @Test
  void rouge_l_is_the_union_lcs_over_system_sentences() {
    // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    // Union LCS = w1 w2 w3 w5: R = 4/5, P = 4/10 system words, F = 2*0.8*0.4/1.2.
    Map<String, RougeScore> scores =
        score(
            "-x", List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of(List.of("w1 w2 w3 w4 w5")));
    assertThat(scores).isEmpty();
    scores =
        score(
            "-n 1",
            List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"),
            List.of(List.of("w1 w2 w3 w4 w5")));
    assertScore(scores.get("ROUGE-L"), 0.8, 0.4, 0.53333);
    // ROUGE-1 clips w1 (twice in the system, once in the reference) the same way: 4 hits.
    assertScore(scores.get("ROUGE-1"), 0.8, 0.4, 0.53333);
  }

  @Test
  void rouge_l_clips_a_reference_word_to_its_count_in_the_system() {
    // Both reference sentences share their LCS "storm" with the one system sentence, but the
    // system says "storm" once, so only one hit is counted: R = 1/2.
    Map<String, RougeScore> scores =
        score("-n 1", List.of("storm"), List.of(List.of("storm", "storm")));
    assertScore(scores.get("ROUGE-L"), 0.5, 1, 0.66667);
  }

  @Test
  void model_average_pools_counts_and_best_model_takes_the_highest_recall() {
    List<String> system = List.of("alpha beta gamma");
    List<List<String>> references =
        List.of(
            List.of("alpha beta delta epsilon"), // 2 hits of 4
            List.of("alpha beta zeta")); // 2 hits of 3
    // -f A: R = (2 + 2) / (4 + 3), P = 4 / (3 + 3): the system is counted once per reference.
    assertScore(score("-n 1 -f A", system, references).get("ROUGE-1"), 0.57143, 0.66667, 0.61539);
    // -f B: the second reference has the higher recall 2/3.
    assertScore(score("-n 1 -f B", system, references).get("ROUGE-1"), 0.66667, 0.66667, 0.66667);
  }

  @Test
  void best_model_keeps_the_first_reference_on_a_tie() {
    List<String> system = List.of("alpha beta gamma");
    List<List<String>> references =
        List.of(List.of("alpha beta delta epsilon"), List.of("alpha zeta"));
    // Both recalls are 0.5; the first reference (4 words) is kept: P = 2/3.
    assertScore(score("-n 1 -f B", system, references).get("ROUGE-1"), 0.5, 0.66667, 0.57143);
  }

  @Test
  void alpha_weights_precision_in_f() {
    // R = 3/4, P = 3/5; F = R*P / (0.7 P + 0.3 R) = 0.45 / 0.645.
    Map<String, RougeScore> scores =
        score(
            "-n 1 -p 0.3",
            List.of("one two three four five"),
            List.of(List.of("one two three six")));
    assertScore(scores.get("ROUGE-1"), 0.75, 0.6, 0.69767);
  }

  @Test
  void word_limit_truncates_system_and_references() {
    List<String> system = List.of("one two", "three four five");
    // Without a limit: 4 hits, R = 4/4, P = 4/5.
    assertScore(
        score("-n 1", system, List.of(List.of("one two three four"))).get("ROUGE-1"),
        1,
        0.8,
        0.88889);
    // -l 3 keeps "one two three" of both.
    assertScore(
        score("-n 1 -l 3", system, List.of(List.of("one two three four"))).get("ROUGE-1"), 1, 1, 1);
    // The reference is cut too: its first 3 words share nothing with the system.
    assertScore(
        score("-n 1 -l 3", List.of("one two"), List.of(List.of("six seven eight one")))
            .get("ROUGE-1"),
        0,
        0,
        0);
    assertScore(
        score("-n 1", List.of("one two"), List.of(List.of("six seven eight one"))).get("ROUGE-1"),
        0.25,
        0.5,
        0.33333);
  }

  @Test
  void words_for_truncation_are_raw_whitespace_fields_not_tokens() {
    // "Sen's" is one word for -l but two tokens; the lone "_" is a word and no token.
    RougeScorer scorer =
        new RougeScorer(RougeOptions.fromOfficialFlags("-n", "1", "-l", "3"), LISTS);
    assertScore(
        scorer
            .score(List.of("Hun Sen's _ party wins"), List.of(List.of("hun sen s")))
            .get("ROUGE-1"),
        1,
        1,
        1);
  }

  @Test
  void byte_limit_counts_line_bytes_without_the_joining_spaces() {
    // "abc def" is 7 bytes; 3 more are taken from "ghi jkl": abc def ghi. The reference lines
    // "abc def", "ghi" are 10 bytes and kept whole.
    RougeScorer scorer =
        new RougeScorer(RougeOptions.fromOfficialFlags("-n", "1", "-b", "10"), LISTS);
    assertScore(
        scorer
            .score(List.of("abc def", "ghi jkl"), List.of(List.of("abc def", "ghi")))
            .get("ROUGE-1"),
        1,
        1,
        1);
    // The cut may fall inside a word: "gh" is a token of its own.
    RougeScorer nine = new RougeScorer(RougeOptions.fromOfficialFlags("-n", "1", "-b", "9"), LISTS);
    assertScore(
        nine.score(List.of("abc def", "ghi jkl"), List.of(List.of("abc def", "gh"))).get("ROUGE-1"),
        1,
        1,
        1);
    // A one-line reference "abc def gh" (10 bytes) is cut to "abc def g": 2 hits of 3.
    assertScore(
        nine.score(List.of("abc def", "ghi jkl"), List.of(List.of("abc def gh"))).get("ROUGE-1"),
        0.66667,
        0.66667,
        0.66667);
  }

  @Test
  void empty_or_wordless_summaries_score_zero_without_nan() {
    String all = "-n 4 -w 1.2 -2 4 -U";
    List<List<String>> reference = List.of(List.of("The storm hit the coast."));
    for (List<String> system :
        List.of(
            List.<String>of(),
            List.of(""),
            List.of("   "),
            List.of("!!! ... --- ?"),
            List.of("\n\n"))) {
      Map<String, RougeScore> scores = score(all, system, reference);
      assertThat(scores).hasSize(8);
      scores.values().forEach(s -> assertScore(s, 0, 0, 0));
    }
    // An empty reference: no reference counts, so R = 0 (and P = 0, no hits).
    score(all, List.of("The storm hit the coast."), List.of(List.of()))
        .values()
        .forEach(s -> assertScore(s, 0, 0, 0));
  }

  @Test
  void non_ascii_characters_separate_tokens_and_are_not_lowercased() {
    // ü is two UTF-8 bytes, both separators: "Zürich" -> "z rich". The Kelvin sign K would
    // lowercase to an ASCII k in Java; the script only lowercases A-Z.
    assertScore(
        score("-n 1", List.of("Zürich \u212Aelvin"), List.of(List.of("z rich elvin")))
            .get("ROUGE-1"),
        1,
        1,
        1);
    assertScore(
        score("-n 2", List.of("Zürich"), List.of(List.of("zurich"))).get("ROUGE-1"), 0, 0, 0);
  }

  @Test
  void rouge_of_a_text_with_itself_is_one_except_rouge_w() {
    List<String> text =
        List.of(
            "The storm hit the coast on Tuesday.",
            "Thousands of homes lost power, officials said.",
            "Schools stay closed.");
    Map<String, RougeScore> scores = score("-n 4 -m -w 1.2 -2 4 -U", text, List.of(text, text));
    assertThat(scores.keySet())
        .containsExactly(
            "ROUGE-1",
            "ROUGE-2",
            "ROUGE-3",
            "ROUGE-4",
            "ROUGE-L",
            "ROUGE-W-1.2",
            "ROUGE-S4",
            "ROUGE-SU4");
    scores.forEach(
        (metric, s) -> {
          if (!metric.startsWith("ROUGE-W")) {
            assertThat(s).as(metric).isEqualTo(new RougeScore(1, 1, 1));
          }
        });
    // ROUGE-W: each reference sentence is one run of hits, hits = sum len^1.2 over sentences
    // (7, 7, 3 words); the script divides by (sum len^1.2)^1.2 for R and by 17^1.2 for P.
    double hits = Math.pow(7, 1.2) * 2 + Math.pow(3, 1.2);
    double recall = Math.pow(hits / Math.pow(hits, 1.2), 1 / 1.2);
    double precision = Math.pow(hits / Math.pow(17, 1.2), 1 / 1.2);
    RougeScore w = scores.get("ROUGE-W-1.2");
    assertThat(w.recall()).isEqualTo(Rouge155Format.round5(recall));
    assertThat(w.precision()).isEqualTo(Rouge155Format.round5(precision));
    // With both references: R = (2h / (2 h^1.2))^(1/1.2) = h^(-1/6), h = 2 * 7^1.2 + 3^1.2.
    assertThat(w.recall()).isEqualTo(0.58718);
  }

  @Test
  void rouge_w_rewards_consecutive_matches() {
    // Reference A B C D against system A B X C D: the union hits all 4 reference words, one run:
    // hits = 4^1.2, R = (4^1.2 / (4^1.2)^1.2)^(1/1.2) = 4^-0.2, P = (4^1.2 / 5^1.2)^(1/1.2) = 0.8.
    RougeScore w =
        score(
                "-x -w 1.2",
                List.of("alpha bravo xray charlie delta"),
                List.of(List.of("alpha bravo charlie delta")))
            .get("ROUGE-W-1.2");
    assertThat(w.recall()).isEqualTo(0.75786);
    assertThat(w.precision()).isEqualTo(0.8);
    // Two runs of 2 instead of one run of 4 earn 2 * 2^1.2 < 4^1.2.
    RougeScore split =
        score(
                "-x -w 1.2",
                List.of("alpha bravo", "charlie delta"),
                List.of(List.of("alpha bravo xray charlie delta")))
            .get("ROUGE-W-1.2");
    assertThat(split.precision()).isLessThan(1);
  }

  @Test
  void skip_bigrams_respect_the_distance_and_su_skips_the_last_unigram() {
    // Tokens a b c d: with -2 0 only adjacent pairs (ab, bc, cd); "a c" is 1 word apart.
    List<List<String>> reference = List.of(List.of("alpha charlie"));
    assertScore(
        score("-x -2 0", List.of("alpha bravo charlie"), reference).get("ROUGE-S0"), 0, 0, 0);
    // -2 1: pairs ab, ac, bc in the system; the reference has ac: R = 1/1, P = 1/3.
    assertScore(
        score("-x -2 1", List.of("alpha bravo charlie"), reference).get("ROUGE-S1"),
        1,
        0.33333,
        0.5);
    // -2 -1: no limit, C(4, 2) = 6 pairs.
    assertScore(
        score("-x -2 -1", List.of("alpha bravo charlie delta"), List.of(List.of("alpha delta")))
            .get("ROUGE-S*"),
        1,
        0.16667,
        0.28572);
    // SU: "alpha beta" gives {alpha, alpha beta}, "beta alpha" gives {beta, beta alpha}: the
    // shared unigram of the last position is never counted, so SU is 0 while ROUGE-1 is 1.
    Map<String, RougeScore> su =
        score("-n 1 -x -2 4 -u", List.of("alpha beta"), List.of(List.of("beta alpha")));
    assertScore(su.get("ROUGE-1"), 1, 1, 1);
    assertScore(su.get("ROUGE-SU4"), 0, 0, 0);
  }

  @Test
  void ngrams_span_sentence_boundaries() {
    // "end start" is a bigram across the two lines.
    assertScore(
        score("-n 2 -x", List.of("the end", "start here"), List.of(List.of("end start")))
            .get("ROUGE-2"),
        1,
        0.33333,
        0.5);
  }

  @Test
  void stopwords_are_removed_before_counting() {
    // "the", "of" removed: storm coast vs storm coast.
    assertScore(
        score("-n 1 -s", List.of("The storm of the coast"), List.of(List.of("storm, coast")))
            .get("ROUGE-1"),
        1,
        1,
        1);
    assertScore(
        score("-n 1", List.of("The storm of the coast"), List.of(List.of("storm, coast")))
            .get("ROUGE-1"),
        1,
        0.4,
        0.57143);
  }

  @Test
  void stemming_uses_exceptions_first_and_leaves_short_words_alone() {
    // better -> well (exception list), children -> child, running -> run (Porter); "ran" has 3
    // letters and is kept as it is, so it does not match "run".
    Map<String, RougeScore> scores =
        score(
            "-n 1 -m",
            List.of("better children running ran"),
            List.of(List.of("well child run run")));
    // well, child, run match; ran does not: 3 hits of 4.
    assertScore(scores.get("ROUGE-1"), 0.75, 0.75, 0.75);
  }

  @Test
  void sentences_with_line_breaks_are_several_lines() {
    // Each element is written as lines of an SPL file: the ROUGE-L units are the lines.
    Map<String, RougeScore> joined =
        score(
            "-x -w 1.2",
            List.of("alpha bravo\ncharlie delta"),
            List.of(List.of("alpha bravo charlie delta")));
    Map<String, RougeScore> split =
        score(
            "-x -w 1.2",
            List.of("alpha bravo", "charlie delta"),
            List.of(List.of("alpha bravo charlie delta")));
    assertThat(joined).isEqualTo(split);
  }

  @Test
  void rejects_missing_references_and_missing_word_lists() {
    RougeScorer scorer = new RougeScorer(RougeOptions.fromOfficialFlags("-n", "1"), LISTS);
    assertThatThrownBy(() -> scorer.score(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one reference");
    assertThatThrownBy(
            () -> new RougeScorer(RougeOptions.fromOfficialFlags("-m"), RougeResources.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-m");
    assertThatThrownBy(
            () -> new RougeScorer(RougeOptions.fromOfficialFlags("-s"), RougeResources.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-s");
  }

  @Test
  void score_all_averages_clusters_in_id_order_whatever_the_input_order() {
    RougeScorer scorer =
        new RougeScorer(RougeOptions.fromOfficialFlags("-n", "1", "-r", "200"), LISTS);
    List<RougeInput> inputs =
        List.of(
            new RougeInput("c2", List.of("alpha beta"), List.of(List.of("alpha gamma"))),
            new RougeInput("c1", List.of("alpha beta"), List.of(List.of("alpha beta"))),
            new RougeInput("c3", List.of("delta"), List.of(List.of("alpha beta"))));
    RougeReport report = scorer.scoreAll(inputs, ResampleSource.rouge155());
    RougeReport reversed =
        scorer.scoreAll(
            List.of(inputs.get(2), inputs.get(1), inputs.get(0)), ResampleSource.rouge155());
    assertThat(reversed).isEqualTo(report);
    assertThat(report.perCluster().get("ROUGE-1").keySet()).containsExactly("c1", "c2", "c3");
    assertScore(report.perCluster().get("ROUGE-1").get("c2"), 0.5, 0.5, 0.5);
    RougeAverage average = report.averages().get("ROUGE-1");
    // The cluster recalls are 1, 0.5, 0: the resample mean is near 0.5, bounds within [0, 1].
    assertThat(average.average().recall()).isCloseTo(0.5, within(0.05));
    assertThat(average.lower().recall()).isBetween(0.0, average.average().recall());
    assertThat(average.upper().recall()).isBetween(average.average().recall(), 1.0);
    assertThat(average.clusters()).isEqualTo(3);
    assertThat(average.clusterMean().recall()).isEqualTo(0.5);
    RougeReport seeded = scorer.scoreAll(inputs, ResampleSource.of(new Random(7)));
    assertThat(scorer.scoreAll(inputs, ResampleSource.of(new Random(7)))).isEqualTo(seeded);
    assertThatThrownBy(
            () -> scorer.scoreAll(List.of(inputs.get(0), inputs.get(0)), ResampleSource.rouge155()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate cluster id 'c2'");
  }
}
