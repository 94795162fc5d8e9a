package dev.chorus.cluster;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.List;

/**
 * Groups a pile of articles into stories, one event each: the batch form of story clustering (for a
 * stream, see {@link SinglePassClusterer}).
 *
 * <p>Contract: the stories partition the input (every article in exactly one story, singletons
 * included); story ids are derived from their members ({@link StoryIds}); the result depends only
 * on the set of articles, not on their order or the thread count. Implementations are thread-safe.
 */
public interface StoryClusterer {

  /**
   * The stories of {@code articles}.
   *
   * @param articles articles with distinct ids
   * @throws IllegalArgumentException if two articles share an id
   */
  List<Story> cluster(List<Article> articles);
}
