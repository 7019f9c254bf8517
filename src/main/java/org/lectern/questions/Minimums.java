package org.lectern.questions;

import org.lectern.importing.Module;

/**
 * The question counts a module must get (issue 4): a full article at least 12 comprehension questions of at least
 * 4 types and at least 4 discussion questions; an excerpt or summary at least 5 and 2. The same for every full
 * article, however short: a short text reaches them with several questions on one sentence that ask about
 * different facts (who, when, how many), none showing another's answer ({@link Giveaway}). {@code questions
 * report} prints the minimum and whether a module meets it; one that falls short is reported as BELOW.
 */
public final class Minimums {
    private Minimums() {}

    public static final int FULL_COMPREHENSION = 12, FULL_DISCUSSION = 4, FULL_TYPES = 4;
    public static final int SHORT_COMPREHENSION = 5, SHORT_DISCUSSION = 2;

    public static boolean full(Module m) {
        return m.kind() == Module.Kind.article;
    }

    public static int comprehension(Module m) {
        return full(m) ? FULL_COMPREHENSION : SHORT_COMPREHENSION;
    }

    public static int discussion(Module m) {
        return full(m) ? FULL_DISCUSSION : SHORT_DISCUSSION;
    }

    /** Distinct comprehension types required (none beyond the count for an excerpt or summary). */
    public static int types(Module m) {
        return full(m) ? FULL_TYPES : 1;
    }
}
