package dev.chorus.cli;

import dev.chorus.ingest.ArticleLoader;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The one story made of all given article files and directories, as the single-story commands
 * ({@code summarize PATH...}, {@code report}) read it: every unreadable file is reported on stderr
 * and skipped.
 *
 * @param story the readable articles, or null when there was none
 * @param skipped how many files were skipped
 */
record StoryFiles(Story story, int skipped) {

  /** Loads {@code paths}, reporting each skipped file on {@code err}. */
  static StoryFiles load(List<Path> paths, PrintWriter err) {
    List<IngestResult<Article>> results = new ArticleLoader().load(paths);
    int skipped = 0;
    for (IngestResult<Article> result : results) {
      if (result instanceof IngestResult.Rejected<Article> rejected) {
        err.println("chorus: skipped " + rejected);
        skipped++;
      }
    }
    if (skipped == results.size()) {
      err.println("chorus: no readable article in " + paths);
      return new StoryFiles(null, skipped);
    }
    return new StoryFiles(ArticleLoader.toStory(paths, results), skipped);
  }

  /** The exit code when everything else went well: OK, or BAD_INPUT when a file was skipped. */
  int exitCode() {
    return skipped == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }
}
