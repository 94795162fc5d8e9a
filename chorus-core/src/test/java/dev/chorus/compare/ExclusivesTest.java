package dev.chorus.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.LuceneTermAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExclusivesTest {

  private static final String WIRE =
      "The Geneva talks, to be followed by other sessions next week in Brussels and Vienna, are "
          + "aimed at averting a crisis. Russia says it feels threatened by the prospect of "
          + "offensive missile systems in Ukraine. ";

  @Test
  void a_fact_only_one_outlet_gives_is_reported_for_it() {
    String b = WIRE + "There are about 6,000 U.S. forces deployed in Eastern Europe, including "
        + "about 4,000 in Poland.";
    StoryComparison c = Stories.compare(WIRE, b);
    assertThat(c.onlyIn()).hasSize(1);
    Exclusive e = c.onlyIn().get(0);
    assertThat(e.outlet()).isEqualTo("b");
    assertThat(e.documentId()).isEqualTo("b");
    assertThat(e.sentencePosition()).isEqualTo(2);
    assertThat(e.text()).contains("6,000");
    assertThat(e.span().of(b)).isEqualTo(e.text());
    assertThat(e.salience()).isPositive();
  }

  @Test
  void syndicated_copies_in_several_outlets_are_not_exclusive() {
    String wire = WIRE + "There are about 6,000 U.S. forces deployed in Eastern Europe, including "
        + "about 4,000 in Poland.";
    String other = "Talks in Geneva are aimed at averting a crisis over Ukraine, officials said.";
    assertThat(Stories.compare(wire, wire, other).onlyIn()).isEmpty();
    // The same copies under one outlet name are that outlet's alone.
    AnalyzedStory story = Stories.of(wire, wire, other);
    StoryComparison c =
        new StoryComparer().compare(story, Map.of("a", "AP", "b", "AP", "c", "Other"));
    assertThat(c.onlyIn()).extracting(Exclusive::outlet).containsOnly("AP");
    assertThat(c.onlyIn()).extracting(Exclusive::documentId).containsOnly("a");
  }

  @Test
  void a_reworded_fact_is_carried_by_the_other_outlet() {
    StoryComparison c =
        Stories.compare(
            WIRE + "The Pentagon keeps 6,000 troops in Poland and the Baltic states.",
            WIRE + "In Poland and the Baltic states the Pentagon has 6,000 soldiers stationed.");
    assertThat(c.onlyIn()).isEmpty();
  }

  @Test
  void questions_and_filler_are_not_exclusive() {
    StoryComparison c =
        Stories.compare(
            WIRE + "Will Moscow accept the offer of 6,000 Polish diplomats in Warsaw? "
                + "We want to be inclusive and open with everyone.",
            WIRE);
    assertThat(c.onlyIn()).isEmpty();
  }

  @Test
  void a_story_with_one_outlet_has_no_exclusives() {
    StoryComparison c =
        Stories.compare(WIRE + "There are about 6,000 U.S. forces deployed in Eastern Europe.");
    assertThat(c.onlyIn()).isEmpty();
    assertThat(Stories.compare().onlyIn()).isEmpty();
  }

  @Test
  void at_most_the_limit_per_outlet_most_salient_first() {
    String b =
        WIRE
            + "There are about 6,000 U.S. forces deployed in Eastern Europe, including about "
            + "4,000 in Poland. A NATO-Russia Council meeting will take place on Wednesday in "
            + "Brussels. The OSCE permanent council, which includes Russia, meets on Thursday in "
            + "Vienna. Ambassador Michael Carpenter spoke to the Washington Post about it.";
    var story = Stories.of(WIRE, b);
    StoryComparison two = new StoryComparer(new LuceneTermAnalyzer(), 2, 6)
        .compare(story, Article::id);
    assertThat(two.onlyIn()).hasSize(2);
    assertThat(two.onlyIn().get(0).salience())
        .isGreaterThanOrEqualTo(two.onlyIn().get(1).salience());
    StoryComparison all = new StoryComparer().compare(story, Article::id);
    assertThat(all.onlyIn()).hasSize(3);
  }

  @Test
  void outlets_must_be_named() {
    AnalyzedStory story = Stories.of("One.", "Two.");
    StoryComparer comparer = new StoryComparer();
    assertThatThrownBy(() -> comparer.compare(story, a -> a.id().equals("b") ? " " : "X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> comparer.compare(story, a -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> new StoryComparer(new LuceneTermAnalyzer(), 0, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }
}
