package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.importing.Module;

/**
 * Ranks gated candidates and picks a balanced set: round-robin over types (each with a cap), spreading across
 * sections and evidence sentences, and rejecting near-duplicate prompts.
 */
public final class Ranker {
    private Ranker() {}

    static final List<QuestionType> ORDER = List.of(QuestionType.multiple_choice, QuestionType.main_idea,
            QuestionType.cloze, QuestionType.true_false, QuestionType.short_answer, QuestionType.select_evidence,
            QuestionType.matching, QuestionType.ordering, QuestionType.discussion);

    static Map<QuestionType, Integer> caps(Module.Kind kind) {
        boolean full = kind == null || kind == Module.Kind.article;
        Map<QuestionType, Integer> c = new EnumMap<>(QuestionType.class);
        c.put(QuestionType.multiple_choice, full ? 5 : 3);
        c.put(QuestionType.true_false, full ? 3 : 2);
        c.put(QuestionType.cloze, full ? 3 : 2);
        c.put(QuestionType.matching, full ? 2 : 1);
        c.put(QuestionType.ordering, 1);
        c.put(QuestionType.main_idea, full ? 3 : 2);
        c.put(QuestionType.short_answer, full ? 3 : 2);
        c.put(QuestionType.select_evidence, full ? 2 : 1);
        c.put(QuestionType.discussion, full ? 6 : 3);
        return c;
    }

