package org.lectern.quiz;

import java.util.List;
import java.util.Map;
import org.lectern.reading.ModuleRenderer;

/**
 * A question as the student's page shows it: the controls to answer it (values filled in from the
 * saved answer, or from a rejected form so nothing typed is lost) and, once answered, the result.
 */
public record QuestionView(
        long id,
        long revisionId,
        int number,
        String type,
        String prompt,
        List<String> options,
        List<String> lefts,
        List<String> rights,
        List<String> items,
        List<Integer> positions,
        List<ModuleRenderer.SentenceText> sentences,
        Map<String, String> values,
        boolean answered,
        boolean showResult,
        Boolean correct,
        Integer creditPercent,
        boolean awaitingGrade,
        String explanation,
        String evidenceUrl,
        String instructorFeedback,
        String error,
        int section) {

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public boolean isChosen(String field, Object option) {
        return option != null && String.valueOf(option).equals(values.get(field));
    }

    public String typeLabel() {
        return switch (type) {
            case "multiple_choice" -> "Multiple choice";
            case "true_false" -> "True or false";
            case "cloze" -> "Fill in the blank";
            case "matching" -> "Matching";
            case "ordering" -> "Put in order";
            case "main_idea" -> "Main idea";
            case "short_answer" -> "Short answer";
            case "select_evidence" -> "Find the evidence";
            default -> type;
        };
    }
}
