package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.junit.jupiter.api.Test;

class LuceneTermAnalyzerTest {

  private static final LuceneTermAnalyzer ENGLISH = new LuceneTermAnalyzer();

  @Test
  void empty_and_stopword_only_text_has_no_terms() {
    assertThat(ENGLISH.terms("")).isEmpty();
    assertThat(ENGLISH.terms("  \n ")).isEmpty();
    assertThat(ENGLISH.terms("It is what they would have done, isn't it?")).isEmpty();
  }

  @Test
  void stems_lowercases_and_removes_stopwords() {
    assertThat(ENGLISH.terms("The deployments of missiles were limited"))
        .containsExactly("deploy", "missil", "limit");
  }

  @Test
  void removes_possessives_with_straight_and_curly_apostrophes() {
    assertThat(ENGLISH.terms("Russia's troops and Ukraine’s border"))
        .containsExactly("russia", "troop", "ukrain", "border");
  }

  @Test
  void keeps_numbers_and_drops_symbols() {
    assertThat(ENGLISH.terms("About 6,000 troops, up 8.2 % since 2014 🚀 — $5"))
        .containsExactly("6,000", "troop", "8.2", "2014", "5");
  }

  @Test
  void normalises_acronyms_and_keeps_the_country_apart_from_the_pronoun() {
    assertThat(ENGLISH.terms("U.S. officials told us")).containsExactly("us", "offici", "told");
    assertThat(ENGLISH.terms("US officials")).containsExactly("us", "offici");
    assertThat(ENGLISH.terms("the u.s. government and the U.N."))
        .containsExactly("us", "govern", "un");
  }

  @Test
  void tokenized_contractions_leave_no_fragments() {
    assertThat(ENGLISH.terms("we ' ll see , don ' t we ? they’re here"))
        .containsExactly("see", "don");
  }

  @Test
  void non_ascii_words_survive() {
    assertThat(ENGLISH.terms("Zürich and Gdańsk")).containsExactly("zürich", "gdańsk");
  }

  @Test
  void custom_stopwords_without_stemming() {
    LuceneTermAnalyzer analyzer =
        new LuceneTermAnalyzer(new CharArraySet(List.of("missiles"), true), false);
    assertThat(analyzer.terms("The deployments of Missiles"))
        .containsExactly("the", "deployments", "of");
  }

  @Test
  void english_stopwords_include_curly_apostrophe_variants() {
    CharArraySet stopwords = LuceneTermAnalyzer.englishStopwords();
    assertThat(stopwords.contains("don't")).isTrue();
    assertThat(stopwords.contains("don’t")).isTrue();
    assertThat(stopwords.contains("the")).isTrue();
    assertThat(stopwords.contains("said")).isFalse();
    assertThat(stopwords.size()).isBetween(300, 450);
  }

  @Test
  void is_thread_safe() throws Exception {
    List<String> inputs =
        IntStream.range(0, 50)
            .mapToObj(i -> "Sentence " + i + ": the deployments of U.S. missiles in Europe's east")
            .toList();
    List<List<String>> expected = inputs.stream().map(ENGLISH::terms).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> futures =
          IntStream.range(0, 4)
              .mapToObj(t -> pool.submit(() -> inputs.stream().map(ENGLISH::terms).toList()))
              .toList();
      for (Future<List<List<String>>> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // #5: terms are cached per raw token, and ASCII text is cut into tokens without the tokenizer
  // (AsciiWordBreaks); they must equal what the whole chain gives in one stream.
  @Test
  void cached_terms_equal_the_uncached_chain() throws IOException {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("../examples/harbor-bridge-closure"))) {
      for (Path file : files.sorted().toList()) {
        texts.addAll(List.of(Files.readString(file).split("\n")));
      }
    }
    texts.add("U.S. us US u.s. p.m. Russia's Ukraine’s ’s 's 🚀 — 8.2 6,000 deployments Zürich");
    Random random = new Random(11);
    String[] pieces = {"U.S.", "us", "US", "the", "Russia's", "’s", "a.b.c", "don't", "I.B.M",
        "e-mail", "8.2", "Gdańsk", "ﬁnance", "İstanbul", "ΣΟΦΙΑ", "😀", "x_y", "--", "can't",
        "deployments", "running", "A.", "''", "\u00a0"};
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(12); w > 0; w--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      texts.add(text.toString());
    }
    CharArraySet stopwords = LuceneTermAnalyzer.englishStopwords();
    for (boolean stem : new boolean[] {true, false}) {
      Analyzer reference = referenceChain(stopwords, stem);
      LuceneTermAnalyzer cached = new LuceneTermAnalyzer(stopwords, stem);
      LuceneTermAnalyzer tinyCache = new LuceneTermAnalyzer(stopwords, stem, 3);
      for (String text : texts) {
        List<String> expected = referenceTerms(reference, text);
        assertThat(cached.terms(text)).as("stem %s: '%s'", stem, text).isEqualTo(expected);
        assertThat(tinyCache.terms(text)).as("stem %s: '%s'", stem, text).isEqualTo(expected);
      }
    }
  }

  /** The chain as one stream, the way terms were computed before the cache. */
  private static Analyzer referenceChain(CharArraySet stopwords, boolean stem) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new AcronymFilter(new EnglishPossessiveFilter(source));
        stream = new LowerCaseFilter(stream);
        stream =
            new StopFilter(stream, stopwords) {
              private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

              @Override
              protected boolean accept() {
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

  private static List<String> referenceTerms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.chars().anyMatch(Character::isLetterOrDigit)) {
          terms.add(term.toString());
        }
      }
      stream.end();
    }
    return terms;
  }
}
