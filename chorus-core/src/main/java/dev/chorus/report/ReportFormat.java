package dev.chorus.report;

import java.util.Locale;

/**
 * How a {@link StoryReport} or a {@link Digest} is written: Markdown for people and chat tools, a
 * self-contained HTML page for browsers, JSON for programs (schemas: {@code
 * docs/report.schema.json}, {@code docs/digest.schema.json}).
 *
 * <p>Every format shows the same content: the summary with numbered outlet markers per sentence,
 * the coverage table (which outlets carry which summary sentence), "only in", disagreements and key
 * quotes; a digest shows that for each story, biggest first, under the story's headline.
 * Stateless and thread-safe.
 */
public enum ReportFormat {
  MARKDOWN {
    @Override
    public String render(StoryReport report) {
      return MarkdownReport.render(report);
    }

    @Override
    public String render(Digest digest) {
      return MarkdownReport.render(digest);
    }
  },
  /** One self-contained page: inline style, no scripts, no external resources. */
  HTML {
    @Override
    public String render(StoryReport report) {
      return HtmlReport.render(report);
    }

    @Override
    public String render(Digest digest) {
      return HtmlReport.render(digest);
    }
  },
  /** Stable JSON: {@code docs/report.schema.json}, {@code docs/digest.schema.json}. */
  JSON {
    @Override
    public String render(StoryReport report) {
      return JsonReport.render(report);
    }

    @Override
    public String render(Digest digest) {
      return JsonReport.render(digest);
    }
  };

  /** The report in this format, ending with a line break. */
  public abstract String render(StoryReport report);

  /** The digest in this format, ending with a line break. */
  public abstract String render(Digest digest);

  /** The format called {@code name}: markdown, html or json, case-insensitive. */
  public static ReportFormat byName(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown report format '" + name + "'; valid formats: markdown, html, json");
    }
  }
}
