package org.lectern.questions;

import java.util.List;

/**
 * A question before gating and ranking, with what the gate needs to know: the key (the text that makes the
 * answer right, which must be in the evidence) and the distractors or substitutes (which must not be).
 */
public record Candidate(Question question, String key, List<String> distractors, double score, int position) {

    /** The prompt of a multiple-choice question whose answer is the one statement the text does not support. */
    static final java.util.regex.Pattern NOT_SUPPORTED = java.util.regex.Pattern.compile("(?i)\\b(?:not support|not supported|is false|is not true)\\b");

    /**
     * Subtracted from the score of a weak question (a side detail asked by recall, a sentence copied as a true
     * statement): the ranker takes one only while the set is short of its minimums.
     */
    static final double WEAK = 10;

    /** Is this a weak question, to be asked only while the set is short of its minimums? */
    boolean weak() {
        return score() < -WEAK / 2;
    }

    public Candidate {
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }

    /** Derives key and distractors from the question itself (for questions from a model backend). */
    public static Candidate of(Question q, int position) {
        String key = switch (q.type()) {
            case multiple_choice, main_idea, cloze, select_evidence -> q.answer();
            default -> null;
        };
        // "Which of these statements does the article not support?": the answer is the one statement the evidence
        // contradicts, so it is no key to find in the evidence
        if (q.type() == QuestionType.multiple_choice && NOT_SUPPORTED.matcher(q.prompt()).find()) key = null;
        List<String> d = q.options().stream().filter(o -> !o.equals(q.answer())).toList();
        return new Candidate(q, key, d, 0, position);
    }
}
