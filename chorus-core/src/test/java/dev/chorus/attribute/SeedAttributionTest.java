package dev.chorus.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.clean.CleanedStory;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #6 on the five seed articles ({@code <chorus.shared>/seeds}): files 000, 001 and 002 carry the
 * same AP wire story with small edits ("U.S." / "US", "defence" / "defense", a dropped word), 003
 * and 004 are other outlets' own reports. Every AP sentence the summary shows must be credited to
 * the other two AP files.
 */
class SeedAttributionTest {

  private static final String AP0 = "000_4f4c3af6fec04ba5";
  private static final String AP1 = "001_8b78feb1611e0eb2";
  private static final String AP2 = "002_1cd65cf2135fe1ee";

  /**
   * AP sentences and their copies in the three AP files, checked by reading (spans in each file;
   * the text is not copied here). Each row is the same sentence with at most a few words changed.
   */
  private static final List<Map<String, Span>> AP_COPIES =
      List.of(
          // The official will not discuss limits on U.S. troop deployments ("U.S." / "US").
          Map.of(AP0, new Span(943, 1168), AP1, new Span(216, 436), AP2, new Span(0, 234)),
          // Biden's warning of economic consequences (one "that" dropped).
          Map.of(AP0, new Span(1170, 1326), AP1, new Span(437, 588), AP2, new Span(478, 629)),
          // A restriction that could target Russian industrial sectors ("defence" / "defense").
          Map.of(AP0, new Span(1419, 1708), AP1, new Span(678, 973), AP2, new Span(1784, 2079)),
          // Troops massed along the border ("amassed" / "massed").
          Map.of(AP0, new Span(1846, 1955), AP1, new Span(1091, 1199), AP2, new Span(1034, 1142)),
          // Russia feels threatened by possible missile deployments in Ukraine.
          Map.of(AP0, new Span(2506, 2682), AP1, new Span(1750, 1935), AP2, new Span(721, 916)),
          // The 2019 withdrawal from the INF treaty (Trump's title worded three ways).
          Map.of(AP0, new Span(3297, 3463), AP1, new Span(2522, 2683), AP2, new Span(1463, 1609)));

  private static Story seeds;
  private static CleanedStory prepared;

  @BeforeAll
  static void load() throws Exception {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(
        shared != null && Files.isDirectory(Path.of(shared, "seeds")),
        "skipped: -Dchorus.shared=<dir> with the seed articles in seeds/ is needed (was "
            + shared
            + ")");
    seeds = Calibration.loadStories(Path.of(shared), List.of(Calibration.SEEDS)).get("seeds");
    prepared = Pipeline.english().prepare(seeds);
  }

  @Test
  void every_ap_sentence_is_credited_to_the_other_ap_copies() {
    AnalyzedStory story = prepared.analyzed();
    Attributor attributor = Attributor.lexical();
    for (Map<String, Span> row : AP_COPIES) {
      for (Map.Entry<String, Span> selected : row.entrySet()) {
        Summary summary =
            AttributorTest.summaryOf(
                story, sentence(story, selected.getKey(), selected.getValue()));

        List<Support> supports = attributor.attribute(story, summary).get(0).supports();

        assertThat(supports.get(0).match()).isEqualTo(Match.SELECTED);
        for (Map.Entry<String, Span> copy : row.entrySet()) {
          if (!copy.getKey().equals(selected.getKey())) {
            assertThat(supports)
                .as("%s %s credited to %s", selected.getKey(), selected.getValue(), copy.getKey())
                .anySatisfy(
                    s -> {
                      assertThat(s.documentId()).isEqualTo(copy.getKey());
                      assertThat(s.span()).isEqualTo(copy.getValue());
                      assertThat(s.match()).isIn(Match.VERBATIM, Match.NEAR_DUPLICATE);
                    });
          }
        }
      }
    }
  }

  @Test
  void the_auto_summary_credits_its_ap_sentences_and_every_support_is_exact() {
    Summary summary =
        Pipeline.english().summarize(prepared, Budget.words(120), Summarizers.byName("auto"));
    List<AttributedSentence> attributed =
        Attributor.lexical().attribute(prepared.analyzed(), summary);

    assertThat(attributed).hasSameSizeAs(summary.sentences());
    int apSentences = 0;
    for (AttributedSentence a : attributed) {
      Sentence selected = a.sentence().selected();
      assertThat(a.supports().get(0).documentId()).isEqualTo(selected.documentId());
      assertThat(a.supports().get(0).span()).isEqualTo(selected.span());
      Set<String> documents = new HashSet<>();
      for (Support s : a.supports()) {
        assertThat(documents.add(s.documentId())).isTrue();
        assertThat(s.span().of(seeds.article(s.documentId()).text())).isEqualTo(s.text());
      }
      for (Map<String, Span> row : AP_COPIES) {
        if (selected.span().equals(row.get(selected.documentId()))) {
          apSentences++;
          row.forEach(
              (document, span) ->
                  assertThat(a.supports())
                      .anySatisfy(
                          s -> {
                            assertThat(s.documentId()).isEqualTo(document);
                            assertThat(s.span()).isEqualTo(span);
                          }));
        }
      }
    }
    // The summary does show AP sentences: otherwise this test would check nothing.
    assertThat(apSentences).isPositive();
  }

  @Test
  void the_rewritten_ap_lead_is_found_as_a_paraphrase() {
    // 000's sentence on the U.S. and allies being prepared to discuss restricting exercises and
    // missile deployments is verbatim in 002, and 001 opens with a rewrite of it. 001 also has a
    // shorter sentence on restricting exercises only, whose terms the sentence contains: a
    // near-duplicate, but less similar than the rewrite, which says all of it.
    AnalyzedStory story = prepared.analyzed();
    Summary summary = AttributorTest.summaryOf(story, sentence(story, AP0, new Span(699, 941)));

    List<Support> supports = Attributor.lexical().attribute(story, summary).get(0).supports();

    assertThat(supports)
        .filteredOn(s -> s.documentId().equals(AP2))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.span()).isEqualTo(new Span(235, 477));
              assertThat(s.match()).isEqualTo(Match.VERBATIM);
            });
    assertThat(supports)
        .filteredOn(s -> s.documentId().equals(AP1))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.span()).isEqualTo(new Span(0, 215));
              assertThat(s.match()).isEqualTo(Match.PARAPHRASE);
            });
  }

  private static Sentence sentence(AnalyzedStory story, String documentId, Span span) {
    for (AnalyzedSentence s : story.sentences()) {
      if (s.sentence().documentId().equals(documentId) && s.sentence().span().equals(span)) {
        return s.sentence();
      }
    }
    throw new AssertionError("no sentence " + documentId + " " + span + " (offsets drifted?)");
  }
}
