package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Select evidence: a point the article makes is stated (or a question asked), and the student picks the sentence
 * of the text that backs it up. Never a trimmed or reworded copy of the answer sentence, which would make the task
 * string-matching. Auto-graded against the stored sentence.
 */
final class SelectEvidenceBuilder {
    private SelectEvidenceBuilder() {}

    /**
     * Is the claim meaningfully different from the sentence it points to: not a contiguous piece of it, and
     * sharing at most 70% of the sentence's content words?
     */
    static boolean different(String claim, String sentence) {
        String c = claim.replaceFirst("^According to the article, ", "").replaceAll("\\.$", "");
        if ((" " + Text.norm(sentence) + " ").contains(" " + Text.norm(c) + " ")) return false;
        Set<String> sw = Text.contentWords(sentence);
        Set<String> cw = new java.util.HashSet<>(Text.contentWords(c));
        cw.retainAll(sw);
        return sw.isEmpty() || (double) cw.size() / sw.size() <= 0.7;
    }

    /** Is the claim (without its attribution) how the sentence begins? */
    static boolean prefixOf(String claim, String sentence) {
        String c = claim.replaceFirst("^According to the article, ", "").replaceAll("\\.$", "");
        return Text.norm(sentence).startsWith(Text.norm(c));
    }

    /** The prompt: a point the article makes, and the task of finding the sentence that backs it up. */
    static final String PROMPT = "Which sentence in the text backs up this point with evidence (a figure, an example or a finding)? ";

    /** A sentence that gives evidence: a figure, a finding, a study, an example. */
    private static final Pattern EVIDENCE = Pattern.compile("(?i)\\d|%|\\b(?:per ?cent|percent|found|finds|showed|shows|(?<!case )study|studies|survey\\w*|research\\w*|"
            + "trial|data|figures?|measured|recorded|report(?:ed|s)?|for example|for instance|such as|" + NumberWords.PATTERN + ")\\b");
    /** Words that make a sentence a general point rather than evidence. */
    private static final Pattern NOT_A_POINT = Pattern.compile("(?i)\\d|%|[\"“”‘’]|\\?|\\b(?:per ?cent|percent|found|study|survey|for example|for instance|such as|said|says|told|"
            + "warns?|argues?|claims?|believes?|insists?|notes?|according|"
            + "I|we|our|you|your|" + NumberWords.PATTERN + ")\\b|\\b(?:last|next|this) (?:year|month|week)\\b");

