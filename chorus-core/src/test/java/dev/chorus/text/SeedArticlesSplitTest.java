package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sentence splitting of the five real seed articles in {@code <chorus.shared>/seeds}. The articles
 * stay outside the repository: this test holds only file names, counts and short phrases.
 */
class SeedArticlesSplitTest {

  private static final OpenNlpSentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();
  private static Map<String, String> seeds;

  @BeforeAll
  static void readSeeds() throws IOException {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set: seed test skipped");
    Path dir = Path.of(shared, "seeds");
    assumeTrue(Files.isDirectory(dir), "no seed articles in " + dir + ": seed test skipped");
    try (var files = Files.list(dir)) {
      seeds =
          files
              .filter(f -> f.getFileName().toString().endsWith(".txt"))
              .collect(
                  Collectors.toMap(f -> f.getFileName().toString(), SeedArticlesSplitTest::read));
    }
    assumeTrue(seeds.size() == 5, "expected 5 seed articles in " + dir + ", found " + seeds.size());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
  }

  @Test
  void every_span_round_trips_and_counts_are_stable() {
    Map<String, Integer> counts =
        Map.of(
            "000_4f4c3af6fec04ba5.txt", 33,
            "001_8b78feb1611e0eb2.txt", 25,
            "002_1cd65cf2135fe1ee.txt", 19,
            "003_1dfbfbdb0a5b1e2b.txt", 31,
            "004_41fce96bdadc8c99.txt", 29);
    for (var seed : seeds.entrySet()) {
      List<String> sentences = OpenNlpSentenceSplitterTest.sentences(SPLITTER, seed.getValue());
      assertThat(sentences).as(seed.getKey()).hasSize(counts.get(seed.getKey()));
    }
  }

  @Test
  void no_sentence_breaks_after_an_acronym_inside_a_paragraph() {
    for (var seed : seeds.entrySet()) {
      String text = seed.getValue();
      List<Span> spans = SPLITTER.split(text);
      for (int i = 0; i < spans.size(); i++) {
        String sentence = spans.get(i).of(text);
        assertThat(sentence).as(seed.getKey()).isNotEqualTo("U.S.");
        assertThat(Character.isLowerCase(sentence.charAt(0))).as(sentence).isFalse();
        if (sentence.endsWith("U.S.") && i + 1 < spans.size()) {
          // Only a paragraph end may follow "U.S.": the next sentence is after a blank line.
          String gap = text.substring(spans.get(i).end(), spans.get(i + 1).start());
          assertThat(gap.chars().filter(c -> c == '\n').count()).as(sentence).isGreaterThan(1);
        }
      }
    }
  }

  @Test
  void known_sentences_are_split_correctly() {
    String text = seeds.get("000_4f4c3af6fec04ba5.txt");
    assertThat(startsOf(text)).contains(text.indexOf("U.S. President Joe Biden has warned"));
    assertThat(sentenceContaining(text, "U.S. President Joe Biden has warned"))
        .startsWith("U.S. President")
        .endsWith("military action against Ukraine.");
    assertThat(sentenceContaining(text, "(Andriy Dubchak/"))
        .startsWith("(Andriy")
        .endsWith("Press)");
    assertThat(sentenceContaining(text, "then-U.S. president"))
        .startsWith("In 2019, then-U.S. president Donald Trump")
        .endsWith("violating the accord.");

    String headline = seeds.get("002_1cd65cf2135fe1ee.txt");
    assertThat(SPLITTER.split(headline).get(0).of(headline))
        .startsWith("Official Says U.S. Is")
        .endsWith("Military Exercises");

    String hill = seeds.get("003_1dfbfbdb0a5b1e2b.txt");
    assertThat(sentenceContaining(hill, "Updated at")).isEqualTo("—\u00A0Updated at 2:18 p.m.");
    assertThat(sentenceContaining(hill, "We want to be inclusive"))
        .isEqualTo("We want to be inclusive.");

    String times = seeds.get("004_41fce96bdadc8c99.txt");
    assertThat(sentenceContaining(times, "non-starters"))
        .isEqualTo("Both remain non-starters for the U.S.");
    assertThat(sentenceContaining(times, "Copyright")).endsWith("LLC.");
  }

  private static List<Integer> startsOf(String text) {
    return SPLITTER.split(text).stream().map(Span::start).toList();
  }

  private static String sentenceContaining(String text, String phrase) {
    int at = text.indexOf(phrase);
    assertThat(at).as("phrase '%s' in seed", phrase).isNotNegative();
    for (Span span : SPLITTER.split(text)) {
      if (span.start() <= at && at < span.end()) {
        return span.of(text);
      }
    }
    throw new AssertionError("no sentence holds '" + phrase + "'");
  }
}
