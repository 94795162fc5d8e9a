package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ArticleLoader;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #4: cleaning the five real seed articles in {@code <chorus.shared>/seeds}. The test lists every
 * piece the cleaner drops, by file, line number, unit, rule and the first 4 bytes of the SHA-256
 * of its text; the articles themselves stay outside the repository. Every other line must come out
 * whole as kept sentences, and none of the noise phrases of the issue may survive.
 */
class SeedCleaningTest {

  /** Every dropped piece: "file:line unit rule sha256-prefix" (line 1 = the headline line). */
  private static final List<String> EXPECTED_DROPS =
      List.of(
          // Related-story links and a section heading: stand-alone lines, no sentence end.
          "000_4f4c3af6fec04ba5:5 line heading 9d82d833",
          // The photo caption with "(Andriy Dubchak/The Associated Press)".
          "000_4f4c3af6fec04ba5:7 line photo-credit b0599229",
          "000_4f4c3af6fec04ba5:17 line heading f59939e1",
          "000_4f4c3af6fec04ba5:31 line heading f9af18e1",
          // Three embedded tweets (text, link line, "— Name (@handle) date") and the
          // "[WATCH/COMMENTARY]" headline.
          "002_1cd65cf2135fe1ee:7 line tweet-text 56ac12dd",
          "002_1cd65cf2135fe1ee:8 line tweet-attribution d027c291",
          "002_1cd65cf2135fe1ee:10 line tweet-text 40e3c425",
          "002_1cd65cf2135fe1ee:11 line link-dense ac5039ef",
          "002_1cd65cf2135fe1ee:12 line tweet-attribution 7beeea3f",
          "002_1cd65cf2135fe1ee:14 line tweet-text 226e4da2",
          "002_1cd65cf2135fe1ee:15 line tweet-attribution fa8780ce",
          "002_1cd65cf2135fe1ee:16 line promo-label 5b0ce98e",
          // "Getty Images", "— Updated at 2:18 p.m.", "Tags ...", the comment-section notice
          // (two sentences), "Most Popular", "Load more", "See all Video".
          "003_1dfbfbdb0a5b1e2b:3 line photo-credit 201c9456",
          "003_1dfbfbdb0a5b1e2b:33 line dateline 9242836d",
          "003_1dfbfbdb0a5b1e2b:35 line tag-list 36bbc34b",
          "003_1dfbfbdb0a5b1e2b:37 sentence boilerplate 22ef1275",
          "003_1dfbfbdb0a5b1e2b:37 sentence boilerplate 8610118c",
          "003_1dfbfbdb0a5b1e2b:39 line call-to-action 9e1006a4",
          "003_1dfbfbdb0a5b1e2b:41 line call-to-action ac8991ef",
          "003_1dfbfbdb0a5b1e2b:44 line call-to-action 7a2b0d25",
          // The dateline (which ingest takes for the headline), "• ... can be reached at",
          // "Copyright © 2023 ...", the comment-policy line, "Click to Read More and View
          // Comments", "Click to Hide".
          "004_41fce96bdadc8c99:1 title dateline 97652bc2",
          "004_41fce96bdadc8c99:31 line contact a296fe4c",
          "004_41fce96bdadc8c99:33 line copyright 2e3de059",
          "004_41fce96bdadc8c99:35 line call-to-action 690d4f6b",
          "004_41fce96bdadc8c99:37 line call-to-action 37279f67",
          "004_41fce96bdadc8c99:39 line call-to-action 6443dd4d");

  /** The noise of the issue, none of which may be left in a kept sentence. */
  private static final List<String> NOISE =
      List.of(
          "@McFaul", "@DavisColby", "@PoliticusSarah", "t.co/", "[WATCH/COMMENTARY]",
          "Getty Images", "Tags Joe Biden", "The Hill has removed its comment section",
          "join the discussion", "Most Popular", "Load more", "See all Video", "Updated at 2:18",
          "can be reached at", "Copyright ©", "Click to Read More", "Click to Hide",
          "reprint permission", "comment policy", "Andriy Dubchak");

