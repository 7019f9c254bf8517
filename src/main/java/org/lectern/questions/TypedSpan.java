package org.lectern.questions;

/**
 * A typed span in a sentence's plain text. {@code sub} refines the type (date granularity: year, month, day;
 * number unit; place kind: country, city, region; term kind: acronym, term). {@code value} orders dates and
 * numbers. {@code canonical} is the full form (a person's full name for a surname mention).
 */
public record TypedSpan(SpanType type, String text, int start, int end, String sub, double value, String canonical) {

    public boolean overlaps(TypedSpan o) { return start < o.end && o.start < end; }
}
