package org.lectern.questions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a generation run produced for one module: counts by type and skill, and what the gate rejected and why. */
public record GenerationReport(String slug, int candidates, List<Question> questions, List<QuestionGate.Rejection> rejections,
                               long millis, org.lectern.importing.Module.Kind kind, int minComprehension, int minDiscussion,
                               int minTypes) {

    public GenerationReport(String slug, int candidates, List<Question> questions, List<QuestionGate.Rejection> rejections, long millis) {
        this(slug, candidates, questions, rejections, millis, null, 0, 0, 0);
    }

    /** A report that knows the module's minimums (see {@link Minimums}). */
    static GenerationReport of(org.lectern.importing.Module m, int candidates, List<Question> questions,
                               List<QuestionGate.Rejection> rejections, long millis) {
        return new GenerationReport(m.slug(), candidates, questions, rejections, millis, m.kind(), Minimums.comprehension(m),
                Minimums.discussion(m), Minimums.types(m));
    }

    /**
     * How the questions fall short of the module's minimums ({@link Minimums}: for a full article 12 comprehension
     * questions of at least 4 types and 4 discussion questions, however short; for an excerpt or summary 5 and 2),
     * or null if they meet them (or the minimums are unknown).
     */
    public String belowMinimum() {
        if (kind == null) return null;
        int comp = minComprehension, disc = minDiscussion, types = minTypes;
        long t = questions.stream().filter(q -> q.type().comprehension()).map(Question::type).distinct().count();
        List<String> why = new java.util.ArrayList<>();
        if (comprehension() < comp) why.add(comprehension() + "/" + comp + " comprehension");
        if (t < types) why.add(t + "/" + types + " comprehension types");
        if (discussion() < disc) why.add(discussion() + "/" + disc + " discussion");
        return why.isEmpty() ? null : String.join(", ", why);
    }

    public Map<String, Integer> byType() {
        Map<String, Integer> m = new TreeMap<>();
        for (Question q : questions) m.merge(q.type().name(), 1, Integer::sum);
        return m;
    }

    public Map<String, Integer> bySkill() {
        Map<String, Integer> m = new TreeMap<>();
        for (Question q : questions) m.merge(q.skill().label(), 1, Integer::sum);
        return m;
    }

    public Map<String, Integer> rejectionsByRule() {
        Map<String, Integer> m = new TreeMap<>();
        for (QuestionGate.Rejection r : rejections) m.merge(r.rule(), 1, Integer::sum);
        return m;
    }

    public long comprehension() { return questions.stream().filter(q -> q.type().comprehension()).count(); }

    public long discussion() { return questions.size() - comprehension(); }

    public String render(int examplesPerRule) {
        StringBuilder sb = new StringBuilder();
        sb.append(slug).append(": ").append(questions.size()).append(" questions (").append(comprehension())
                .append(" comprehension, ").append(discussion()).append(" discussion) from ").append(candidates)
                .append(" candidates\n");
        sb.append("  by type:  ").append(format(byType())).append('\n');
        if (kind != null) {
            String below = belowMinimum();
            String rule = kind + ": " + minComprehension + " comprehension"
                    + (minTypes > 1 ? " of " + minTypes + " types" : "") + ", " + minDiscussion + " discussion";
            sb.append("  minimum:  ").append(below == null ? "met (" + rule + ")" : "BELOW (" + rule + "): " + below).append('\n');
        }
        sb.append("  by skill: ").append(format(bySkill())).append('\n');
        sb.append("  rejected: ").append(rejections.size()).append(rejections.isEmpty() ? "" : " — " + format(rejectionsByRule())).append('\n');
        for (String rule : rejectionsByRule().keySet()) {
            int n = 0;
            for (QuestionGate.Rejection r : rejections) {
                if (!r.rule().equals(rule) || n++ >= examplesPerRule) continue;
                sb.append("    [").append(rule).append("] ").append(r.type()).append(": ").append(r.reason()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String format(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
