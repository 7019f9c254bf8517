package org.lectern.questions;

public enum QuestionType {
    multiple_choice, true_false, cloze, matching, ordering, main_idea, short_answer, select_evidence, discussion;

    public boolean comprehension() { return this != discussion; }
}
