/**
 * Ingest: the first stage, which reads input files into the model ({@link
 * dev.chorus.model.Article}, {@link dev.chorus.model.Story}) and reports, rather than drops or
 * throws for, anything it cannot read.
 *
 * <p>Two kinds of input:
 *
 * <ul>
 *   <li>Article files and directories of them, read by {@link dev.chorus.ingest.ArticleLoader}:
 *       {@code .txt} (headline line, blank line, body), {@code .html}/{@code .htm}
 *       (the article's main content and its metadata from meta tags and JSON-LD, see the {@code
 *       dev.chorus.extract} package) and {@code .json} (one article object), each by its own
 *       {@link dev.chorus.ingest.ArticleParser}. The articles of one run form one story ({@link
 *       dev.chorus.ingest.ArticleLoader#toStory}).
 *   <li>Benchmark cluster files ({@code .jsonl} or {@code .jsonl.gz}, one cluster with its
 *       reference summaries per line), streamed by {@link dev.chorus.ingest.ClusterReader} into
 *       {@link dev.chorus.ingest.ClusterRecord}s.
 * </ul>
 *
 * <p>Every item yields an {@link dev.chorus.ingest.IngestResult}: {@code Ingested} with the value,
 * or {@code Rejected} with its source (path, or {@code path:line}) and a reason that names the
 * problem and the offending value. Input is decoded as strict UTF-8; text is kept verbatim (only a
 * byte-order mark, and in {@code .txt} files leading blank lines and CRLF line endings, are
 * normalised), so that offsets computed downstream point into what the author wrote. Output order
 * never depends on directory listing order.
 *
 * <p>Cleaning of extracted text, language checks and deduplication are later stages.
 */
package dev.chorus.ingest;
