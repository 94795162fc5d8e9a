package dev.chorus.cluster;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Names and orders the stories that clustering found, so that output is the same for the same
 * grouping whatever the input order.
 *
 * <p>A story's id is {@code "story-"} plus the first 12 hex digits of the SHA-256 of its article
 * ids, sorted and joined by newlines: it depends on the members only, so a story found again in
 * another run (of a digest, say) keeps its id. Articles within a story are ordered by publication
 * time (unknown last), then id; stories by their first article in that order. Stateless and
 * thread-safe.
 */
public final class StoryIds {

  /** Article order within a story: publication time, unknown last, then id. */
  public static final Comparator<Article> ARTICLE_ORDER =
      Comparator.comparing(
              Article::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(Article::id);

  private static final int HEX_DIGITS = 12;

  private StoryIds() {}

  /** The id of a story with these articles; see the class comment. */
  public static String idOf(List<Article> articles) {
    List<String> ids = new ArrayList<>(articles.size());
    for (Article article : articles) {
      ids.add(article.id());
    }
    ids.sort(Comparator.naturalOrder());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", ids).getBytes(StandardCharsets.UTF_8));
      return "story-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest javadoc).
      throw new IllegalStateException(e);
    }
  }

  /** A story of these articles, named and ordered as the class comment says. */
  public static Story story(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(ARTICLE_ORDER);
    return new Story(idOf(ordered), ordered);
  }

  /** Stories of these groups, each named and ordered, and sorted by their first article. */
  public static List<Story> stories(List<List<Article>> groups) {
    List<Story> stories = new ArrayList<>(groups.size());
    for (List<Article> group : groups) {
      stories.add(story(group));
    }
    stories.sort(
        Comparator.comparing((Story s) -> s.articles().get(0), ARTICLE_ORDER)
            .thenComparing(Story::id));
    return stories;
  }
}
