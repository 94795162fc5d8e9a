package dev.chorus.clean;

import java.util.Locale;

/**
 * Why the cleaner dropped a piece of text: one constant per rule, each with a stable id (shown by
 * {@code chorus summarize --explain-cleaning}) and a one-line description. docs/cleaning.md lists
 * the exact patterns and thresholds behind each rule.
 *
 * <p>Rules fire on one of three units: a whole <em>line</em> of the article text (scraped page
 * furniture sits on its own line), an <em>inline</em> phrase inside a line (Multi-News glued its
 * page furniture into the running text), or a <em>sentence</em> after splitting. A rule can be
 * switched off on its own (see {@link StoryCleaner}). Immutable and thread-safe.
 */
public enum CleaningRule {
  /** "— Name (@handle) March 12, 2026": the attribution line under an embedded tweet. */
  TWEET_ATTRIBUTION("the attribution line of an embedded tweet: (@handle) and a date"),
  /** The text of an embedded tweet: the line just above a tweet attribution. */
  TWEET_TEXT("the text of an embedded tweet, just above its attribution line"),
  /** Lines or sentences made mostly of links, @handles, #hashtags and e-mail addresses. */
  LINK_DENSE("at least a third of the words are links, @handles, #hashtags or e-mail addresses"),
  /** A stand-alone short line without a sentence end: headings, menus, related-story links. */
  HEADING("a stand-alone line of at most 12 words without a sentence end (heading, menu, link)"),
  /** A line holding only an outlet, a date or a time: "- The Washington Times - Saturday, ...". */
  DATELINE("a dateline or time stamp line: outlet, weekday, date or time and nothing else"),
  /** "By Jane Doe, The Courier" on a line of its own. */
  BYLINE("a byline on its own line: 'By' and at most 8 more words, no sentence end"),
  /** Photo credits and captions: "Getty Images", "(Jane Doe/Meridian Press)", "(AP Photo)". */
  PHOTO_CREDIT("a photo credit, or a caption that ends with one"),
  /** "Tags Joe Biden NATO Russia": a tag or topic list. */
  TAG_LIST("a tag or topic list ('Tags', 'Topics', 'Filed under' and names)"),
  /** "[WATCH/COMMENTARY] ...": a promoted link to another story, behind a bracketed label. */
  PROMO_LABEL("a line behind a bracketed label such as [WATCH] or 'RELATED:': a link elsewhere"),
  /** The headline repeated inside the body. */
  TITLE_REPEAT("the article's own headline repeated in the body"),
  /** "Copyright © 2023 ...", "All rights reserved." */
  COPYRIGHT("a copyright or reprint notice"),
  /** "• Joseph Clark can be reached at ...", "Follow her on Twitter". */
  CONTACT("author contact details: 'can be reached at', an e-mail address, 'follow ... on'"),
  /** "Click to Read More", "Load more", "Sign up for our newsletter". */
  CALL_TO_ACTION("a short line or sentence that starts with a call to action (click, share, ...)"),
  /** Site furniture from a documented phrase list: comment notices, cookie banners, players. */
  BOILERPLATE("a known page-furniture phrase (comments, cookies, video player, web archive, ...)"),
  /** The outlet advertising itself: "Coastline 9 will carry the meeting live". */
  OUTLET_PROMO("the outlet promoting its own coverage, site or app"),
  /** A document about another story than the rest of its cluster. */
  OFF_TOPIC("a document about another story than the rest of its cluster");

  private final String description;

  CleaningRule(String description) {
    this.description = description;
  }

  /** The stable id shown to users, e.g. {@code tweet-attribution}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What the rule drops, in one line. */
  public String description() {
    return description;
  }

  /**
   * The rule with the given id ({@link #id()}, case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown id; the message lists the valid ones
   */
  public static CleaningRule byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (CleaningRule rule : values()) {
      if (rule.id().equals(wanted)) {
        return rule;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (CleaningRule rule : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(rule.id());
    }
    throw new IllegalArgumentException("unknown cleaning rule '" + id + "'; valid: " + valid);
  }
}
