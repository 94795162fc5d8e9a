/**
 * ROUGE evaluation that agrees with the official ROUGE-1.5.5 Perl script (C.-Y. Lin, 2004) to the
 * last printed digit: per-cluster R/P/F, corpus averages and bootstrap confidence intervals.
 *
 * <p>Entry points: {@link dev.chorus.rouge.RougeOptions#fromOfficialFlags} parses the script's
 * flags; {@link dev.chorus.rouge.RougeResources#load} reads its word lists from a directory given
 * at run time (they are never shipped); {@link dev.chorus.rouge.RougeScorer#score} scores one
 * summary, {@link dev.chorus.rouge.RougeScorer#scoreAll} a corpus with {@link
 * dev.chorus.rouge.ResampleSource#rouge155()}; {@link dev.chorus.rouge.Rouge155Format} prints
 * numbers and reports as the script does.
 *
 * <p>Verified against the official output on DUC 2004 (flag sets {@code -n 2 -m -l 100 -2 4 -u},
 * {@code -n 2 -m -s -b 665 -w 1.2 -f B -p 0.3}, {@code -n 3 -l 100}, 3 systems; {@code -n 4 -x -m
 * -l 100} for 13 systems) and Multi-News ({@code -m -n 2 -2 4 -u}, 200 clusters): every per-cluster
 * value, average and confidence bound is equal.
 *
 * <h2>Quirks of ROUGE-1.5.5 that are reproduced (and that a "clean" ROUGE gets wrong)</h2>
 *
 * <ol>
 *   <li><b>Bytes, not characters.</b> The script reads files without decoding: it lowercases ASCII
 *       A-Z only and turns every byte outside {@code [a-z0-9]} into a space, so "Zürich" gives
 *       tokens "z rich", "U.S." gives "u s", "don't" gives "don t"; hyphens are tokens that are
 *       then dropped.
 *   <li><b>Truncation counts raw text.</b> {@code -l N} counts Perl {@code split(/\s+/)} fields of
 *       the raw line: "Sen's" is one word, a lone "_" or "--" is a word, a line starting with
 *       whitespace has an extra empty word, and a no-break space does not separate words. {@code -b
 *       N} counts UTF-8 bytes of the lines without the spaces that join them and may cut a word in
 *       two. Both limits apply to the references too.
 *   <li><b>ROUGE-L/W ignore the byte limit's running total.</b> Their sentence reader compares each
 *       line alone with {@code -b N}: all lines shorter than N are kept, only the first longer one
 *       is cut. Their P denominator and clipping counts come from the properly truncated text.
 *   <li><b>Stopwords, then stems.</b> {@code -s} removes SMART words before stemming. {@code -m}
 *       stems only tokens longer than 3 characters ("ran" stays "ran"): the WordNet exception base
 *       form if listed, else the script's own Porter stemmer. Exception lists are read adj, adv,
 *       noun, verb, a later entry winning ("better" becomes "well", not "good"). The base form is
 *       not stemmed again, so "mice" becomes "mouse" while "mouse" is stemmed to "mous".
 *   <li><b>The Porter stemmer is the script's.</b> Its step 4 applies -ement, -ment and -ent in
 *       sequence ("agreement" becomes "agreem"); Lucene's Porter differs on 246 of 93,448 words of
 *       Multi-News and DUC 2004.
 *   <li><b>N-grams and skip bigrams cross sentence boundaries</b>: the sentences are concatenated.
 *   <li><b>ROUGE-SU drops the last word's unigram</b> (its loop stops one early); a one-word text
 *       has no SU units at all.
 *   <li><b>ROUGE-L</b> is the union LCS per reference sentence with Cormen et al.'s traceback (ties
 *       move up), clipped by unigram counts that are used up across the reference's sentences.
 *   <li><b>ROUGE-W applies f(k) = k^w twice to the reference length</b>: R = f^-1(hits / f(sum of
 *       f(sentence length))). So ROUGE-W of a text with itself is below 1 (and P is below 1 for
 *       several sentences). Runs of hits are taken on the reference positions; a position whose
 *       clipping budget is used up neither counts nor ends a run. A reference without words makes
 *       the script die; here it scores 0.
 *   <li><b>Several references.</b> {@code -f A} sums hits and counts over references, adding the
 *       system count once per reference (a pooled ratio, not the mean of per-reference scores).
 *       {@code -f B} keeps the reference with the best recall, compared after rounding to 5
 *       decimals for ROUGE-N/S (unrounded for L/W), the first reference winning ties. There is no
 *       jackknifing (removed in ROUGE 1.4).
 *   <li><b>Rounding feeds back.</b> Per cluster, R and P are formatted with C's {@code %7.5f}
 *       (half-even on the exact binary value: 0.015625 prints 0.01562), F is computed from those
 *       rounded values and rounded again, and the averages are computed from the rounded values.
 *   <li><b>The average is a bootstrap mean.</b> The printed Average_R/P/F is the mean of the 1,000
 *       resample means, not the plain mean of the clusters: in the golden files 116 of 120 printed
 *       averages differ from the plain mean, by up to 0.0004.
 *   <li><b>The bootstrap is reproducible.</b> Resample i calls Perl's {@code srand(i)} and draws
 *       {@code int(rand(N))} N times; Perl 5.20+ implements rand with its own drand48 on every
 *       platform. Clusters are taken in the sorted order of "clusterId.systemId". The bounds are
 *       the sorted resample means at {@code floor(delta)} and {@code floor(R - delta - 1)}, delta =
 *       R * (100 - c) / 200, interpolated by the fraction of the upper index (elements 25 and 974
 *       of 1,000 for 95%).
 *   <li><b>Flags.</b> Without {@code -n} no ROUGE-N is computed; {@code -x} turns ROUGE-L off;
 *       {@code -U} wins over {@code -u}; a negative {@code -2} means no distance limit and the
 *       metric is named ROUGE-S* / ROUGE-SU*. The script silently ignores {@code -u} without {@code
 *       -2}; {@link dev.chorus.rouge.RougeOptions#fromOfficialFlags} rejects it.
 * </ol>
 *
 * <p>Performance: tokens are interned to ints per cluster, LCS tables are reused int/double arrays;
 * the Multi-News preset scores the 5,622 validation clusters in about 2 seconds on 2 cores.
 */
package dev.chorus.rouge;
