package dev.chorus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.attribute.AttributedSentence;
import dev.chorus.attribute.Support;
import dev.chorus.compare.Claim;
import dev.chorus.compare.Disagreement;
import dev.chorus.compare.Exclusive;
import dev.chorus.compare.Quote;
import dev.chorus.format.Json;
import dev.chorus.model.Budget;
import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How a {@link StoryReport} is written: Markdown for people and chat tools, a self-contained HTML
 * page for browsers, JSON for programs (its schema is {@code docs/report.schema.json}).
 *
 * <p>Every format shows the same content: the summary with numbered outlet markers per sentence,
 * the coverage table (which outlets carry which summary sentence), "only in", disagreements and key
 * quotes. Stateless and thread-safe.
 */
public enum ReportFormat {
  MARKDOWN {
    @Override
    public String render(StoryReport report) {
      StringBuilder out = new StringBuilder();
      out.append("# ").append(report.storyId()).append("\n\n");
      out.append("*").append(report.outlets().size()).append(" outlets · method ")
          .append(report.method()).append(" · budget ").append(report.budget()).append("*\n\n");
      out.append("## Summary\n\n");
      for (AttributedSentence sentence : report.summary()) {
        out.append("- ").append(shown(sentence)).append(" ");
        for (int marker : markers(report, sentence)) {
          out.append("[").append(marker).append("]");
        }
        out.append("\n");
      }
      out.append("\n## Outlets\n\n");
      for (int i = 0; i < report.outlets().size(); i++) {
        out.append(i + 1).append(". ").append(report.outlets().get(i)).append("\n");
      }
      out.append("\n## Coverage\n\n| Outlet |");
      for (int p = 0; p < report.summary().size(); p++) {
        out.append(" ").append(p + 1).append(" |");
      }
      out.append("\n|---|");
      out.append("---|".repeat(report.summary().size()));
      out.append("\n");
      for (String outlet : report.outlets()) {
        out.append("| ").append(escapeCell(outlet)).append(" |");
        for (int p = 0; p < report.summary().size(); p++) {
          out.append(report.carries(outlet, p) ? " ✓ |" : "   |");
        }
        out.append("\n");
      }
      out.append("\n## Only in\n\n");
      if (report.comparison().onlyIn().isEmpty()) {
        out.append("Nothing salient is reported by one outlet alone.\n");
      }
      for (Exclusive only : report.comparison().onlyIn()) {
        out.append("- **").append(only.outlet()).append("**: ")
            .append(Budget.normalizeSpace(only.text())).append("\n");
      }
      out.append("\n## Disagreements\n\n");
      if (report.comparison().disagreements().isEmpty()) {
        out.append("No outlets state a quantity differently.\n");
      }
      for (Disagreement disagreement : report.comparison().disagreements()) {
        out.append("- **").append(disagreement.subject()).append("**:");
        List<String> claims = new ArrayList<>();
        byPhrase(disagreement)
            .forEach(
                (phrase, outlets) ->
                    claims.add(" \"" + phrase + "\" (" + String.join(", ", outlets) + ")"));
        out.append(String.join(" vs", claims)).append("\n");
      }
      out.append("\n## Key quotes\n\n");
      if (report.comparison().quotes().isEmpty()) {
        out.append("No direct quotes.\n");
      }
      for (Quote quote : report.comparison().quotes()) {
        out.append("> ").append(Budget.normalizeSpace(quote.text())).append("\n>\n> — ")
            .append(speaker(quote)).append(" (").append(String.join(", ", quote.outlets()))
            .append(")\n\n");
      }
      return out.toString().stripTrailing() + "\n";
    }
  },
  /** One self-contained page: inline style, no scripts, no external resources. */
  HTML {
    @Override
    public String render(StoryReport report) {
      Document page = Document.createShell("");
      page.outputSettings().prettyPrint(true).indentAmount(1);
      page.head().appendElement("meta").attr("charset", "utf-8");
      page.head().appendElement("meta").attr("name", "viewport")
          .attr("content", "width=device-width, initial-scale=1");
      page.title("Chorus report: " + report.storyId());
      page.head().appendElement("style").appendText(STYLE);
      Element body = page.body();
      body.appendElement("h1").text(report.storyId());
      body.appendElement("p").addClass("meta").text(
          report.outlets().size() + " outlets · method " + report.method() + " · budget "
              + report.budget());

      Element summary = body.appendElement("section").id("summary");
      summary.appendElement("h2").text("Summary");
      Element list = summary.appendElement("ol").addClass("summary");
      for (AttributedSentence sentence : report.summary()) {
        Element item = list.appendElement("li");
        item.appendElement("span").addClass("sentence").text(shown(sentence));
        for (int marker : markers(report, sentence)) {
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

      Element coverage = body.appendElement("section").id("coverage");
      coverage.appendElement("h2").text("Coverage");
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

      Element only = body.appendElement("section").id("only-in");
      only.appendElement("h2").text("Only in");
      if (report.comparison().onlyIn().isEmpty()) {
        only.appendElement("p").text("Nothing salient is reported by one outlet alone.");
      }
      Element onlyList = only.appendElement("ul");
      for (Exclusive exclusive : report.comparison().onlyIn()) {
        Element item = onlyList.appendElement("li");
        item.appendElement("strong").text(exclusive.outlet());
        item.appendText(": " + Budget.normalizeSpace(exclusive.text()));
      }

      Element differ = body.appendElement("section").id("disagreements");
      differ.appendElement("h2").text("Disagreements");
      if (report.comparison().disagreements().isEmpty()) {
        differ.appendElement("p").text("No outlets state a quantity differently.");
      }
      for (Disagreement disagreement : report.comparison().disagreements()) {
        Element block = differ.appendElement("div").addClass("disagreement");
        block.appendElement("h3").text(disagreement.subject());
        Element claims = block.appendElement("ul");
        byPhrase(disagreement)
            .forEach(
                (phrase, outlets) -> {
                  Element item = claims.appendElement("li");
                  item.appendElement("q").text(phrase);
                  item.appendText(" — " + String.join(", ", outlets));
                });
      }

      Element quotes = body.appendElement("section").id("quotes");
      quotes.appendElement("h2").text("Key quotes");
      if (report.comparison().quotes().isEmpty()) {
        quotes.appendElement("p").text("No direct quotes.");
      }
      for (Quote quote : report.comparison().quotes()) {
        Element figure = quotes.appendElement("figure");
        figure.appendElement("blockquote").text(Budget.normalizeSpace(quote.text()));
        figure
            .appendElement("figcaption")
            .text("— " + speaker(quote) + " (" + String.join(", ", quote.outlets()) + ")");
      }
      return page.outerHtml() + "\n";
    }
  },
  /** Stable JSON, described by {@code docs/report.schema.json}. */
  JSON {
    @Override
    public String render(StoryReport report) {
      ObjectNode root = Json.object();
      root.put("story", report.storyId());
      root.put("method", report.method());
      Json.putBudget(root, report.budget());
      ArrayNode outlets = root.putArray("outlets");
      report.outlets().forEach(outlets::add);
      ArrayNode sentences = root.putArray("sentences");
      for (AttributedSentence sentence : report.summary()) {
        ObjectNode node = sentences.addObject();
        node.put("text", shown(sentence));
        node.put("truncated", sentence.sentence().truncated());
        node.put("trimmed", sentence.sentence().trimmed());
        ArrayNode sources = node.putArray("sources");
        for (Support support : sentence.supports()) {
          ObjectNode src = sources.addObject();
          src.put("document", support.documentId());
          src.put("outlet", support.outlet());
          src.put("sentence", support.sentencePosition());
          src.put("start", support.span().start());
          src.put("end", support.span().end());
          src.put("match", support.match().name().toLowerCase(Locale.ROOT));
          src.put("similarity", round(support.similarity()));
        }
      }
      ArrayNode coverage = root.putArray("coverage");
      for (String outlet : report.outlets()) {
        ObjectNode row = coverage.addObject();
        row.put("outlet", outlet);
        ArrayNode carried = row.putArray("sentences");
        for (int p = 0; p < report.summary().size(); p++) {
          if (report.carries(outlet, p)) {
            carried.add(p);
          }
        }
      }
      ArrayNode only = root.putArray("onlyIn");
      for (Exclusive exclusive : report.comparison().onlyIn()) {
        ObjectNode node = only.addObject();
        node.put("outlet", exclusive.outlet());
        node.put("document", exclusive.documentId());
        node.put("sentence", exclusive.sentencePosition());
        span(node, exclusive.span());
        node.put("text", Budget.normalizeSpace(exclusive.text()));
        node.put("salience", round(exclusive.salience()));
      }
      ArrayNode disagreements = root.putArray("disagreements");
      for (Disagreement disagreement : report.comparison().disagreements()) {
        ObjectNode node = disagreements.addObject();
        node.put("subject", disagreement.subject());
        ArrayNode claims = node.putArray("claims");
        for (Claim claim : disagreement.claims()) {
          ObjectNode c = claims.addObject();
          c.put("outlet", claim.outlet());
          c.put("document", claim.documentId());
          span(c, claim.span());
          c.put("phrase", Budget.normalizeSpace(claim.phrase()));
          c.put("sentence", Budget.normalizeSpace(claim.sentence()));
        }
      }
      ArrayNode quotes = root.putArray("quotes");
      for (Quote quote : report.comparison().quotes()) {
        ObjectNode node = quotes.addObject();
        node.put("text", Budget.normalizeSpace(quote.text()));
        if (quote.speaker() == null) {
          node.putNull("speaker");
        } else {
          node.put("speaker", quote.speaker());
        }
        node.put("outlet", quote.outlet());
        node.put("document", quote.documentId());
        span(node, quote.span());
        ArrayNode printedBy = node.putArray("outlets");
        quote.outlets().forEach(printedBy::add);
      }
      return Json.pretty(root);
    }
  };

  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
          + "color:#1b1b1b}h1{font-size:1.5rem}.meta{color:#555}"
          + "sup.source{color:#0b5cad;margin-left:.1rem;cursor:help}"
          + "ol.outlets{columns:2;color:#333;font-size:.9rem}"
          + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .6rem}"
          + "td.yes{text-align:center;color:#1a7f37}td.no{text-align:center;color:#999}"
          + "blockquote{margin:0;padding-left:1rem;border-left:3px solid #ccc}"
          + "figcaption{color:#555;font-size:.9rem}";

  /** The report in this format, ending with a line break. */
  public abstract String render(StoryReport report);

  /** The format called {@code name}: markdown, html or json, case-insensitive. */
  public static ReportFormat byName(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown report format '" + name + "'; valid formats: markdown, html, json");
    }
  }

