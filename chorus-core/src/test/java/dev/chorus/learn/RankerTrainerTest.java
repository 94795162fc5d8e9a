package dev.chorus.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.eval.EvalPreset;
import dev.chorus.eval.OracleSelector;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.rouge.RougeResources;
import dev.chorus.select.LinearRanker;
import dev.chorus.select.SentenceFeatures;
import dev.chorus.text.OpenNlpSentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankerTrainerTest {

  /** Invented clusters: the reference repeats the first sentence of each article. */
  private static List<ClusterRecord> clusters() {
    List<ClusterRecord> clusters = new ArrayList<>();
    String[] towns = {"Harlow", "Brenton", "Castmoor", "Delby", "Easton", "Fenwick"};
    for (int c = 0; c < towns.length; c++) {
      String town = towns[c];
      String a =
          "The "
              + town
              + " library reopened on Monday after a two-year renovation costing 4 million euros. "
              + "Visitors queued outside before dawn, some with thermos flasks. "
              + "A local choir sang in the lobby during the morning hours.";
      String b =
          "After two years of renovation, the "
              + town
              + " library reopened its doors on Monday. "
              + "The mayor cut a ribbon and thanked the builders for their patience. "
              + "Parking near the square was difficult all afternoon.";
      String reference =
          "The " + town + " library reopened on Monday after a two-year renovation.\n"
              + "The mayor thanked the builders.";
      Story story =
          new Story(
              "c" + c, List.of(Article.of("c" + c + "-a", a), Article.of("c" + c + "-b", b)));
      clusters.add(new ClusterRecord(story, List.of(reference)));
    }
    return clusters;
  }

  private static RankerTrainer trainer(RougeResources resources, int threads) {
    return new RankerTrainer(
        Pipeline.english(),
        new OpenNlpSentenceSplitter(),
        OracleSelector.of(EvalPreset.MULTINEWS, resources),
        Budget.words(40),
        threads);
  }

  private static RougeResources resources() throws IOException {
    Path data = Path.of(System.getProperty("chorus.shared", "../shared"), "rouge-data");
    assumeTrue(
        Files.isDirectory(data), "skipped: the ROUGE word lists are not at " + data);
    return RougeResources.load(data);
  }

  @Test
  void labels_the_oracle_picks_and_fits_a_model_that_ranks_them_first() throws IOException {
    RougeResources resources = resources();
    RankerTrainer.Examples examples =
        trainer(resources, 1).collect(clusters().stream(), done -> {});
    assertThat(examples.clusters()).isEqualTo(6);
    assertThat(examples.rows().length).isEqualTo(36);
    assertThat(java.util.stream.DoubleStream.of(examples.targets()).allMatch(t -> t >= 0 && t <= 1))
        .isTrue();
    // In the first cluster, the opening sentence of article a (14 words) is in the oracle
    // summaries of 40 and 20 words (too long for those of 10 and 5): target 0.5, the highest.
    assertThat(examples.targets()[0]).isEqualTo(0.5);
    for (int k = 1; k < 6; k++) {
      assertThat(examples.targets()[k]).isLessThanOrEqualTo(0.5);
    }
    assertThat(examples.positives()).isBetween(6, 30);

    LinearRanker model = RankerTrainer.fit(examples, 1.0, Map.of("data", "invented"));
    assertThat(model.provenance()).containsEntry("examples", "36").containsKey("log_loss");
    double opening = model.score(toDouble(examples.rows()[0]));
    double filler = model.score(toDouble(examples.rows()[2])); // the choir sentence
    assertThat(opening).isGreaterThan(filler);
    assertThat(model.features()).isEqualTo(SentenceFeatures.NAMES);
  }

  @Test
  void examples_do_not_depend_on_the_thread_count() throws IOException {
    RougeResources resources = resources();
    RankerTrainer.Examples one = trainer(resources, 1).collect(clusters().stream(), done -> {});
    RankerTrainer.Examples three = trainer(resources, 3).collect(clusters().stream(), done -> {});
    assertThat(three.targets()).containsExactly(one.targets());
    for (int i = 0; i < one.rows().length; i++) {
      assertThat(three.rows()[i]).containsExactly(one.rows()[i]);
    }
  }

  private static double[] toDouble(float[] row) {
    double[] x = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      x[j] = row[j];
    }
    return x;
  }
}
