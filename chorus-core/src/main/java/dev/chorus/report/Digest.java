package dev.chorus.report;

import java.util.List;

/**
 * What a pile of articles is about: its stories, biggest first, each with its report (see {@link
 * StoryDigester}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles how many articles were clustered
 * @param storyCount how many stories they form, including those left out of {@code stories}
 *     (below the size asked for, or beyond the number of stories asked for)
 * @param stories the reported stories, biggest first (most articles, then story id)
 * @param failures stories that could not be reported, in the same order
 */
public record Digest(
    int articles, int storyCount, List<DigestStory> stories, List<DigestFailure> failures) {

  public Digest {
    stories = List.copyOf(stories);
    failures = List.copyOf(failures);
    if (articles < 0 || storyCount < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, were articles=" + articles + ", storyCount=" + storyCount);
    }
    if (stories.size() + failures.size() > storyCount) {
      throw new IllegalArgumentException(
          "more stories reported or failed ("
              + (stories.size() + failures.size())
              + ") than there are ("
              + storyCount
              + ")");
    }
  }
}
