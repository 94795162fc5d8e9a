package dev.chorus.report;

import java.util.List;
import java.util.Objects;

/**
 * A story of a {@link Digest} that could not be reported, and why: listed so that its articles are
 * not silently lost.
 *
 * @param storyId the story's id
 * @param articleIds its articles' ids, in story order
 * @param reason what went wrong
 */
public record DigestFailure(String storyId, List<String> articleIds, String reason) {

  public DigestFailure {
    Objects.requireNonNull(storyId, "storyId");
    articleIds = List.copyOf(articleIds);
    Objects.requireNonNull(reason, "reason");
  }
}
