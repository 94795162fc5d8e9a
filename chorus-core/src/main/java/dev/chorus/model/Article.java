package dev.chorus.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One news article: the unit that outlets publish and that Chorus reads.
 *
 * <p>{@code text} is the article body (without the headline, which is in {@code title}). All
 * metadata fields other than {@code id} and {@code text} are {@code null} when unknown. Immutable
 * and thread-safe.
 *
 * @param id unique within its story; stable across runs (ingest derives it from the file name or
 *     the data set's document id)
 * @param outlet the publisher as a reader would name it ("The Hill"), or null
 * @param url where the article was published, or null
 * @param title the headline, or null
 * @param published publication time, or null
 * @param text the body text, never null (may be empty)
 */
public record Article(
    String id, String outlet, String url, String title, Instant published, String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }

  /** An article with only an id and a body. */
  public static Article of(String id, String text) {
    return new Article(id, null, null, null, null, text);
  }

  /** The outlet if known, else the id: what to show a reader as the source. */
  public String sourceLabel() {
    return outlet != null && !outlet.isBlank() ? outlet : id;
  }
}
