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
import java.util.Locale;
import java.util.Objects;

/**
 * {@link ReportFormat#JSON}: stable JSON, described by {@code docs/report.schema.json} (a story)
 * and {@code docs/digest.schema.json} (a digest). Stateless.
 */
final class JsonReport {

  private JsonReport() {}

  static String render(StoryReport report) {
    return Json.pretty(story(report));
  }

  static String render(Digest digest) {
    ObjectNode root = Json.object();
    root.put("articles", digest.articles());
    root.put("storyCount", digest.storyCount());
    ArrayNode stories = root.putArray("stories");
    for (DigestStory story : digest.stories()) {
      ObjectNode node = stories.addObject();
      node.put("headline", story.headline());
      ArrayNode articles = node.putArray("articles");
      for (DigestArticle article : story.articles()) {
        ObjectNode a = articles.addObject();
        a.put("id", article.id());
        a.put("outlet", article.outlet());
        putNullable(a, "title", article.title());
        putNullable(a, "url", article.url());
        putNullable(a, "published", Objects.toString(article.published(), null));
      }
      node.set("report", story(story.report()));
    }
    ArrayNode failures = root.putArray("failures");
    for (DigestFailure failure : digest.failures()) {
      ObjectNode node = failures.addObject();
      node.put("story", failure.storyId());
      ArrayNode ids = node.putArray("articles");
      failure.articleIds().forEach(ids::add);
      node.put("reason", failure.reason());
    }
    return Json.pretty(root);
  }

  private static ObjectNode story(StoryReport report) {
    ObjectNode root = Json.object();
    root.put("story", report.storyId());
    root.put("method", report.method());
    Json.putBudget(root, report.budget());
    ArrayNode outlets = root.putArray("outlets");
    report.outlets().forEach(outlets::add);
    ArrayNode sentences = root.putArray("sentences");
    for (AttributedSentence sentence : report.summary()) {
      ObjectNode node = sentences.addObject();
      node.put("text", ReportText.shown(sentence));
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
      putNullable(node, "speaker", quote.speaker());
      node.put("outlet", quote.outlet());
      node.put("document", quote.documentId());
      span(node, quote.span());
      ArrayNode printedBy = node.putArray("outlets");
      quote.outlets().forEach(printedBy::add);
    }
    return root;
  }

  private static void putNullable(ObjectNode node, String name, String value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
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