  private static Path dir;
  private static Story story;
  private static CleanedStory cleaned;

  @BeforeAll
  static void clean() {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set: seed test skipped");
    dir = Path.of(shared, "seeds");
    assumeTrue(Files.isDirectory(dir), "no seed articles in " + dir + ": seed test skipped");
    List<IngestResult<Article>> results = new ArticleLoader().load(List.of(dir));
    assumeTrue(results.size() == 5, "expected 5 seed articles in " + dir);
    story = ArticleLoader.toStory(List.of(dir), results);
    cleaned = StoryCleaner.english().clean(story);
  }

  @Test
  void every_dropped_piece_is_listed() throws IOException {
    List<String> actual = new ArrayList<>();
    for (Dropped d : cleaned.report().dropped()) {
      int line = d.unit() == Dropped.Unit.TITLE ? 1 : fileLine(d.documentId(), d.span().start());
      actual.add(
          d.documentId() + ":" + line + " " + d.unit().name().toLowerCase(Locale.ROOT) + " "
              + d.rule().id() + " " + sha256Prefix(d.text()));
    }
    assertThat(actual).containsExactlyElementsOf(EXPECTED_DROPS);
  }

  @Test
  void no_noise_phrase_survives() {
    for (AnalyzedSentence s : cleaned.analyzed().sentences()) {
      for (String noise : NOISE) {
        assertThat(s.text()).as("kept sentence of " + s.sentence().documentId())
            .doesNotContain(noise);
      }
    }
    assertThat(cleaned.analyzed().story().article("004_41fce96bdadc8c99").title()).isNull();
  }

  @Test
  void every_line_not_listed_comes_out_whole() throws IOException {
    for (Article article : story.articles()) {
      String text = article.text();
      boolean[] kept = new boolean[text.length()];
      for (AnalyzedSentence s : cleaned.analyzed().sentences()) {
        if (s.sentence().documentId().equals(article.id())) {
          Span span = s.sentence().span();
          assertThat(span.of(text)).isEqualTo(s.text());
          for (int i = span.start(); i < span.end(); i++) {
            kept[i] = true;
          }
        }
      }
      boolean[] dropped = new boolean[text.length()];
      for (Dropped d : cleaned.report().dropped()) {
        if (d.documentId().equals(article.id()) && d.unit() != Dropped.Unit.TITLE) {
          for (int i = d.span().start(); i < d.span().end(); i++) {
            dropped[i] = true;
          }
        }
      }
      List<Integer> badLines = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        // Seed 003 ends lines with no-break spaces, which the splitter trims like spaces.
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && kept[i] == dropped[i]) {
          int line = fileLine(article.id(), i);
          if (!badLines.contains(line)) {
            badLines.add(line);
          }
        }
      }
      assertThat(badLines)
          .as("%s: lines with characters neither kept nor listed as dropped, or both",
              article.id())
          .isEmpty();
    }
    // The clean control of the issue: the wire copy loses nothing.
    assertThat(cleaned.report().dropped())
        .noneMatch(d -> d.documentId().equals("001_8b78feb1611e0eb2"));
  }

  /** 1-based line in the seed file of an offset into the article body. */
  private static int fileLine(String id, int offset) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(f -> f.getFileName().toString().equals(id + ".txt")).findFirst()
          .orElseThrow();
    }
    String content = Files.readString(file, StandardCharsets.UTF_8);
    String body = story.article(id).text();
    assertThat(content).endsWith(body);
    int absolute = content.length() - body.length() + offset;
    int line = 1;
    for (int i = 0; i < absolute; i++) {
      if (content.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String sha256Prefix(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return String.format(
          Locale.ROOT, "%02x%02x%02x%02x", hash[0], hash[1], hash[2], hash[3]);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
