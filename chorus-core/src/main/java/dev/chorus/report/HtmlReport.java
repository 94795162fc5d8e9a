package dev.chorus.report;

import dev.chorus.attribute.AttributedSentence;
import dev.chorus.compare.Disagreement;
import dev.chorus.compare.Exclusive;
import dev.chorus.compare.Quote;
import dev.chorus.model.Budget;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@link ReportFormat#HTML}: one self-contained page (inline style, no scripts, no external
 * resources), built with jsoup so that all text is escaped. Stateless.
 */
final class HtmlReport {

  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
          + "color:#1b1b1b}h1{font-size:1.5rem}.meta{color:#555}"
          + "sup.source{color:#0b5cad;margin-left:.1rem;cursor:help}"
          + "ol.outlets{columns:2;color:#333;font-size:.9rem}"
          + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .6rem}"
          + "td.yes{text-align:center;color:#1a7f37}td.no{text-align:center;color:#999}"
          + "blockquote{margin:0;padding-left:1rem;border-left:3px solid #ccc}"
          + "figcaption{color:#555;font-size:.9rem}"
          + "article.story{border-top:2px solid #ddd;margin-top:2.5rem}"
          + "nav.contents li{margin:.2rem 0}";

  private HtmlReport() {}

  static String render(StoryReport report) {
    Document page = page("Chorus report: " + report.storyId());
    Element body = page.body();
    body.appendElement("h1").text(report.storyId());
    body.appendElement("p").addClass("meta").text(
        report.outlets().size() + " outlets · method " + report.method() + " · budget "
            + report.budget());
    appendSections(body, report, 2, "");
    return page.outerHtml() + "\n";
  }

  static String render(Digest digest) {
    Document page = page("Chorus digest");
    Element body = page.body();
    body.appendElement("h1").text("Digest");
    body.appendElement("p").addClass("meta").text(ReportText.overview(digest));
    Element contents = body.appendElement("nav").addClass("contents").appendElement("ol");
    for (int i = 0; i < digest.stories().size(); i++) {
      DigestStory story = digest.stories().get(i);
      Element item = contents.appendElement("li");
      item.appendElement("a").attr("href", "#story-" + (i + 1)).text(story.headline());
      item.appendText(" — " + ReportText.size(story));
    }
    for (int i = 0; i < digest.stories().size(); i++) {
      DigestStory story = digest.stories().get(i);
      StoryReport report = story.report();
      Element article =
          body.appendElement("article").addClass("story").id("story-" + (i + 1))
              .attr("data-story", report.storyId());
      article.appendElement("h2").text(story.headline());
      article.appendElement("p").addClass("meta").text(
          ReportText.size(story) + ReportText.dates(story) + " · " + report.storyId()
              + " · method " + report.method() + " · budget " + report.budget());
      appendSections(article, report, 3, "s" + (i + 1) + "-");
      Element sources = section(article, "articles", "s" + (i + 1) + "-");
      sources.appendElement("h3").text("Articles");
      Element list = sources.appendElement("ul");
      for (DigestArticle source : story.articles()) {
        Element item = list.appendElement("li");
        item.appendElement("strong").text(source.outlet());
        item.appendText(": ");
        String title = source.title() != null ? source.title() : source.id();
        if (isWebLink(source.url())) {
          item.appendElement("a").attr("href", source.url()).attr("rel", "noopener").text(title);
        } else {
          item.appendText(title);
        }
        if (source.published() != null) {
          item.appendText(" · " + ReportText.day(source.published()));
        }
      }
    }
    if (!digest.failures().isEmpty()) {
      Element failed = body.appendElement("section").id("not-reported");
      failed.appendElement("h2").text("Not reported");
      Element list = failed.appendElement("ul");
      for (DigestFailure failure : digest.failures()) {
        list.appendElement("li").text(
            failure.storyId() + " (" + String.join(", ", failure.articleIds()) + "): "
                + failure.reason());
      }
    }
    return page.outerHtml() + "\n";
  }

  private static Document page(String title) {
    Document page = Document.createShell("");
    page.outputSettings().prettyPrint(true).indentAmount(1);
    page.head().appendElement("meta").attr("charset", "utf-8");
    page.head().appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    page.title(title);
    page.head().appendElement("style").appendText(STYLE);
    return page;
  }

  /**
   * The report's sections in {@code parent}, headed by {@code h<level>}; each section's id is
   * {@code idPrefix} plus its name (summary, coverage, only-in, disagreements, quotes) and its
   * class is the name, so that several reports fit on one page.
   */
  private static void appendSections(
      Element parent, StoryReport report, int level, String idPrefix) {
    String heading = "h" + level;
    Element summary = section(parent, "summary", idPrefix);
    summary.appendElement(heading).text("Summary");
    Element list = summary.appendElement("ol").addClass("summary");
    for (AttributedSentence sentence : report.summary()) {
      Element item = list.appendElement("li");
      item.appendElement("span").addClass("sentence").text(ReportText.shown(sentence));
      for (int marker : ReportText.markers(report, sentence)) {
        item.appendText(" ");
        item.appendElement("sup").addClass("source")
            .attr("title", report.outlets().get(marker - 1))
            .text("[" + marker + "]");
      }
    }
    Element outletList = summary.appendElement("ol").addClass("outlets");
    for (String outlet : report.outlets()) {
      outletList.appendElement("li").text(outlet);
    }

    Element coverage = section(parent, "coverage", idPrefix);
    coverage.appendElement(heading).text("Coverage");
    Element table = coverage.appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Outlet");
    for (int p = 0; p < report.summary().size(); p++) {
      head.appendElement("th").attr("scope", "col").text("Sentence " + (p + 1));
    }
    Element rows = table.appendElement("tbody");
    for (String outlet : report.outlets()) {
      Element row = rows.appendElement("tr");
      row.appendElement("th").attr("scope", "row").text(outlet);
      for (int p = 0; p < report.summary().size(); p++) {
        boolean carries = report.carries(outlet, p);
        row.appendElement("td").addClass(carries ? "yes" : "no").text(carries ? "✓" : "–");
      }
    }

    Element only = section(parent, "only-in", idPrefix);
    only.appendElement(heading).text("Only in");
    if (report.comparison().onlyIn().isEmpty()) {
      only.appendElement("p").text("Nothing salient is reported by one outlet alone.");
    }
    Element onlyList = only.appendElement("ul");
    for (Exclusive exclusive : report.comparison().onlyIn()) {
      Element item = onlyList.appendElement("li");
      item.appendElement("strong").text(exclusive.outlet());
      item.appendText(": " + Budget.normalizeSpace(exclusive.text()));
    }

    Element differ = section(parent, "disagreements", idPrefix);
    differ.appendElement(heading).text("Disagreements");
    if (report.comparison().disagreements().isEmpty()) {
      differ.appendElement("p").text("No outlets state a quantity differently.");
    }
    for (Disagreement disagreement : report.comparison().disagreements()) {
      Element block = differ.appendElement("div").addClass("disagreement");
      block.appendElement("h" + (level + 1)).text(disagreement.subject());
      Element claims = block.appendElement("ul");
      ReportText.byPhrase(disagreement)
          .forEach(
              (phrase, outlets) -> {
                Element item = claims.appendElement("li");
                item.appendElement("q").text(phrase);
                item.appendText(" — " + String.join(", ", outlets));
              });
    }

    Element quotes = section(parent, "quotes", idPrefix);
    quotes.appendElement(heading).text("Key quotes");
    if (report.comparison().quotes().isEmpty()) {
      quotes.appendElement("p").text("No direct quotes.");
    }
    for (Quote quote : report.comparison().quotes()) {
      Element figure = quotes.appendElement("figure");
      figure.appendElement("blockquote").text(Budget.normalizeSpace(quote.text()));
      figure
          .appendElement("figcaption")
          .text("— " + ReportText.speaker(quote) + " (" + String.join(", ", quote.outlets()) + ")");
    }
  }

  /** Only http(s) links: a javascript: or data: URL from a scraped page must not become a link. */
  private static boolean isWebLink(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static Element section(Element parent, String name, String idPrefix) {
    return parent.appendElement("section").id(idPrefix + name).addClass(name);
  }
}
