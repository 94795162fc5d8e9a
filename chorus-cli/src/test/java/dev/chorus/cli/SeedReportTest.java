package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.cli.SummarizeCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #6 on the real seed cluster: {@code chorus report ../shared/seeds --format json} with the
 * outlet names of {@code examples/seeds.sources.tsv}.
 *
 * <p>The expected outlets of each summary sentence were found by reading all five articles
 * (2026-11-24): an outlet is expected when one of its sentences states the summary sentence's main
 * claim, as in docs/attribution.md. Sentences are keyed by their selected source (document,
 * sentence position), so that a change of the summary fails here until someone reads the new
 * sentences and extends the table. The attributor must never credit an outlet outside the table
 * (precision 1); paraphrases it misses are allowed up to the measured recall below.
 */
class SeedReportTest {

  private static final Path ROOT = Path.of(System.getProperty("chorus.root", ".."));
  private static final String AP_A = "000_4f4c3af6fec04ba5";
  private static final String AP_B = "001_8b78feb1611e0eb2";
  private static final String POLITICUS = "PoliticusUSA";
  private static final String HILL = "The Hill";
  private static final String TIMES = "The Washington Times";

  /** (selected document, sentence position) → every outlet that states the same claim. */
  private static final Map<String, Set<String>> EXPECTED =
      Map.of(
          // Troops and force posture are not on the table (AP); The Hill quotes the official
          // saying troop numbers and force posture are "not on the table".
          "002_1cd65cf2135fe1ee#0", Set.of(POLITICUS, AP_A, AP_B, HILL),
          // Willing to negotiate on missile placements and military exercises: every outlet
          // leads with this claim.
          "004_41fce96bdadc8c99#0", Set.of(TIMES, POLITICUS, HILL, AP_A, AP_B),
          // The same claim in the Reuters wording that 000 and PoliticusUSA print.
          "000_4f4c3af6fec04ba5#1", Set.of(AP_A, AP_B, POLITICUS, HILL, TIMES),
          // A line of an ambassador's quotation that only The Hill prints.
          "003_1dfbfbdb0a5b1e2b#18", Set.of(HILL));

  private static JsonNode report;

  @BeforeAll
  static void runReport() throws IOException {
    Path seeds = Path.of(System.getProperty("chorus.shared", "../../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "seed cluster not found at " + seeds + "; skipped");
    Run run =
        SummarizeCommandTest.run(
            "report", "--format", "json", "--sources",
            ROOT.resolve("examples/seeds.sources.tsv").toString(), seeds.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    report = new ObjectMapper().readTree(run.out());
  }

  @Test
  void every_credited_outlet_states_the_sentence_and_the_wire_copies_are_all_found() {
    int expected = 0;
    int found = 0;
    for (JsonNode sentence : report.get("sentences")) {
      JsonNode selected = sentence.get("sources").get(0);
      String key = selected.get("document").asText() + "#" + selected.get("sentence").asInt();
      assertThat(EXPECTED)
          .as("summary sentence %s is new: read the articles and add its outlets", key)
          .containsKey(key);
      Set<String> outlets = new LinkedHashSet<>();
      sentence.get("sources").forEach(s -> outlets.add(s.get("outlet").asText()));
      assertThat(EXPECTED.get(key)).as(key).containsAll(outlets);
      expected += EXPECTED.get(key).size();
      found += outlets.size();
    }
    // Measured 2026-11-24: 11 of the 15 expected credits (MiniLM at its calibrated threshold
    // misses The Hill's "not on the table" quote and the rewordings of the missiles-and-exercises
    // lead); see docs/attribution.md.
    assertThat((double) found / expected).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void the_ap_posture_sentence_credits_both_wire_copies_with_their_offsets() {
    JsonNode posture = sentenceKeyed("002_1cd65cf2135fe1ee#0");
    Set<String> copies = new LinkedHashSet<>();
    for (JsonNode source : posture.get("sources")) {
      String match = source.get("match").asText();
      if (match.equals("verbatim") || match.equals("near_duplicate")) {
        copies.add(source.get("outlet").asText());
        assertThat(source.get("end").asInt()).isGreaterThan(source.get("start").asInt());
      }
    }
    assertThat(copies).containsExactlyInAnyOrder(AP_A, AP_B);
  }

  @Test
  void only_in_and_the_troop_count_disagreement() {
    String onlyIn = report.get("onlyIn").toString();
    assertThat(report.get("onlyIn").findValuesAsText("outlet")).contains(TIMES, HILL);
    assertThat(onlyIn).contains("about 4,000 in Poland").contains("NATO-Russia Council");
    JsonNode troops = null;
    for (JsonNode d : report.get("disagreements")) {
      if (d.toString().contains("tens of thousands of troops")) {
        troops = d;
      }
    }
    assertThat(troops).as(report.get("disagreements").toString()).isNotNull();
    Set<String> phrases = new LinkedHashSet<>(troops.findValuesAsText("phrase"));
    assertThat(phrases).contains("tens of thousands of troops", "thousands of troops");
    assertThat(report.get("disagreements").toString().toLowerCase()).doesNotContain("defence");
  }

  private static JsonNode sentenceKeyed(String key) {
    for (JsonNode sentence : report.get("sentences")) {
      JsonNode selected = sentence.get("sources").get(0);
      if ((selected.get("document").asText() + "#" + selected.get("sentence").asInt()).equals(key)) {
        return sentence;
      }
    }
    throw new AssertionError("no summary sentence " + key + " in " + report.get("sentences"));
  }
}
