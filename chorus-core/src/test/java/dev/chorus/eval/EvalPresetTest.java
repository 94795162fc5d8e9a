package dev.chorus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Budget;
import dev.chorus.rouge.RougeOptions;
import dev.chorus.rouge.RougeOptions.ScoringFormula;
import dev.chorus.rouge.RougeOptions.SkipBigrams;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalPresetTest {

  @Test
  void duc2004_is_recall_at_100_words_with_the_published_flags() {
    EvalPreset preset = EvalPreset.DUC2004;
    assertThat(preset.flags())
        .containsExactly("-n", "4", "-m", "-l", "100", "-f", "A", "-p", "0.5");
    RougeOptions options = preset.options();
    assertThat(options.maxN()).isEqualTo(4);
    assertThat(options.stem()).isTrue();
    assertThat(options.removeStopwords()).isFalse();
    assertThat(options.wordLimit()).isEqualTo(100);
    assertThat(options.byteLimit()).isZero();
    assertThat(options.formula()).isEqualTo(ScoringFormula.AVERAGE);
    assertThat(options.alpha()).isEqualTo(0.5);
    assertThat(options.skipBigrams()).isEqualTo(SkipBigrams.NONE);
    assertThat(options.confidence()).isEqualTo(95);
    assertThat(options.resamples()).isEqualTo(1000);
    assertThat(options.metricNames())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L");
    assertThat(preset.measure()).isEqualTo('R');
    assertThat(preset.budget()).isEqualTo(Budget.words(100));
  }

  @Test
  void multinews_is_f_at_300_words_with_su4() {
    EvalPreset preset = EvalPreset.MULTINEWS;
    assertThat(preset.flags()).containsExactly("-n", "2", "-2", "4", "-u", "-m");
    RougeOptions options = preset.options();
    assertThat(options)
        .isEqualTo(
            RougeOptions.fromOfficialFlags(
                "-c", "95", "-r", "1000", "-n", "2", "-m", "-2", "4", "-u"));
    assertThat(options.wordLimit()).isZero();
    assertThat(options.skipBigrams()).isEqualTo(SkipBigrams.SU);
    assertThat(options.skipDistance()).isEqualTo(4);
    assertThat(options.metricNames()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
    assertThat(preset.measure()).isEqualTo('F');
    assertThat(preset.budget()).isEqualTo(Budget.words(300));
  }

  @Test
  void presets_are_found_by_name_and_from_file_names() {
    assertThat(EvalPreset.byName(" DUC2004 ")).isEqualTo(EvalPreset.DUC2004);
    assertThat(EvalPreset.byName("multinews")).isEqualTo(EvalPreset.MULTINEWS);
    assertThatThrownBy(() -> EvalPreset.byName("cnndm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown preset 'cnndm'; valid presets: duc2004, multinews");
    assertThat(EvalPreset.inferFrom(Path.of("data/multinews.val.jsonl.gz")))
        .contains(EvalPreset.MULTINEWS);
    assertThat(EvalPreset.inferFrom(Path.of("DUC2004.task2.jsonl"))).contains(EvalPreset.DUC2004);
    assertThat(EvalPreset.inferFrom(Path.of("clusters.jsonl"))).isEmpty();
    // The folder does not count, only the file name.
    assertThat(EvalPreset.inferFrom(Path.of("multinews/clusters.jsonl"))).isEmpty();
    assertThat(EvalPreset.inferFrom(Path.of("duc2004-vs-multinews.jsonl"))).isEmpty();
    assertThat(EvalPreset.DUC2004).hasToString("duc2004");
  }
}
