package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.cluster.GoldPool.Half;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldPoolTest {

  private static ClusterRecord cluster(String id, Article... documents) {
    return new ClusterRecord(new Story(id, List.of(documents)), List.of());
  }

  @Test
  void a_document_in_two_clusters_is_one_item_with_two_gold_classes() {
    GoldPool pool = new GoldPool();
    pool.add(cluster("X", Article.of("a", "shared"), Article.of("b", "bee")), "f:1");
    pool.add(cluster("Y", Article.of("a", "shared"), Article.of("c", "sea")), "f:2");

    assertThat(pool.articles()).extracting(Article::id).containsExactly("a", "b", "c");
    assertThat(pool.gold().get("a")).isEqualTo(Set.of("X", "Y"));
    assertThat(pool.gold().get("c")).isEqualTo(Set.of("Y"));
    assertThat(pool.clusterCount()).isEqualTo(2);
    assertThat(pool.problems()).isEmpty();
  }

  @Test
  void the_same_id_with_another_text_is_reported_and_left_out() {
    GoldPool pool = new GoldPool();
    pool.add(cluster("X", Article.of("a", "one text")), "f:1");
    pool.add(cluster("Y", Article.of("a", "another text")), "f:2");

    assertThat(pool.gold().get("a")).isEqualTo(Set.of("X"));
    assertThat(pool.problems())
        .singleElement()
        .asString()
        .startsWith("f:2: document 'a' of cluster 'Y' has another text")
        .contains("read from f:1");
  }

  @Test
  void shuffle_depends_on_the_documents_and_the_seed_only() {
    GoldPool forward = new GoldPool();
    GoldPool backward = new GoldPool();
    for (int i = 0; i < 20; i++) {
      forward.add(cluster("c" + i, Article.of("d" + i, "t" + i)), "f");
      backward.add(cluster("c" + (19 - i), Article.of("d" + (19 - i), "t" + (19 - i))), "f");
    }

    assertThat(forward.shuffled(3)).isEqualTo(backward.shuffled(3));
    assertThat(forward.shuffled(3)).isNotEqualTo(forward.shuffled(4));
    assertThat(forward.shuffled(3)).containsExactlyInAnyOrderElementsOf(forward.articles());
  }

  @Test
  void the_halves_split_the_clusters() {
    int inA = 0;
    for (int i = 0; i < 1000; i++) {
      String id = "cluster-" + i;
      boolean a = Half.A.contains(id, 2026);
      assertThat(Half.B.contains(id, 2026)).isEqualTo(!a);
      assertThat(Half.ALL.contains(id, 2026)).isTrue();
      assertThat(Half.A.contains(id, 2026)).isEqualTo(a); // stable
      inA += a ? 1 : 0;
    }
    assertThat(inA).isBetween(430, 570);
    assertThat(Half.parse("b")).isEqualTo(Half.B);
  }
}
