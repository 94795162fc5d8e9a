package dev.chorus.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A story cluster: articles from one or more outlets about one event.
 *
 * <p>Article ids are unique within a story. The article order is the order given; ingest sorts
 * articles by id so that output never depends on file listing order. Immutable and thread-safe.
 *
 * @param id the cluster id (data-set id, or derived from the input paths)
 * @param articles the articles, at least zero; ids unique
 */
public record Story(String id, List<Article> articles) {

  public Story {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    Set<String> seen = new HashSet<>();
    for (Article article : articles) {
      if (!seen.add(article.id())) {
        throw new IllegalArgumentException(
            "duplicate article id '" + article.id() + "' in story '" + id + "'");
      }
    }
  }

  /** The article with the given id. */
  public Article article(String articleId) {
    for (Article article : articles) {
      if (article.id().equals(articleId)) {
        return article;
      }
    }
    throw new IllegalArgumentException("no article '" + articleId + "' in story '" + id + "'");
  }
}
