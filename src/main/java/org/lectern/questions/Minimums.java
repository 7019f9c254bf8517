package org.lectern.questions;

import org.lectern.importing.Module;

/**
 * The question counts a module must get (issue 4): a full article at least 12 comprehension questions of at least
 * 4 types and at least 4 discussion questions; an excerpt or summary at least 5 and 2.
 *
 * <p>A very short article cannot carry 12 comprehension questions without repeating itself: about one question
 * fits each sentence (a second one on the same sentence shows the first one's answer, and the ranker rejects it as
 * a near-duplicate), plus the main idea of the whole article and one question that draws on several sentences
 * (matching). So a full article's comprehension minimum is its number of sentences of six or more words (not
 * counting questions) plus two, at most 12 and never below 8: 12 from ten such sentences up. {@code questions
 * report} prints the minimum and whether a module meets it.
 */
public final class Minimums {
    private Minimums() {}

    public static final int FULL_COMPREHENSION = 12, FULL_DISCUSSION = 4, FULL_TYPES = 4;
    public static final int SHORT_COMPREHENSION = 5, SHORT_DISCUSSION = 2;
    /** The floor of the scaled minimum for a very short article. */
    public static final int LEAST_COMPREHENSION = 8;

    public static boolean full(Module m) {
        return m.kind() == Module.Kind.article;
    }

    public static int comprehension(Module m) {
        if (!full(m)) return SHORT_COMPREHENSION;
        return Math.min(FULL_COMPREHENSION, Math.max(LEAST_COMPREHENSION, sentences(m) + 2));
    }

    public static int discussion(Module m) {
        return full(m) ? FULL_DISCUSSION : SHORT_DISCUSSION;
    }

    /** Distinct comprehension types required (none beyond the count for an excerpt or summary). */
    public static int types(Module m) {
        return full(m) ? FULL_TYPES : 1;
    }

    /** Sentences of six or more words that are statements (not questions). */
    public static int sentences(Module m) {
        int n = 0;
        for (Sentence s : Sentences.of(m)) if (s.words() >= 6 && !s.plain().endsWith("?")) n++;
        return n;
    }
}
