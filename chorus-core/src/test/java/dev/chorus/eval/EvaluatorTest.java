package dev.chorus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.ingest.ClusterRecord;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small in-memory clusters with ROUGE values that can be checked on paper. */
class EvaluatorTest {

  /** Stemming (-m) needs an exception list; one entry is enough for these texts. */
  static final RougeResources LISTS = RougeResources.of(Set.of(), Map.of("geese", "goose"));

  private static final Evaluator EVALUATOR = Evaluator.english(LISTS, 2);

  private static ClusterRecord cluster(String id, List<String> articles, String... references) {
    List<Article> documents = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      documents.add(Article.of(id + "-d" + i, articles.get(i)));
    }
    return new ClusterRecord(new Story(id, documents), List.of(references));
  }

  private static final ClusterRecord FLOOD =
      cluster(
          "c1",
          List.of("The river flooded the town. Residents fled to the hills."),
          "The river flooded the town. Residents fled to the hills.");

  private static final ClusterRecord HALF =
      cluster(
          "c2",
          List.of("The river flooded the town. Residents fled to the hills."),
          "The river flooded the town.");

  @Test
  void a_summary_identical_to_its_reference_scores_1() {
    EvalResult result =
        EVALUATOR.evaluate(
            Stream.of(FLOOD), List.of("lead"), EvalPreset.DUC2004, Budget.words(100));

    MethodResult lead = result.method("lead");
    assertThat(result.clusters()).isEqualTo(1);
    assertThat(result.metrics())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L");
    for (String metric : result.metrics()) {
      assertThat(lead.report().perCluster().get(metric).get("c1"))
          .as(metric)
          .isEqualTo(new RougeScore(1, 1, 1));
      assertThat(lead.report().averages().get(metric).average())
          .as(metric)
          .isEqualTo(new RougeScore(1, 1, 1));
    }
    assertThat(lead.meanWords()).isEqualTo(10);
  }

  @Test
  void a_summary_twice_as_long_as_its_reference_has_half_the_precision() {
    EvalResult result =
        EVALUATOR.evaluate(
            Stream.of(HALF), List.of("lead"), EvalPreset.MULTINEWS, Budget.words(300));

    Map<String, Map<String, RougeScore>> perCluster = result.method("lead").report().perCluster();
    // Stemmed tokens: the river flood the town | resid fled to the hill. All 5 reference
    // unigrams are hit, of 10 system unigrams: F = 2 * 0.5 / 1.5.
    assertThat(perCluster.get("ROUGE-1").get("c2")).isEqualTo(new RougeScore(1, 0.5, 0.66667));
    // Bigrams: the 4 of the reference, of 9.
    assertThat(perCluster.get("ROUGE-2").get("c2")).isEqualTo(new RougeScore(1, 0.44444, 0.61538));
    assertThat(result.metrics()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
  }

  @Test
  void the_oracle_picks_the_sentence_the_reference_holds() {
    ClusterRecord market =
        cluster(
            "c3",
            List.of(
                "A cat sat quietly on the old mat.", "The stock market fell sharply on Monday."),
            "The stock market fell sharply on Monday.");

    EvalResult result =
        EVALUATOR.evaluate(
            Stream.of(market), List.of("lead", "oracle"), EvalPreset.DUC2004, Budget.words(8));

    assertThat(result.methods().keySet()).containsExactly("lead", "oracle");
    assertThat(result.method("oracle").report().perCluster().get("ROUGE-1").get("c3"))
        .isEqualTo(new RougeScore(1, 1, 1));
    // Lead takes the first article's sentence (8 words), which holds only "the" and "on".
    assertThat(result.method("lead").report().perCluster().get("ROUGE-1").get("c3").recall())
        .isEqualTo(0.28571);
  }

  @Test
  void results_do_not_depend_on_thread_count_or_cluster_order() {
    List<ClusterRecord> clusters = new ArrayList<>();
    String[] facts = {
      "The river flooded the town on Monday.",
      "Officials closed the bridge after the storm.",
      "Farmers lost most of the harvest to the rain.",
      "Schools reopened two weeks after the flood.",
      "The mayor asked for federal aid on Friday."
    };
    for (int i = 0; i < 12; i++) {
      String first = facts[i % facts.length];
      String second = facts[(i + 2) % facts.length];
      clusters.add(
          cluster(
              "k" + i,
              List.of(first + " " + second, second + " Residents fled to the hills."),
              first + " Residents fled."));
    }
    List<String> methods = List.of("lead", "centroid", "oracle");
    EvalResult oneThread =
        Evaluator.english(LISTS, 1)
            .evaluate(clusters.stream(), methods, EvalPreset.MULTINEWS, Budget.words(20));
    List<ClusterRecord> shuffled = new ArrayList<>(clusters);
    Collections.shuffle(shuffled, new Random(7));
    EvalResult fourThreads =
        Evaluator.english(LISTS, 4)
            .evaluate(shuffled.stream(), methods, EvalPreset.MULTINEWS, Budget.words(20));

    assertThat(fourThreads).isEqualTo(oneThread);
    assertThat(oneThread.clusters()).isEqualTo(12);
  }

  @Test
  void progress_counts_every_cluster() {
    AtomicInteger last = new AtomicInteger();
    EVALUATOR.evaluate(
        Stream.of(FLOOD, HALF),
        List.of("lead"),
        EvalPreset.DUC2004,
        Budget.words(100),
        done -> last.accumulateAndGet(done, Math::max));
    assertThat(last.get()).isEqualTo(2);
  }

  @Test
  void references_are_split_at_line_breaks_and_into_sentences() {
    assertThat(
            EVALUATOR.referenceSentences(
                "The dam broke at dawn. Water  reached the town by noon.\n\nNo one was hurt\n"))
        .containsExactly(
            "The dam broke at dawn.", "Water reached the town by noon.", "No one was hurt");
    assertThat(EVALUATOR.referenceSentences(" \n\t")).isEmpty();
    assertThat(EVALUATOR.referenceSentences("Zürich bleibt ruhig."))
        .containsExactly("Zürich bleibt ruhig.");
  }

  @Test
  void method_names_are_normalized_and_checked() {
    assertThat(Evaluator.methodNames()).endsWith("oracle").contains("lead", "lexrank");
    assertThat(Evaluator.checkMethods(List.of(" Lead", "ORACLE")))
        .containsExactly("lead", "oracle");
    assertThatThrownBy(() -> Evaluator.checkMethods(List.of("lead", "nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown method 'nope'")
        .hasMessageContaining("lexrank")
        .hasMessageContaining("oracle");
    assertThatThrownBy(() -> Evaluator.checkMethods(List.of("lead", "LEAD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lead' is given twice");
    assertThatThrownBy(() -> Evaluator.checkMethods(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bad_input_is_rejected_with_the_cluster_named() {
    Budget budget = Budget.words(100);
    List<String> lead = List.of("lead");
    assertThatThrownBy(() -> EVALUATOR.evaluate(Stream.of(), lead, EvalPreset.DUC2004, budget))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no cluster");
    ClusterRecord noReference = cluster("c9", List.of("The river flooded the town."));
    assertThatThrownBy(
            () -> EVALUATOR.evaluate(Stream.of(noReference), lead, EvalPreset.DUC2004, budget))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c9' has no reference summary");
    assertThatThrownBy(
            () -> EVALUATOR.evaluate(Stream.of(FLOOD, FLOOD), lead, EvalPreset.DUC2004, budget))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c1' occurs twice");
    assertThatThrownBy(() -> Evaluator.english(LISTS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be >= 1, was 0");
    // -m needs the exception lists.
    Evaluator withoutLists = Evaluator.english(RougeResources.empty(), 1);
    assertThatThrownBy(
            () -> withoutLists.evaluate(Stream.of(FLOOD), lead, EvalPreset.DUC2004, budget))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exception lists");
  }

  @Test
  void an_empty_story_gets_an_empty_summary_that_scores_0() {
    ClusterRecord empty = cluster("c0", List.of(""), "The river flooded the town.");
    EvalResult result =
        EVALUATOR.evaluate(
            Stream.of(empty), List.of("lead", "oracle"), EvalPreset.DUC2004, Budget.words(100));
    for (MethodResult method : result.methods().values()) {
      assertThat(method.report().perCluster().get("ROUGE-1").get("c0")).isEqualTo(RougeScore.ZERO);
      assertThat(method.meanWords()).isZero();
    }
  }
}
