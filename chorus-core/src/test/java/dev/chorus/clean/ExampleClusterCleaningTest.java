package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ArticleLoader;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #4: the planted noise of {@code examples/harbor-bridge-closure} (listed in examples/README.md)
 * is removed, and its facts, its "only in" details and its label lines are kept. The HTML page is
 * judged by what ingest extracts from it, which may be the whole visible page.
 */
class ExampleClusterCleaningTest {

  private static final List<String> PLANTED_NOISE =
      List.of(
          "(Jane Doe/Meridian Press)",
          "Copyright ©",
          "Please read our comment policy",
          "Click to Read More and View Comments",
          "Weather Alert: Gale warning",
          "By Elliot Marsh",
          "Published March 12, 2026 at 4:45 PM",
          "(Coastline 9 News)",
          "@BrindlecoveGov",
          "t.co/",
          "Coastline 9 will carry the council meeting",
          "Check our Traffic page",
          "Share on Facebook",
          "Most Popular",
          "Gale warning issued",
          "Brindlecove High wins",
          "New food hall opens",
          "missing kayaker",
          "Weekend events",
          "Load more",
          "Raw video",
          "First Alert Forecast",
          "See all Video",
          "About Coastline 9",
          "Privacy Policy",
          "Terms of Use",
          "Public Inspection File",
          "All rights reserved",
          "- The Example Times - Saturday",
          "[WATCH/COMMENTARY]",
          "Tags Brindlecove",
          "Getty Images",
          "Advertisement",
          "Updated at 2:18",
          "can be reached at");

  /** Facts F1–F9, details only one outlet has, and 05's label lines: all must stay. */
  private static final List<String> CONTENT =
      List.of(
          "closed the Halvard Harbor Bridge to all traffic",
          "15-inch crack",
          "14,000 vehicles",
          "at least three months",
          "about three weeks",
          "$18 million",
          "25 minutes at rush hour",
          "every 20 minutes",
          "I will not ask a single family",
          "The margin of safety we design for is gone on that beam",
          "St. Aldric",
          "Zoë Fairweather",
          "emergency session on Monday, March 16, at 7 p.m.",
          "$6.5 million",
          "Harborview Elementary",
          "Driving: The official detour",
          "Ferry: Brindlecove Regional Transit",
          "School buses: Buses",
          "Shops: Most Cannery Wharf businesses");

  private static CleanedStory cleaned;
  private static String keptText;

  @BeforeAll
  static void clean() {
    Path dir =
        Path.of(System.getProperty("chorus.root", "..")).resolve("examples/harbor-bridge-closure");
    assumeTrue(Files.isDirectory(dir), "example cluster not found at " + dir);
    Story story = ArticleLoader.toStory(List.of(dir), new ArticleLoader().load(List.of(dir)));
    cleaned = StoryCleaner.english().clean(story);
    keptText =
        cleaned.analyzed().sentences().stream()
            .map(AnalyzedSentence::text)
            .collect(Collectors.joining("\n"));
  }

  @Test
  void planted_noise_is_gone() {
    for (String noise : PLANTED_NOISE) {
      assertThat(keptText).as("planted noise").doesNotContain(noise);
    }
  }

  @Test
  void facts_details_and_label_lines_are_kept() {
    for (String content : CONTENT) {
      assertThat(keptText).as("article content").contains(content);
    }
  }

  @Test
  void the_clean_control_loses_nothing_and_no_document_is_off_topic() {
    assertThat(cleaned.report().dropped())
        .noneMatch(d -> d.documentId().equals("01_wire_service"));
    assertThat(cleaned.report().offTopicDocuments()).isEmpty();
    assertThat(cleaned.report().relevance()).hasSize(5);
  }
}