    public static List<Candidate> select(List<Candidate> candidates, Module.Kind kind, List<QuestionGate.Rejection> rejected) {
        Map<QuestionType, Integer> caps = caps(kind);
        Map<QuestionType, List<Candidate>> byType = new EnumMap<>(QuestionType.class);
        for (Candidate c : candidates) byType.computeIfAbsent(c.question().type(), k -> new ArrayList<>()).add(c);
        List<Candidate> chosen = new ArrayList<>();
        Map<String, Integer> perSection = new HashMap<>();
        Map<String, Integer> perEvidence = new HashMap<>();
        Map<QuestionType, Integer> count = new EnumMap<>(QuestionType.class);
        Map<Skill, Integer> perSkill = new EnumMap<>(Skill.class);
        Map<String, Integer> perKind = new HashMap<>();
        Map<String, Integer> perAnswer = new HashMap<>();
        // scarce types choose first, so that a type with one or two candidates is not crowded out of its sentences
        // by a type with many
        List<QuestionType> order = new ArrayList<>(ORDER);
        order.sort(Comparator.comparingInt((QuestionType t) -> t == QuestionType.discussion ? Integer.MAX_VALUE
                : byType.getOrDefault(t, List.of()).size()).thenComparingInt(ORDER::indexOf));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (QuestionType t : order) {
                List<Candidate> pool = byType.getOrDefault(t, List.of());
                if (pool.isEmpty() || count.getOrDefault(t, 0) >= caps.get(t)) continue;
                Candidate best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Candidate c : pool) {
                    double s = c.score() - 0.3 * perSection.getOrDefault(c.question().section(), 0);
                    for (String e : c.question().evidence()) s -= 0.6 * perEvidence.getOrDefault(e, 0);
                    if (t == QuestionType.discussion) s -= 0.25 * perSkill.getOrDefault(c.question().skill(), 0)
                            + 0.3 * perKind.getOrDefault(kind(c.question()), 0);
                    // true/false answers in a mix, not all "true"
                    if (t == QuestionType.true_false) s -= 0.3 * perAnswer.getOrDefault(c.question().answer(), 0);
                    if (s > bestScore || s == bestScore && tieBreak(c, best) < 0) { bestScore = s; best = c; }
                }
                pool.remove(best);
                String dup = duplicateOf(best, chosen);
                if (dup != null) {
                    rejected.add(new QuestionGate.Rejection("near_duplicate", best.question().id(), t, best.question().prompt(),
                            "near-duplicate of " + dup));
                    progress = true;
                    continue;
                }
                chosen.add(best);
                count.merge(t, 1, Integer::sum);
                if (t == QuestionType.true_false) perAnswer.merge(best.question().answer(), 1, Integer::sum);
                if (t == QuestionType.discussion) {
                    perSkill.merge(best.question().skill(), 1, Integer::sum);
                    perKind.merge(kind(best.question()), 1, Integer::sum);
                }
                perSection.merge(best.question().section(), 1, Integer::sum);
                for (String e : best.question().evidence()) perEvidence.merge(e, 1, Integer::sum);
                progress = true;
            }
        }
        chosen.sort(Comparator.comparingInt((Candidate c) -> ORDER.indexOf(c.question().type()))
                .thenComparingInt(Candidate::position).thenComparing(c -> c.question().id()));
        return chosen;
    }

    /** The kind of a discussion prompt: its opening words ("The article argues", "How might a policymaker"). */
    static String kind(Question q) {
        String[] w = q.prompt().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(3, w.length)));
    }

    private static int tieBreak(Candidate a, Candidate b) {
        if (b == null) return -1;
        int p = Integer.compare(a.position(), b.position());
        return p != 0 ? p : a.question().id().compareTo(b.question().id());
    }

    private static String dupText(Question q) {
        return switch (q.type()) {
            case main_idea, select_evidence, short_answer -> q.prompt() + " " + q.answer();
            case ordering -> String.join(" ", q.items());
            case matching -> q.prompt() + " " + q.pairs();
            default -> q.prompt();
        };
    }

    private static final java.util.regex.Pattern WORDING = java.util.regex.Pattern.compile(
            "^(?:Which [a-z]+ correctly completes this (?:sentence|statement) (?:from|based on) the article\\? |Fill in the missing [a-z]+: |True or false: )");

    /** The prompt as read, without the wording its type always uses ("True or false: ", "Fill in the missing term: "). */
    static String core(Question q) {
        String p = WORDING.matcher(q.prompt()).replaceFirst("");
        return switch (q.type()) {
            case main_idea -> p + " " + String.join(" ", q.options());
            case ordering -> String.join(" ", q.items());
            case matching -> p + " " + q.pairs();
            default -> p;
        };
    }

    /** Gap-fill and true/false questions quote their sentence (or a clause of it). */
    private static boolean quotes(Candidate c) {
        QuestionType t = c.question().type();
        return t == QuestionType.multiple_choice || t == QuestionType.cloze || t == QuestionType.true_false
                || t == QuestionType.short_answer || t == QuestionType.select_evidence;
    }

    /**
     * Does a's statement show b's answer: two gaps in one sentence, a true statement and a gap, a why-question
     * that names the term a gap hides, a true statement that is a short answer's model passage?
     */
    private static boolean shows(Candidate a, Candidate b) {
        if (b.key() == null) return a.key() == null;
        // a model answer or a sentence to find is shown by any question that quotes most of it
        if (passageKey(b) && !passageKey(a) && Text.containment(words(Sentences.plain(b.key())), words(core(a.question()))) >= 0.8) return true;
        // a select-evidence claim that says what a true statement or a gapped sentence already says
        if (b.question().type() == QuestionType.select_evidence && !passageKey(a)) {
            String claim = b.question().prompt().replaceFirst("^.*?\\? (?:According to the article, )?", "");
            if (Text.containment(words(claim), words(core(a.question()))) >= 0.7) return true;
        }
        String key = figures(Text.norm(Sentences.plain(b.key())));
        return !key.isEmpty() && (" " + figures(Text.norm(core(a.question()))) + " ").contains(" " + key + " ");
    }

    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("\\b(?:" + NumberWords.PATTERN + ")\\b");

    /** Numbers in words written in figures, so that "eight months" and "8 months" compare equal. */
    private static String figures(String text) {
        java.util.regex.Matcher m = NUMBER_WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long v = NumberWords.value(m.group());
            m.appendReplacement(sb, v > 1 ? Long.toString(v) : m.group());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Keys that are whole passages (a thesis, a model answer, a sentence to find), not facts within one. */
    private static boolean passageKey(Candidate c) {
        QuestionType t = c.question().type();
        return t == QuestionType.main_idea || t == QuestionType.short_answer || t == QuestionType.select_evidence;
    }

    /** Id of a chosen question this one nearly repeats, or null. */
    private static final Map<String, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Content words of a text, memoised (the ranker compares every candidate with every chosen question). */
    private static Set<String> words(String text) {
        if (WORDS.size() > 20_000) WORDS.clear();
        return WORDS.computeIfAbsent(text, Text::contentWords);
    }

    static String duplicateOf(Candidate c, List<Candidate> chosen) {
        Set<String> w = words(dupText(c.question()));
        for (Candidate o : chosen) {
            if (o.question().id().equals(c.question().id())) return o.question().id();
            if (c.question().type() == QuestionType.discussion || o.question().type() == QuestionType.discussion) {
                if (c.question().type() == o.question().type() && c.question().evidence().equals(o.question().evidence())) return o.question().id();
                continue;
            }
            if (quotes(c) && quotes(o) && !java.util.Collections.disjoint(c.question().evidence(), o.question().evidence())
                    && (shows(c, o) || shows(o, c))) return o.question().id();
            if (c.key() != null && o.key() != null && o.question().type() == c.question().type()
                    && c.question().type() != QuestionType.main_idea && Text.norm(c.key()).equals(Text.norm(o.key()))) return o.question().id();
            // across types, what the student reads: the statement without the type's wording, no hidden answer
            double j = c.question().type() == o.question().type() ? Text.jaccard(w, words(dupText(o.question())))
                    : Text.jaccard(words(core(c.question())), words(core(o.question())));
            if (j >= 0.6) return o.question().id();
            boolean sameFact = c.key() != null && o.key() != null && !passageKey(c) && !passageKey(o) && Text.norm(c.key()).equals(Text.norm(o.key()))
                    && o.question().evidence().equals(c.question().evidence());
            if (sameFact) return o.question().id();
        }
        return null;
    }
}
