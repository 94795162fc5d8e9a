package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * #5: the hand-written surface scans of {@link SentenceFeatures.Surface} give exactly what the
 * regular expressions that defined the features give, so that the shipped model stays valid. The
 * regular expressions live on here only, as the reference.
 */
class SentenceFeaturesSurfaceTest {

  // The original definitions, verbatim.
  private static final Pattern NUMBER = Pattern.compile("\\d");
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("(?i)(\\(\\s*(ap|reuters|afp|upi)\\s*\\)|associated press|agence france)");
  private static final Pattern SAYS =
      Pattern.compile("\\b(said|says|told|according to|stated|added)\\b");
  private static final Pattern FIRST_PERSON =
      Pattern.compile("(\\bI\\b|\\b[Ww]e\\b|\\bour\\b|\\bmy\\b|\\bme\\b|\\bus\\b)");
  private static final Pattern WEB =
      Pattern.compile(
          "(?i)(https?:|www\\.|@\\w|\\bclick\\b|\\bphoto\\b|\\bsubscribe|\\bnewsletter|©"
              + "|\\bcopyright\\b|\\bread more\\b|\\bsign up\\b|\\bfollow us\\b)");
  private static final Pattern BOUNDARY = Pattern.compile("\\b");
  private static final Set<String> CONTEXT_OPENERS =
      Set.of(
          "but", "and", "so", "also", "however", "this", "that", "these", "those", "it", "he",
          "she", "they", "his", "her", "their", "its", "there", "then", "still", "yet", "or",
          "meanwhile", "instead", "otherwise", "such", "both");

  private static final Pipeline PIPELINE = Pipeline.english();

  /**
   * Java 19 made {@code \b} see ASCII word characters only (JDK-8264160), while the scans keep
   * Java 17's rule, which the model was trained with: on a newer Java the references only apply to
   * ASCII text.
   */
  private static boolean referenceApplies(String text) {
    return Runtime.version().feature() < 19 || text.chars().allMatch(c -> c < 128);
  }

  private static void assertScansAgree(String text) {
    if (!referenceApplies(text)) {
      return;
    }
    String shown = "\"" + text + "\" " + text.codePoints().mapToObj(Integer::toHexString).toList();
    SentenceFeatures.Surface.Scan scan = SentenceFeatures.Surface.scan(text);
    int found = scan.found();
    assertThat((found & SentenceFeatures.Surface.SAYS) != 0)
        .as("says %s", shown)
        .isEqualTo(SAYS.matcher(text).find());
    assertThat((found & SentenceFeatures.Surface.FIRST_PERSON) != 0)
        .as("first person %s", shown)
        .isEqualTo(FIRST_PERSON.matcher(text).find());
    assertThat((found & SentenceFeatures.Surface.WEB) != 0)
        .as("web %s", shown)
        .isEqualTo(WEB.matcher(text).find());
    assertThat((found & SentenceFeatures.Surface.QUOTE) != 0)
        .as("quote %s", shown)
        .isEqualTo(text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0);
    assertThat((found & SentenceFeatures.Surface.PARENTHESIS) != 0)
        .as("parenthesis %s", shown)
        .isEqualTo(text.indexOf('(') >= 0);
    // Words as the features split them: of the stripped text.
    String stripped = text.strip();
    String[] words = stripped.split("\\s+");
    SentenceFeatures.Surface.Scan strippedScan = SentenceFeatures.Surface.scan(stripped);
    assertThat(Math.max(1, strippedScan.words())).as("words %s", shown).isEqualTo(words.length);
    assertThat(strippedScan.numbers())
        .as("numbers %s", shown)
        .isEqualTo(Stream.of(words).filter(w -> NUMBER.matcher(w).find()).count());
    if (strippedScan.words() > 0) {
      assertThat(stripped.substring(strippedScan.firstStart(), strippedScan.firstEnd()))
          .as("first word %s", shown)
          .isEqualTo(words[0]);
    }
    String top = text.substring(0, Math.min(text.length(), 300));
    assertThat(SentenceFeatures.Surface.wireDateline(text, top.length()))
        .as("wire %s", shown)
        .isEqualTo(WIRE_DATELINE.matcher(top).find());
    assertThat(SentenceFeatures.opensWithContextWord(text))
        .as("opener %s", shown)
        .isEqualTo(oldOpensWithContextWord(text.strip().split("\\s+")));
    for (int i = 0; i <= text.length(); i++) {
      // Transparent bounds: the boundary at i as a match of the whole text sees it.
      boolean expected =
          BOUNDARY.matcher(text).region(i, text.length()).useTransparentBounds(true).lookingAt();
      assertThat(SentenceFeatures.Surface.isWordBoundary(text, i))
          .as("boundary at %d of %s", i, shown)
          .isEqualTo(expected);
    }
  }

