package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.rouge.RougeOptions.ScoringFormula;
import dev.chorus.rouge.RougeOptions.SkipBigrams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougeOptionsTest {

  @Test
  void parses_flag_set_a_of_the_golden_files() {
    RougeOptions options =
        RougeOptions.fromOfficialFlags(
            "-e", "/data", "-n", "2", "-m", "-l", "100", "-2", "4", "-u", "-c", "95", "-r", "1000",
            "-d", "-a");
    assertThat(options.maxN()).isEqualTo(2);
    assertThat(options.stem()).isTrue();
    assertThat(options.removeStopwords()).isFalse();
    assertThat(options.wordLimit()).isEqualTo(100);
    assertThat(options.byteLimit()).isZero();
    assertThat(options.skipBigrams()).isEqualTo(SkipBigrams.SU);
    assertThat(options.skipDistance()).isEqualTo(4);
    assertThat(options.formula()).isEqualTo(ScoringFormula.AVERAGE);
    assertThat(options.alpha()).isEqualTo(0.5);
    assertThat(options.metricNames()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
  }

  @Test
  void parses_flag_set_b_with_best_reference_and_rouge_w() {
    RougeOptions options =
        RougeOptions.fromOfficialFlags(
            "-n", "2", "-m", "-s", "-b", "665", "-w", "1.2", "-f", "B", "-p", "0.3", "-c", "95",
            "-r", "1000");
    assertThat(options.removeStopwords()).isTrue();
    assertThat(options.byteLimit()).isEqualTo(665);
    assertThat(options.wordLimit()).isZero();
    assertThat(options.formula()).isEqualTo(ScoringFormula.BEST);
    assertThat(options.alpha()).isEqualTo(0.3);
    assertThat(options.wlcsWeight()).isEqualTo(1.2);
    assertThat(options.metricNames())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2");
  }

  @Test
  void without_flags_only_rouge_l_is_computed_as_in_the_script() {
    RougeOptions options = RougeOptions.fromOfficialFlags();
    assertThat(options).isEqualTo(RougeOptions.defaults());
    assertThat(options.metricNames()).containsExactly("ROUGE-L");
    assertThat(options.confidence()).isEqualTo(95);
    assertThat(options.resamples()).isEqualTo(1000);
  }

  @Test
  void x_disables_rouge_l_and_capital_u_gives_both_skip_metrics() {
    assertThat(RougeOptions.fromOfficialFlags("-n", "4", "-x").metricNames())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4");
    assertThat(RougeOptions.fromOfficialFlags("-x", "-2", "4", "-U").metricNames())
        .containsExactly("ROUGE-S4", "ROUGE-SU4");
    assertThat(RougeOptions.fromOfficialFlags("-x", "-2", "-1").metricNames())
        .containsExactly("ROUGE-S*");
    assertThat(RougeOptions.fromOfficialFlags("-x", "-w", "2").metricNames())
        .containsExactly("ROUGE-W-2");
  }

  @Test
  void accepts_bundled_flags_and_attached_values_like_getopts() {
    RougeOptions options = RougeOptions.fromOfficialFlags("-amd", "-n2", "-l100", "-t", "0");
    assertThat(options.stem()).isTrue();
    assertThat(options.maxN()).isEqualTo(2);
    assertThat(options.wordLimit()).isEqualTo(100);
  }

  @Test
  void multi_news_preset() {
    assertThat(RougeOptions.multiNews().metricNames())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
    assertThat(RougeOptions.multiNews().stem()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-n 5           | -n must be in 1..4, was 5",
        "-n two         | -n needs an integer, was 'two'",
        "-n             | flag -n needs a value",
        "-p 1.5         | -p must be in [0, 1], was 1.5",
        "-p NaN         | -p needs a number, was 'NaN'",
        "-c 101         | -c must be in [0, 100], was 101",
        "-r 0           | -r must be in 1..2147483647, was 0",
        "-w 0           | -w must be > 0, was 0",
        "-f C           | -f must be A (model average) or B (best model), was C",
        "-l 100 -b 665  | specify a length limit in words (-l) or bytes (-b), not both",
        "-l 0           | -l must be in 1..2147483647, was 0",
        "-u             | -u and -U need -2 (the skip distance)",
        "-t 1           | -t 1 (token-level counting) is not supported; only -t 0",
        "-z SPL         | unknown or unsupported flag -z in '-z'",
        "-mq            | unknown or unsupported flag -q in '-mq'",
        "config.xml     | unexpected argument 'config.xml' (only flags are accepted, e.g. -n 2 -m)"
      })
  void rejects_bad_flags_with_the_value_in_the_message(String flags, String message) {
    assertThatThrownBy(() -> RougeOptions.fromOfficialFlags(flags.trim().split("\\s+")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void record_validates_its_components() {
    assertThatThrownBy(
            () ->
                new RougeOptions(
                    2,
                    false,
                    false,
                    10,
                    20,
                    ScoringFormula.AVERAGE,
                    0.5,
                    SkipBigrams.NONE,
                    0,
                    true,
                    0,
                    95,
                    1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-l 10 -b 20");
    assertThatThrownBy(
            () ->
                new RougeOptions(
                    2,
                    false,
                    false,
                    0,
                    0,
                    ScoringFormula.AVERAGE,
                    0.5,
                    SkipBigrams.NONE,
                    0,
                    true,
                    -1.2,
                    95,
                    1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -1.2");
  }
}
