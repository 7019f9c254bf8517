package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Select evidence: a claim (the main clause of a longer sentence) is stated, and the student picks the sentence
 * of the text that supports it. Auto-graded against the stored sentence.
 */
final class SelectEvidenceBuilder {
    private SelectEvidenceBuilder() {}

    private static final Pattern CUT = Pattern.compile(",? (?:because|which|while|whereas|although|but|since|despite|even as|even though) |; | — | – |, (?:and|including|such as|especially|as) ");

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            String stem = ctx.stems.get(s.index());
            if (stem == null) continue;
            var m = CUT.matcher(stem);
            if (!m.find()) continue;
            String claim = stem.substring(0, m.start()).strip();
            String rest = stem.substring(m.end());
            if (rest.split("\\s+").length < 4 || claim.matches(".*(,\\s*\\S+|\\b\\w+ing)$")) continue;
            if (claim.split("\\s+").length < 7 || claim.contains(",") && claim.split(",").length > 2) continue;
            if (claim.split("\\s+").length > stem.split("\\s+").length * 0.8) continue;
            if (!Builders.hasVerb(s, claim) || claim.matches("(?i).*(\\bnot only\\b|—|–|\\bboth\\b[^,]*$|\\bbetween\\b[^,]*$).*")) continue;
            if (!Text.balanced(claim) || claim.matches(".*\\b(to|of|the|a|an|and|in|on|for|that|by|with)$")) continue;
            if (!claim.matches(".*\\b(is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|need|needs|[a-z]{3,}ed|[a-z]{3,}s)\\b.*")) continue;
            claim = claim + ".";
            // the claim must point to one sentence only
            Set<String> cw = Text.contentWords(claim);
            boolean ambiguous = false;
            for (Sentence t : ctx.sentences) {
                if (t != s && Text.containment(cw, Text.contentWords(t.plain())) >= 0.7) ambiguous = true;
            }
            if (ambiguous) continue;
            Question q = Question.of(QuestionType.select_evidence, claim, Skill.inference, 2, s.section(), List.of(s.text()),
                            Builders.explain("This sentence states the claim and what goes with it.", s))
                    .withAnswer(s.text(), null);
            q = Ids.assign(q, claim);
            out.add(new Candidate(q, s.text(), List.of(), 1.0 + MultipleChoiceBuilder.lengthScore(s), s.index()));
        }
        return out;
    }
}