  private static boolean oldOpensWithContextWord(String[] words) {
    if (words.length == 0) {
      return false;
    }
    String first = words[0].replaceAll("^[\"“'‘(]+|[,;:]+$", "").toLowerCase(Locale.ROOT);
    return CONTEXT_OPENERS.contains(first);
  }

  @Test
  void scans_agree_with_the_regular_expressions_on_edge_cases() {
    List<String> cases =
        List.of(
            "", " ", "said", "said.", "(said)", "resaid", "saidx", "said_", "_said", "said1",
            "1said", "unsaid", "He said", "she says so", "he told", "toldx", "according to",
            "according  to", "According to", "accordingto", "stated", "restated", "added",
            "added-value", "value-added", "said\u00e9", "\u00e9said", "said\u0301", "\u0301said",
            "e\u0301said", "said\u00df", "\u00dfsaid", "said\u2019", "\u201csaid\u201d",
            "said\ud835\udc00", "\ud835\udc00said", "said\ud834\udd67", "x\ud834\udd67said",
            "\ud834\udd67said", "I", "I.", "I'm", "AI", "Ireland", "iI", "I_", "_I", "I1",
            "\u00c9I", "I\u00c9", "we", "We", "WE", "wE", "Wee", "owe", "we\u0301", "our", "ours",
            "four", "Our", "my", "myth", "My", "me", "meet", "Me", "me\u0300", "us", "US", "Us",
            "U.S.", "u.s.", "bus", "usa", "us.", "(us)", "\u201cus\u201d", "us\u00e9", "\u00e9us",
            "http:", "https:", "HTTP:", "Https:", "http", "https", "httpss:", "www.", "WWW.", "www",
            "wWw.x", "@a", "@_", "@1", "@", "@ a", "@\u00e9", "@A", "a@b", "\u00a9", "(c)", "click",
            "Click", "CLICK", "clicks", "unclick", "click_", "photo", "photos", "Photo.",
            "photograph", "subscribe", "subscribers", "unsubscribe", "Subscribe", "newsletter",
            "newsletters", "enewsletter", "copyright", "Copyright", "copyrighted", "read more",
            "Read More", "read  more", "read more.", "reread more", "read mores", "sign up",
            "Sign Up", "signup", "sign upx", "follow us", "Follow Us", "follow usa", "\u017fign up",
            "\u212alick", "cli\u212ak", "(AP)", "( ap )", "(Ap)", "(AP", "AP)", "(APx)", "(AFP)",
            "(afp )", "(Reuters)", "(REUTERS)", "(UPI)", "(\tAP\n)", "(\u00a0AP)",
            "Associated Press", "ASSOCIATED PRESS", "associated  press", "Agence France-Presse",
            "agence france", "The (AP", "x (AP) x", "But the council said", "\"But", "\u201cBut,",
            "(But", "But;", "but:", "BUT", "\u2018However,", "'It", "It\u0300", "Meanwhile,,",
            "\"(\"but", "but\"", "\u201c\u201d", ",,,", "but\u2028", "but,\u2028", "\u212a",
            "\u0130t", "So", "s\u00f6", "He\u00a0said", "He\u2003said", "\u2003He said",
            "He said\u2003", "\tHe said\n", "x\u000bsaid", "x\u001csaid", "said\u200b",
            "\u200bsaid", "said\u200d", "a_b said_c", "9said", "said9", "\u0660said", "said\u0660",
            "\u2167said", "\u00b2said", "\u00aasaid", "\u02b0said", "\u0903said");
    for (String text : cases) {
      assertScansAgree(text);
    }
  }

