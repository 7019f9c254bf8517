package org.lectern.questions;

/** Types of spans the rule-based tagger finds. */
public enum SpanType { PERSON, ORGANISATION, PLACE, DATE, NUMBER, MONEY, PERCENT, TERM }
