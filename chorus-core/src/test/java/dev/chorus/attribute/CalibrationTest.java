package dev.chorus.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.attribute.Calibration.Metrics;
import dev.chorus.attribute.Calibration.ScoredPair;
import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration machinery on small hand-made cases; the real pair set is in CalibrationSetTest.
 */
class CalibrationTest {

  @TempDir Path dir;

  private static final String HEADER = Calibration.HEADER + "\n";

  @Test
  void reads_pairs_skipping_comments_and_blank_lines() throws IOException {
    Path file =
        write(
            "# comment\n\n"
                + HEADER
                + "seeds\ta\tdoc1\t0\t10\tdoc2\t5\t20\t1\n"
                + "# another\n"
                + "multinews-val-00000\tb\tx-d1\t3\t4\tx-d0\t0\t0\t0\n");

    List<LabeledPair> pairs = Calibration.read(file);

    assertThat(pairs)
        .containsExactly(
            new LabeledPair("seeds", "a", "doc1", new Span(0, 10), "doc2", new Span(5, 20), true),
            new LabeledPair(
                "multinews-val-00000", "b", "x-d1", new Span(3, 4), "x-d0", new Span(0, 0), false));
  }

  @Test
  void bad_pair_files_name_the_line() throws IOException {
    assertBad("", ": no header line");
    assertBad("cluster\tsplit\n", ":1: expected the header");
    assertBad(
        HEADER + "seeds\ta\td1\t0\t1\td2\t0\t1\n", ":2: expected 9 tab-separated fields, found 8");
    assertBad(
        HEADER + "seeds\ta\td1\t0\t1\td2\t0\t1\tyes\n", ":2: label must be 0 or 1, was 'yes'");
    assertBad(HEADER + "seeds\ta\td1\tx\t1\td2\t0\t1\t1\n", ":2: not an offset: 'x'");
    assertBad(HEADER + "seeds\ta\td1\t5\t1\td2\t0\t1\t1\n", ":2: end must be >= start (5), was 1");
    assertBad(HEADER + "seeds\tc\td1\t0\t1\td2\t0\t1\t1\n", ":2: fold must be 'a' or 'b', was 'c'");
    assertBad(
        HEADER + "seeds\ta\td1\t0\t1\td1\t2\t3\t1\n",
        ":2: the sentences must come from different documents, both are in d1");
  }

  @Test
  void measures_precision_recall_and_f1() {
    // Positives at 0.9, 0.6 and a copy at 0.1; negatives at 0.7, 0.2 and an ineligible 0.95.
    List<ScoredPair> pairs =
        List.of(
            scored(true, true, null, 0.9),
            scored(true, true, null, 0.6),
            scored(true, true, Match.NEAR_DUPLICATE, 0.1),
            scored(false, true, null, 0.7),
            scored(false, true, null, 0.2),
            scored(false, false, null, 0.95));

    Metrics at065 = Calibration.measure(pairs, 0.65);
    Metrics at05 = Calibration.measure(pairs, 0.5);

    // 0.65: TP = 0.9 and the copy, FP = 0.7, FN = 0.6: P 2/3, R 2/3.
    assertThat(at065).isEqualTo(new Metrics(0.65, 2, 1, 1, 2));
    assertThat(at065.precision()).isEqualTo(2.0 / 3);
    assertThat(at065.recall()).isEqualTo(2.0 / 3);
    assertThat(at065.f1()).isEqualTo(2.0 / 3, within(1e-12));
    // 0.5: all three positives and one negative: P 3/4, R 1, F1 6/7.
    assertThat(at05).isEqualTo(new Metrics(0.5, 3, 1, 0, 2));
    assertThat(at05.f1()).isEqualTo(6.0 / 7, within(1e-12));
    assertThat(at05.toString())
        .isEqualTo("threshold 0.500: P 0.750 R 1.000 F1 0.857 (TP 3 FP 1 FN 0 TN 2)");
    // No decisions and no positives are defined as precision and recall 1, F1 of nothing 0.
    assertThat(new Metrics(0.5, 0, 0, 0, 3).precision()).isEqualTo(1);
    assertThat(new Metrics(0.5, 0, 0, 0, 3).recall()).isEqualTo(1);
    assertThat(new Metrics(0.5, 0, 0, 4, 3).f1()).isZero();
  }

