package dev.chorus.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.attribute.Calibration.Metrics;
import dev.chorus.attribute.Calibration.ScoredPair;
import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #6: the labeled calibration pairs ({@code pairs.tsv}, references into {@code <chorus.shared>})
 * still point at sentences, and {@link Attributor#LEXICAL_THRESHOLD} is still the F1-best threshold
 * on them, with the precision and recall that {@code docs/attribution.md} reports.
 */
class CalibrationSetTest {

  private static List<LabeledPair> pairs;
  private static Map<String, AnalyzedStory> stories;

  @BeforeAll
  static void load() throws Exception {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(
        shared != null
            && Files.isDirectory(Path.of(shared, Calibration.SEEDS))
            && Files.isRegularFile(Path.of(shared, Calibration.MULTINEWS_VAL)),
        "skipped: -Dchorus.shared=<dir> with seeds/ and "
            + Calibration.MULTINEWS_VAL
            + " is needed (was "
            + shared
            + ")");
    pairs = Calibration.read(pairFile());
    TreeSet<String> clusters = new TreeSet<>();
    pairs.forEach(p -> clusters.add(p.cluster()));
    Map<String, Story> loaded = Calibration.loadStories(Path.of(shared), clusters);
    Pipeline pipeline = Pipeline.english();
    stories = new TreeMap<>();
    loaded.forEach((id, story) -> stories.put(id, pipeline.analyze(story)));
  }

  /** The pair file, from the test class path. */
  static Path pairFile() throws Exception {
    return Path.of(CalibrationSetTest.class.getResource("pairs.tsv").toURI());
  }

  @Test
  void every_reference_points_at_a_sentence_and_the_set_is_as_documented() {
    // Throws, naming the reference, if a sentence's offsets drifted.
    List<ScoredPair> scored = Calibration.score(pairs, stories, new HashedTermEncoder());

    assertThat(scored).hasSize(216);
    assertThat(stories).hasSize(21).containsKey(Calibration.SEEDS);
    assertThat(pairs.stream().filter(LabeledPair::positive).count()).isEqualTo(51);
    assertThat(pairs.stream().filter(p -> p.fold().equals(Calibration.FOLD_A)).count())
        .isEqualTo(116);
    // Every pair was drawn among the sentences an attributor compares: eligible ones.
    assertThat(scored).allMatch(ScoredPair::eligible);
    // Copies alone (verbatim, near-duplicate) find 7 of the 51 positives, with no false one.
    assertThat(scored.stream().filter(p -> p.copy() != null).map(p -> p.pair().positive()))
        .hasSize(7)
        .containsOnly(true);
  }

  @Test
  void lexical_threshold_is_the_f1_best_and_its_quality_is_as_documented() {
    List<ScoredPair> scored = Calibration.score(pairs, stories, new HashedTermEncoder());

    Metrics best = Calibration.bestF1(scored);
    Metrics chosen = Calibration.measure(scored, Attributor.LEXICAL_THRESHOLD);
    List<Metrics> heldOut = Calibration.crossValidate(scored);
    System.out.println("hashed-terms: best " + best + "; chosen " + chosen);
    System.out.println(
        "hashed-terms: cross-validated " + heldOut + "; pooled " + Calibration.sum(heldOut));

    assertThat(counts(chosen)).isEqualTo(counts(best)).containsExactly(38, 31, 13, 134);
    assertThat(heldOut)
        .extracting(CalibrationSetTest::counts)
        .containsExactly(List.of(23, 57, 0, 36), List.of(11, 8, 17, 64));
  }

  /** TP, FP, FN, TN. */
  static List<Integer> counts(Metrics m) {
    return List.of(m.truePositives(), m.falsePositives(), m.falseNegatives(), m.trueNegatives());
  }
}
