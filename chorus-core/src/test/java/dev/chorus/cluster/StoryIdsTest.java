package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

  private static Article at(String id, String time) {
    return new Article(id, null, null, null, time == null ? null : Instant.parse(time), "text");
  }

  @Test
  void the_id_depends_on_the_member_ids_only() {
    String id = StoryIds.idOf(List.of(at("b", null), at("a", "2026-01-01T00:00:00Z")));

    assertThat(id).matches("story-[0-9a-f]{12}");
    assertThat(StoryIds.idOf(List.of(Article.of("a", "other"), Article.of("b", "texts"))))
        .isEqualTo(id);
    assertThat(StoryIds.idOf(List.of(Article.of("a", "x")))).isNotEqualTo(id);
  }

  @Test
  void articles_by_time_unknown_last_then_id_and_stories_by_first_article() {
    Story late = StoryIds.story(List.of(at("z", "2026-01-03T00:00:00Z")));
    Story early =
        StoryIds.story(List.of(at("c", null), at("b", "2026-01-02T00:00:00Z"), at("a", null)));

    assertThat(early.articles()).extracting(Article::id).containsExactly("b", "a", "c");
    assertThat(StoryIds.stories(List.of(late.articles(), early.articles())))
        .containsExactly(early, late);
  }
}