  @Test
  void best_f1_sits_midway_in_the_deciding_gap_and_prefers_the_higher_threshold() {
    List<ScoredPair> pairs =
        List.of(
            scored(true, true, null, 0.9),
            scored(true, true, null, 0.6),
            scored(true, true, Match.NEAR_DUPLICATE, 0.1),
            scored(false, true, null, 0.7),
            scored(false, true, null, 0.2),
            scored(false, false, null, 0.95));

    // Non-copy eligible scores 0.9 0.7 0.6 0.2. F1 above 0.9: 1/2; (0.7, 0.9]: 4/5;
    // (0.6, 0.7]: 2/3; (0.2, 0.6]: 6/7; at or below 0.2: 3/4. Best: the gap (0.2, 0.6).
    Metrics best = Calibration.bestF1(pairs);

    assertThat(best.threshold()).isEqualTo(0.4, within(1e-12));
    assertThat(best.f1()).isEqualTo(6.0 / 7, within(1e-12));

    // Positives 0.8 and 0.3, negatives 0.5 and 0.2. (0.5, 0.8]: P 1 R 1/2 F1 2/3; (0.3, 0.5]:
    // F1 1/2; (0.2, 0.3]: P 2/3 R 1 F1 4/5; at or below 0.2: F1 2/3. Best: midway, 0.25.
    List<ScoredPair> middle =
        List.of(
            scored(true, true, null, 0.8),
            scored(false, true, null, 0.5),
            scored(true, true, null, 0.3),
            scored(false, true, null, 0.2));
    assertThat(Calibration.bestF1(middle).threshold()).isEqualTo(0.25, within(1e-12));
    // Positives 0.8 and 0.3, negatives 0.5 and 0.4. (0.5, 0.8] and at or below 0.3 both give
    // F1 2/3: the higher threshold, 0.65, wins over 0.295.
    List<ScoredPair> tie =
        List.of(
            scored(true, true, null, 0.8),
            scored(false, true, null, 0.5),
            scored(false, true, null, 0.4),
            scored(true, true, null, 0.3));
    assertThat(Calibration.bestF1(tie).threshold()).isEqualTo(0.65, within(1e-12));
    assertThat(Calibration.measure(tie, 0.29).f1()).isEqualTo(Calibration.bestF1(tie).f1());
    assertThatThrownBy(() -> Calibration.bestF1(List.of(scored(true, true, Match.VERBATIM, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no pair depends on the threshold");
  }

  @Test
  void cross_validation_tunes_on_one_fold_and_measures_the_other() {
    // Fold a alone would choose 0.75 (between 0.8 and 0.7); fold b alone 0.45.
    List<ScoredPair> pairs = new ArrayList<>();
    pairs.add(scored("a", true, 0.8));
    pairs.add(scored("a", false, 0.7));
    pairs.add(scored("b", true, 0.5));
    pairs.add(scored("b", false, 0.4));

    List<Metrics> heldOut = Calibration.crossValidate(pairs);

    // Fold a measured at b's 0.45: both a pairs decided positive. Fold b at a's 0.75: neither.
    assertThat(heldOut)
        .containsExactly(new Metrics(0.45, 1, 1, 0, 0), new Metrics(0.75, 0, 0, 1, 1));
    Metrics pooled = Calibration.sum(heldOut);
    assertThat(pooled.threshold()).isNaN();
    assertThat(List.of(pooled.truePositives(), pooled.falsePositives(), pooled.falseNegatives()))
        .containsExactly(1, 1, 1);
  }

  @Test
  void scores_resolve_references_and_fail_when_offsets_drift() {
    Story story =
        AttributorTest.story(
            "The ferry to the island runs again since Monday. Tickets cost four euros.",
            "Since Monday the island ferry runs again, the company said.");
    AnalyzedStory analyzed = Pipeline.english().withoutCleaning().analyze(story);
    LabeledPair good =
        new LabeledPair("tiny", "a", "d0", new Span(0, 48), "d1", new Span(0, 59), true);
    LabeledPair drifted =
        new LabeledPair("tiny", "a", "d0", new Span(0, 47), "d1", new Span(0, 59), true);

    List<ScoredPair> scored =
        Calibration.score(List.of(good), Map.of("tiny", analyzed), new HashedTermEncoder());

    assertThat(scored).hasSize(1);
    assertThat(scored.get(0).a()).isZero();
    assertThat(scored.get(0).b()).isEqualTo(2);
    assertThat(scored.get(0).eligible()).isTrue();
    assertThat(scored.get(0).copy()).isEqualTo(Match.NEAR_DUPLICATE);
    assertThatThrownBy(
            () ->
                Calibration.score(
                    List.of(drifted), Map.of("tiny", analyzed), new HashedTermEncoder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny d0 [0, 47) is not a sentence (offsets drifted?)");
    assertThatThrownBy(() -> Calibration.score(List.of(good), Map.of(), new HashedTermEncoder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no story for cluster 'tiny'");
  }

  private static ScoredPair scored(boolean positive, boolean eligible, Match copy, double cosine) {
    return scored("a", positive, eligible, copy, cosine);
  }

  private static ScoredPair scored(String fold, boolean positive, double cosine) {
    return scored(fold, positive, true, null, cosine);
  }

  private static ScoredPair scored(
      String fold, boolean positive, boolean eligible, Match copy, double cosine) {
    LabeledPair pair =
        new LabeledPair("c", fold, "d0", new Span(0, 1), "d1", new Span(0, 1), positive);
    return new ScoredPair(pair, 0, 1, eligible, copy, cosine);
  }

  private void assertBad(String content, String message) throws IOException {
    Path file = write(content);
    assertThatThrownBy(() -> Calibration.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + message);
  }

  private int files;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("pairs-" + files++ + ".tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
