package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inline rules (Multi-News-style furniture glued into text) and the sentence rules. */
class InlineAndSentenceRulesTest {

  private static final Set<CleaningRule> ALL = EnumSet.allOf(CleaningRule.class);

  private static List<String> inline(String text) {
    return InlineRules.find(text, List.of(new Span(0, text.length())), ALL).stream()
        .map(f -> f.rule().id() + ":" + f.span().of(text))
        .toList();
  }

  private static CleaningRule sentence(String text) {
    Finding f = SentenceRules.classify(text, null, null, ALL);
    return f == null ? null : f.rule();
  }

  // #5: the rules run their pattern only where a match may start, found in the lowercased text
  // or, when lowercasing changed the length, position by position; the matches must be those of
  // Matcher.find over the same region.
  @Test
  void filtered_search_finds_what_find_finds() {
    String[] pieces = {"getty images", "GETTY IMAGES", "Getty Images", "getty", "images", " ",
        "  ", "/", " / ", "john", "x", "doe", ".", "'", "’", "-", "(", ")", ",", "\n", "ımages",
        "afp", "getty imagesx", "xgetty images", "images/", "_", "é", "( ", " )", "ap", "photo",
        "photos", "credit", "the", "washington post", "staff", "reuters", "( ap photo ",
        "illustration", "file", "nih/ncrr", "( jane doe / the washington post )",
        "( toni sandys/staff", "( photo: reuters )", "(ap photo/evan vucci)", "Image copyright",
        "image caption", "Media caption", "enlarge this image", "toggle caption", "hide caption",
        "text size - + reset", "listen to article 2:30", "listen to this article", "share this",
        "share this story twitter print", "sign up for more newsletters here", " story",
        "media playback is unsupported on your device", "continue reading the main story",
        "story continues below", "Article continues below", "continue reading below",
        "— mike (@mcfaul) january 7, 2022", "-- x (@y) 1/8/2022", "pic.twitter.com/abc —",
        "https://t.co/xyz", "http://pic.twitter.com/q", "t.co/", "image copyright getty images",
        "IMAGE COPYRIGHT reuters", "advertisement", "Advertisement ", ". ADVERTISEMENT", "\" ",
        "” ", ") advertisement", "advertisements", "İ", "\u212a"};
    List<InlineRules.Rule> filtered =
        InlineRules.RULES.stream().filter(r -> r.starts() != null).toList();
    assertThat(filtered).hasSize(11);
    int[] matches = new int[filtered.size()];
    Random random = new Random(13);
    for (int i = 0; i < 40_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      int from = t.isEmpty() ? 0 : random.nextInt(t.length() + 1);
      int to = from + random.nextInt(t.length() - from + 1);
      for (int r = 0; r < filtered.size(); r++) {
        InlineRules.Rule rule = filtered.get(r);
        java.util.regex.Matcher expected = rule.pattern().matcher(t).region(from, to);
        expected.useTransparentBounds(true);
        // Candidates are looked up in the lowercased text, or position by position where its
        // length differs (a text with "İ").
        java.util.BitSet starts = rule.starts().candidates(t, new InlineRules.LowerCase(t));
        java.util.regex.Matcher actual = rule.pattern().matcher(t).region(from, to);
        actual.useTransparentBounds(true);
        int next = from;
        while (true) {
          boolean found = expected.find();
          boolean filteredFound = InlineRules.findFiltered(actual, starts, next, to);
          assertThat(filteredFound)
              .as("seed 13, text #%d '%s' [%d, %d) %s", i, t, from, to, rule.detail())
              .isEqualTo(found);
          if (!found) {
            break;
          }
          assertThat(new int[] {actual.start(), actual.end()})
              .as("seed 13, text #%d '%s' %s", i, t, rule.detail())
              .containsExactly(expected.start(), expected.end());
          next = actual.end();
          matches[r]++;
        }
      }
    }
    // The random texts must exercise every rule, or the comparison proves nothing.
    assertThat(matches).as("matches per rule").doesNotContain(0);
  }

