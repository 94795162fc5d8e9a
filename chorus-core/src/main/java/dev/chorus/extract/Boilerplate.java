package dev.chorus.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture whatever page they are on: ad labels, share and comment
 * buttons, "Related" headings, image-viewer controls. Matched on the whole line, lowercased, with
 * every run of non-letters (punctuation, digits, spaces) turned into one space and the ends
 * stripped ("Image 1 of 5" matches "image of"), so that a sentence that merely contains such a
 * word is never matched. Stateless and thread-safe.
 */
final class Boilerplate {

  /** Whole lines, normalised as described in the class comment. */
  private static final Set<String> LINES =
      Set.of(
          "advertisement", "advert", "advertising", "ad", "ads", "sponsored", "sponsored content",
          "anzeige", "publicidad", "publicité", "pubblicità", "реклама", "iklan", "advertentie",
          "reklama", "comments", "comment", "leave a comment", "add comment", "share",
          "share this", "share this article", "share this story", "share on facebook",
          "share on twitter", "share on x", "sharing is caring", "email this story", "print",
          "email", "subscribe", "sign up", "tags", "topics", "related", "related articles",
          "related stories", "related posts", "related content", "you may also like",
          "you might also like", "recommended", "more", "read more", "see more", "load more",
          "show more", "see all", "most popular", "most read", "trending", "caption", "close",
          "image", "photo", "loading", "like loading", "explore further", "text size",
          "back to top", "skip to content", "continue reading", "don t miss", "watch",
          "listen", "follow us", "next", "previous", "image of");

  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

  private Boilerplate() {}

  /** Whether {@code line} is, in full, one of the furniture lines. */
  static boolean isBoilerplateLine(String line) {
    if (line.length() > 40) {
      return false;
    }
    String normal = NOT_LETTER.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return LINES.contains(normal);
  }
}
