package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeResourcesTest {

  private static RougeResources official() throws IOException {
    String shared = System.getProperty("chorus.shared");
    Path dir = shared == null ? null : Path.of(shared, "rouge-data");
    assumeTrue(
        dir != null && Files.isDirectory(dir),
        "ROUGE data not found (system property chorus.shared=" + shared + ")");
    return RougeResources.load(dir);
  }

  @Test
  void later_lists_overwrite_earlier_ones_in_the_order_adj_adv_noun_verb() throws IOException {
    RougeResources resources = official();
    assertThat(resources.exception("better")).isEqualTo("well"); // adj "good", adv "well"
    assertThat(resources.exception("best")).isEqualTo("well");
    assertThat(resources.exception("testes")).isEqualTo("testes"); // noun "testis", verb
    assertThat(resources.exception("offer")).isEqualTo("offer"); // second line of adj.exc
    assertThat(resources.exception("children")).isEqualTo("child");
    assertThat(resources.exception("ran")).isEqualTo("run");
    assertThat(resources.exception("table")).isNull();
    assertThat(resources.isStopword("the")).isTrue();
    assertThat(resources.isStopword("reuters")).isTrue();
    assertThat(resources.isStopword("storm")).isFalse();
    // 598 lines, two of them repeated.
    assertThat(resources.stopwordCount()).isEqualTo(596);
  }

  @Test
  void official_lists_stem_better_to_well_but_leave_ran_alone() throws IOException {
    RougeScorer scorer =
        new RougeScorer(RougeOptions.fromOfficialFlags("-n", "1", "-m"), official());
    // better -> well and children -> child match. "ran" has 3 letters: not looked up, so it
    // stays "ran". mice -> mouse, but the base form is not stemmed again while "mouse" itself
    // is Porter-stemmed to "mous": no match, as in the script.
    assertThat(
            scorer
                .score(
                    List.of("better children mice ran"), List.of(List.of("well child mouse run")))
                .get("ROUGE-1")
                .recall())
        .isEqualTo(0.5);
    assertThat(Rouge155Porter.stem("mouse")).isEqualTo("mous");
  }

  @Test
  void loads_lists_from_a_directory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("smart_common_words.txt"), "the\nof\n");
    Files.writeString(dir.resolve("adj.exc"), "better good well\n");
    Files.writeString(dir.resolve("adv.exc"), "better well\n");
    Files.writeString(dir.resolve("noun.exc"), "mice mouse\n");
    Files.writeString(dir.resolve("verb.exc"), "");
    RougeResources resources = RougeResources.load(dir);
    assertThat(resources.exception("better")).isEqualTo("well");
    assertThat(resources.exception("mice")).isEqualTo("mouse");
    assertThat(resources.isStopword("of")).isTrue();
    assertThat(resources.exceptionCount()).isEqualTo(2);
  }

  @Test
  void names_the_missing_file_or_bad_line(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> RougeResources.load(dir.resolve("nope")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nope");
    Files.writeString(dir.resolve("smart_common_words.txt"), "the\n");
    assertThatThrownBy(() -> RougeResources.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("adj.exc");
    Files.writeString(dir.resolve("adj.exc"), "ok fine\nlonely\n");
    assertThatThrownBy(() -> RougeResources.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("adj.exc:2");
  }

  @Test
  void in_memory_lists() {
    RougeResources resources = RougeResources.of(java.util.Set.of("a"), Map.of("geese", "goose"));
    assertThat(resources.exception("geese")).isEqualTo("goose");
    assertThat(RougeResources.empty().stopwordCount()).isZero();
  }
}
