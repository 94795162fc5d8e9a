package dev.chorus.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Renders a summary for people (text, Markdown) or programs (JSON).
 *
 * <p>Sentence text is shown whitespace-normalized (line breaks inside a source sentence become
 * single spaces); the JSON keeps character offsets so the verbatim source stays recoverable.
 * Output is deterministic: the same summary renders to the same bytes. Thread-safe.
 */
public enum SummaryFormat {
  /** One summary sentence per line. */
  TEXT {
    @Override
    public String render(Summary summary, Story story) {
      StringBuilder out = new StringBuilder();
      for (String line : summary.lines()) {
        out.append(line).append('\n');
      }
      return out.toString();
    }
  },
  /** A heading, then one bullet per sentence with its sources in italics. */
  MARKDOWN {
    @Override
    public String render(Summary summary, Story story) {
      StringBuilder out = new StringBuilder();
      out.append("## Summary of ").append(story.id()).append("\n\n");
      out.append("*").append(story.articles().size()).append(" articles · method ")
          .append(summary.method()).append(" · budget ").append(summary.budget())
          .append("*\n\n");
      for (SummarySentence sentence : summary.sentences()) {
        out.append("- ").append(Budget.normalizeSpace(sentence.text()));
        if (sentence.truncated()) {
          out.append(" …");
        }
        out.append(" — *").append(String.join(", ", outlets(sentence, story))).append("*\n");
      }
      return out.toString();
    }
  },
  /** A JSON object: story, method, budget and sentences with their sources and offsets. */
  JSON {
    @Override
    public String render(Summary summary, Story story) {
      ObjectNode root = Json.object();
      root.put("story", summary.storyId());
      root.put("method", summary.method());
      Json.putBudget(root, summary.budget());
      root.put("words", summary.wordCount());
      ArrayNode sentences = root.putArray("sentences");
      for (SummarySentence sentence : summary.sentences()) {
        ObjectNode node = sentences.addObject();
        node.put("text", Budget.normalizeSpace(sentence.text()));
        node.put("truncated", sentence.truncated());
        node.put("trimmed", sentence.trimmed());
        ArrayNode parts = node.putArray("parts");
        for (var part : sentence.parts()) {
          parts.addObject().put("start", part.start()).put("end", part.end());
        }
        ArrayNode sources = node.putArray("sources");
        for (Sentence source : sentence.sources()) {
          Article article = story.article(source.documentId());
          ObjectNode src = sources.addObject();
          src.put("document", source.documentId());
          src.put("outlet", article.sourceLabel());
          src.put("sentence", source.position());
          src.put("start", source.span().start());
          src.put("end", source.span().end());
        }
      }
      return Json.pretty(root);
    }
  };

  /** The summary rendered in this format, ending with a line break. */
  public abstract String render(Summary summary, Story story);

  /** Distinct outlet labels of a sentence's sources, in source order. */
  static Set<String> outlets(SummarySentence sentence, Story story) {
    Set<String> outlets = new LinkedHashSet<>();
    for (Sentence source : sentence.sources()) {
      outlets.add(story.article(source.documentId()).sourceLabel());
    }
    return outlets;
  }
}
