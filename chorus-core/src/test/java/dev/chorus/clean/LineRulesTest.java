package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineRulesTest {

  private static final Set<CleaningRule> ALL = EnumSet.allOf(CleaningRule.class);

  /** The rule that drops {@code line} as a stand-alone paragraph, or null. */
  private static CleaningRule rule(String line) {
    Finding f = LineRules.classify(line, true, null, null, ALL);
    return f == null ? null : f.rule();
  }

  /** "rule:line text" for every dropped line of {@code text}. */
  private static List<String> dropped(String text, String title, String outlet) {
    return LineRules.find(text, title, outlet, ALL).stream()
        .map(f -> f.rule().id() + ":" + f.span().of(text))
        .toList();
  }

  @Test
  void tweet_attribution_lines_are_dropped_with_the_tweet_above_them() {
    String text =
        "The talks begin Monday.\n"
            + "No trades, no deals, no concessions. Key meeting for a signal.\n"
            + "— Michael McFaul (@McFaul) January 7, 2022\n"
            + "The talks end Friday.\n";
    assertThat(dropped(text, null, null))
        .containsExactly(
            "tweet-text:No trades, no deals, no concessions. Key meeting for a signal.",
            "tweet-attribution:— Michael McFaul (@McFaul) January 7, 2022");
  }

  @Test
  void the_tweet_text_is_found_above_link_lines_and_blank_lines() {
    String text =
        "Body sentence one.\n\n\"A quoted tweet.\"\nBy @someone https://t.co/5OfwnpPSTH\n\n"
            + "— D.C. ☮️ (@DavisColby) January 7, 2022\n\nBody sentence two.";
    assertThat(dropped(text, null, null))
        .containsExactly(
            "tweet-text:\"A quoted tweet.\"",
            "link-dense:By @someone https://t.co/5OfwnpPSTH",
            "tweet-attribution:— D.C. ☮️ (@DavisColby) January 7, 2022");
  }

  @Test
  void a_tweet_attribution_at_the_start_has_no_text_to_drop() {
    assertThat(dropped("— Jane (@jane) May 1, 2020\nBody.", null, null))
        .containsExactly("tweet-attribution:— Jane (@jane) May 1, 2020");
  }

  @Test
  void datelines_and_time_stamps() {
    assertThat(rule("- The Washington Times - Saturday, January 8, 2022"))
        .isEqualTo(CleaningRule.DATELINE);
    assertThat(rule("— Updated at 2:18 p.m.")).isEqualTo(CleaningRule.DATELINE);
    assertThat(rule("Published March 12, 2026 at 4:45 PM")).isEqualTo(CleaningRule.DATELINE);
    // A sentence with a date is no dateline: "is" is not an outlet's name.
    assertThat(rule("Election Day is November 3, 2026.")).isNull();
    // A weekday alone is no time stamp.
    assertThat(rule("See you Monday.")).isNull();
  }

  @Test
  void credits_and_captions_ending_in_a_credit() {
    assertThat(rule("Getty Images")).isEqualTo(CleaningRule.PHOTO_CREDIT);
    assertThat(rule("A marine looks on in Donetsk. (Andriy Dubchak/The Associated Press)"))
        .isEqualTo(CleaningRule.PHOTO_CREDIT);
    assertThat(rule("Crowds gather on Friday. (AP Photo)")).isEqualTo(CleaningRule.PHOTO_CREDIT);
    assertThat(rule("Crowds gather on Friday. (Coastline 9 News)"))
        .isEqualTo(CleaningRule.PHOTO_CREDIT);
    // A parenthesis inside the sentence, or one that is not a credit, stays.
    assertThat(rule("The agency (EPA) said it would act.")).isNull();
    assertThat(rule("He was elected in 2019 (his second term).")).isNull();
  }

  @Test
  void a_caption_credit_may_be_the_outlet_itself() {
    Finding f =
        LineRules.classify("Crowds on Thursday (Coastline 9 News)", true, null,
            "Coastline 9 News", ALL);
    assertThat(f.rule()).isEqualTo(CleaningRule.PHOTO_CREDIT);
    assertThat(f.detail()).contains("outlet");
  }

  @Test
  void tags_promos_bylines_contacts_and_copyright() {
    assertThat(rule("Tags Joe Biden NATO Russia Ukraine")).isEqualTo(CleaningRule.TAG_LIST);
    assertThat(rule("[WATCH/COMMENTARY] Why Your Grocery Bill Still Hasn’t Come Down"))
        .isEqualTo(CleaningRule.PROMO_LABEL);
    assertThat(rule("By Elliot Marsh, Coastline 9 News")).isEqualTo(CleaningRule.BYLINE);
    assertThat(rule("• Joseph Clark can be reached at jclark@example.com."))
        .isEqualTo(CleaningRule.CONTACT);
    assertThat(rule("Copyright © 2023 The Washington Times, LLC. Click here for reprint."))
        .isEqualTo(CleaningRule.COPYRIGHT);
    assertThat(rule("© 2026 Coastline 9 Broadcasting Company. All rights reserved."))
        .isEqualTo(CleaningRule.COPYRIGHT);
  }

  @Test
  void calls_to_action() {
    assertThat(rule("Click to Read More and View Comments")).isEqualTo(CleaningRule.CALL_TO_ACTION);
    assertThat(rule("Click to Hide")).isEqualTo(CleaningRule.CALL_TO_ACTION);
    assertThat(rule("Load more")).isEqualTo(CleaningRule.CALL_TO_ACTION);
    assertThat(rule("See all Video")).isEqualTo(CleaningRule.CALL_TO_ACTION);
    assertThat(rule("Please read our comment policy before commenting."))
        .isEqualTo(CleaningRule.CALL_TO_ACTION);
    // A long sentence that starts with the same word is prose.
    assertThat(
            rule(
                "Click, the startup that sells stock photos, said on Tuesday it would cut 40 jobs"
                    + " across its offices in Boston and Denver."))
        .isNull();
  }

  @Test
  void headings_only_when_stand_alone_short_and_without_sentence_end() {
    String text = "Fears of invasion\n\nThe talks begin.\n\nHere is what changes:\n\nNext.";
    assertThat(dropped(text, null, null)).containsExactly("heading:Fears of invasion");
    // Not stand-alone: a line inside a block of lines is no heading.
    assertThat(dropped("Fears of invasion\nThe talks begin.", null, null)).isEmpty();
  }

  @Test
  void the_headline_repeated_in_the_body() {
    String text = "Bridge closed after crack found\n\nThe bridge closed.";
    assertThat(dropped(text, "Bridge closed after crack found", null))
        .containsExactly("title-repeat:Bridge closed after crack found");
  }

  @Test
  void hard_wrapped_text_is_judged_only_by_the_whole_line_rules() {
    // DUC 2004 style: wrapped at about 70 columns, no blank lines.
    String text =
        "The opposition tried to register the China Democracy Party in June, and \n"
            + "register the China Democracy Party in June. Xu and Qin were ``suspected \n"
            + "of subversion'' and held by police for a month before charges were filed \n"
            + "Sponsored by Sen. John Sherman, an Ohio Republican who was the younger \n"
            + "brother of the general, the act passed in 1890. \n";
    assertThat(LineRules.isHardWrapped(text, LineRules.lines(text))).isTrue();
    assertThat(dropped(text, null, null)).isEmpty();
  }

  @Test
  void a_lowercase_line_after_an_unfinished_line_is_a_continuation() {
    String text = "The party asked members to\nregister to vote before the deadline.";
    assertThat(dropped(text, null, null)).isEmpty();
  }

  @Test
  void a_switched_off_rule_does_not_fire() {
    Set<CleaningRule> noCredit = EnumSet.complementOf(EnumSet.of(CleaningRule.PHOTO_CREDIT));
    Finding f = LineRules.classify("Getty Images", true, null, null, noCredit);
    // With the credit rule off the line is still a stand-alone heading.
    assertThat(f.rule()).isEqualTo(CleaningRule.HEADING);
    assertThat(LineRules.classify("Getty Images", true, null, null, Set.of())).isNull();
  }

  @Test
  void empty_blank_and_single_word_texts() {
    assertThat(dropped("", null, null)).isEmpty();
    assertThat(dropped(" \n\t\n ", null, null)).isEmpty();
    assertThat(LineRules.lines("a\n\nb")).hasSize(3);
    assertThat(dropped("Advertisement", null, null))
        .containsExactly("call-to-action:Advertisement");
  }
}
