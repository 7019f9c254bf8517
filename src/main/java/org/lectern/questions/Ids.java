package org.lectern.questions;

/** Stable question ids: type + first evidence sentence + key, hashed; never list positions. */
public final class Ids {
    private Ids() {}

    public static String of(QuestionType type, String evidence, String key) {
        String prefix = switch (type) {
            case multiple_choice -> "mc";
            case true_false -> "tf";
            case cloze -> "cz";
            case matching -> "mt";
            case ordering -> "or";
            case main_idea -> "mi";
            case short_answer -> "sa";
            case select_evidence -> "se";
            case discussion -> "dq";
        };
        return prefix + "-" + Text.hash(type.name() + "\u0000" + (evidence == null ? "" : evidence) + "\u0000"
                + (key == null ? "" : key));
    }

    public static Question assign(Question q, String key) {
        return q.withId(of(q.type(), q.evidence().isEmpty() ? q.prompt() : q.evidence().get(0), key));
    }
}
