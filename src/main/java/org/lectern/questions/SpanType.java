package org.lectern.questions;

/** Types of spans the rule-based tagger finds (GROUP: groups that act, found with parts of speech by {@link Groups}). */
public enum SpanType { PERSON, ORGANISATION, PLACE, DATE, NUMBER, MONEY, PERCENT, TERM, GROUP }
