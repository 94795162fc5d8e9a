package dev.chorus.cli;

import dev.chorus.cluster.ArticleSources;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pile of articles read at once from files, directories and JSONL files ({@link
 * ArticleSources}), each id once: the input of batch clustering.
 *
 * <p>Every bad file or line is reported on {@code err} as {@code chorus: skipped SOURCE: reason}
 * and counted. An id read twice with the same text is kept once (DUC 2004 lists 11 documents in two
 * clusters); a repeat with another text is skipped and reported. Not thread-safe.
 *
 * @param articles the articles, in input order, ids distinct
 * @param skipped how many files, lines or articles were skipped
 * @param repeats how many repeated ids with the same text were kept once
 */
record ArticlePile(List<Article> articles, int skipped, int repeats) {

  ArticlePile {
    articles = List.copyOf(articles);
  }

  /** Reads {@code inputs}; IO failures of a whole file are reported and skipped like bad lines. */
  static ArticlePile read(List<Path> inputs, PrintWriter err) {
    Map<String, Article> byId = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    int[] counts = new int[2]; // skipped, repeats
    new ArticleSources()
        .read(
            inputs,
            result -> {
              if (!(result instanceof IngestResult.Ingested<Article> ok)) {
                skip(err, result.toString(), counts);
                return;
              }
              Article article = ok.value();
              Article earlier = byId.putIfAbsent(article.id(), article);
              if (earlier == null) {
                articles.add(article);
              } else if (earlier.text().equals(article.text())) {
                counts[1]++;
              } else {
                skip(
                    err,
                    result.source()
                        + ": article id '"
                        + article.id()
                        + "' was read before with another text",
                    counts);
              }
            });
    return new ArticlePile(articles, counts[0], counts[1]);
  }

  private static void skip(PrintWriter err, String message, int[] counts) {
    counts[0]++;
    err.println("chorus: skipped " + message);
    err.flush();
  }
}
