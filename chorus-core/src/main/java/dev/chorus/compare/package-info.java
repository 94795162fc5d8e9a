/**
 * Who says what (issue #6): beside a story's summary, what only one outlet reports ({@link
 * dev.chorus.compare.Exclusive}), numbers the outlets state differently ({@link
 * dev.chorus.compare.Disagreement} of {@link dev.chorus.compare.Claim}s), and the key quotations
 * with their speakers ({@link dev.chorus.compare.Quote}). {@link dev.chorus.compare.StoryComparer}
 * runs the three detectors on an analyzed (cleaned) story and the caller's outlet names; syndicated
 * copies under different names count as different outlets carrying the same text. Every detector is
 * rule-based, deterministic and tuned for precision: it would rather say nothing than something
 * wrong.
 */
package dev.chorus.compare;
