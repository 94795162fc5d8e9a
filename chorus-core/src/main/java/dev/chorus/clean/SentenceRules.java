package dev.chorus.clean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentence-level rules, tried on every sentence that survived the line and inline rules: the
 * phrase list ({@link CleaningRule#BOILERPLATE}), calls to action, copyright and contact notices,
 * link-dense sentences, the outlet's self-promotion, credit-only sentences, captions cut off by a
 * removed credit, tweets cut off by a removed attribution, and datelines. Multi-News documents, one
 * line each, are cleaned mostly here.
 *
 * <p>Pure functions; thread-safe. Linear in the sentence length.
 */
final class SentenceRules {

  private SentenceRules() {}

  /** Most words of a caption fragment that a removed photo credit followed. */
  static final int MAX_CAPTION_WORDS = 40;

  /** "Photo: Getty Images.", "Image: Reuters": a sentence that is only a credit. */
  private static final Pattern CREDIT_ONLY =
      Pattern.compile(
          "(?i)^[(\\[]?\\s*(?:photo|photos|image|images|picture|credit|photo credit|video)"
              + "\\s*(?::|by|courtesy)\\s*.{0,60}$");

  private static final int MAX_CREDIT_ONLY_WORDS = 8;

  private static final Set<String> PREPOSITIONS =
      Set.of("on", "at", "in", "by", "from", "until", "till", "since", "before", "after", "as",
          "of", "for", "to", "around", "about", "and", "but", "or", "the", "a", "an", "during",
          "through", "between", "near", "than", "that", "which", "when", "while");

  /**
   * The rule that drops a sentence, or null.
   *
   * @param text the sentence, verbatim
   * @param outletKey the article's outlet in {@link NoiseTests#outletKey} form, or null
   * @param next the rule of the removed inline phrase that directly follows the sentence ({@link
   *     CleaningRule#PHOTO_CREDIT}: the sentence may be its caption; {@link
   *     CleaningRule#TWEET_ATTRIBUTION}: the sentence is the tweet), or null
   */
  static Finding classify(
      String text, String outletKey, CleaningRule next, Set<CleaningRule> enabled) {
    TextUnit unit = new TextUnit(text);
    int n = unit.wordCount();
    String detail;
    if (enabled.contains(CleaningRule.BOILERPLATE)
        && (detail = NoiseTests.boilerplate(unit)) != null) {
      return finding(CleaningRule.BOILERPLATE, detail);
    }
    if (enabled.contains(CleaningRule.CALL_TO_ACTION)
        && (detail = NoiseTests.callToAction(unit)) != null) {
      return finding(CleaningRule.CALL_TO_ACTION, detail);
    }
    if (enabled.contains(CleaningRule.COPYRIGHT)
        && (detail = NoiseTests.copyright(unit)) != null) {
      return finding(CleaningRule.COPYRIGHT, detail);
    }
    if (enabled.contains(CleaningRule.CONTACT) && (detail = NoiseTests.contact(unit)) != null) {
      return finding(CleaningRule.CONTACT, detail);
    }
    if (enabled.contains(CleaningRule.LINK_DENSE) && (detail = NoiseTests.linkDense(unit))
        != null) {
      return finding(CleaningRule.LINK_DENSE, detail);
    }
    if (enabled.contains(CleaningRule.OUTLET_PROMO)
        && (detail = NoiseTests.outletPromo(unit, outletKey)) != null) {
      return finding(CleaningRule.OUTLET_PROMO, detail);
    }
    if (enabled.contains(CleaningRule.PHOTO_CREDIT)) {
      if (n <= MAX_CREDIT_ONLY_WORDS && CREDIT_ONLY.matcher(text.strip()).matches()) {
        return finding(CleaningRule.PHOTO_CREDIT, "credit-only sentence");
      }
      if (next == CleaningRule.PHOTO_CREDIT && n <= MAX_CAPTION_WORDS
          && !TextFeatures.endsLikeSentence(text)) {
        return finding(CleaningRule.PHOTO_CREDIT, "caption fragment before a removed credit");
      }
    }
    if (enabled.contains(CleaningRule.TWEET_TEXT) && next == CleaningRule.TWEET_ATTRIBUTION
        && n <= LineRules.MAX_TWEET_WORDS) {
      return finding(CleaningRule.TWEET_TEXT, "sentence before a removed tweet attribution");
    }
    // A sentence that starts with a preposition ("On March 28.") is a piece of a real sentence
    // that the splitter cut off, not a time stamp.
    if (enabled.contains(CleaningRule.DATELINE)
        && n <= NoiseTests.MAX_DATELINE_WORDS // dateline's own cap, checked before the key words
        && !PREPOSITIONS.contains(unit.firstKeyWord())
        && (detail = NoiseTests.dateline(unit)) != null) {
      return finding(CleaningRule.DATELINE, detail);
    }
    return null;
  }

  private static Finding finding(CleaningRule rule, String detail) {
    return new Finding(new dev.chorus.model.Span(0, 0), Dropped.Unit.SENTENCE, rule, detail);
  }
}
