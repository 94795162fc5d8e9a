package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.extract.ExtractionMetric.BenchmarkScore;
import java.io.IOException;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our extractor and Readability4J on the 181 pages of the article-extraction benchmark (#4),
 * scored with {@link ExtractionMetric}. Skipped when {@code ../shared} is absent. The numbers are
 * recorded in {@code docs/extraction.md}; the peers' published scores are reproduced in {@link
 * ExtractionMetricTest}.
 */
class ExtractionBenchmarkTest {

  private static BenchmarkData data;

  @BeforeAll
  static void load() throws IOException {
    data = BenchmarkData.loadOrSkip();
  }

  private static BenchmarkScore run(String name, Function<String, String> extractor) {
    BenchmarkScore score = data.score(id -> extractor.apply(data.html(id)));
    System.out.printf(
        "%s: F1 %.4f P %.4f R %.4f accuracy %.4f (%d pages)%n",
        name, score.f1(), score.precision(), score.recall(), score.accuracy(), score.pages());
    return score;
  }

  @Test
  void ours_beats_the_best_published_score_with_default_options() {
    MainContentExtractor extractor = new MainContentExtractor();

    BenchmarkScore score = run("ours (default)", html -> extractor.extract(Jsoup.parse(html)));

    // #4 asks for F1 >= 0.96 and names rs_trafilatura's 0.970 as the bar to beat; measured
    // 0.9721 (P 0.9713, R 0.9730) on 2026-11-23.
    assertThat(score.pages()).isEqualTo(181);
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.970);
  }

  @Test
  void keeping_social_embeds_as_the_benchmark_counts_them_scores_higher() {
    MainContentExtractor extractor =
        new MainContentExtractor(new MainContentExtractor.Options(true));

    BenchmarkScore score =
        run("ours (keepSocialEmbeds)", html -> extractor.extract(Jsoup.parse(html)));

    // The benchmark's bodies include embedded tweets. Measured 0.9748 (P 0.9715, R 0.9782).
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.972);
  }

  @Test
  void readability4j_scores_below_ours() {
    BenchmarkScore readability =
        run(
            "Readability4J 1.0.8",
            html -> {
              String text = new Readability4J("", html).parse().getTextContent();
              return text == null ? "" : text;
            });
    MainContentExtractor extractor = new MainContentExtractor();
    BenchmarkScore ours = data.score(id -> extractor.extract(Jsoup.parse(data.html(id))));

    // Measured 0.9378 (P 0.9018, R 0.9768): the reason production uses our extractor.
    assertThat(readability.f1()).isLessThan(ours.f1());
  }
}
