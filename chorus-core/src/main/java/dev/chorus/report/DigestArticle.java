package dev.chorus.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One article of a {@link DigestStory}, as a reader finds it: who published it, under which
 * headline, where. Immutable and thread-safe.
 *
 * @param id the article's id
 * @param outlet its outlet, named as in the story's report
 * @param title its headline, or null
 * @param url where it was published, or null
 * @param published when, or null
 */
public record DigestArticle(String id, String outlet, String title, String url, Instant published) {

  public DigestArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
  }
}
