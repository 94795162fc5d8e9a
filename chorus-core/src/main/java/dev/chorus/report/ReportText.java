package dev.chorus.report;

import dev.chorus.attribute.AttributedSentence;
import dev.chorus.attribute.Support;
import dev.chorus.compare.Claim;
import dev.chorus.compare.Disagreement;
import dev.chorus.compare.Quote;
import dev.chorus.model.Budget;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the three report formats show the same way. Stateless. */
final class ReportText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private ReportText() {}

  /** A summary sentence as shown: whitespace folded, "…" after a truncated one. */
  static String shown(AttributedSentence sentence) {
    String text = Budget.normalizeSpace(sentence.sentence().text());
    return sentence.sentence().truncated() ? text + " …" : text;
  }

  /** The claims' phrases as written (whitespace folded), each with its outlets, in claim order. */
  static Map<String, List<String>> byPhrase(Disagreement disagreement) {
    Map<String, List<String>> outlets = new LinkedHashMap<>();
    for (Claim claim : disagreement.claims()) {
      List<String> list =
          outlets.computeIfAbsent(Budget.normalizeSpace(claim.phrase()), p -> new ArrayList<>());
      if (!list.contains(claim.outlet())) {
        list.add(claim.outlet());
      }
    }
    return outlets;
  }

  /** The 1-based numbers, in the report's outlet list, of a sentence's outlets, ascending. */
  static List<Integer> markers(StoryReport report, AttributedSentence sentence) {
    List<String> outlets = new ArrayList<>();
    for (Support support : sentence.supports()) {
      if (!outlets.contains(support.outlet())) {
        outlets.add(support.outlet());
      }
    }
    return outlets.stream().map(outlet -> report.outlets().indexOf(outlet) + 1).sorted().toList();
  }

  static String speaker(Quote quote) {
    return quote.speaker() == null ? "unnamed speaker" : quote.speaker();
  }

  /** "12 articles · 5 outlets": the size of a digest story. */
  static String size(DigestStory story) {
    int outlets = story.report().outlets().size();
    return plural(story.articles().size(), "article") + " · " + plural(outlets, "outlet");
  }

  /** "40 articles in 12 stories; the 5 biggest shown": what a digest covers. */
  static String overview(Digest digest) {
    String text =
        plural(digest.articles(), "article") + " in " + plural(digest.storyCount(), "story");
    int shown = digest.stories().size() + digest.failures().size();
    if (shown < digest.storyCount()) {
      text += "; the " + shown + " biggest shown";
    }
    return text;
  }

  /** " · 2022-01-08 to 2022-01-09" (UTC days), " · 2022-01-08", or "" when no time is known. */
  static String dates(DigestStory story) {
    if (story.firstPublished() == null) {
      return "";
    }
    String first = day(story.firstPublished());
    String last = day(story.lastPublished());
    return " · " + (first.equals(last) ? first : first + " to " + last);
  }

  /** "The Hill: US intends to discuss ... · 2022-01-08 · https://..." (what is known). */
  static String describe(DigestArticle article) {
    StringBuilder text = new StringBuilder(article.outlet());
    text.append(": ").append(article.title() != null ? article.title() : article.id());
    if (article.published() != null) {
      text.append(" · ").append(day(article.published()));
    }
    if (article.url() != null) {
      text.append(" · ").append(article.url());
    }
    return text.toString();
  }

  /** The UTC day of {@code time}, ISO style: 2022-01-08. */
  static String day(Instant time) {
    return DAY.format(time);
  }

  static String plural(int count, String noun) {
    if (count == 1) {
      return "1 " + noun;
    }
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return count + " " + plural;
  }
}
