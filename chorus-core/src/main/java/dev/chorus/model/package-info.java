/**
 * Immutable records shared by every stage: articles, stories, sentences with character spans back
 * to their article, budgets and summaries. Records validate their invariants on construction.
 */
package dev.chorus.model;
