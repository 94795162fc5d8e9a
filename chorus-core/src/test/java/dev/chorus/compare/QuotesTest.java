package dev.chorus.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotesTest {

  private static Quote only(StoryComparison c) {
    assertThat(c.quotes()).hasSize(1);
    return c.quotes().get(0);
  }

  @Test
  void speaker_before_the_verb_after_the_quotation() {
    String text = "“This is one area where we may be able to reach an understanding,” the "
        + "official told reporters.";
    Quote q = only(Stories.compare(text));
    assertThat(q.text())
        .isEqualTo("This is one area where we may be able to reach an understanding");
    assertThat(q.speaker()).isEqualTo("the official");
    assertThat(q.span().of(text)).isEqualTo(q.text());
    assertThat(q.outlet()).isEqualTo("a");
    assertThat(q.documentId()).isEqualTo("a");
    assertThat(q.outlets()).containsExactly("a");
  }

  @Test
  void speaker_after_the_verb_and_appositives_cut() {
    assertThat(only(Stories.compare(
        "\"We are seeing historic sales across all of our accounts,\" said Sonny Mehta, editor "
            + "in chief of Knopf.")).speaker()).isEqualTo("Sonny Mehta");
    assertThat(only(Stories.compare(
        "\"We claim responsibility for this operation as vengeance,\" Nasser al-Ansi, an AQAP "
            + "ideologue, said in the recording.")).speaker()).isEqualTo("Nasser al-Ansi");
    // "told" is followed by the listener, not the speaker.
    assertThat(only(Stories.compare(
        "\"We will not accept any of these demands at all,\" told reporters on Monday."))
        .speaker()).isNull();
  }

  @Test
  void speaker_before_the_quotation() {
    assertThat(only(Stories.compare(
        "Additionally, the official said that the U.S. is “willing to explore the possibility of "
            + "reciprocal restrictions” on exercises.")).speaker()).isEqualTo("the official");
    assertThat(only(Stories.compare(
        "Mayor Anna Kowalski said: \"The bridge will reopen before the end of the month.\""))
        .speaker()).isEqualTo("Mayor Anna Kowalski");
    assertThat(only(Stories.compare(
        "The plan is \"dead on arrival in the Senate this year,\" according to Senator Jane Roe."))
        .speaker()).isEqualTo("Senator Jane Roe");
  }

  @Test
  void he_and_she_resolve_to_the_last_named_speaker_only() {
    StoryComparison c =
        Stories.compare(
            "\"The bridge will reopen before the end of the month,\" Mayor Anna Kowalski said. "
                + "Later she was asked again. \"We have all the steel we need for the repairs,\" "
                + "she said.");
    assertThat(c.quotes()).extracting(Quote::speaker)
        .containsExactly("Mayor Anna Kowalski", "Mayor Anna Kowalski");
    StoryComparison unnamed =
        Stories.compare(
            "\"The bridge will reopen before the end of the month,\" he said. \"Nobody will be "
                + "charged for the repairs this year,\" they said.");
    assertThat(unnamed.quotes()).extracting(Quote::speaker).containsExactly(null, null);
  }

  @Test
  void continued_quotations_keep_their_speaker() {
    String text =
        "\"Any discussion of those areas would have to be reciprocal,\" the official said. "
            + "\"Both sides would need to make the same commitment.\"\n"
            + "\"We want them to put all of their concerns on the table.\"\n\n"
            + "Other news followed. \"Nobody knows what the Kremlin will decide next week.\"";
    StoryComparison c = Stories.compare(text);
    assertThat(c.quotes()).extracting(Quote::speaker)
        .containsExactly("the official", "the official", "the official", null);
  }

  @Test
  void short_quotations_and_scare_quotes_are_left_out() {
    assertThat(Stories.compare("The \"start high, stay high\" approach was praised.").quotes())
        .isEmpty();
    assertThat(Stories.compare("No quotation marks at all in this sentence here.").quotes())
        .isEmpty();
    assertThat(Stories.compare("").quotes()).isEmpty();
  }

  @Test
  void a_lost_opening_mark_quotes_from_the_paragraph_start() {
    String text = "Intro line here.\nRussia has said it feels threatened by the missiles,” a "
        + "senior official said.";
    Quote q = only(Stories.compare(text));
    assertThat(q.text()).isEqualTo("Russia has said it feels threatened by the missiles");
    assertThat(q.speaker()).isEqualTo("a senior official");
  }

  @Test
  void copies_across_outlets_are_merged_with_all_outlets() {
    String wire = "\"So this is one area where we may be able to reach an understanding,\" the "
        + "official said.";
    String longer = "“Russia has said it feels threatened. So, this is one area where we may be "
        + "able to reach an understanding,” the official told reporters.";
    var story = Stories.of(wire, "Unrelated text about the weather today.", longer);
    StoryComparison c =
        new StoryComparer().compare(story, Map.of("a", "AP", "b", "Weather", "c", "The Hill"));
    Quote q = only(c);
    assertThat(q.outlets()).containsExactly("AP", "The Hill");
    assertThat(q.outlet()).isEqualTo("The Hill");
    assertThat(q.documentId()).isEqualTo("c");
    assertThat(q.text()).startsWith("Russia has said");
    assertThat(q.span().of(longer)).isEqualTo(q.text());
  }

  @Test
  void quotations_in_text_that_cleaning_dropped_are_left_out() {
    // #6: an embedded tweet is dropped by cleaning, and so is its quotation.
    String text =
        "The talks begin on Monday in Geneva, officials said on Saturday.\n\n"
            + "“if Russia does choose this other path, we are more than ready to impose costs” "
            + "https://t.co/QZMc5je0Dj\n"
            + "— Sarah Reese Jones (@PoliticusSarah) January 8, 2022\n\n"
            + "\"We will meet them at the table with open eyes,\" the official said.";
    Story story = new Story("s", List.of(Article.of("a", text)));
    StoryComparison c =
        new StoryComparer().compare(Pipeline.english().analyze(story), Article::id);
    assertThat(c.quotes()).extracting(Quote::text)
        .containsExactly("We will meet them at the table with open eyes");
  }
}
