package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short answer (instructor-graded): why/how questions whose model answer is a passage of the text. Sources: the
 * article's own questions (answered by the sentences that follow), causal sentences ("because", "due to",
 * "in order to") and means ("by doing").
 */
final class ShortAnswerBuilder {
    private ShortAnswerBuilder() {}

    private static final Pattern WHY = Pattern.compile("^(.{20,}?),? (?:because|due to|owing to|in order to|so as to) (.{10,})$");
    private static final Pattern BECAUSE_FIRST = Pattern.compile("^(?:Because|As a result of|Due to) ([^,]{10,}), (.{20,})$");
    private static final Pattern SO = Pattern.compile("^(.{20,}?), so (?!that\\b|far\\b|much\\b)([^,]{20,})$");
    private static final Pattern SO_THAT = Pattern.compile("^([^,]{20,}?),? so that (.{10,})$");
    private static final Pattern RESULT_FIRST = Pattern.compile("^(?:As a result|Therefore|Consequently|For that reason|For this reason|Because of this|Thus),? ([^,]{20,})(?:, [^,]+)?$");
    private static final Pattern THEREFORE_MID = Pattern.compile("^([A-Z][^,]{5,}?) (?:therefore|thus|consequently) ([a-z][^,]{15,})$");
    /**
     * A decision or obligation followed by the event that led to it, optionally with its attribution between
     * ("X will have to ..., the authority said on Tuesday, after a winter in which ...").
     */
    private static final Pattern AFTER = Pattern.compile(
            "^([^,]{20,}?)(?:, (?:the |a |an )?[^,]{2,60}? (?:said|says|announced|reported|confirmed)(?: on \\w+| last \\w+| this \\w+)?)?, after (.{15,})$");
    private static final Pattern DECISION = Pattern.compile(
            "\\b(?:will|must|has to|have to|had to|decided|agreed|announced|introduced|ordered|banned|closed|cancelled|"
                    + "suspended|resigned|launched|approved|raised|cut|changed|tightened)\\b");
    private static final Pattern HOW = Pattern.compile("^(.{20,}?),? by ([a-z]+ing) (.{5,})$");

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            // the article's own why/how questions, answered by what follows
            String p = s.plain();
            if (p.endsWith("?") && p.matches("^(Why|How) .*") && p.split("\\s+").length >= 6
                    && !p.matches("(?i).*\\b(it|this|these|they|he|she|we|you)\\b.*")) {
                List<Sentence> ans = new ArrayList<>();
                for (int i = s.index() + 1; i < ctx.sentences.size() && ans.size() < 3; i++) {
                    Sentence n = ctx.sentences.get(i);
                    if (n.sectionIndex() != s.sectionIndex() || n.plain().endsWith("?")) break;
                    ans.add(n);
                }
                if (ans.size() >= 2) {
                    String passage = String.join(" ", ans.stream().map(Sentence::plain).toList());
                    add(out, ctx, s, p + " Answer using the article.", passage, ans.stream().map(Sentence::text).toList(), 1.5);
                }
                continue;
            }
            String stem = ctx.stems.get(s.index());
            if (stem == null) continue;
            String body = stem.substring(0, stem.length() - 1);
            Matcher m = WHY.matcher(body);
            String main = null, verb = "why";
            if (m.matches() && !m.group(1).contains(",")) main = m.group(1);
            else if ((m = BECAUSE_FIRST.matcher(body)).matches()) main = m.group(2);
            else if ((m = HOW.matcher(body)).matches() && !m.group(1).contains(",")) { main = m.group(1); verb = "how"; }
            else if ((m = SO_THAT.matcher(body)).matches() && !m.group(1).matches("^\\S+(?: \\S+){0,4} (?:is|are|was|were) (?:the|a|an) .*")) main = m.group(1);
            else if ((m = SO.matcher(body)).matches()) main = m.group(2);
            else if ((m = AFTER.matcher(body)).matches() && DECISION.matcher(m.group(1)).find()) main = m.group(1);
            // a result stated after its cause: the answer is the cause sentence and the result
            String prev = s.index() > 0 && ctx.sentences.get(s.index() - 1).paragraph() == s.paragraph()
                    && ctx.sentences.get(s.index() - 1).sectionIndex() == s.sectionIndex() ? ctx.sentences.get(s.index() - 1).plain() : null;
            if (main == null && prev != null) {
                String result = null;
                if ((m = RESULT_FIRST.matcher(p.substring(0, p.length() - 1))).matches()) result = m.group(1);
                else if ((m = THEREFORE_MID.matcher(p.substring(0, p.length() - 1))).matches()) result = m.group(1) + " " + m.group(2);
                if (result != null && result.split("\\s+").length >= 6 && !Text.startsWithPronoun(result)
                        && !result.matches("(?i).*\\b(it|its|this|these|those|they|them|their|he|she|his|her)\\b.*")) {
                    String prompt = "Explain why " + Text.lowerFirst(result, properNoun(ctx, result)) + ", according to the article.";
                    Sentence ps = ctx.sentences.get(s.index() - 1);
                    add(out, ctx, s, prompt, prev + " " + p, List.of(ps.text(), s.text()), 1.0);
                }
                continue;
            }
            if (main == null || main.split("\\s+").length < 6) continue;
            if (Text.startsWithPronoun(main) || Text.startsWithConnector(main)) continue;
            if (!main.matches(".*\\b(is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|[a-z]+ed|[a-z]+s)\\b.*")) continue;
            boolean proper = properNoun(ctx, main);
            String prompt = "Explain " + verb + " " + Text.lowerFirst(main, proper) + ", according to the article.";
            add(out, ctx, s, prompt, s.plain(), List.of(s.text()), 1.1);
        }
        return out;
    }

    /** Is the statement's first word a name (capitalised mid-sentence somewhere in the article)? */
    static boolean properNoun(Context ctx, String statement) {
        String w = statement.split("[\\s,’']+")[0].replaceAll("[^\\p{L}-]", "");
        if (w.isEmpty()) return false;
        if (Lexicon.placeGroup(w) != null) return true;
        Pattern p = Pattern.compile("[\\p{Ll},;] " + Pattern.quote(w) + "\\b");
        for (Sentence s : ctx.sentences) if (p.matcher(s.plain()).find()) return true;
        return false;
    }

    private static String firstToken(String s) {
        String[] t = s.split("[\\s,]+");
        return t.length == 0 ? "" : t[0];
    }

    private static void add(List<Candidate> out, Context ctx, Sentence s, String prompt, String answer, List<String> evidence, double score) {
        Question q = Question.of(QuestionType.short_answer, prompt, Skill.inference, 2, s.section(), evidence,
                        "A good answer makes the point of this passage in " + Builders.where(s).replace("the article", "the article") + ": \"" + answer + "\"")
                .withAnswer(answer, null);
        q = Ids.assign(q, prompt);
        out.add(new Candidate(q, answer, List.of(), score, s.index()));
    }
}
