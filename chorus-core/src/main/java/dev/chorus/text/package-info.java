/**
 * The "understand the text" stage: sentences and terms.
 *
 * <p>{@link dev.chorus.text.StoryAnalyzer} turns a {@link dev.chorus.model.Story} into an {@link
 * dev.chorus.text.AnalyzedStory}: every article body is split into sentences by a {@link
 * dev.chorus.text.SentenceSplitter}, and every sentence into content terms by a {@link
 * dev.chorus.text.TermAnalyzer}. Sentences keep exact character spans into their article, so
 * summaries can always be traced back to the source text.
 *
 * <p>English implementations:
 *
 * <ul>
 *   <li>{@link dev.chorus.text.OpenNlpSentenceSplitter}: Apache OpenNLP's maximum-entropy sentence
 *       detector with the bundled UD English model, paragraphs at blank lines, and rules that
 *       repair its errors on news text (abbreviations such as "U.S." and "Sen.", closing quotes,
 *       the lowercased and tokenized Multi-News text, hard-wrapped DUC text);
 *   <li>{@link dev.chorus.text.OpenNlpTokenizer}: OpenNLP's tokenizer with the UD English model;
 *   <li>{@link dev.chorus.text.LuceneTermAnalyzer}: Lucene's standard tokenizer, possessive and
 *       stopword removal, lowercasing and Porter stemming.
 * </ul>
 *
 * <p>The OpenNLP models ship as Maven dependencies and are loaded from the classpath once per JVM;
 * nothing is downloaded. All classes here are thread-safe.
 */
package dev.chorus.text;