    /**
     * Claims that need reading to place: a general point of a section (a sentence without figures, quotes or
     * reported speech) whose evidence (figures, a finding, an example) is in exactly one other sentence of the
     * same section, which shares some of its words but far from most. The student finds the sentence that backs
     * the point up, not a copy of it.
     */
    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        java.util.Set<Integer> usedEvidence = new java.util.HashSet<>();
        // how many sentences use each stem: the article's topic words link every sentence to every other
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (Sentence x : ctx.sentences) for (String w : stems(x.plain())) df.merge(w, 1, Integer::sum);
        int common = Math.max(3, ctx.sentences.size() / 8);
        for (Sentence c : ctx.sentences) {
            String point = point(ctx, c);
            if (point == null) continue;
            Set<String> cw = stems(point);
            if (cw.size() < 4) continue;
            Sentence best = null;
            int bestOverlap = 0, rivals = 0;
            for (Sentence e : ctx.sentences) {
                // the point opens its paragraph (its topic sentence) and the evidence follows in the same paragraph
                if (e == c || !e.section().equals(c.section()) || e.paragraph() != c.paragraph() || e.index() < c.index()) continue;
                Set<String> ew = stems(e.plain());
                int overlap = 0, specific = 0;
                for (String w : cw) if (ew.contains(w)) { overlap++; if (df.getOrDefault(w, 0) <= common) specific++; }
                // another sentence of figures or findings under the same point backs it up too, in other words
                // ("predicts a further decline of 8%" beside "forecasting a 6% fall"): two defensible answers
                if (overlap < 2 || specific < 2) { if (EVIDENCE.matcher(e.plain()).find() && e.words() >= 6) rivals++; continue; }
                if (!EVIDENCE.matcher(e.plain()).find()) {
                    // another plain sentence that says much the same: the point is not pinned to one sentence
                    if (overlap * 2 >= cw.size()) rivals++;
                    continue;
                }
                if (overlap > bestOverlap) { if (best != null) rivals++; best = e; bestOverlap = overlap; }
                else rivals++;
            }
            if (best == null || rivals > 0 || usedEvidence.contains(best.index())) continue;
            // the evidence must not restate the point: most of the point's words in it would be string-matching
            if ((double) bestOverlap / cw.size() > 0.5 || !different(point, best.plain())) continue;
            if (best.words() < 6 || best.words() > 45) continue;
            Candidate cand = evidenceCandidate(ctx, c, best, point);
            if (cand != null) { out.add(cand); usedEvidence.add(best.index()); }
        }
        out.addAll(asQuestions(ctx, usedEvidence));
        return out;
    }

    /** "Diesel use fell by 61 percent ...": the subject and verb of a change the sentence gives a figure for. */
    private static final Pattern CHANGE = Pattern.compile("^((?:[A-Z][\\p{L}'’-]*)(?: [\\p{L}'’-]+){1,6}?) ((?:has |have |had )?(?:fell|fallen|rose|risen|dropped|increased|decreased|grew|grown|declined|climbed|jumped|shrank|shrunk|doubled|tripled|halved)) "
            + "(?:by |from |to )?(?:about |around |almost |nearly |more than |roughly |some )?(?:\\p{Sc})?\\d");
    /** "X happened because Y": the main clause a reason is given for. */
    private static final Pattern REASON = Pattern.compile("^([A-Z][^,;:\"“”]{20,140}?),? because ([^;:\"“”]{15,})\\.$");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|say|told|argued|argues|claimed|claims|believes|believed|warned|warns|added|noted|thinks|thought|suggests?|suggested)\\b");

    /**
     * Where no point has one clear piece of evidence, a question the answer sentence answers: which sentence gives
     * the figure for a change ("... shows how much diesel use fell?"), or explains why something happened. Only
     * when exactly one sentence of the text answers it.
     */
    private static final Pattern ASK_LEAD = Pattern.compile("^Which sentence in the text (?:gives the figure that shows how much|explains why) ");

    static List<Candidate> asQuestions(Context ctx, java.util.Set<Integer> used) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index())) continue;
            String stem = ctx.stems.get(s.index());
            if (stem == null || !stem.equals(s.plain()) || s.words() > 45) continue;
            String ask = null;
            Matcher m = CHANGE.matcher(stem);
            if (m.find() && !m.group(1).matches("(?i).*\\b(?:and|or|that|which|who|when|if|while|after|before|in|of|at|on)$")
                    && !m.group(1).matches("(?i)^(?:in|on|at|by|after|before|during|since|when|while|although)\\b.*")) {
                ask = "Which sentence in the text gives the figure that shows how much " + Text.lowerFirst(m.group(1), ShortAnswerBuilder.properNoun(ctx, m.group(1))) + " " + m.group(2) + "?";
            } else {
                Matcher r = REASON.matcher(stem);
                if (r.matches() && !REPORTED.matcher(r.group(1)).find() && Builders.hasVerb(s, r.group(1)) && !Text.startsWithPronoun(r.group(1))
                        && !r.group(1).matches("(?i)^(?:in|on|at|by|after|before|during|since|when|while|although|but|and|so|partly|only)\\b.*")
                        && r.group(1).split("\\s+").length >= 5 && r.group(2).split("\\s+").length >= 4) {
                    ask = "Which sentence in the text explains why " + Text.lowerFirst(r.group(1), ShortAnswerBuilder.properNoun(ctx, r.group(1))) + "?";
                }
            }
            if (ask == null || !Text.balanced(ask) || ask.matches(".*\\w- .*")) continue;
            // "explains why the rule was designed ...": a noun phrase for one named before takes its name from the
            // sentences before when they give exactly one; else the question is weak
            boolean weak = false;
            Matcher lead = ASK_LEAD.matcher(ask);
            if (lead.find()) {
                String tail = ask.substring(lead.end());
                String np = Anaphora.dangling(ctx, tail);
                if (np != null) {
                    String resolved = Anaphora.resolve(ctx, s, tail, np);
                    if (resolved != null && Anaphora.dangling(ctx, resolved) == null) ask = ask.substring(0, lead.end()) + resolved;
                    else weak = true;
                }
            }
            // exactly one sentence answers it
            Set<String> aw = Text.contentWords(ask.replaceFirst("^Which sentence in the text (?:gives the figure that shows how much|explains why) ", ""));
            boolean unique = true;
            for (Sentence t : ctx.sentences) if (t != s && Text.containment(aw, Text.contentWords(t.plain())) >= 0.6) unique = false;
            if (!unique || aw.size() < 2) continue;
            // the question must not copy its answer: "explains why dockworkers lived in crowded courts ..." is found by
            // matching words, so it is asked only when the question leaves most of the sentence's words out
            if (Text.containment(Text.contentWords(s.plain()), aw) > 0.45) continue;
            Question q = Question.of(QuestionType.select_evidence, ask, Skill.inference, 2, s.section(), List.of(s.text()),
                            Builders.explain(ask.contains("explains why") ? "This sentence gives the reason." : "This sentence gives the figure.", s))
                    .withAnswer(s.text(), null);
            q = Ids.assign(q, ask);
            out.add(new Candidate(q, s.text(), List.of(), 1.0 + MultipleChoiceBuilder.lengthScore(s) - (weak ? Candidate.WEAK : 0), s.index()));
        }
        return out;
    }

    /** A sentence as a point to back up, or null: self-contained, general (no figures, quotes, speech), 8-30 words. */
    static String point(Context ctx, Sentence c) {
        String stem = ctx.stems.get(c.index());
        boolean opens = c.index() == 0 || ctx.sentences.get(c.index() - 1).paragraph() != c.paragraph()
                || !ctx.sentences.get(c.index() - 1).section().equals(c.section());
        // a list item ("**Pregnant women**, whose ...") is no point
        if (!opens || c.text().matches("^(?:\\*\\*|[-*] ).*") || c.plain().matches("^[^,]+, (?:whose|who|which) [^,]*\\.$")) return null;
        if (stem == null || !stem.equals(c.plain())) return null;
        int n = c.words();
        if (n < 8 || n > 30 || NOT_A_POINT.matcher(stem).find() || !c.hasVerb()) return null;
        if (!Text.balanced(stem) || stem.contains(" — ") || stem.contains(":")) return null;
        // a broken or dangling piece of text ("battery- trains", "than a set of keys")
        if (stem.matches(".*\\w- .*") || stem.matches("(?i)^(?:than|and|or|but|which|who)\\b.*")) return null;
        // a point is a main clause ("As the new government takes office, ..." sets a scene instead)
        if (stem.matches("(?i)^(?:as|when|while|after|before|since|although|though|if|with|in|on|at|by|during|for|from|despite|following|over|under|until)\\b.*")) return null;
        return stem;
    }

    /** Word stems (first five letters of content words), so "cuts" and "cutting", "reliable" and "reliability" meet. */
    static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Text.contentWords(text)) if (!w.matches("\\d.*")) out.add(w.length() > 5 ? w.substring(0, 5) : w);
        return out;
    }

    private static Candidate evidenceCandidate(Context ctx, Sentence point, Sentence e, String claim) {
        Question q = Question.of(QuestionType.select_evidence, PROMPT + claim, Skill.inference, 2, e.section(), List.of(e.text()),
                        Builders.explain("This sentence gives the evidence for the point: " + Text.lowerFirst(claim.replaceAll("\\.$", ""), ShortAnswerBuilder.properNoun(ctx, claim)) + ".", e))
                .withAnswer(e.text(), null);
        q = Ids.assign(q, claim + "|" + e.text());
        // a point stated early in its section and backed up by a figure is the section's argument, worth asking
        double score = 1.2 + MultipleChoiceBuilder.lengthScore(e);
        // a point that leans on an earlier sentence ("these difficult conversations") is asked only while the set is short
        if (Anaphora.dangling(ctx, claim) != null) score -= Candidate.WEAK;
        return new Candidate(q, e.text(), List.of(), score, e.index());
    }
}