  @Test
  void scans_agree_with_the_regular_expressions_on_random_text() {
    // Pieces of the patterns, their near misses, and characters on both sides of every rule.
    String[] pieces = {
      "said", "says", "told", "according", "to", "stated", "added", "I", "We", "we", "our", "my",
      "me", "us", "US", "U.S.", "http", "https", ":", "www", ".", "@", "_", "\u00a9", "click",
      "PHOTO", "subscribe", "Newsletter", "copyright", "read", "more", "sign", "up", "follow", "(",
      ")", "AP", "afp", "Reuters", "upi", "associated", "press", "agence", "france", "But", "he",
      "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", ",", ";", "?", "1", "2025", "\u00e9",
      "\u00df", "\u0301", "\ud835\udc00", "\ud834\udd67", "\u212a", "\u017f", "\u0660", "-", "x"
    };
    String[] gaps = {"", "", "", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u2028"};
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(8);
      for (int k = 0; k < parts; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        text.append(gaps[random.nextInt(gaps.length)]);
      }
      assertScansAgree(text.toString());
    }
  }

  @Test
  void scans_and_features_agree_with_the_regular_expressions_on_real_sentences()
      throws IOException {
    Path multiNews = shared("datasets/multinews/multinews.val.jsonl.gz");
    Path duc = shared("datasets/duc2004/duc2004.task2.jsonl.gz");
    int sentences = checkClusters(multiNews, 300) + checkClusters(duc, Integer.MAX_VALUE);
    assertThat(sentences).isGreaterThan(10_000);
  }

  private static Path shared(String relative) {
    String shared = System.getProperty("chorus.shared");
    Path path = shared == null ? null : Path.of(shared, relative);
    assumeTrue(
        path != null && Files.exists(path),
        relative + " not found (system property chorus.shared=" + shared + "): test skipped");
    return path;
  }

  /** Checks every sentence of the first {@code count} clusters; returns how many there were. */
  private static int checkClusters(Path file, int count) throws IOException {
    List<ClusterRecord> clusters = new ArrayList<>();
    try (Stream<IngestResult<ClusterRecord>> lines = new ClusterReader().read(file)) {
      lines
          .limit(count)
          .forEach(line -> clusters.add(((IngestResult.Ingested<ClusterRecord>) line).value()));
    }
    int sentences = 0;
    for (ClusterRecord cluster : clusters) {
      for (Article article : cluster.story().articles()) {
        String top = article.text().substring(0, Math.min(article.text().length(), 300));
        assertScansAgree(top);
      }
      AnalyzedStory story = PIPELINE.analyze(cluster.story());
      for (AnalyzedSentence sentence : story.sentences()) {
        assertScansAgree(sentence.text());
        assertScansAgree(sentence.text().strip());
        sentences++;
      }
      assertFeaturesAgree(story);
    }
    return sentences;
  }

  /** The feature columns the scans compute equal those of the original code. */
  private static void assertFeaturesAgree(AnalyzedStory story) {
    SentenceFeatures.Matrix m = SentenceFeatures.of(story);
    List<String> names = SentenceFeatures.NAMES;
    for (int k = 0; k < m.sentences().length; k++) {
      AnalyzedSentence sentence = story.sentences().get(m.sentences()[k]);
      String text = sentence.text().strip();
      if (!referenceApplies(text)) {
        continue;
      }
      String[] words = text.split("\\s+");
      int numbers = 0;
      for (String word : words) {
        if (NUMBER.matcher(word).find()) {
          numbers++;
        }
      }
      double count = Math.max(1, words.length);
      double[] row = m.rows()[k];
      String id = story.story().id() + " sentence " + m.sentences()[k];
      assertThat(row[names.indexOf("numbers")]).as(id).isEqualTo(numbers / count);
      assertThat(row[names.indexOf("says")]).as(id).isEqualTo(SAYS.matcher(text).find() ? 1 : 0);
      assertThat(row[names.indexOf("first_person")])
          .as(id)
          .isEqualTo(FIRST_PERSON.matcher(text).find() ? 1 : 0);
      assertThat(row[names.indexOf("context_opener")])
          .as(id)
          .isEqualTo(oldOpensWithContextWord(words) ? 1 : 0);
      assertThat(row[names.indexOf("web")]).as(id).isEqualTo(WEB.matcher(text).find() ? 1 : 0);
      assertThat(row[names.indexOf("content_ratio")])
          .as(id)
          .isEqualTo(Math.min(1.0, sentence.terms().size() / count));
      String article = story.story().articles().get(sentence.documentIndex()).text();
      String top = article.substring(0, Math.min(article.length(), 300));
      if (referenceApplies(top)) {
        assertThat(row[names.indexOf("wire_article")])
            .as(id)
            .isEqualTo(WIRE_DATELINE.matcher(top).find() ? 1 : 0);
      }
    }
  }
}
