package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link TermIds} against the hash map it replaces. */
class TermIdsTest {

  @Test
  void ids_count_from_zero_in_order_of_first_sight() {
    TermIds ids = new TermIds();
    assertThat(ids.size()).isZero();
    assertThat(ids.terms()).isEmpty();
    assertThat(ids.idOf("b")).isZero();
    assertThat(ids.idOf("a")).isEqualTo(1);
    assertThat(ids.idOf(new String("b"))).isZero(); // equal, not the same instance
    assertThat(ids.idOf("")).isEqualTo(2);
    assertThat(ids.terms()).containsExactly("b", "a", "");
    assertThat(ids.term(1)).isEqualTo("a");
    assertThatThrownBy(() -> ids.term(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void colliding_hash_codes_get_their_own_ids() {
    TermIds ids = new TermIds();
    // "Aa" and "BB" have the same hash code, and so do all words made of them.
    assertThat(ids.idOf("AaAa")).isZero();
    assertThat(ids.idOf("BBBB")).isEqualTo(1);
    assertThat(ids.idOf("AaBB")).isEqualTo(2);
    assertThat(ids.idOf("BBBB")).isEqualTo(1);
  }

  @Test
  void agrees_with_a_hash_map_of_ids_through_growth() {
    SplittableRandom random = new SplittableRandom(7);
    TermIds ids = new TermIds();
    Map<String, Integer> expected = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int n = 0; n < 200_000; n++) {
      String term = "w" + (int) (50_000 * Math.pow(random.nextDouble(), 2));
      Integer id = expected.get(term);
      if (id == null) {
        id = expected.size();
        expected.put(term, id);
        order.add(term);
      }
      assertThat(ids.idOf(term)).isEqualTo(id);
    }
    assertThat(ids.size()).isEqualTo(expected.size());
    assertThat(ids.terms()).containsExactlyElementsOf(order);
  }
}
