package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Main idea: which statement best sums up a section (or, in an article without enough sections, a paragraph).
 * The key is the unit's most central self-contained sentence; distractors are the theses of other units that
 * overlap this unit less than the key does.
 */
final class MainIdeaBuilder {
    private MainIdeaBuilder() {}

    record Unit(String label, String section, List<Sentence> sentences, Sentence thesis, String thesisStem) {}

    private static final String[] ORD = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"};

    static List<Candidate> build(Context ctx) {
        List<Unit> sections = units(ctx, true);
        List<Unit> units = sections.size() >= 4 ? sections : units(ctx, false);
        List<Candidate> out = new ArrayList<>();
        if (units.size() < 4) return out;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            Set<String> words = new java.util.HashSet<>();
            for (Sentence s : unit.sentences()) words.addAll(Text.contentWords(s.plain()));
            Set<String> keyWords = Text.contentWords(unit.thesisStem());
            double keyFit = Text.containment(keyWords, wordsWithout(unit, unit.thesis()));
            List<Unit> others = new ArrayList<>();
            for (int d = 1; d < units.size() && others.size() < 3; d++) {
                for (int sign : new int[] {1, -1}) {
                    int j = u + sign * d;
                    if (j < 0 || j >= units.size() || others.size() >= 3) continue;
                    Unit o = units.get(j);
                    // a distractor must belong to its own unit more than to this one
                    Set<String> ow = Text.contentWords(o.thesisStem());
                    double fitHere = Text.containment(ow, words);
                    double fitOwn = Text.containment(ow, wordsWithout(o, o.thesis()));
                    if (fitHere > 0.5 || fitHere > keyFit + 0.3 && fitHere > fitOwn) continue;
                    if (Text.jaccard(Text.contentWords(o.thesisStem()), keyWords) > 0.4) continue;
                    others.add(o);
                }
            }
            if (others.size() < 3) continue;
            List<String> options = new ArrayList<>();
            options.add(unit.thesisStem());
            for (Unit o : others) options.add(o.thesisStem());
            String prompt = "Which statement best sums up " + unit.label() + "?";
            Question q = Question.of(QuestionType.main_idea, prompt, Skill.main_idea, 2, unit.section(),
                            List.of(unit.thesis().text()),
                            "The best summary is the statement the rest of " + unit.label()
                                    + " develops: \"" + unit.thesis().plain() + "\" The other statements come from other parts of the article.")
                    .withOptions(Builders.shuffle(options, unit.thesis().text()), unit.thesisStem());
            q = Ids.assign(q, unit.thesisStem());
            out.add(new Candidate(q, unit.thesisStem(), options.subList(1, options.size()), 1.2 + 0.1 * keyFit, unit.thesis().index()));
        }
        return out;
    }

    static String ordinal(int n) {
        String suf = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suf;
    }

    private static Set<String> wordsWithout(Unit unit, Sentence skip) {
        Set<String> w = new java.util.HashSet<>();
        for (Sentence s : unit.sentences()) if (s != skip) w.addAll(Text.contentWords(s.plain()));
        return w;
    }

    static List<Unit> units(Context ctx, boolean bySection) {
        List<List<Sentence>> groups = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Sentence> cur = null;
        int lastKey = -1, lastSection = -1, paraInSection = 0;
        for (Sentence s : ctx.sentences) {
            int key = bySection ? s.sectionIndex() : s.sectionIndex() * 10000 + s.paragraph();
            if (cur == null || key != lastKey) {
                if (!bySection) paraInSection = s.sectionIndex() == lastSection ? paraInSection + 1 : 0;
                cur = new ArrayList<>();
                groups.add(cur);
                String label;
                if (bySection) label = "the section \"" + s.section() + "\"";
                else {
                    String ord = s.paragraph() < ORD.length ? ORD[s.paragraph()] : ordinal(s.paragraph() + 1);
                    label = "the " + ord + " paragraph" + (s.section().isEmpty() ? " of the article" : " of the section \"" + s.section() + "\"");
                }
                labels.add(label);
                lastKey = key;
                lastSection = s.sectionIndex();
            }
            cur.add(s);
        }
        List<Unit> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Sentence> ss = groups.get(g);
            if (ss.size() < (bySection ? 3 : 4) || bySection && ss.get(0).section().isEmpty()) continue;
            Sentence best = null;
            double bestScore = -1;
            for (int i = 0; i < ss.size(); i++) {
                Sentence s = ss.get(i);
                String stem = ctx.stems.get(s.index());
                if (stem == null || s.words() > 35) continue;
                Set<String> w = ctx.words.get(s.index());
                double c = 0;
                for (Sentence o : ss) if (o != s) c += Text.jaccard(w, ctx.words.get(o.index()));
                c /= ss.size() - 1;
                if (i == 0) c += 0.05;
                if (s.plain().matches("(?i).*\\b(should|must|need to|key|critical|important|essential)\\b.*")) c += 0.03;
                if (c > bestScore) { bestScore = c; best = s; }
            }
            if (best != null) out.add(new Unit(labels.get(g), ss.get(0).section(), ss, best, ctx.stems.get(best.index())));
        }
        return out;
    }
}