  // #5: one pass over the text, folding ASCII case, finds the same rules as String.contains per
  // trigger in the lowercased text.
  @Test
  void triggers_found_in_one_pass_are_those_contains_finds() {
    List<String> pieces = new java.util.ArrayList<>(List.of("a", "x", " ", "(", "/", "é", "İ",
        "t", "c", "\n", "photo", "imag", "getty", "images", "( @", "(@", "\u212a", "K", "É",
        "ı", "ſ", "😀"));
    for (InlineRules.Rule rule : InlineRules.RULES) {
      for (String trigger : rule.triggers()) {
        pieces.add(trigger);
        pieces.add(trigger.substring(0, trigger.length() - 1));
        pieces.add(trigger.toUpperCase(Locale.ROOT));
        pieces.add(trigger.replace('k', '\u212a').replace('i', 'İ'));
      }
    }
    Random random = new Random(5);
    for (int i = 0; i < 40_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      String lower = text.toString().toLowerCase(Locale.ROOT);
      long expected = 0;
      for (int r = 0; r < InlineRules.RULES.size(); r++) {
        if (InlineRules.RULES.get(r).triggers().stream().anyMatch(lower::contains)) {
          expected |= 1L << r;
        }
      }
      assertThat(InlineRules.triggered(text.toString())).as("seed 5, text #%d '%s'", i, text)
          .isEqualTo(expected);
    }
    assertThat(InlineRules.triggered("")).isZero();
  }

