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

    /** "Smaller operators, which run ..., warned that the cost ... could ...": who reports what, about what. */
    private static final Pattern REPORT = Pattern.compile(
            "^(.{3,60}?)(?:, (?:who|which) [^,]{3,90},)? (say|says|said|warn|warns|warned|argue|argues|argued|believe|believes|believed|think|thinks|thought|fear|fears|feared)"
                    + "(?: on \\w+| last \\w+| this \\w+)?(?: that)? (.{15,})$");
    private static final Pattern SAID_THAT = Pattern.compile("^(.+?) (?:say|says|said|argue|argues|argued|believe|believes|believed|think|thinks) (?:that )?(.{20,})$");
    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those)\\b");
    /** A sentence that announces what follows ("affect moths in two ways"): its answer runs on through the paragraph. */
    private static final Pattern ANNOUNCES = Pattern.compile("(?i).*\\b(?:two|three|four|several|a few|some|many) (?:ways|reasons|things|steps|changes|effects|causes|problems)\\b.*|.*:$");

    /** Does a third-person pronoun in the clause come before any noun it could refer to? */
    static boolean pronounFirst(Sentence s, String clause) {
        Matcher p = THIRD_PERSON.matcher(clause);
        if (!p.find()) return false;
        String head = clause.substring(0, p.start());
        for (int i = 0; i < s.tokens().size(); i++) {
            String tag = s.tags().get(i);
            if ((tag.equals("NOUN") || tag.equals("PROPN")) && Pattern.compile("\\b" + Pattern.quote(s.tokens().get(i)) + "\\b").matcher(head).find()) return false;
        }
        return true;
    }

    /** The rest of a view that names how ("affect moths in two ways"): the verb and its object, in the present. */
    private static final Pattern WAYS = Pattern.compile("^\\s*((?:[a-z]+ )?[a-z]+(?: [a-z]+){0,3}) in (?:two|three|four|several|many|different) ways$");

    /** Subjects too vague to ask about out of context. */
    private static final Pattern VAGUE_TOPIC = Pattern.compile(
            "(?i).*\\b(?:effect|effects|problem|problems|issue|issues|idea|move|situation|thing|things|result|results|change|changes|decision|step|case|way|point|one|ones|rest|same|latter|former)$");

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(reported(ctx));
        out.addAll(objections(ctx));
        // an interviewer's question, answered by the paragraphs that follow it (or by its section)
        if (ctx.speaker != null) {
            for (Context.Asked a : ctx.asked()) {
                if (a.question().split("\\s+").length < 4) continue;
                List<Sentence> ans = a.answer().subList(0, Math.min(4, a.answer().size()));
                String passage = String.join(" ", ans.stream().map(Sentence::plain).toList());
                if (ans.size() >= 2 || passage.split("\\s+").length >= 12) {
                    add(out, ctx, ans.get(0), "How does " + ctx.speaker + " answer the question \"" + a.question() + "\"", passage,
                            ans.stream().map(Sentence::text).toList(), 1.3);
                }
            }
        }
        for (Sentence s : ctx.sentences) {
            String p = s.plain();
            if (ctx.speaker != null && ctx.questionParagraph(s)) continue;
            // the article's own why/how questions, answered by what follows
            if (p.endsWith("?") && p.matches("^(Why|How) .*") && p.split("\\s+").length >= 6
                    && !p.matches("(?i).*\\b(it|this|these|they|he|she|we|you)\\b.*")) {
                List<Sentence> ans = new ArrayList<>();
                for (int i = s.index() + 1; i < ctx.sentences.size() && ans.size() < 3; i++) {
                    Sentence n = ctx.sentences.get(i);
                    if (n.sectionIndex() != s.sectionIndex() || n.plain().endsWith("?")) break;
                    ans.add(n);
                }
                // "To begin with, ...", then paragraphs that open "In addition", "Moreover": each gives another reason,
                // and the model answer must cover them all
                List<Sentence> more = continuations(ctx, s, ans);
                if (!more.isEmpty()) {
                    List<Sentence> all = new ArrayList<>(List.of(ans.get(0)));
                    all.addAll(more);
                    ans = all;
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
            // a pronoun before any noun of the clause points outside the prompt ("so fewer of them reach ...")
            if (pronounFirst(s, main)) continue;
            if (!main.matches(".*\\b(is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|[a-z]+ed|[a-z]+s)\\b.*")) continue;
            boolean proper = properNoun(ctx, main);
            String prompt = "Explain " + verb + " " + Text.lowerFirst(main, proper) + ", according to the article.";
            // "Teachers say that visits help ... because ...": the reason is for the view, so ask it on the view's terms
            Matcher said = SAID_THAT.matcher(main);
            if (said.matches() && said.group(1).split("\\s+").length <= 4 && !Text.startsWithPronoun(said.group(2))) {
                prompt = "Explain " + verb + " " + Text.lowerFirst(said.group(2), properNoun(ctx, said.group(2))) + ", according to "
                        + Text.lowerFirst(said.group(1), properNoun(ctx, said.group(1))) + ".";
            }
            add(out, ctx, s, prompt, s.plain(), List.of(s.text()), 1.1);
        }
        return out;
    }

    /**
     * "What did smaller operators warn about the cost of the extra equipment?": a question on a view the article
     * reports, when the reporter is a person, organisation or group named at the start of a clause and the view
     * is about a thing named by a noun phrase (not a pronoun, a person or a vague word like "the effect"). The
     * model answer is the sentence. Scored below the why/how questions.
     */
    static List<Candidate> reported(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            String stem = ctx.stems.get(s.index());
            if (stem == null) continue;
            int offset = s.plain().length() - stem.length();
            String body = stem.substring(0, stem.length() - 1);
            // the report may open the sentence or its second clause ("..., but club members say ...")
            List<Integer> starts = new ArrayList<>(List.of(0));
            Matcher b = Pattern.compile(", (?:but|and|while|yet) |; ").matcher(body);
            while (b.find()) starts.add(b.end());
            for (int from : starts) {
                Matcher m = REPORT.matcher(body.substring(from));
                if (!m.matches()) continue;
                String who = subject(ctx, s, offset + from, m.group(1));
                if (who == null) continue;
                String topic = topic(ctx, s, offset + from + m.start(3));
                if (topic == null) continue;
                String verb = m.group(2);
                String clause = m.group(3);
                // a view is a judgement ("the vote was a turning point", "the pool is too short"), not a plan or a fact
                boolean judgement = DiscussionBuilder.EVALUATIVE.matcher(clause).find() || clause.matches("(?is).*\\b(?:too|not enough|better|worse|should|must|more|less|fewer|twice as|unfair|fair)\\b.*");
                // a recommendation about the thing ("the money should go to schools") is no view of it
                if (clause.substring(Math.min(clause.length(), topic.length())).matches("(?i)^\\s*(?:should|must|ought|needs? to)\\b.*")) continue;
                String aux = verb.matches("said|warned|argued|believed|thought|feared") ? "did" : verb.endsWith("s") ? "does" : "do";
                String prompt;
                Matcher ways = WAYS.matcher(clause.substring(Math.min(clause.length(), topic.length())));
                if (verb.matches("think|thinks|thought|believe|believes|believed") && ways.matches()) {
                    // "The researchers think the lamps affect moths in two ways." → "How do the researchers think the lamps affect moths?"
                    prompt = "How " + aux + " " + who + " " + (verb.startsWith("b") ? "believe" : "think") + " " + topic + " " + ways.group(1) + "?";
                } else if (verb.matches("think|thinks|thought|believe|believes|believed") || !judgement) {
                    continue;
                } else {
                    prompt = "How " + aux + " " + who + " view " + topic + ", according to the article?";
                }
                List<Sentence> passage = new ArrayList<>(List.of(s));
                if (ANNOUNCES.matcher(stem).matches()) {
                    for (int i = s.index() + 1; i < ctx.sentences.size() && passage.size() < 4; i++) {
                        Sentence n = ctx.sentences.get(i);
                        if (n.paragraph() != s.paragraph() || n.sectionIndex() != s.sectionIndex()) break;
                        passage.add(n);
                    }
                    if (passage.size() < 2) continue;
                }
                String answer = String.join(" ", passage.stream().map(Sentence::plain).toList());
                Question q = Question.of(QuestionType.short_answer, prompt, Skill.recall, 1, s.section(), passage.stream().map(Sentence::text).toList(),
                                "A good answer gives the view the article reports in " + Builders.where(s) + ": \"" + answer + "\"")
                        .withAnswer(answer, null);
                q = Ids.assign(q, prompt);
                out.add(new Candidate(q, answer, List.of(), 0.9 + MultipleChoiceBuilder.lengthScore(s) * 0.5, s.index()));
                break;
            }
        }
        return out;
    }

    /** The reporter as it reads mid-sentence ("smaller operators", "the council", "Mayor Clara Dunn"), or null. */
    private static String subject(Context ctx, Sentence s, int at, String text) {
        for (TypedSpan t : ctx.spans.get(s.index())) {
            if (t.type() != SpanType.GROUP && t.type() != SpanType.PERSON && t.type() != SpanType.ORGANISATION) continue;
            if (t.end() != at + text.length() || t.start() < at) continue;
            String lead = s.plain().substring(at, t.start());
            // a title before a name belongs to it ("Mayor Clara Dunn")
            if (t.type() == SpanType.PERSON && lead.matches("(?:\\p{Lu}[\\p{L}.]+ ){1,2}")) return lead + t.text();
            if (!lead.matches("(?i)(?:(?:the|some|many|most|local) )?")) continue;
            String name = t.type() == SpanType.GROUP ? (t.start() == 0 ? t.canonical() : t.text()) : t.text();
            String det = lead.toLowerCase(java.util.Locale.ROOT);
            if (t.type() == SpanType.ORGANISATION && det.isEmpty() && t.start() > 0 && s.plain().substring(0, t.start()).endsWith("the ")) det = "the ";
            return det + name;
        }
        return null;
    }

    /** The noun phrase that opens a clause ("the cost of the extra equipment"), or null if it is no thing to ask about. */
    private static String topic(Context ctx, Sentence s, int at) {
        List<String> toks = s.tokens(), tags = s.tags();
        String plain = s.plain();
        int cursor = 0, i0 = -1;
        int[] pos = new int[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            int a = plain.indexOf(toks.get(i), cursor);
            if (a < 0) return null;
            pos[i] = a;
            cursor = a + toks.get(i).length();
            if (a == at) i0 = i;
        }
        if (i0 < 0) return null;
        int i = i0;
        boolean noun = false;
        while (i < toks.size()) {
            String g = tags.get(i), t = toks.get(i);
            if (g.equals("NOUN") || g.equals("PROPN")) noun = true;
            else if (g.equals("DET") || g.equals("ADJ") || g.equals("NUM") || t.matches("['’]s?")) { }
            else if (t.equals("of") && noun) { }
            else break;
            i++;
        }
        if (!noun || i >= toks.size() || i - i0 < 2 || i - i0 > 7) return null;
        if (!tags.get(i).equals("VERB") && !tags.get(i).equals("AUX")) return null;
        String np = plain.substring(pos[i0], pos[i - 1] + toks.get(i - 1).length());
        if (!np.matches("(?i)(?:the|a|an|its|their|this|these|regular|new|[a-z]+) .*") || np.matches("(?i)(?:this|these|its|their) .*")) return null;
        if (VAGUE_TOPIC.matcher(np).matches() || np.endsWith(" of")) return null;
        for (TypedSpan t : ctx.spans.get(s.index()))
            if ((t.type() == SpanType.GROUP || t.type() == SpanType.PERSON) && t.start() >= pos[i0] && t.end() <= pos[i - 1] + toks.get(i - 1).length()
                    && np.endsWith(t.text())) return null;
        return Text.lowerFirst(np, properNoun(ctx, np));
    }

    /** Is the statement's first word a name (capitalised mid-sentence somewhere in the article)? */
    static boolean properNoun(Context ctx, String statement) {
        String[] words = statement.split("[\\s,’']+");
        String w = words[0].replaceAll("[^\\p{L}-]", "");
        if (w.isEmpty()) return false;
        // "Central banks ..." opens a sentence, but "central banks" is written in lower case mid-sentence
        if (words.length > 1 && words[1].matches("\\p{Ll}+")) {
            Pattern lower = Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(java.util.Locale.ROOT) + " " + words[1]) + "\\b");
            for (Sentence s : ctx.sentences) if (lower.matcher(s.plain()).find()) return false;
        }
        if (Lexicon.placeGroup(w) != null) return true;
        Pattern p = Pattern.compile("[\\p{Ll},;] " + Pattern.quote(w) + "\\b");
        for (Sentence s : ctx.sentences) if (p.matcher(s.plain()).find()) return true;
        return false;
    }

    private static String firstToken(String s) {
        String[] t = s.split("[\\s,]+");
        return t.length == 0 ? "" : t[0];
    }

    /** An objection the article reports: "Parents worry about ...", "Others say ...", "Critics argue that ...". */
    private static final Pattern OBJECTION = Pattern.compile(
            "^(?:(?:Critics|Opponents|Sceptics|Skeptics|Others|Some|Many|Parents|Residents|Teachers|Businesses|Shopkeepers|Employers|Unions|Landlords|Drivers)"
                    + "|(?:Some|Many) [a-z]+(?: [a-z]+)?) (?:say|argue|worry|complain|object|claim|fear|insist|warn|point out)\\b.*"
                    + "|^The (?:most common |main |usual |obvious |first |second |other |last )?objection is\\b.*");
    /** The answer to it opens by turning against it, or by weighing it ("That is a real cost, though ..."). */
    private static final Pattern REPLY = Pattern.compile("^(?:But|Yet|However|In fact|Actually|That is|This is|It is|Neither|None)\\b");

    /**
     * "The article reports an objection: "Others say ..." What answer to it does the article give?": an objection
     * in an argument, answered by the next sentence of the paragraph, which turns against it. The model answer is
     * that sentence.
     */
    static List<Candidate> objections(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        List<Sentence> ss = ctx.sentences;
        for (int i = 0; i + 1 < ss.size(); i++) {
            Sentence o = ss.get(i), a = ss.get(i + 1);
            if (a.paragraph() != o.paragraph() || a.sectionIndex() != o.sectionIndex()) continue;
            String op = o.plain();
            if (!OBJECTION.matcher(op).matches() || !REPLY.matcher(a.plain()).find() || op.contains("\"") || op.contains("“")) continue;
            if (o.words() < 6 || o.words() > 40 || a.words() < 6 || a.words() > 45) continue;
            String prompt = "The article reports an objection: \"" + op + "\" What answer to it does the article give?";
            add(out, ctx, a, prompt, a.plain(), List.of(o.text(), a.text()), 1.25);
        }
        return out;
    }

    /** A paragraph opening that adds another item to a list of reasons or steps. */
    private static final Pattern ADDS = Pattern.compile("(?i)^(?:in addition|moreover|furthermore|also|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|another|a further|besides|what is more|on top of (?:this|that))\\b");

    /**
     * The opening sentences of the paragraphs after the answer's own that add to it ("In addition, ...",
     * "Moreover, ..."), up to the next question or the end of the section.
     */
    static List<Sentence> continuations(Context ctx, Sentence question, List<Sentence> answer) {
        List<Sentence> out = new ArrayList<>();
        if (answer.isEmpty()) return out;
        int para = answer.get(0).paragraph();
        for (int i = answer.get(0).index() + 1; i < ctx.sentences.size(); i++) {
            Sentence n = ctx.sentences.get(i);
            if (n.sectionIndex() != question.sectionIndex() || n.plain().endsWith("?")) break;
            if (n.paragraph() == para) continue;
            if (!ADDS.matcher(n.plain()).find()) break;
            out.add(n);
            para = n.paragraph();
        }
        return out;
    }

    /** "Explain why X, according to the article.": X must read as a clause ("... concluded that" does not). */
    static boolean askable(String prompt) {
        Matcher m = Pattern.compile("^Explain (?:why|how) (.+?), according to [^,]+\\.$").matcher(prompt);
        if (!m.matches()) return true;
        return QuestionGate.fragment(Text.upperFirst(m.group(1)) + ".") == null;
    }

    private static void add(List<Candidate> out, Context ctx, Sentence s, String prompt, String answer, List<String> evidence, double score) {
        if (!askable(prompt)) return;
        Question q = Question.of(QuestionType.short_answer, prompt, Skill.inference, 2, s.section(), evidence,
                        "A good answer makes the point of this passage in " + Builders.where(s).replace("the article", "the article") + ": \"" + answer + "\"")
                .withAnswer(answer, null);
        q = Ids.assign(q, prompt);
        out.add(new Candidate(q, answer, List.of(), score, s.index()));
    }
}
