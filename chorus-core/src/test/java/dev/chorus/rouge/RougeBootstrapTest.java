package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RougeBootstrapTest {

  @Test
  void drand48_reproduces_perl_rand_after_srand() {
    // perl -e 'srand(0); printf "%.17g\n", rand() for 1..2' prints these values.
    ResampleSource.Drand48 random = new ResampleSource.Drand48(0);
    assertThat(random.next()).isEqualTo(0.17082803610628972);
    assertThat(random.next()).isEqualTo(0.74990198048496381);
    // perl -e 'srand(5); print join(",", map { int(rand(50)) } 1..5)' prints 26,13,39,9,25.
    var draws = ResampleSource.rouge155().draws(5);
    assertThat(
            new int[] {
              draws.applyAsInt(50),
              draws.applyAsInt(50),
              draws.applyAsInt(50),
              draws.applyAsInt(50),
              draws.applyAsInt(50)
            })
        .containsExactly(26, 13, 39, 9, 25);
  }

  @Test
  void identical_clusters_give_a_zero_width_interval() {
    RougeScore score = new RougeScore(0.25, 0.5, 0.33333);
    RougeAverage average =
        new RougeBootstrap(95, 1000, ResampleSource.rouge155())
            .average(Collections.nCopies(7, score));
    // Equal up to the rounding of summing 7 equal values and dividing by 7.
    for (char which : new char[] {'R', 'P', 'F'}) {
      assertThat(average.average().get(which)).isCloseTo(score.get(which), within(1e-12));
      assertThat(average.lower().get(which)).isCloseTo(score.get(which), within(1e-12));
      assertThat(average.upper().get(which)).isCloseTo(score.get(which), within(1e-12));
    }
    assertThat(average.clusters()).isEqualTo(7);
  }

  @Test
  void interval_bounds_are_order_statistics_of_the_resample_means() {
    // Two clusters 0 and 1: each resample mean is 0, 0.5 or 1; with 1,000 resamples the 25th
    // smallest is 0 and the 975th is 1 (P(mean = 0) = 1/4 each way).
    List<RougeScore> scores = List.of(new RougeScore(0, 0, 0), new RougeScore(1, 1, 1));
    RougeAverage average = new RougeBootstrap(95, 1000, ResampleSource.rouge155()).average(scores);
    assertThat(average.lower().recall()).isZero();
    assertThat(average.upper().recall()).isEqualTo(1);
    assertThat(average.average().recall()).isBetween(0.45, 0.55);
    // A 0% interval collapses on the median.
    RougeAverage median = new RougeBootstrap(0, 1000, ResampleSource.rouge155()).average(scores);
    assertThat(median.lower().recall()).isEqualTo(0.5);
    assertThat(median.upper().recall()).isEqualTo(0.5);
  }

  @Test
  void a_seeded_random_is_deterministic() {
    List<RougeScore> scores =
        List.of(
            new RougeScore(0.1, 0.2, 0.3),
            new RougeScore(0.4, 0.5, 0.6),
            new RougeScore(0.7, 0.8, 0.9));
    RougeAverage first =
        new RougeBootstrap(95, 100, ResampleSource.of(new Random(3))).average(scores);
    RougeAverage second =
        new RougeBootstrap(95, 100, ResampleSource.of(new Random(3))).average(scores);
    assertThat(first).isEqualTo(second);
  }

  @Test
  void validates_arguments() {
    assertThatThrownBy(() -> new RougeBootstrap(101, 1000, ResampleSource.rouge155()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 101");
    assertThatThrownBy(() -> new RougeBootstrap(95, 0, ResampleSource.rouge155()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
    assertThatThrownBy(
            () -> new RougeBootstrap(95, 10, ResampleSource.rouge155()).average(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no cluster scores");
    assertThatThrownBy(
            () ->
                new RougeBootstrap(95, 10, sample -> bound -> bound)
                    .average(List.of(RougeScore.ZERO)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside [0, 1)");
  }
}
