package dev.chorus.clean;

import dev.chorus.clean.PhraseMatcher.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented phrase lists behind the phrase-based rules. Phrases are in {@link
 * TextFeatures#key} form (lowercase words, punctuation dropped), so "Click to Read More" and
 * "click to read more ." both match {@code "click"}. docs/cleaning.md summarizes these lists by
 * label.
 *
 * <p>The lists were drawn from the page furniture of the five seed articles and from the most
 * frequent repeated sentences of the Multi-News validation split (sentences found verbatim in
 * dozens of unrelated documents). They name the furniture, never article content: each phrase is
 * something a news article does not say about its story. Constants only; thread-safe.
 */
final class NoisePhrases {

  private NoisePhrases() {}

  /**
   * Page furniture anywhere in a short unit ({@link CleaningRule#BOILERPLATE}), grouped by label.
   */
  static final PhraseMatcher BOILERPLATE = new PhraseMatcher(boilerplate());

  /** Calls to action that start a short unit ({@link CleaningRule#CALL_TO_ACTION}). */
  static final PhraseMatcher CALL_TO_ACTION = new PhraseMatcher(callsToAction());

  /** Author contact lines ({@link CleaningRule#CONTACT}). */
  static final PhraseMatcher CONTACT =
      new PhraseMatcher(
          phrases(
              "contact",
              "can be reached at",
              "can be reached by",
              "can be contacted at",
              "follow him on",
              "follow her on",
              "follow them on",
              "follow me on",
              "follow us on",
              "email him at",
              "email her at",
              "email them at",
              "email us at",
              "e mail him at",
              "e mail her at",
              "contact him at",
              "contact her at",
              "contact the author",
              "contact the reporter",
              "have a tip",
              "have a news tip",
              "send us tips",
              "send tips",
              "send us your tips",
              "sending a tip",
              "email me at",
              "e mail me at",
              "send e mail to",
              "contact us at"));

  /** Copyright and reprint notices ({@link CleaningRule#COPYRIGHT}), besides "©" itself. */
  static final PhraseMatcher COPYRIGHT =
      new PhraseMatcher(
          phrases(
              "all rights reserved",
              "reprint permission",
              "reprints this copy is for your personal",
              "for your personal non commercial use",
              "presentation ready copies",
              "order reprints",
              "this material may not be published",
              "may not be published broadcast",
              "may not be reproduced",
              "may not be republished",
              "may not be redistributed",
              "without permission is prohibited",
              "to inquire about a licence",
              "to inquire about a license"));

  private static List<Phrase> boilerplate() {
    List<Phrase> list = new ArrayList<>();
    list.addAll(
        labelled(
            "comments",
            "comment section",
            "comments section",
            "comment policy",
            "comment thread",
            "commenting policy",
            "join the discussion",
            "join the conversation",
            "view comments",
            "view all comments",
            "show comments",
            "hide comments",
            "post a comment",
            "leave a comment",
            "add a comment",
            "comments are closed",
            "comments have been closed",
            "comments have been disabled",
            "appear next to all of your comments",
            "will not appear anywhere on"));
    list.addAll(
        labelled(
            "newsletter",
            "newsletter sign up",
            "sign up for our",
            "sign up for the",
            "sign up for breaking",
            "sign up for more",
            "sign up to receive",
            "sign up to get",
            "sign me up",
            "subscribe to our",
            "subscribe to the",
            "subscribe today",
            "subscribe now",
            "our free newsletters",
            "our newsletter",
            "our newsletters",
            "more newsletters",
            "view all new york times newsletters",
            "select a newsletter",
            "breaking news emails",
            "breaking news alerts",
            "get breaking news",
            "stories that matter delivered",
            "delivered weekday mornings",
            "delivered to your inbox",
            "straight to your inbox",
            "email notifications",
            "get push notifications",
            "get digital access",
            "occasional updates and special offers",
            "thank you for subscribing",
            "thanks for subscribing",
            "thank you for signing up",
            "thanks for signing up",
            "thank you for registering",
            "thank you for reading",
            "thanks for reading",
            "consider subscribing",
            "digital subscription",
            "subscriber account",
            "purchase a subscription",
            "support our journalism",
            "support local journalism",
            "our journalism takes",
            "journalism that makes a difference",
            "never miss a local story",
            "never miss our top stories",
            "looking for news you can trust"));
    list.addAll(
        labelled(
            "account",
            "verification email",
            "verification message",
            "activate your account",
            "activate your profile",
            "already have an account",
            "create an account",
            "log in to continue",
            "sign in to continue",
            "you must log in",
            "log in to your",
            "sign in to your",
            "invalid email",
            "valid email address",
            "enter your email",
            "re enter zip code",
            "zip code or sign up",
            "not in our deliverable area",
            "update your profile",
            "you agree to receive",
            "you agree to our",
            "by submitting your registration",
            "why are we asking this",
            "data emailaddress"));
    list.addAll(
        labelled(
            "cookies",
            "we use cookies",
            "use cookies and other",
            "enable cookies",
            "accept cookies",
            "cookie policy",
            "cookie settings",
            "privacy cookie policy",
            "data protection law requires"));
    list.addAll(
        labelled(
            "browser",
            "javascript",
            "your browser does not support",
            "your browser doesn t support",
            "upgrade your browser",
            "disable your ad"));
    list.addAll(
        labelled(
            "video player",
            "please try again later",
            "rating is available when the video has been rented",
            "this feature is not available right now",
            "interactive transcript could not be loaded",
            "media playback is unsupported",
            "media requires",
            "replay video",
            "skip ad",
            "ad loading",
            "autoplay",
            "your video will begin",
            "video will play",
            "video is not available",
            "video unavailable",
            "adobe flash",
            "flash player",
            "enable flash"));
    list.addAll(
        labelled(
            "web archive",
            "these crawls are part of",
            "internet archive hopes",
            "donating their crawl data",
            "added to the wayback machine",
            "archive it partner",
            "heritrix",
            "web crawl",
            "webcrawl",
            "crawl data",
            "focused crawls",
            "wide crawl",
            "this crawl",
            "seed list",
            "seedlist",
            "no more 404",
            "alexa internet",
            "robots txt",
            "outlinks",
            "embargo period",
            "broken links on the web",
            "archived pages",
            "pages that are referenced",
            "duplicate detection",
            "web captures",
            "web collections"));
    list.addAll(
        labelled(
            "twitter",
            "tweet with a location",
            "location information to your tweets",
            "tweet location history",
            "delete your location history",
            "add this tweet to your website",
            "legacy twitter",
            "switch location on off",
            "twitter stores that location",
            "embed this tweet",
            "add location information"));
    list.addAll(
        labelled(
            "error page",
            "page you are looking for",
            "page you were looking for",
            "page not found",
            "page cannot be found",
            "page could not be found",
            "were you looking for",
            "an error has occurred",
            "an error occurred",
            "there was a problem saving",
            "error loading"));
    list.addAll(
        labelled(
            "page furniture",
            "click prev or next",
            "continue viewing images",
            "continue reading the main story",
            "continue reading below",
            "story continues below",
            "article continues below",
            "story continues after",
            "enlarge this image",
            "toggle caption",
            "hide caption",
            "image caption",
            "media caption",
            "image copyright",
            "photo gallery",
            "text size",
            "font size",
            "listen to article",
            "listen to this article",
            "skip to main content",
            "skip to content",
            "back to top",
            "sponsored content",
            "paid content",
            "get the app",
            "download the app",
            "download our app",
            "this article was originally published",
            "this article originally appeared",
            "this story was originally published",
            "this story originally appeared",
            "this post was originally published",
            "this post originally appeared",
            "this piece was originally published",
            "this piece originally appeared",
            "originally appeared on",
            "a version of this article",
            "a version of this story",
            "this version of the story",
            "an earlier version of this"));
    list.addAll(
        labelled(
            "share tools",
            "share this article",
            "share this story",
            "share this post",
            "share this page",
            "share on facebook",
            "share on twitter",
            "share on x",
            "share on linkedin",
            "share via email",
            "email this story",
            "email this article",
            "print this article",
            "print this story",
            "facebook twitter linkedin",
            "facebook twitter email",
            "facebook twitter pinterest",
            "twitter facebook email"));
    return list;
  }

  private static List<Phrase> callsToAction() {
    return labelled(
        "call to action",
        "click",
        "tap here",
        "tap to",
        "swipe",
        "scroll down",
        "scroll to",
        "subscribe",
        "sign up",
        "sign in",
        "log in",
        "login",
        "register",
        "follow us",
        "like us",
        "share this",
        "share on",
        "share via",
        "share with",
        "email this",
        "e mail this",
        "print this",
        "read more",
        "read the full",
        "read full",
        "read the rest",
        "read next",
        "read our",
        "learn more",
        "see all",
        "see more",
        "see also",
        "see the full",
        "see photos",
        "view all",
        "view more",
        "view comments",
        "view the",
        "view our",
        "view photos",
        "view gallery",
        "load more",
        "show more",
        "show comments",
        "show all",
        "hide",
        "watch now",
        "watch live",
        "watch the video",
        "watch video",
        "watch more",
        "watch full",
        "listen now",
        "listen live",
        "download the",
        "download our",
        "get the app",
        "get our",
        "join us",
        "join the discussion",
        "join the conversation",
        "continue reading",
        "next story",
        "next article",
        "next slide",
        "previous story",
        "previous article",
        "previous slide",
        "back to top",
        "skip ad",
        "skip to",
        "check out our",
        "check our",
        "check back",
        "don t miss",
        "do not miss",
        "sponsored",
        "recommended",
        "more from",
        "more on this",
        "related",
        "also read",
        "up next",
        "top stories",
        "trending",
        "most popular",
        "most read",
        "more stories",
        "related stories",
        "related articles",
        "recommended for you",
        "advertisement",
        "please read",
        "please enable",
        "please check",
        "please try",
        "please sign",
        "please subscribe",
        "please log",
        "please re enter",
        "please click",
        "please refresh",
        "please upgrade",
        "please disable",
        "please share",
        "please update",
        "please select",
        "please enter",
        "please confirm",
        "please verify",
        "please allow",
        "please turn",
        "please consider",
        "please support",
        "please whitelist",
        "thank you for reading",
        "thank you for subscribing",
        "thank you for signing",
        "thank you for registering",
        "thank you for visiting",
        "thanks for reading",
        "thanks for subscribing",
        "thanks for signing",
        "thanks for watching");
  }

  private static List<Phrase> phrases(String label, String... texts) {
    return labelled(label, texts);
  }

  private static List<Phrase> labelled(String label, String... texts) {
    List<Phrase> list = new ArrayList<>(texts.length);
    for (String text : texts) {
      list.add(new Phrase(label, text));
    }
    return list;
  }
}
