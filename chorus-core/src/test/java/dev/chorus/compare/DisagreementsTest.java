package dev.chorus.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementsTest {

  @Test
  void vague_magnitudes_that_differ_disagree() {
    StoryComparison c =
        Stories.compare(
            "Putin has massed tens of thousands of troops along the border with Ukraine.",
            "Russia has amassed thousands of troops at the border with Ukraine.");
    assertThat(c.disagreements()).hasSize(1);
    Disagreement d = c.disagreements().get(0);
    assertThat(d.subject()).isEqualTo("troops");
    assertThat(d.claims()).extracting(Claim::outlet).containsExactly("a", "b");
    assertThat(d.claims())
        .extracting(Claim::phrase)
        .containsExactly("tens of thousands of troops", "thousands of troops");
    Claim first = d.claims().get(0);
    assertThat(first.span().of(first.sentence())).isEqualTo(first.phrase());
  }

  @Test
  void claims_span_the_phrase_in_the_article() {
    String b = "Talks began. Russia has amassed thousands of troops at the border with Ukraine.";
    StoryComparison c =
        Stories.compare(
            "Putin has massed tens of thousands of troops along the border with Ukraine.", b);
    Claim claim = c.disagreements().get(0).claims().get(1);
    assertThat(claim.documentId()).isEqualTo("b");
    assertThat(claim.span().of(b)).isEqualTo("thousands of troops");
  }

  @Test
  void exact_numbers_that_differ_disagree() {
    StoryComparison c =
        Stories.compare(
            "At least 10 people have been killed in Kandahar during the protests.",
            "Eight people were killed in Kandahar as the protests went on.");
    assertThat(c.disagreements()).hasSize(1);
    assertThat(c.disagreements().get(0).claims())
        .extracting(Claim::phrase)
        .containsExactly("At least 10 people", "Eight people");
  }

  @Test
  void spelling_variants_are_not_disagreements() {
    StoryComparison c =
        Stories.compare(
            "The sanctions could target Russian industrial sectors, including defence and civil "
                + "aviation.",
            "The sanctions could target Russian industrial sectors, including defense and civil "
                + "aviation.");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void one_number_in_two_forms_agrees() {
    StoryComparison c =
        Stories.compare(
            "The Pentagon has 6,000 troops deployed in Eastern Europe.",
            "The Pentagon has six thousand troops deployed in Eastern Europe.",
            "The Pentagon has about 6,000 troops deployed in Eastern Europe.");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void different_subjects_sharing_a_noun_are_not_compared() {
    StoryComparison c =
        Stories.compare(
            "There are about 6,000 U.S. troops deployed in Eastern Europe.",
            "Moscow has 100,000 Russian troops waiting at the border.",
            "Moscow keeps 100,000 troops waiting at the border with Ukraine.",
            "About 6,000 troops of the United States are deployed in Eastern Europe.");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void lists_of_numbers_are_not_matched_across_articles() {
    StoryComparison c =
        Stories.compare(
            "Of people in open relationships 71 % were satisfied, compared to 82 % of people in "
                + "monogamous ones.",
            "Among monogamous couples 82 % were satisfied, against 71 % of people in open "
                + "relationships.");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void an_article_that_writes_both_numbers_does_not_disagree() {
    StoryComparison c =
        Stories.compare(
            "About 1,750 black rhinos live in Namibia, out of a global population of 4,800.",
            "The world's 4,800 black rhinos live in Namibia and South Africa.");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void durations_are_left_out() {
    StoryComparison c =
        Stories.compare(
            "Four years later, Robinson gave Alexander a kidney.",
            "Three years later, Robinson gave Alexander a kidney.");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void copies_of_one_outlet_do_not_disagree_with_each_other() {
    var story =
        Stories.of(
            "Putin has massed tens of thousands of troops along the border with Ukraine.",
            "Russia has amassed thousands of troops at the border with Ukraine.");
    StoryComparison c = new StoryComparer().compare(story, article -> "Wire");
    assertThat(c.disagreements()).isEmpty();
  }

  @Test
  void syndicated_copies_are_all_listed() {
    String wire = "Putin has massed tens of thousands of troops along the border with Ukraine.";
    StoryComparison c =
        Stories.compare(
            wire, wire, "Russia has amassed thousands of troops at the border with Ukraine.");
    assertThat(c.disagreements()).hasSize(1);
    List<Claim> claims = c.disagreements().get(0).claims();
    assertThat(claims).extracting(Claim::outlet).containsExactly("a", "b", "c");
  }
}
