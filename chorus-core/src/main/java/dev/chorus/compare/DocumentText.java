package dev.chorus.compare;

import dev.chorus.model.Span;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the detectors need to know about one article beyond its analyzed sentences: its text, its
 * kept sentences (cleaning may have dropped some), the stretches of text they cover, and which
 * words it capitalizes where capitals mark a name rather than a sentence start. Immutable.
 */
final class DocumentText {

  private final int index;
  private final String id;
  private final String text;
  private final List<AnalyzedSentence> sentences;
  private final List<Span> regions;
  private final Set<String> names;

  private DocumentText(int index, String id, String text, List<AnalyzedSentence> sentences) {
    this.index = index;
    this.id = id;
    this.text = text;
    this.sentences = List.copyOf(sentences);
    this.regions = regions(text, this.sentences);
    this.names = names(this.sentences);
  }

  /** One entry per article of the story, by document index. Linear in the story's length. */
  static List<DocumentText> of(AnalyzedStory story) {
    List<List<AnalyzedSentence>> byDocument = new ArrayList<>();
    for (int d = 0; d < story.documentCount(); d++) {
      byDocument.add(new ArrayList<>());
    }
    for (AnalyzedSentence s : story.sentences()) {
      byDocument.get(s.documentIndex()).add(s);
    }
    List<DocumentText> documents = new ArrayList<>();
    for (int d = 0; d < story.documentCount(); d++) {
      var article = story.story().articles().get(d);
      documents.add(new DocumentText(d, article.id(), article.text(), byDocument.get(d)));
    }
    return List.copyOf(documents);
  }

  int index() {
    return index;
  }

  String id() {
    return id;
  }

  String text() {
    return text;
  }

  /** The kept sentences of the article, in text order. */
  List<AnalyzedSentence> sentences() {
    return sentences;
  }

  /**
   * Whether {@code [start, end)} lies within one stretch of kept sentences: a quotation in a
   * dropped embedded tweet or caption does not count.
   */
  boolean isKept(int start, int end) {
    for (Span r : regions) {
      if (r.start() <= start && end <= r.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the lowercased word is written capitalized somewhere in the article where a capital
   * does not just start a sentence: "Biden" is a name, "Officials" at a sentence start is not.
   */
  boolean isName(String lower) {
    return names.contains(lower);
  }

  /** Kept sentences merged where only whitespace and quotation marks separate them. */
  private static List<Span> regions(String text, List<AnalyzedSentence> sentences) {
    List<Span> merged = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (AnalyzedSentence s : sentences) {
      Span span = s.sentence().span();
      if (start >= 0 && onlyGlue(text, end, span.start())) {
        end = Math.max(end, span.end());
        continue;
      }
      if (start >= 0) {
        merged.add(new Span(start, end));
      }
      start = span.start();
      end = span.end();
    }
    if (start >= 0) {
      merged.add(new Span(start, end));
    }
    return List.copyOf(merged);
  }

  private static boolean onlyGlue(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && Quotes.markKind(c) == Quotes.NOT_A_MARK) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> names(List<AnalyzedSentence> sentences) {
    Set<String> names = new HashSet<>();
    for (AnalyzedSentence s : sentences) {
      List<Token> tokens = Tokens.of(s.text());
      boolean initial = true;
      for (Token t : tokens) {
        if (!t.isWord()) {
          // After an opening quotation mark or a colon a capital starts a sentence too; after a
          // closing one it does not (",” Michael Carpenter said").
          int mark = Quotes.markKind(t.text().charAt(0));
          initial |= mark == Quotes.OPENING || mark == Quotes.EITHER
              || t.is(':') || t.is('.') || t.is('!') || t.is('?');
          continue;
        }
        if (!initial && t.isCapitalized() && !t.isDottedAcronym()) {
          names.add(t.lower());
        }
        initial = false;
      }
    }
    return Set.copyOf(names);
  }
}
