package dev.chorus.report;

import dev.chorus.attribute.AttributedSentence;
import dev.chorus.compare.Disagreement;
import dev.chorus.compare.Exclusive;
import dev.chorus.compare.Quote;
import dev.chorus.model.Budget;
import java.util.ArrayList;
import java.util.List;

/** {@link ReportFormat#MARKDOWN}: for people and chat tools. Stateless. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(StoryReport report) {
    StringBuilder out = new StringBuilder();
    appendStory(out, report, report.storyId(), 1, null);
    return out.toString().stripTrailing() + "\n";
  }

  static String render(Digest digest) {
    StringBuilder out = new StringBuilder();
    out.append("# Digest\n\n*").append(ReportText.overview(digest)).append("*\n\n");
    for (int i = 0; i < digest.stories().size(); i++) {
      DigestStory story = digest.stories().get(i);
      String title = (i + 1) + ". " + story.headline();
      String meta =
          ReportText.size(story) + ReportText.dates(story) + " · " + story.report().storyId();
      appendStory(out, story.report(), title, 2, meta);
      endBlock(out);
      out.append("### Articles\n\n");
      for (DigestArticle article : story.articles()) {
        out.append("- ").append(ReportText.describe(article)).append("\n");
      }
      endBlock(out);
    }
    if (!digest.failures().isEmpty()) {
      out.append("## Not reported\n\n");
      for (DigestFailure failure : digest.failures()) {
        out.append("- ").append(failure.storyId()).append(" (")
            .append(String.join(", ", failure.articleIds())).append("): ")
            .append(failure.reason()).append("\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  /**
   * One story's report under a heading of {@code level} (its sections one level below); {@code
   * meta} replaces the standard line under the heading when not null.
   */
  private static void appendStory(
      StringBuilder out, StoryReport report, String title, int level, String meta) {
    String h = "#".repeat(level);
    String h2 = h + "#";
    out.append(h).append(" ").append(title).append("\n\n");
    String line =
        meta != null
            ? meta + " · method " + report.method() + " · budget " + report.budget()
            : report.outlets().size() + " outlets · method " + report.method() + " · budget "
                + report.budget();
    out.append("*").append(line).append("*\n\n");
    out.append(h2).append(" Summary\n\n");
    for (AttributedSentence sentence : report.summary()) {
      out.append("- ").append(ReportText.shown(sentence)).append(" ");
      for (int marker : ReportText.markers(report, sentence)) {
        out.append("[").append(marker).append("]");
      }
      out.append("\n");
    }
    out.append("\n").append(h2).append(" Outlets\n\n");
    for (int i = 0; i < report.outlets().size(); i++) {
      out.append(i + 1).append(". ").append(report.outlets().get(i)).append("\n");
    }
    out.append("\n").append(h2).append(" Coverage\n\n| Outlet |");
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
    out.append("\n").append(h2).append(" Only in\n\n");
    if (report.comparison().onlyIn().isEmpty()) {
      out.append("Nothing salient is reported by one outlet alone.\n");
    }
    for (Exclusive only : report.comparison().onlyIn()) {
      out.append("- **").append(only.outlet()).append("**: ")
          .append(Budget.normalizeSpace(only.text())).append("\n");
    }
    out.append("\n").append(h2).append(" Disagreements\n\n");
    if (report.comparison().disagreements().isEmpty()) {
      out.append("No outlets state a quantity differently.\n");
    }
    for (Disagreement disagreement : report.comparison().disagreements()) {
      out.append("- **").append(disagreement.subject()).append("**:");
      List<String> claims = new ArrayList<>();
      ReportText.byPhrase(disagreement)
          .forEach(
              (phrase, outlets) ->
                  claims.add(" \"" + phrase + "\" (" + String.join(", ", outlets) + ")"));
      out.append(String.join(" vs", claims)).append("\n");
    }
    out.append("\n").append(h2).append(" Key quotes\n\n");
    if (report.comparison().quotes().isEmpty()) {
      out.append("No direct quotes.\n");
    }
    for (Quote quote : report.comparison().quotes()) {
      out.append("> ").append(Budget.normalizeSpace(quote.text())).append("\n>\n> — ")
          .append(ReportText.speaker(quote)).append(" (")
          .append(String.join(", ", quote.outlets())).append(")\n\n");
    }
  }

  /** Ends what {@code out} holds with exactly one blank line. */
  private static void endBlock(StringBuilder out) {
    int end = out.length();
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    out.append("\n\n");
  }

  private static String escapeCell(String text) {
    return text.replace("|", "\\|");
  }
}
