/**
 * Extraction: the article on an HTML page, as body text plus metadata.
 *
 * <ul>
 *   <li>{@link dev.chorus.extract.MainContentExtractor}: the body text without page furniture
 *       (menus, teasers, share bars, captions, embedded posts, comments, footers), paragraphs
 *       separated by blank lines; densest paragraph cluster, grown as a maximum subarray, then
 *       cleaned;
 *   <li>{@link dev.chorus.extract.MetadataExtractor}: title, byline, publication time, canonical
 *       URL and site name from meta tags and JSON-LD;
 *   <li>{@link dev.chorus.extract.ArticleExtractor}: both, as an {@link
 *       dev.chorus.extract.ExtractedArticle};
 *   <li>{@link dev.chorus.extract.ExtractionMetric}: the shingle metric of the article-extraction
 *       benchmark, to measure all of the above.
 * </ul>
 *
 * <p>The ingest of {@code .html} files ({@link dev.chorus.ingest.HtmlArticleParser}) uses these
 * classes. All classes here are stateless and thread-safe, and none modifies the document it reads.
 * Measurements and the reasons behind the design are in {@code docs/extraction.md}.
 */
package dev.chorus.extract;
