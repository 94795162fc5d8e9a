package dev.chorus.compare;

import dev.chorus.model.Article;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outlet of each document of a story, by document index, as the caller's function names it.
 * Immutable.
 */
final class Outlets {

  private final String[] byDocument;
  private final List<String> inStoryOrder;

  private Outlets(String[] byDocument) {
    this.byDocument = byDocument;
    List<String> order = new ArrayList<>();
    for (String outlet : byDocument) {
      if (!order.contains(outlet)) {
        order.add(outlet);
      }
    }
    this.inStoryOrder = List.copyOf(order);
  }

  /**
   * Applies {@code outlet} to every article of the story.
   *
   * @throws IllegalArgumentException if it gives null or a blank name for an article
   */
  static Outlets of(AnalyzedStory story, Function<Article, String> outlet) {
    List<Article> articles = story.story().articles();
    String[] names = new String[articles.size()];
    for (int d = 0; d < names.length; d++) {
      Article article = articles.get(d);
      String name = outlet.apply(article);
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(
            "outlet of article '" + article.id() + "' must not be blank, was "
                + (name == null ? "null" : "'" + name + "'"));
      }
      names[d] = name;
    }
    return new Outlets(names);
  }

  String of(int documentIndex) {
    return byDocument[documentIndex];
  }

  /** Distinct outlets in the order of their first document. */
  List<String> inStoryOrder() {
    return inStoryOrder;
  }

  /** Position of an outlet in {@link #inStoryOrder()}. */
  int rank(String outlet) {
    return inStoryOrder.indexOf(outlet);
  }
}
