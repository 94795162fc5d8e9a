package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;

/**
 * Maximal Marginal Relevance: Carbonell and Goldstein, "The use of MMR, diversity-based reranking
 * for reordering documents and producing summaries", SIGIR 1998.
 *
 * <p>Greedily selects the candidate maximizing {@code λ * Sim1(Si, Q) - (1 - λ) * max over selected
 * Sj of Sim2(Si, Sj)}. Without a query, Q is the story centroid: the sum of all sentences' unit
 * TF-IDF vectors (see {@link StoryIndex}); both similarities are cosines. As in the paper, λ
 * weights relevance and 1 - λ redundancy; the default {@value #DEFAULT_LAMBDA} favours relevance
 * while still pushing away from what is already said. A candidate that does not fit is dropped and
 * the next best tried; near-duplicates are rejected (see {@link SummaryBuilder}). The summary is in
 * selection order.
 *
 * <p>{@code mmr-lead} ({@link #withLeadBonus()}) adds what news summarization needs beyond the
 * paper: a bonus for each article's opening sentences, no dangling openers, reading order.
 *
 * <p>Immutable and thread-safe. O(T) to score relevance and O(T) per selected sentence to update
 * the redundancy terms, T the candidates' term occurrences: no similarity matrix.
 */
public final class MmrSummarizer implements Summarizer {

  public static final double DEFAULT_LAMBDA = 0.7;

  /**
   * The lead bonus of {@link #withLeadBonus()}: on DUC 2004 (recall, 100 words) it raised ROUGE-1/2
   * from 38.61/9.28 to 39.42/9.96, to 39.50/10.05 with context openers set aside, and to
   * 39.54/10.15 with sentences inside a quotation set aside too; 0.5 and 1 were no better
   * (docs/ranker.md).
   */
  public static final double DEFAULT_LEAD_WEIGHT = 0.25;

  private final double lambda;
  private final double leadWeight;

  /** λ = 0.7, no lead bonus. */
  public MmrSummarizer() {
    this(DEFAULT_LAMBDA, 0.0);
  }

  /** MMR with λ = {@value #DEFAULT_LAMBDA} and the lead bonus {@value #DEFAULT_LEAD_WEIGHT}. */
  public static MmrSummarizer withLeadBonus() {
    return new MmrSummarizer(DEFAULT_LAMBDA, DEFAULT_LEAD_WEIGHT);
  }

  /** No lead bonus. */
  public MmrSummarizer(double lambda) {
    this(lambda, 0.0);
  }

  /**
   * @param lambda weight of relevance against redundancy, in [0, 1]
   * @param leadWeight w ≥ 0: a candidate's relevance is multiplied by {@code 1 + w / (1 + r)}, r
   *     its rank among its article's candidates, so that the opening sentences of each article,
   *     where news puts its facts, are preferred; a sentence that opens with a word needing the
   *     sentence before ("But", "He", "Both") or starts inside a quotation opened before it
   *     ({@link Quotations}) is not chosen unless no sentence stands alone; the summary is in
   *     reading order (0: plain MMR)
   */
  public MmrSummarizer(double lambda, double leadWeight) {
    this.lambda = Arguments.inRange("lambda", lambda, 0.0, 1.0);
    this.leadWeight = Arguments.inRange("leadWeight", leadWeight, 0.0, 100.0);
  }

  @Override
  public String name() {
    return leadWeight == 0 ? "mmr" : "mmr-lead";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    StoryIndex index = selection.index;
    int[] candidates = selection.candidates;

    double[] centroid = new double[index.vocabularySize()];
    for (int i = 0; i < index.size(); i++) {
      index.addTo(centroid, i, 1.0);
    }
    double norm = 0;
    for (double v : centroid) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    double[] relevance = new double[candidates.length];
    int[] rank = Candidates.rankInArticle(index.story(), candidates);
    boolean[] insideQuotation =
        leadWeight > 0 ? Quotations.insideOpenQuotation(index.story()) : null;
    boolean[] needsContext = new boolean[candidates.length];
    int standAlone = 0;
    for (int k = 0; k < candidates.length; k++) {
      relevance[k] = norm == 0 ? 0 : index.dot(candidates[k], centroid) / norm;
      relevance[k] *= 1 + leadWeight / (1 + rank[k]);
      needsContext[k] =
          leadWeight > 0
              && (SentenceFeatures.opensWithContextWord(index.sentence(candidates[k]).text())
                  || insideQuotation[candidates[k]]);
      standAlone += needsContext[k] ? 0 : 1;
    }
    // "But ...", "He ...", "Both ...", and the middle of a quotation ("We want to be inclusive."):
    // unreadable without the sentence before, which the summary rarely has. Never chosen, not
    // even to fill the budget, unless no sentence of the story stands alone or the story has no
    // informative sentence (then every sentence is a candidate, see Candidates).
    boolean informative =
        candidates.length > 0 && Candidates.isInformative(index.sentence(candidates[0]));
    for (int k = 0; k < candidates.length; k++) {
      if (needsContext[k]) {
        relevance[k] = standAlone > 0 && informative ? Selection.NEVER : 0;
      }
    }

    selection.maximalMarginalRelevance(relevance, lambda, 1 - lambda);
    // Plain MMR keeps the paper's selection order; with the lead bonus (a method for readers, not
    // a reproduction) the summary is in reading order.
    return leadWeight == 0 ? selection.build(name()) : selection.buildInReadingOrder(name());
  }
}
