package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rouge155FormatTest {

  @Test
  void rounds_the_exact_binary_value_half_to_even_like_c_printf() {
    // 1/64 = 0.015625 exactly: C prints 0.01562; String.format would print 0.01563.
    assertThat(Rouge155Format.decimal5(0.015625)).isEqualTo("0.01562");
    assertThat(Rouge155Format.decimal5(0.046875)).isEqualTo("0.04688");
    assertThat(Rouge155Format.decimal5(2.0 / 3)).isEqualTo("0.66667");
    assertThat(Rouge155Format.decimal5(0)).isEqualTo("0.00000");
    assertThat(Rouge155Format.decimal5(1)).isEqualTo("1.00000");
    assertThat(Rouge155Format.round5(2.0 / 3)).isEqualTo(0.66667);
  }

  @Test
  void prints_the_official_report_layout() {
    RougeScore cluster = new RougeScore(0.5, 0.25, 0.33333);
    RougeAverage average =
        new RougeAverage(
            new RougeScore(0.38512, 0.4, 0.39),
            new RougeScore(0.36979, 0.38, 0.37),
            new RougeScore(0.40133, 0.42, 0.41),
            new RougeScore(0.385, 0.4, 0.39),
            2);
    RougeReport report =
        new RougeReport(
            Map.of("ROUGE-1", average), Map.of("ROUGE-1", Map.of("10", cluster, "9", cluster)));
    assertThat(Rouge155Format.report("1", report, 95, true).lines().toList())
        .isEqualTo(
            List.of(
                "---------------------------------------------",
                "1 ROUGE-1 Average_R: 0.38512 (95%-conf.int. 0.36979 - 0.40133)",
                "1 ROUGE-1 Average_P: 0.40000 (95%-conf.int. 0.38000 - 0.42000)",
                "1 ROUGE-1 Average_F: 0.39000 (95%-conf.int. 0.37000 - 0.41000)",
                ".............................................",
                // Numeric ids sort as numbers, as the script's by_evalID does.
                "1 ROUGE-1 Eval 9.1 R:0.50000 P:0.25000 F:0.33333",
                "1 ROUGE-1 Eval 10.1 R:0.50000 P:0.25000 F:0.33333"));
    assertThat(Rouge155Format.report("1", report, 95, false).lines()).hasSize(4);
  }
}
