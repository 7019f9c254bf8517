package org.lectern.questions;

import java.util.List;

/**
 * One generated (or curated) question. Fields not used by a type are empty lists / null. For
 * {@code true_false} the answer is "true" or "false" (written to YAML as a boolean). {@code status} is null
 * for freshly generated questions, or the curation status (approved, edited) of a curated one.
 */
public record Question(String id, QuestionType type, String prompt, List<String> options, String answer,
                       List<String> accepted, List<Pair> pairs, List<String> items, List<String> modules,
                       List<String> evidence, String section, Skill skill, int difficulty, String explanation,
                       String status) {

    public record Pair(String left, String right) {}

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        items = items == null ? List.of() : List.copyOf(items);
        modules = modules == null ? List.of() : List.copyOf(modules);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        section = section == null ? "" : section;
    }

    public static Question of(QuestionType type, String prompt, Skill skill, int difficulty, String section,
                              List<String> evidence, String explanation) {
        return new Question(null, type, prompt, null, null, null, null, null, null, evidence, section, skill,
                difficulty, explanation, null);
    }

    public Question withId(String newId) {
        return new Question(newId, type, prompt, options, answer, accepted, pairs, items, modules, evidence, section,
                skill, difficulty, explanation, status);
    }

    public Question withStatus(String newStatus) {
        return new Question(id, type, prompt, options, answer, accepted, pairs, items, modules, evidence, section,
                skill, difficulty, explanation, newStatus);
    }

    public Question withOptions(List<String> o, String a) {
        return new Question(id, type, prompt, o, a, accepted, pairs, items, modules, evidence, section, skill,
                difficulty, explanation, status);
    }

    public Question withAnswer(String a, List<String> acc) {
        return new Question(id, type, prompt, options, a, acc, pairs, items, modules, evidence, section, skill,
                difficulty, explanation, status);
    }

    public Question withPairs(List<Pair> p) {
        return new Question(id, type, prompt, options, answer, accepted, p, items, modules, evidence, section, skill,
                difficulty, explanation, status);
    }

    public Question withItems(List<String> i) {
        return new Question(id, type, prompt, options, answer, accepted, pairs, i, modules, evidence, section, skill,
                difficulty, explanation, status);
    }

    public Question withModules(List<String> m) {
        return new Question(id, type, prompt, options, answer, accepted, pairs, items, m, evidence, section, skill,
                difficulty, explanation, status);
    }
}
