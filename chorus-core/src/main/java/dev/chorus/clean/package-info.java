/**
 * Cleaning: drops scraped page furniture from already-extracted article text (tweets, captions
 * and photo credits, datelines, share bars, newsletter and cookie prompts, copyright notices, ...)
 * and sets aside documents about another story. Every decision names the {@link
 * dev.chorus.clean.CleaningRule} that fired and the feature behind it ({@link
 * dev.chorus.clean.Dropped}); each rule can be switched off. Surviving sentences stay exact spans
 * of the original articles. Entry point: {@link dev.chorus.clean.StoryCleaner}; rules and
 * measurements are in docs/cleaning.md.
 */
package dev.chorus.clean;
