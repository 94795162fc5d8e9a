package dev.chorus.clean;

import dev.chorus.model.Span;

/**
 * A rule's decision about one piece of an article's text, before it becomes a {@link Dropped}.
 *
 * @param span where, in the article's text
 * @param unit the kind of piece
 * @param rule the rule that fired
 * @param detail the feature or phrase behind it
 */
record Finding(Span span, Dropped.Unit unit, CleaningRule rule, String detail) {}