  private static String shown(AttributedSentence sentence) {
    String text = Budget.normalizeSpace(sentence.sentence().text());
    return sentence.sentence().truncated() ? text + " …" : text;
  }

  /** The claims' phrases as written (whitespace folded), each with its outlets, in claim order. */
  private static Map<String, List<String>> byPhrase(Disagreement disagreement) {
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

  /** Distinct outlets supporting a sentence, in source order. */
  private static List<String> outletsOf(AttributedSentence sentence) {
    List<String> outlets = new ArrayList<>();
    for (Support support : sentence.supports()) {
      if (!outlets.contains(support.outlet())) {
        outlets.add(support.outlet());
      }
    }
    return outlets;
  }

  /** The 1-based numbers, in the report's outlet list, of a sentence's outlets, ascending. */
  private static List<Integer> markers(StoryReport report, AttributedSentence sentence) {
    return outletsOf(sentence).stream()
        .map(outlet -> report.outlets().indexOf(outlet) + 1)
        .sorted()
        .toList();
  }

  private static String speaker(Quote quote) {
    return quote.speaker() == null ? "unnamed speaker" : quote.speaker();
  }

  private static String escapeCell(String text) {
    return text.replace("|", "\\|");
  }

  private static void span(ObjectNode node, Span span) {
    node.put("start", span.start());
    node.put("end", span.end());
  }

  /** Four decimals: enough to compare, and stable across platforms. */
  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
