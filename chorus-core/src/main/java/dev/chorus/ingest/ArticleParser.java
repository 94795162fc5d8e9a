package dev.chorus.ingest;

import dev.chorus.model.Article;

/**
 * Turns the decoded content of one article file into an {@link Article}. {@link ArticleLoader}
 * picks the parser by file extension.
 *
 * <p>Preconditions: {@code content} is the whole file, decoded as strict UTF-8, without a
 * byte-order mark, and not blank (the loader rejects empty and whitespace-only files before calling
 * a parser). Implementations must be deterministic, must not throw anything but {@link
 * IngestException} for bad content, and must be thread-safe: one loader may be shared.
 */
public interface ArticleParser {

  /**
   * Parses one article.
   *
   * @param defaultId the id to use unless the content carries its own (the file name without
   *     extension); never blank
   * @param content the file content, see the preconditions above
   * @return the article; its {@code text} is never blank
   * @throws IngestException if the content is not a usable article; the message says why
   */
  Article parse(String defaultId, String content) throws IngestException;
}
