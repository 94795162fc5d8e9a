package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Fills a summary within a {@link Budget} from sentences offered in preference order, and keeps
 * near-duplicates out of it.
 *
 * <p>{@link #offer} adds a sentence when it fits the remaining budget and is no near-duplicate (see
 * {@link NearDuplicateIndex}) of a sentence already added. A sentence that does not fit is skipped
 * and later, shorter ones may still be added, except with {@link Budget#truncate()}: then the first
 * sentence that does not fit is cut to fill the budget exactly and the summary is closed. A cut
 * keeps a prefix of the verbatim sentence: after the N-th whitespace-separated word for {@link
 * Budget.Unit#WORDS}; for {@link Budget.Unit#BYTES} the longest prefix whose whitespace-normalized
 * UTF-8 form fits, never splitting a character and never ending in a space (so it may fall a few
 * bytes short; when not even the first character fits, the sentence is skipped instead). {@link
 * Budget.Unit#SENTENCES} budgets never cut. The budget is honoured exactly: {@code Summary.text()}
 * has at most {@code limit} bytes, {@code Summary.wordCount()} at most {@code limit} words, the
 * summary at most {@code limit} sentences. With {@link Budget#trim()}, every sentence is costed,
 * cut and shown as {@link SentenceTrimmer} trims it (its trailing attribution and short
 * parentheticals left out), and each summary sentence lists the verbatim parts it keeps.
 *
 * <p>{@link #build} lists summary sentences in the order they were added. Each lists as sources the
 * sentence itself, then its near-duplicates in other articles in story order, so attribution can
 * credit every outlet that printed it.
 *
 * <p>Not thread-safe: one builder per summary. Offering costs O(k·t) for k sentences added and t
 * terms per sentence; building looks up the near-duplicates of each added sentence once.
 */
public final class SummaryBuilder {

  /** What {@link #offer} did with a sentence. */
  public enum Outcome {
    /** Added whole. */
    ADDED,
    /** Added, cut to fill the budget; the summary is now closed. */
    TRUNCATED,
    /** Rejected: a near-duplicate of a sentence already added (or that sentence itself). */
    DUPLICATE,
    /**
     * Rejected: longer than the budget left (with truncation: not even its first character fits);
     * shorter sentences may still fit.
     */
    TOO_LONG,
    /** Rejected: the sentence has no words. */
    EMPTY,
    /** Rejected: the summary is closed (full, or cut at the budget). */
    CLOSED
  }

  private final AnalyzedStory story;
  private final Budget budget;
  private final NearDuplicateIndex duplicates;
  private final int[] costs;
  private final SentenceTrimmer trimmer;
  private final List<Span>[] kept;
  private final List<Integer> selected = new ArrayList<>();
  private int used;
  private boolean closed;
  private String truncatedText;

  /**
   * A builder for a summary of {@code story}.
   *
   * @param duplicates an index of the same story's sentences
   */
  public SummaryBuilder(AnalyzedStory story, Budget budget, NearDuplicateIndex duplicates) {
    this.story = Objects.requireNonNull(story, "story");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    if (duplicates.story() != story && !duplicates.story().equals(story)) {
      throw new IllegalArgumentException(
          "the near-duplicate index was built for story '"
              + duplicates.story().story().id()
              + "', not for story '"
              + story.story().id()
              + "'");
    }
    this.costs = new int[story.sentences().size()];
    Arrays.fill(costs, -1);
    this.trimmer = budget.trim() ? new SentenceTrimmer() : null;
    @SuppressWarnings("unchecked")
    List<Span>[] parts = new List[budget.trim() ? costs.length : 0];
    this.kept = parts;
  }

  /** Offers sentence {@code sentence} (a story index); see the class comment. */
  public Outcome offer(int sentence) {
    if (sentence < 0 || sentence >= costs.length) {
      throw new IllegalArgumentException(
          "sentence index must be in [0, " + costs.length + "), was " + sentence);
    }
    if (isClosed()) {
      return Outcome.CLOSED;
    }
    if (cost(sentence) == 0) {
      return Outcome.EMPTY;
    }
    if (isDuplicate(sentence)) {
      return Outcome.DUPLICATE;
    }
    if (fits(sentence)) {
      used += separator() + cost(sentence);
      selected.add(sentence);
      return Outcome.ADDED;
    }
    if (!budget.truncate()) {
      return Outcome.TOO_LONG;
    }
    String prefix = truncate(shownText(sentence), remaining());
    if (prefix.isEmpty()) {
      // Not even the first character fits (a multi-byte one in the last bytes): another
      // sentence's first characters may.
      return Outcome.TOO_LONG;
    }
    closed = true;
    used += separator() + budget.cost(prefix);
    selected.add(sentence);
    truncatedText = prefix;
    return Outcome.TRUNCATED;
  }

  /** Whether no further sentence can be added. */
  public boolean isClosed() {
    // Every non-empty sentence costs at least one unit.
    return closed || remaining() < 1;
  }

  /** Whether {@code sentence} is a near-duplicate of a sentence already added. */
  public boolean isDuplicate(int sentence) {
    for (int s : selected) {
      if (duplicates.areNearDuplicates(s, sentence)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code sentence} fits whole into the budget left. */
  public boolean fits(int sentence) {
    return !isClosed() && cost(sentence) <= remaining();
  }

  /** Story indexes of the sentences added so far, in the order they were added. */
  public int[] selected() {
    return selected.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Number of sentences added so far. */
  public int size() {
    return selected.size();
  }

  /** The summary of the sentences added so far, labelled with {@code method}. */
  public Summary build(String method) {
    return build(method, selected);
  }

  /**
   * The summary of the sentences added so far in reading order: by relative position in their
   * article (the first sentence of an article at 0, its last at 1), so that leads come first and
   * background later, whichever article each sentence came from; ties in story order. A sentence cut
   * at the budget stays last, since its cut only makes sense at the end.
   */
  public Summary buildInReadingOrder(String method) {
    List<AnalyzedSentence> all = story.sentences();
    int[] articleLength = new int[story.documentCount()];
    for (AnalyzedSentence s : all) {
      articleLength[s.documentIndex()] = Math.max(articleLength[s.documentIndex()], s.position() + 1);
    }
    int whole = truncatedText == null ? selected.size() : selected.size() - 1;
    List<Integer> order = new ArrayList<>(selected.subList(0, whole));
    order.sort(
        Comparator.<Integer>comparingDouble(
                s -> {
                  AnalyzedSentence a = all.get(s);
                  int length = articleLength[a.documentIndex()];
                  return length <= 1 ? 0.0 : (double) a.position() / (length - 1);
                })
            .thenComparingInt(s -> s));
    order.addAll(selected.subList(whole, selected.size()));
    return build(method, order);
  }

  private Summary build(String method, List<Integer> order) {
    List<SummarySentence> sentences = new ArrayList<>(order.size());
    for (int k = 0; k < order.size(); k++) {
      int s = order.get(k);
      Sentence chosen = story.sentences().get(s).sentence();
      List<Sentence> sources = new ArrayList<>();
      sources.add(chosen);
      int document = story.sentences().get(s).documentIndex();
      for (int d : duplicates.nearDuplicatesOf(s)) {
        if (story.sentences().get(d).documentIndex() != document) {
          sources.add(story.sentences().get(d).sentence());
        }
      }
      boolean cut = truncatedText != null && k == order.size() - 1;
      String text = cut ? truncatedText : shownText(s);
      sentences.add(
          new SummarySentence(text, sources, cut, documentParts(chosen, s, text.length())));
    }
    return new Summary(story.story().id(), method, budget, sentences);
  }

  /**
   * Marks as dead every live candidate that can no longer be added: near-duplicates of the last
   * added sentence and, without truncation, sentences that no longer fit. Called after every
   * addition (and once before the first), it lets greedy methods skip hopeless candidates in bulk
   * instead of offering them one by one.
   */
  void prune(int[] candidates, boolean[] alive) {
    if (isClosed()) {
      Arrays.fill(alive, false);
      return;
    }
    int last = selected.isEmpty() ? -1 : selected.get(selected.size() - 1);
    for (int k = 0; k < candidates.length; k++) {
      if (alive[k]
          && ((last >= 0 && duplicates.areNearDuplicates(last, candidates[k]))
              || (!budget.truncate() && !fits(candidates[k])))) {
        alive[k] = false;
      }
    }
  }

  /** The budget's cost of a sentence, without separator. */
  int cost(int sentence) {
    if (costs[sentence] < 0) {
      String shown = shownText(sentence);
      AnalyzedSentence s = story.sentences().get(sentence);
      // A whole sentence's word count is already known: the analyzer counted it as the budget
      // does (issue #5: counting again was a pass over every candidate's characters).
      costs[sentence] =
          budget.unit() == Budget.Unit.WORDS && shown == s.text() ? s.words() : budget.cost(shown);
    }
    return costs[sentence];
  }

  /**
   * The pieces of a sentence the summary would show, as offsets into the sentence's text: the whole
   * sentence, or with a trimming budget what {@link SentenceTrimmer} keeps.
   */
  private List<Span> keptParts(int sentence) {
    String text = story.sentences().get(sentence).text();
    if (trimmer == null) {
      return List.of(new Span(0, text.length()));
    }
    if (kept[sentence] == null) {
      kept[sentence] = trimmer.keep(text);
    }
    return kept[sentence];
  }

  /** What the summary would show of a sentence if added whole. */
  private String shownText(int sentence) {
    String text = story.sentences().get(sentence).text();
    List<Span> parts = keptParts(sentence);
    if (parts.size() == 1 && parts.get(0).length() == text.length()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length());
    for (Span part : parts) {
      shown.append(text, part.start(), part.end());
    }
    return shown.toString();
  }

  /** The document offsets of the first {@code length} characters a sentence shows. */
  private List<Span> documentParts(Sentence sentence, int index, int length) {
    int base = sentence.span().start();
    List<Span> parts = new ArrayList<>();
    int left = length;
    for (Span part : keptParts(index)) {
      if (left <= 0) {
        break;
      }
      int take = Math.min(left, part.length());
      parts.add(new Span(base + part.start(), base + part.start() + take));
      left -= take;
    }
    return parts;
  }

  /** The cost a next sentence may have, after its separator. */
  private int remaining() {
    return budget.limit() - used - separator();
  }

  private int separator() {
    return selected.isEmpty() ? 0 : budget.separatorCost();
  }

  /** The longest prefix of {@code text} that costs at most {@code allowed}, trailing space cut. */
  private String truncate(String text, int allowed) {
    return switch (budget.unit()) {
      case WORDS -> firstWords(text, allowed);
      case BYTES -> firstBytes(text, allowed);
      case SENTENCES -> "";
    };
  }

  private static String firstWords(String text, int words) {
    int seen = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        if (seen == words) {
          return text.substring(0, i).stripTrailing();
        }
        seen++;
      }
      inWord = !space;
    }
    return text.stripTrailing();
  }

  private String firstBytes(String text, int bytes) {
    // The cost of a prefix never decreases as it grows, so binary search finds the longest one
    // that fits. Measuring with Budget.cost itself keeps the cut consistent with the summary's
    // byte count, whitespace folding included.
    int low = 0;
    int high = text.length();
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (budget.cost(text.substring(0, mid)) <= bytes) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    int end = low;
    if (end > 0
        && end < text.length()
        && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end).stripTrailing();
  }
}
