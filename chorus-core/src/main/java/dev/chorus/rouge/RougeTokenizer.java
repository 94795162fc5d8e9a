package dev.chorus.rouge;

import dev.chorus.rouge.Rouge155Analyzer.Analyzed;
import dev.chorus.rouge.Rouge155Analyzer.Vocabulary;
import java.util.List;
import java.util.Objects;

/**
 * The tokens that {@link RougeScorer} counts for ROUGE-N: the same analyzer, exposed for callers
 * that count n-grams themselves, e.g. a greedy ROUGE oracle that tries thousands of candidate
 * summaries per cluster and cannot afford a full {@link RougeScorer#score} for each.
 *
 * <p>A summary given as sentences (one line of the script's SPL files each) is truncated with the
 * options' {@code -l}/{@code -b}, split into {@code [a-z0-9]} tokens of its bytes, stripped of
 * stopwords ({@code -s}) and stemmed ({@code -m}) exactly as the scorer does it; the sentences'
 * tokens are concatenated, since ROUGE-N n-grams span sentence boundaries. See the package
 * documentation for the script's quirks that this reproduces.
 *
 * <p>Thread-safe: the stem cache is concurrent. O(length of the text) per call.
 */
public final class RougeTokenizer {

  private final Rouge155Analyzer analyzer;

  /**
   * @param options the flags (their truncation, stopword and stemming settings are used)
   * @param resources the word lists; {@link RougeResources#empty()} is enough without {@code -m}
   *     and {@code -s}
   * @throws IllegalArgumentException when {@code -m} or {@code -s} is set but its word list is
   *     missing from {@code resources}
   */
  public RougeTokenizer(RougeOptions options, RougeResources resources) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(resources, "resources");
    if (options.stem() && resources.exceptionCount() == 0) {
      throw new IllegalArgumentException(
          "stemming (-m) needs the WordNet exception lists; load them with RougeResources.load");
    }
    if (options.removeStopwords() && resources.stopwordCount() == 0) {
      throw new IllegalArgumentException(
          "stopword removal (-s) needs smart_common_words.txt; load it with RougeResources.load");
    }
    this.analyzer = new Rouge155Analyzer(options, resources);
  }

  /**
   * The ROUGE-N tokens of a summary, in text order, sentences concatenated.
   *
   * @param sentences the summary's sentences; a sentence holding line breaks counts as several
   *     lines and empty lines are skipped, as in {@link RougeInput}
   */
  public List<String> tokens(List<String> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    Vocabulary vocabulary = new Vocabulary();
    Analyzed analyzed = analyzer.analyze(sentences, vocabulary);
    String[] tokens = new String[analyzed.tokens().length];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = vocabulary.token(analyzed.tokens()[i]);
    }
    return List.of(tokens);
  }
}
