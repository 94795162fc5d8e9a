package dev.chorus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * English content terms with a Lucene analysis chain: {@link StandardTokenizer} (Unicode UAX #29
 * word breaks), {@link EnglishPossessiveFilter} ("Russia's" to "Russia"), an acronym filter ("U.S."
 * and "US" to the keyword "us", which neither stopwords nor the stemmer touch; see {@link
 * AcronymFilter}), {@link LowerCaseFilter}, {@link StopFilter} and {@link PorterStemFilter}
 * (Porter, "An algorithm for suffix stripping", Program 14(3), 1980: "deployments" to "deploy").
 * Tokens with no letter or digit (emoji, stray symbols) are dropped; numbers ("2022", "8.2",
 * "6,000") are kept.
 *
 * <p>The default stopword list, {@link #englishStopwords()}, is broader than Lucene's 33-word
 * {@code EnglishAnalyzer} set, which keeps pronouns, auxiliaries and most prepositions; in
 * summarization those would dominate sentence-overlap and centroid scores. Like the SMART system's
 * classic list it covers function words broadly, but it is written for this project: about 300
 * English function words (determiners, pronouns, auxiliaries and modals, contractions,
 * prepositions, conjunctions, common adverbs, the titles "mr", "mrs", "ms") plus contraction
 * remnants of tokenized text ("ll", "ve", "t" from Multi-News "we ' ll", "don ' t"). Reporting
 * verbs ("said") and number words are content words here. It lives in the resource {@code
 * dev/chorus/text/english-stopwords.txt}.
 *
 * <p><b>Speed.</b> A sentence of ASCII characters is cut into the tokens {@link StandardTokenizer}
 * would make by a direct scan ({@link AsciiWordBreaks}), much faster under the launcher's quick
 * JIT compiler; any other sentence goes through the tokenizer. Every filter after the tokenizer,
 * and the letter-or-digit test, looks at one token alone (its characters, and the keyword flag
 * that {@link AcronymFilter} sets on that same token), so the term of a token is a function of
 * the token. Each thread therefore keeps a cache from raw token to term (or to "dropped"); only a
 * token not seen before goes through the filters, as a one-token stream ({@link KeywordTokenizer})
 * through the same filter chain. Most tokens of a news story repeat, so most cost one hash lookup
 * instead of five filters. The cache holds at most {@value #MAX_CACHED_TOKENS} tokens per thread
 * and is emptied when full; it changes no result.
 *
 * <p>Time is linear in the text length. Thread-safe: each Lucene {@link Analyzer} keeps one token
 * stream chain per thread (its default reuse strategy), the token cache is per thread, and this
 * class holds no other state.
 */
public final class LuceneTermAnalyzer implements TermAnalyzer {

  private static final String STOPWORDS_RESOURCE = "english-stopwords.txt";

  /** Most raw tokens a thread's cache holds before it is emptied (a few MiB). */
  static final int MAX_CACHED_TOKENS = 1 << 17;

  /**
   * The cached term of a token that the chain drops, told apart by identity: comparing references
   * does not load the term string from memory, which {@code isEmpty()} would, once per token.
   */
  @SuppressWarnings("StringOperationCanBeSimplified") // a distinct instance, never interned
  private static final String DROPPED = new String("");

  /** The tokenizer alone: raw tokens. */
  private final Analyzer tokenizer;

  /** One raw token in, its term (or nothing) out: the filters after the tokenizer. */
  private final Analyzer filters;

  private final ThreadLocal<TokenTermCache> termCaches;

  /** English: Chorus's stopword list and Porter stemming. */
  public LuceneTermAnalyzer() {
    this(englishStopwords(), true);
  }

  /**
   * A chain with the given stopwords and optional stemming.
   *
   * @param stopwords matched after lowercasing, so they should be lowercase (or the set should
   *     ignore case); copied
   * @param stem whether to apply the Porter stemmer after stopword removal
   */
  public LuceneTermAnalyzer(CharArraySet stopwords, boolean stem) {
    this(stopwords, stem, MAX_CACHED_TOKENS);
  }

  /** As {@link #LuceneTermAnalyzer(CharArraySet, boolean)}, with a smaller cache for tests. */
  LuceneTermAnalyzer(CharArraySet stopwords, boolean stem, int maxCachedTokens) {
    Objects.requireNonNull(stopwords, "stopwords");
    if (maxCachedTokens < 1) {
      throw new IllegalArgumentException("maxCachedTokens must be >= 1, was " + maxCachedTokens);
    }
    this.termCaches = ThreadLocal.withInitial(() -> new TokenTermCache(maxCachedTokens));
    CharArraySet stops = CharArraySet.unmodifiableSet(CharArraySet.copy(stopwords));
    this.tokenizer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
          }
        };
    this.filters =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new AcronymFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream =
                new StopFilter(stream, stops) {
                  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

                  @Override
                  protected boolean accept() {
                    // AcronymFilter's keywords ("us" from "U.S.") are never stopwords.
                    return keyword.isKeyword() || super.accept();
                  }
                };
            if (stem) {
              stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
          }
        };
  }

  @Override
  public List<String> terms(String text) {
    Objects.requireNonNull(text, "text");
    TokenTermCache cache = termCaches.get();
    List<String> terms = new ArrayList<>();
    char[] chars = text.toCharArray();
    int[] tokens = AsciiWordBreaks.tokens(chars, chars.length);
    if (tokens == null) {
      addTokenizerTerms(text, cache, terms);
    } else {
      for (int k = 0; k < AsciiWordBreaks.count(tokens); k++) {
        int start = AsciiWordBreaks.start(tokens, k);
        int length = AsciiWordBreaks.end(tokens, k) - start;
        String term = cache.get(chars, start, length, AsciiWordBreaks.hash(tokens, k));
        if (term == null) {
          term = termMissed(cache, chars, start, length);
        }
        if (term != DROPPED) {
          terms.add(term);
        }
      }
    }
    return List.copyOf(terms);
  }

  /** Adds the terms of the tokens that {@link StandardTokenizer} makes of {@code text}. */
  private void addTokenizerTerms(String text, TokenTermCache cache, List<String> terms) {
    try (TokenStream stream = tokenizer.tokenStream("", text)) {
      CharTermAttribute token = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String term = term(cache, token.buffer(), 0, token.length());
        if (term != DROPPED) {
          terms.add(term);
        }
      }
      stream.end();
    } catch (IOException e) {
      // The chain reads from a String; Lucene's API declares IOException for readers in general.
      throw new UncheckedIOException("analyzing in-memory text failed", e);
    }
  }

  /** The term of the raw token {@code buffer[offset, offset + length)}, cached. */
  private String term(TokenTermCache cache, char[] buffer, int offset, int length) {
    String term = cache.get(buffer, offset, length);
    return term != null ? term : termMissed(cache, buffer, offset, length);
  }

  /** The term of a raw token not in the cache, now put there. */
  private String termMissed(TokenTermCache cache, char[] buffer, int offset, int length) {
    String raw = new String(buffer, offset, length);
    String term = term(raw);
    cache.put(raw, term);
    return term;
  }

  /**
   * The term of one raw token: the filter chain's output, or {@link #DROPPED} when the filters
   * remove it or it has no letter or digit.
   */
  private String term(String rawToken) {
    String term = DROPPED;
    try (TokenStream stream = filters.tokenStream("", rawToken)) {
      CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      // KeywordTokenizer makes exactly one token of its input; the filters keep or drop it.
      while (stream.incrementToken()) {
        if (hasLetterOrDigit(attribute)) {
          term = attribute.toString();
        }
      }
      stream.end();
    } catch (IOException e) {
      // The chain reads from a String; Lucene's API declares IOException for readers in general.
      throw new UncheckedIOException("analyzing in-memory text failed", e);
    }
    return term;
  }

  /**
   * Chorus's English stopword list (see the class documentation), as a new modifiable set that
   * callers may extend. Words with an apostrophe are included with both {@code '} and {@code ’}.
   */
  public static CharArraySet englishStopwords() {
    CharArraySet set = new CharArraySet(400, false);
    try (InputStream in = LuceneTermAnalyzer.class.getResourceAsStream(STOPWORDS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "stopword resource dev/chorus/text/" + STOPWORDS_RESOURCE + " not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (word.isEmpty() || word.startsWith("#")) {
          continue;
        }
        set.add(word);
        if (word.indexOf('\'') >= 0) {
          set.add(word.replace('\'', '\u2019'));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stopword resource " + STOPWORDS_RESOURCE, e);
    }
    return set;
  }

  private static boolean hasLetterOrDigit(CharTermAttribute term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetterOrDigit(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
