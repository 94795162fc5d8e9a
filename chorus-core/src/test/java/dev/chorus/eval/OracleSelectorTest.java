package dev.chorus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.rouge.RougeOptions;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeScore;
import dev.chorus.rouge.RougeScorer;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OracleSelectorTest {

  private static final Pipeline PIPELINE = Pipeline.english();

  private static final OracleSelector RECALL =
      OracleSelector.of(EvalPreset.DUC2004, EvaluatorTest.LISTS);
  private static final OracleSelector F =
      OracleSelector.of(EvalPreset.MULTINEWS, EvaluatorTest.LISTS);

  private static AnalyzedStory story(String... articles) {
    List<Article> documents = new ArrayList<>();
    for (int i = 0; i < articles.length; i++) {
      documents.add(Article.of("d" + i, articles[i]));
    }
    return PIPELINE.analyze(new Story("s", documents));
  }

  private static List<String> texts(Summary summary) {
    return summary.sentences().stream().map(SummarySentence::text).toList();
  }

  private static final List<List<String>> CAT_AND_DOG =
      List.of(List.of("The cat sat on the mat.", "The dog barked."));

  private static final AnalyzedStory CAT_STORY =
      story("The cat sat on the mat. A dog barked loudly at night in the cold rain.");

  @Test
  void recall_oracle_adds_every_sentence_that_raises_recall() {
    Summary summary = RECALL.select(CAT_STORY, CAT_AND_DOG, Budget.words(100));
    assertThat(summary.method()).isEqualTo("oracle");
    assertThat(texts(summary))
        .containsExactly(
            "The cat sat on the mat.", "A dog barked loudly at night in the cold rain.");
  }

  @Test
  void f_oracle_stops_when_a_sentence_would_lower_f() {
    // After the first sentence: R1 F = 0.8, R2 F = 0.769; the second would give 0.72 and 0.52.
    Summary summary = F.select(CAT_STORY, CAT_AND_DOG, Budget.words(100));
    assertThat(texts(summary)).containsExactly("The cat sat on the mat.");
  }

  @Test
  void objective_is_rouge_1_plus_rouge_2_of_the_scorer() {
    List<String> system = List.of("The cat sat on the mat.", "A dog barked loudly at night.");
    // R1: the cat sat on the mat + dog bark = 8 of 9 reference unigrams; R2: 5 + "dog bark" = 6
    // of 8 bigrams.
    assertThat(RECALL.objective(system, CAT_AND_DOG)).isCloseTo(8.0 / 9 + 6.0 / 8, within(1e-12));
    assertThat(RECALL.objective(List.of(), CAT_AND_DOG)).isZero();
    for (OracleSelector oracle : List.of(RECALL, F)) {
      EvalPreset preset = oracle == RECALL ? EvalPreset.DUC2004 : EvalPreset.MULTINEWS;
      Map<String, RougeScore> scores =
          new RougeScorer(preset.options(), EvaluatorTest.LISTS).score(system, CAT_AND_DOG);
      double expected =
          scores.get("ROUGE-1").get(preset.measure()) + scores.get("ROUGE-2").get(preset.measure());
      assertThat(oracle.objective(system, CAT_AND_DOG)).isCloseTo(expected, within(2e-5));
    }
  }

  @Test
  void several_references_are_pooled_as_with_f_a() {
    List<List<String>> two = List.of(List.of("The cat sat."), List.of("The dog sat."));
    // R1 with -f A: (3 + 2) hits of (3 + 3) reference words; R2: "the cat" and "cat sat" of
    // 2 + 2 bigrams.
    assertThat(RECALL.objective(List.of("The cat sat."), two))
        .isCloseTo(5.0 / 6 + 2.0 / 4, within(1e-12));
  }

  @Test
  void a_short_budget_prefers_two_short_sentences_to_one_long_one() {
    String longer =
        "Officials said the storm closed roads and the ferry stopped, and many people were running"
            + " out of food.";
    AnalyzedStory story =
        story(longer + " The storm closed the harbor. The ferry stopped running.");
    List<List<String>> reference =
        List.of(List.of("The storm closed the harbor.", "The ferry stopped running."));
    // Alone, the 18-word sentence has the largest gain (R1 7/9 + R2 4/8) and leaves no room for
    // another: plain greedy ends at 1.28. Per word, the short ones are better, and together they
    // give R1 9/9 + R2 8/8 (the bigram "harbor the" spans their boundary).
    Summary summary = RECALL.select(story, reference, Budget.words(20));
    assertThat(texts(summary))
        .containsExactly("The storm closed the harbor.", "The ferry stopped running.");
    assertThat(RECALL.objective(summary.lines(), reference)).isEqualTo(2.0);
    assertThat(RECALL.objective(List.of(longer), reference))
        .isCloseTo(7.0 / 9 + 4.0 / 8, within(1e-12));
  }

  @Test
  void a_truncating_budget_is_filled_with_a_prefix() {
    AnalyzedStory story = story("Alpha beta gamma delta epsilon zeta eta.");
    List<List<String>> reference = List.of(List.of("alpha beta gamma"));

    Summary whole = RECALL.select(story, reference, Budget.words(3));
    assertThat(whole.sentences()).isEmpty();

    Summary cut = RECALL.select(story, reference, Budget.words(3).truncating());
    assertThat(texts(cut)).containsExactly("Alpha beta gamma");
    assertThat(cut.sentences().get(0).truncated()).isTrue();
    assertThat(RECALL.objective(cut.lines(), reference)).isEqualTo(2.0);
  }

  @Test
  void near_duplicates_are_not_selected_twice() {
    AnalyzedStory story = story("The cat sat on the mat.", "The cat sat on the mat.");
    Summary summary =
        RECALL.select(
            story,
            List.of(List.of("The cat sat on the mat.", "The cat sat on the mat.")),
            Budget.words(100));
    assertThat(summary.sentences()).hasSize(1);
    // The copy in the other article is credited as a source.
    assertThat(summary.sentences().get(0).sources()).hasSize(2);
  }

  @Test
  void sentences_without_reference_words_are_never_chosen() {
    AnalyzedStory story = story("Bakers sold sweet buns. The cat sat.");
    Summary summary = RECALL.select(story, List.of(List.of("The cat sat.")), Budget.words(100));
    assertThat(texts(summary)).containsExactly("The cat sat.");
  }

  @Test
  void bad_arguments_are_rejected() {
    assertThatThrownBy(() -> RECALL.select(CAT_STORY, List.of(), Budget.words(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one reference");
    RougeOptions options = EvalPreset.DUC2004.options();
    assertThatThrownBy(() -> new OracleSelector(options, EvaluatorTest.LISTS, 'P'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P'");
    assertThatThrownBy(() -> new OracleSelector(options, RougeResources.empty(), 'R'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exception lists");
  }

  // ---------------------------------------------------------------- real clusters

  private static Path shared(String relative) {
    String shared = System.getProperty("chorus.shared");
    Path path = shared == null ? null : Path.of(shared, relative);
    assumeTrue(
        path != null && Files.exists(path),
        relative + " not found (system property chorus.shared=" + shared + "): test skipped");
    return path;
  }

  private static List<ClusterRecord> firstClusters(Path file, int count) throws IOException {
    try (Stream<IngestResult<ClusterRecord>> lines = new ClusterReader().read(file)) {
      return lines
          .map(line -> ((IngestResult.Ingested<ClusterRecord>) line).value())
          .limit(count)
          .toList();
    }
  }

  @Test
  void oracle_beats_every_method_and_keeps_the_budget_on_real_clusters() throws IOException {
    RougeResources resources = RougeResources.load(shared("rouge-data"));
    Evaluator evaluator = Evaluator.english(resources, 1);
    Map<EvalPreset, Path> files =
        Map.of(
            EvalPreset.DUC2004, shared("datasets/duc2004/duc2004.task2.jsonl.gz"),
            EvalPreset.MULTINEWS, shared("datasets/multinews/multinews.val.jsonl.gz"));
    for (Map.Entry<EvalPreset, Path> entry : files.entrySet()) {
      EvalPreset preset = entry.getKey();
      OracleSelector oracle = OracleSelector.of(preset, resources);
      RougeScorer scorer = new RougeScorer(preset.options(), resources);
      for (ClusterRecord cluster : firstClusters(entry.getValue(), 4)) {
        AnalyzedStory story = PIPELINE.analyze(cluster.story());
        List<List<String>> references =
            cluster.references().stream().map(evaluator::referenceSentences).toList();
        Summary best = oracle.select(story, references, preset.budget());
        assertThat(best.wordCount()).isBetween(1, preset.budget().limit());
        double oracleScore = rouge12(scorer, preset, best, references);
        assertThat(oracle.objective(best.lines(), references)).isCloseTo(oracleScore, within(2e-5));
        for (String method : Summarizers.names()) {
          Summary summary = Summarizers.byName(method).summarize(story, preset.budget());
          assertThat(oracleScore)
              .as("%s on %s", method, cluster.story().id())
              .isGreaterThanOrEqualTo(rouge12(scorer, preset, summary, references));
        }
        // Other budgets are honoured exactly too.
        Summary cut = oracle.select(story, references, Budget.words(37).truncating());
        assertThat(cut.wordCount()).isLessThanOrEqualTo(37);
        Summary bytes = oracle.select(story, references, Budget.bytes(300).truncating());
        assertThat(bytes.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(300);
        assertThat(oracle.select(story, references, Budget.sentences(2)).sentences().size())
            .isBetween(1, 2);
      }
    }
  }

  private static double rouge12(
      RougeScorer scorer, EvalPreset preset, Summary summary, List<List<String>> references) {
    Map<String, RougeScore> scores = scorer.score(summary.lines(), references);
    return scores.get("ROUGE-1").get(preset.measure())
        + scores.get("ROUGE-2").get(preset.measure());
  }
}