  // #5: why the trigger scan may fold ASCII case instead of lowercasing the text.
  @Test
  void only_two_characters_above_ascii_lowercase_to_ascii() {
    List<String> toAscii = new java.util.ArrayList<>();
    for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
      String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
      if (lower.chars().anyMatch(ch -> ch < 0x80)) {
        toAscii.add(String.format("U+%04X", c));
      }
    }
    assertThat(toAscii).containsExactly("U+0130", "U+212A");
  }

  @Test
  void parenthesized_photo_credits_inside_running_text() {
    assertThat(inline("He spoke monday. ( ap photo / evan vucci ) the deal was signed."))
        .containsExactly("photo-credit:( ap photo / evan vucci )");
    assertThat(inline("for months ( photo: submitted ) staff sgt. Robert baker said"))
        .containsExactly("photo-credit:( photo: submitted )");
    assertThat(inline("in the park. ( toni sandys/the washington post ) the mayor said"))
        .containsExactly("photo-credit:( toni sandys/the washington post )");
    // A parenthetical with a slash that names no outlet stays.
    assertThat(inline("the grant ( nih/ncrr p20-rr017659 ) to the center")).isEmpty();
  }

  @Test
  void getty_credits_and_caption_labels() {
    assertThat(inline("tweeted tuesday. chip somodevilla/getty images trump said"))
        .containsExactly("photo-credit:chip somodevilla/getty images");
    assertThat(inline("forgiven. image copyright reuters image caption people waited"))
        .containsExactly("photo-credit:image copyright reuters image caption");
  }

  @Test
  void advertisement_only_between_sentences() {
    assertThat(inline("will close their doors. Advertisement during the call, he said"))
        .containsExactly("boilerplate:Advertisement");
    assertThat(inline("Advertisement the board met.")).containsExactly("boilerplate:Advertisement");
    // Inside a sentence it is a word of the story.
    assertThat(inline("the advertisement showed a bridge")).isEmpty();
  }

  @Test
  void inline_tweets_and_slide_show_prompts() {
    assertThat(
            inline(
                "what a day pic.twitter.com/sroigwdgr6 — rick wolff ( @rickwolff ) april 14, 2015"
                    + " then"))
        .containsExactly(
            "tweet-attribution:pic.twitter.com/sroigwdgr6 — rick wolff ( @rickwolff ) april 14,"
                + " 2015");
    assertThat(inline("in a car. ( click prev or next to continue viewing images. ) advertisement"))
        .containsExactly(
            "boilerplate:( click prev or next to continue viewing images. )",
            "boilerplate:advertisement");
  }

  @Test
  void overlapping_matches_keep_the_earlier_longer_one() {
    List<String> found = inline("x. image copyright getty images image caption y");
    assertThat(found).containsExactly("photo-credit:image copyright getty images image caption");
  }

  @Test
  void boilerplate_sentences_from_the_phrase_list() {
    assertThat(sentence("Breaking news emails get breaking news alerts and special reports."))
        .isEqualTo(CleaningRule.BOILERPLATE);
    assertThat(sentence("These crawls are part of an effort to archive pages as they are created."))
        .isEqualTo(CleaningRule.BOILERPLATE);
    assertThat(sentence("The Hill has removed its comment section, as there are many forums."))
        .isEqualTo(CleaningRule.BOILERPLATE);
    assertThat(sentence("this article was originally published on the conversation."))
        .isEqualTo(CleaningRule.BOILERPLATE);
    // The same words as a story's own: "the most popular" is not a "Most Popular" rail.
    assertThat(sentence("It is the most popular show on television, the network said."))
        .isNull();
    assertThat(sentence("Police found the body in the crawl space of the house.")).isNull();
  }

  @Test
  void sentence_rules_respect_their_word_caps() {
    String longSentence =
        "Copyright © 2016 albuquerque journal when the girl and her brother stepped into a"
            + " stranger's van after being dropped off by a school bus monday, they likely believed"
            + " they were safe.";
    assertThat(sentence(longSentence)).isNull();
    assertThat(sentence("Copyright 2014 the associated press.")).isEqualTo(CleaningRule.COPYRIGHT);
    assertThat(sentence("Email him at will.oremus@example.com")).isEqualTo(CleaningRule.CONTACT);
    assertThat(
            sentence(
                "People can e-mail sanford.florida@example.gov if they have thoughts on how the"
                    + " department should proceed."))
        .isNull();
  }

  @Test
  void datelines_but_not_sentence_pieces_that_start_with_a_preposition() {
    assertThat(sentence("Updated: wednesday, 8: 29 a.m.")).isEqualTo(CleaningRule.DATELINE);
    assertThat(sentence("monday, march 14, 2016.")).isEqualTo(CleaningRule.DATELINE);
    assertThat(sentence("On saturday, april 18, 2015.")).isNull();
  }

  @Test
  void captions_and_tweets_before_a_removed_phrase() {
    Finding caption =
        SentenceRules.classify("Kelly clarkson", null, CleaningRule.PHOTO_CREDIT, ALL);
    assertThat(caption.rule()).isEqualTo(CleaningRule.PHOTO_CREDIT);
    // A full sentence before a credit is kept: it may be the story's.
    assertThat(
            SentenceRules.classify("The mayor spoke on Monday.", null, CleaningRule.PHOTO_CREDIT,
                ALL))
        .isNull();
    Finding tweet =
        SentenceRules.classify("What a day for the city!", null,
            CleaningRule.TWEET_ATTRIBUTION, ALL);
    assertThat(tweet.rule()).isEqualTo(CleaningRule.TWEET_TEXT);
  }

  @Test
  void link_dense_sentences_and_outlet_promos() {
    assertThat(sentence("#lol #laughitsgood")).isEqualTo(CleaningRule.LINK_DENSE);
    assertThat(sentence("The city posted the plan on its website on Monday, officials said."))
        .isNull();
    Finding promo =
        SentenceRules.classify(
            "Coastline 9 will carry the council meeting live on air and online.",
            NoiseTests.outletKey("Coastline 9 News"), null, ALL);
    assertThat(promo.rule()).isEqualTo(CleaningRule.OUTLET_PROMO);
    assertThat(NoiseTests.outletKey("The News")).isNull();
  }

  @Test
  void link_like_tokens() {
    assertThat(TextFeatures.isLinkLike("https://t.co/5OfwnpPSTH")).isTrue();
    assertThat(TextFeatures.isLinkLike("(www.example.org).")).isTrue();
    assertThat(TextFeatures.isLinkLike("azcentral.com")).isTrue();
    assertThat(TextFeatures.isLinkLike("@McFaul:")).isTrue();
    assertThat(TextFeatures.isLinkLike("#madaya.")).isTrue();
    assertThat(TextFeatures.isLinkLike("jclark@washingtontimes.com.")).isTrue();
    assertThat(TextFeatures.isLinkLike("U.S.")).isFalse();
    assertThat(TextFeatures.isLinkLike("said.")).isFalse();
    assertThat(TextFeatures.isLinkLike("@")).isFalse();
    assertThat(TextFeatures.isLinkLike("...")).isFalse();
    assertThat(sentence("Amazon.com declined to comment.")).isNull();
  }

  @Test
  void non_ascii_and_tokenized_text_match_phrases() {
    assertThat(sentence("“Click to Read More…”")).isEqualTo(CleaningRule.CALL_TO_ACTION);
    assertThat(sentence("you can switch location on / off before each tweet."))
        .isEqualTo(CleaningRule.BOILERPLATE);
    assertThat(sentence("Zoë Fairweather said the ferry works.")).isNull();
  }
}
