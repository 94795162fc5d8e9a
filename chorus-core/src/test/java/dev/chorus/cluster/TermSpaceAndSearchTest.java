package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermSpaceAndSearchTest {

  @Test
  void tf_idf_weights_by_hand() {
    SparseVector[] v =
        TermSpace.vectors(List.of(List.of("a", "a", "b"), List.of("b", "c"), List.of("c")));

    // N = 3; df a = 1, b = 2, c = 2; terms numbered a 0, b 1, c 2 by first occurrence.
    double a = (1 + Math.log(2)) * Math.log(1 + 3.0);
    double b = Math.log(1 + 1.5);
    double norm = Math.sqrt(a * a + b * b);
    assertThat(v[0].terms).containsExactly(0, 1);
    assertThat(v[0].weights[0]).isCloseTo((float) (a / norm), within(1e-6f));
    assertThat(v[0].weights[1]).isCloseTo((float) (b / norm), within(1e-6f));
    assertThat(v[1].terms).containsExactly(1, 2);
    assertThat(v[1].weights[0]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    assertThat(v[2].terms).containsExactly(2);
    assertThat(v[2].weights[0]).isEqualTo(1f);
    for (SparseVector vector : v) {
      assertThat(vector.norm()).isCloseTo(1.0, within(1e-6));
    }
    assertThat(v[1].dot(v[2])).isCloseTo(Math.sqrt(0.5), within(1e-6));
  }

  @Test
  void empty_documents_get_the_empty_vector() {
    SparseVector[] v = TermSpace.vectors(List.of(List.of(), List.of("x")));
    assertThat(v[0].isEmpty()).isTrue();
    assertThat(v[1].size()).isEqualTo(1);
  }

  @Test
  void neighbour_search_with_room_for_everything_equals_brute_force() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      int n = 5 + random.nextInt(40);
      SparseVector[] vectors = randomVectors(random, n, 30);
      long[] times = new long[n];
      Arrays.fill(times, NeighborSearch.NO_TIME);
      int keep = 1 + random.nextInt(8);

      Neighbors[] found = NeighborSearch.search(vectors, times, Long.MAX_VALUE, 1000, n, keep, 2);

      for (int i = 0; i < n; i++) {
        Neighbors expected = bruteForce(vectors, i, keep, times, Long.MAX_VALUE);
        assertThat(found[i].ids()).as("seed %d, item %d", seed, i).containsExactly(expected.ids());
      }
    }
  }

  @Test
  void neighbours_outside_the_window_are_dropped() {
    Random random = new Random(99);
    int n = 30;
    SparseVector[] vectors = randomVectors(random, n, 10);
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = i % 3 == 0 ? NeighborSearch.NO_TIME : 3600L * i;
    }

    Neighbors[] found = NeighborSearch.search(vectors, times, 7200, 1000, n, n, 1);

    for (int i = 0; i < n; i++) {
      assertThat(found[i].ids()).containsExactly(bruteForce(vectors, i, n, times, 7200).ids());
    }
  }

  @Test
  void heaviest_terms_break_ties_by_term() {
    SparseVector v = new SparseVector(new int[] {3, 5, 8, 9}, new float[] {0.5f, 0.1f, 0.5f, 0.7f});
    assertThat(NeighborSearch.heaviest(v, 2)).containsExactly(0, 3); // 0.7 (term 9), 0.5 (term 3)
    assertThat(NeighborSearch.heaviest(v, 10)).containsExactly(0, 1, 2, 3);
  }

  static SparseVector[] randomVectors(Random random, int n, int vocabulary) {
    List<List<String>> documents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> terms = new ArrayList<>();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        terms.add("t" + random.nextInt(vocabulary));
      }
      documents.add(terms);
    }
    return TermSpace.vectors(documents);
  }

  static Neighbors bruteForce(SparseVector[] vectors, int i, int keep, long[] times, long window) {
    List<long[]> all = new ArrayList<>();
    for (int j = 0; j < vectors.length; j++) {
      float cosine = (float) Math.min(1.0, vectors[i].dot(vectors[j]));
      if (j != i && cosine > 0 && NeighborSearch.withinWindow(times, i, j, window)) {
        all.add(new long[] {Float.floatToIntBits(cosine), j});
      }
    }
    all.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(x[1], y[1]));
    int size = Math.min(keep, all.size());
    int[] ids = new int[size];
    float[] cosines = new float[size];
    for (int k = 0; k < size; k++) {
      ids[k] = (int) all.get(k)[1];
      cosines[k] = Float.intBitsToFloat((int) all.get(k)[0]);
    }
    return new Neighbors(ids, cosines);
  }
}
