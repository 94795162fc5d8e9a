package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {

  private static final List<List<String>> TERMS =
      List.of(
          List.of("quake", "kobe", "1995", "rescue", "rescue"),
          List.of("quake", "kobe", "1995", "toll"),
          List.of("election", "vote", "count", "toll", "result", "poll", "2000", "vote"),
          List.of("vote", "poll"));

  private static PairFeatures features() {
    SparseVector[] vectors = TermSpace.vectors(TERMS);
    long[] times = new long[TERMS.size()];
    Arrays.fill(times, NeighborSearch.NO_TIME);
    Neighbors[] neighbors = NeighborSearch.search(vectors, times, Long.MAX_VALUE, 100, 3, 3, 1);
    return new PairFeatures(TERMS, vectors, neighbors, 2);
  }

  private static double feature(float[] x, String name) {
    return x[PairFeatures.NAMES.indexOf(name)];
  }

  @Test
  void features_by_hand() {
    PairFeatures f = features();
    SparseVector[] vectors = TermSpace.vectors(TERMS);
    float[] x = f.of(0, 1);

    assertThat(x).hasSize(PairFeatures.NAMES.size());
    assertThat(feature(x, "cos")).isCloseTo(vectors[0].dot(vectors[1]), within(1e-6));
    assertThat(feature(x, "log_cos"))
        .isCloseTo(Math.log(vectors[0].dot(vectors[1]) + 0.01), within(1e-5));
    // All terms are within the first 40: the lead vectors are the vectors.
    assertThat(feature(x, "lead_cos")).isCloseTo(feature(x, "cos"), within(1e-6));
    // quake, kobe and 1995 are in 2 documents (rare, df <= 3); 1995 has a digit.
    assertThat(feature(x, "log_shared_rare")).isCloseTo(Math.log(4), within(1e-6));
    assertThat(feature(x, "log_shared_numbers")).isCloseTo(Math.log(2), within(1e-6));
    assertThat(feature(x, "rare_dot")).isCloseTo(feature(x, "cos"), within(1e-6));
    assertThat(feature(x, "mutual_top1")).isEqualTo(1.0);
    assertThat(feature(x, "log_min_rank")).isEqualTo(0.0);
    assertThat(feature(x, "rel_max")).isCloseTo(1.0, within(1e-6));
    assertThat(feature(x, "len_ratio")).isCloseTo(Math.abs(Math.log(5.0 / 4)), within(1e-6));
    assertThat(feature(x, "log_min_len")).isCloseTo(Math.log(4), within(1e-6));
  }

  @Test
  void features_are_symmetric_and_an_unshared_pair_has_cosine_zero() {
    PairFeatures f = features();
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        if (i != j) {
          assertThat(f.of(i, j)).as("%d %d", i, j).containsExactly(f.of(j, i));
        }
      }
    }
    float[] x = f.of(0, 3);
    assertThat(feature(x, "cos")).isEqualTo(0.0);
    assertThat(feature(x, "log_shared_rare")).isEqualTo(0.0);
    // 3 is not in 0's list (0 shares no term with it): rank = 30, ln 31.
    assertThat(feature(x, "log_max_rank")).isCloseTo(Math.log(31), within(1e-6));
  }

  @Test
  void lists_are_symmetric_and_sorted() {
    long[] pairs = {0 * 3 + 1, 0 * 3 + 2, 1 * 3 + 2};
    Neighbors[] lists = PairFeatures.lists(3, pairs, new double[] {0.2, 0.7, 0.2});

    assertThat(lists[0].ids()).containsExactly(2, 1);
    assertThat(lists[0].cosines()).containsExactly(0.7f, 0.2f);
    assertThat(lists[1].ids()).containsExactly(0, 2); // tie: lower number first
    assertThat(lists[2].ids()).containsExactly(0, 1);
    assertThat(lists[2].cosines()).containsExactly(0.7f, 0.2f);
    assertThat(PairFeatures.lists(2, new long[0], new double[0])[1].size()).isZero();
  }

  @Test
  void empty_documents_get_finite_features() {
    List<List<String>> terms = new ArrayList<>(TERMS);
    terms.add(List.of());
    SparseVector[] vectors = TermSpace.vectors(terms);
    long[] times = new long[terms.size()];
    Arrays.fill(times, NeighborSearch.NO_TIME);
    Neighbors[] neighbors = NeighborSearch.search(vectors, times, Long.MAX_VALUE, 100, 3, 3, 1);
    PairFeatures f = new PairFeatures(terms, vectors, neighbors, 2);

    for (float value : f.of(0, 4)) {
      assertThat(Float.isFinite(value)).isTrue();
    }
  }
}
