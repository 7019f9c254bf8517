package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Main idea: which statement best sums up a section (or, in an article without enough sections, a paragraph).
 * The key is the unit's most central self-contained sentence; distractors are the theses of other units that
 * overlap this unit less than the key does.
 */
final class MainIdeaBuilder {
    private MainIdeaBuilder() {}

    /** A section or paragraph and its thesis; {@code keyable} false when its thesis may serve only as a distractor. */
    record Unit(String label, String section, List<Sentence> sentences, Sentence thesis, String thesisStem, boolean keyable) {}

    private static final String[] ORD = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"};

    static List<Candidate> build(Context ctx) {
        List<Unit> sections = units(ctx, true);
        List<Unit> paragraphs = units(ctx, false);
        boolean bySection = sections.size() >= 2;
        List<Unit> units = bySection ? new ArrayList<>(sections) : paragraphs;
        // in an article with few sections, theses of paragraphs in other sections also serve as distractors
        if (bySection && sections.size() < 6) {
            for (Unit p : paragraphs) if (sections.stream().noneMatch(u -> u.thesis() == p.thesis())) units.add(p);
        }
        int keyUnits = bySection ? sections.size() : units.size();
        List<Candidate> out = new ArrayList<>();
        // an interview is summed up answer by answer
        if (ctx.speaker != null) return comparable(ctx, answers(ctx));
        // an article with fewer than two headed sections is also summed up as a whole
        if (!bySection) {
            Candidate whole = wholeArticle(ctx);
            if (whole != null) out.add(whole);
        }
        // a paragraph whose point is the article's own would ask the same question twice
        String wholeKey = out.isEmpty() ? null : out.get(0).key();
        if (units.size() < 4) return comparable(ctx, out);
        for (int u = 0; u < keyUnits; u++) {
            Unit unit = units.get(u);
            if (unit.thesisStem().equals(wholeKey) || !unit.keyable()) continue;
            Set<String> words = new java.util.HashSet<>();
            for (Sentence s : unit.sentences()) words.addAll(Text.contentWords(s.plain()));
            Set<String> keyWords = Text.contentWords(unit.thesisStem());
            // a key that is a quote, a transition, a report of who said what or leans on an earlier sentence is
            // no summary: no question; one that is not clearly the unit's most central sentence is asked only if
            // the set needs it
            Fit fit = fit(ctx, unit);
            if (fit == Fit.WRONG) continue;
            double unsure = fit == Fit.UNSURE ? Candidate.WEAK + 0.3 : 0;
            // the key is the unit's topic sentence, which opens it: a sentence further in covers only part of it, and is
            // asked only while the set is short of its comprehension types
            if (unit.sentences().indexOf(unit.thesis()) > 1) unsure = Math.max(unsure, Candidate.WEAK + 0.3);
            double keyFit = Text.containment(keyWords, wordsWithout(unit, unit.thesis()));
            // the nearest units' theses; and, as a second choice, theses without figures, dates or names, which
            // show fewer facts that other questions may ask about (the ranker takes the one that rules out less)
            for (int variant = 0; variant < 2; variant++) {
                List<Unit> others = new ArrayList<>();
                for (int d = 1; d < units.size() && others.size() < 3; d++) {
                    for (int sign : new int[] {1, -1}) {
                        int j = u + sign * d;
                        if (j < 0 || j >= units.size() || others.size() >= 3) continue;
                        Unit o = units.get(j);
                        if (o.section().equals(unit.section()) && bySection) continue;
                        // another unit's point, standing alone: not a detail, not an item of a series, no pronoun
                        if (!o.keyable() && o.thesis().words() < 12 || !selfContainedOption(o.thesisStem())) continue;
                        if (variant == 1 && !ctx.spans.get(o.thesis().index()).stream().allMatch(t -> t.type() == SpanType.GROUP)) continue;
                        // a distractor must belong to its own unit more than to this one
                        Set<String> ow = Text.contentWords(o.thesisStem());
                        double fitHere = Text.containment(ow, words);
                        double fitOwn = Text.containment(ow, wordsWithout(o, o.thesis()));
                        if (fitHere > Math.max(0.6, fitOwn + 0.2)) continue;
                        if (Text.jaccard(Text.contentWords(o.thesisStem()), keyWords) > 0.4) continue;
                        // an option must read on its own: no quotation, no noun that stands for one named before
                        if (!cleanOption(o.thesisStem())) continue;
                        others.add(o);
                    }
                }
                if (others.size() < 3) continue;
                List<String> options = new ArrayList<>();
                options.add(unit.thesisStem());
                for (Unit o : others) options.add(o.thesisStem());
                if (variant == 1 && !out.isEmpty() && new java.util.HashSet<>(out.get(out.size() - 1).question().options()).equals(new java.util.HashSet<>(options))) continue;
                String prompt = "Which statement best sums up " + unit.label() + "?";
                Question q = Question.of(QuestionType.main_idea, prompt, Skill.main_idea, 2, unit.section(),
                                List.of(unit.thesis().text()),
                                "The best summary is the statement the rest of " + unit.label()
                                        + " develops: \"" + unit.thesis().plain() + "\" The other statements come from other parts of the article.")
                        .withOptions(Builders.shuffle(options, unit.thesis().text()), unit.thesisStem());
                q = Ids.assign(q, variant == 0 ? unit.thesisStem() : unit.thesisStem() + "\u0000plain");
                out.add(new Candidate(q, unit.thesisStem(), options.subList(1, options.size()), 1.2 + 0.1 * keyFit - 0.02 * variant - unsure, unit.thesis().index()));
            }
        }
        return comparable(ctx, out);
    }

    /**
     * Every main-idea question is weak, asked only while the set is short of its comprehension types: blind
     * judges kept 1 of 17 in reviews 7 and 8 (a section's summary picked from its sentences is one detail, and
     * the other sections' sentences are told from it by form). Among them, those whose four options are
     * comparable general statements come first: none with a figure, none leaning on a sentence before it
     * ("these difficult conversations"), and of similar length (the longest at most twice the shortest).
     */
    static List<Candidate> comparable(Context ctx, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            double weakened = c.weak() ? c.score() : c.score() - Candidate.WEAK;
            if (!comparableOptions(ctx, c.question().options())) weakened -= Candidate.WEAK;
            out.add(new Candidate(c.question(), c.key(), c.distractors(), weakened, c.position()));
        }
        return out;
    }

    static boolean comparableOptions(Context ctx, List<String> options) {
        int min = Integer.MAX_VALUE, max = 0;
        for (String o : options) {
            if (o.matches("(?s).*\\d.*") || Anaphora.dangling(ctx, o) != null || ContextFree.reason(o) != null) return false;
            int w = o.split("\\s+").length;
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        return max <= 2 * min;
    }

    /**
     * In an interview, "Which statement best sums up X's answer to the question "..."?": the key is the first
     * statement of the answer (answers lead with their point), the distractors the first statements of three other
     * answers.
     */
    static List<Candidate> answers(Context ctx) {
        record Answer(String question, Sentence key, String stem) {}
        List<Answer> list = new ArrayList<>();
        Map<Integer, String> said = new java.util.HashMap<>();
        for (Clauses.Stem st : ctx.units) if (!st.clause() && st.offset() == 0) said.put(st.sentence().index(), st.text());
        for (Context.Asked q : ctx.asked()) {
            // the answer's point is in its first or second sentence
            for (Sentence a : q.answer().subList(0, Math.min(2, q.answer().size()))) {
                String stem = said.get(a.index());
                if (stem != null && a.words() >= 6 && a.words() <= 35) { list.add(new Answer(q.question(), a, stem)); break; }
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (list.size() < 4) return out;
        for (int u = 0; u < list.size(); u++) {
            Answer a = list.get(u);
            List<String> options = new ArrayList<>(List.of(a.stem()));
            for (int d = 1; d < list.size() && options.size() < 4; d++) {
                for (int sign : new int[] {1, -1}) {
                    int j = u + sign * d;
                    if (j >= 0 && j < list.size() && options.size() < 4) options.add(list.get(j).stem());
                }
            }
            String prompt = "Which statement best sums up " + ctx.speaker + "'s answer to the question \"" + a.question() + "\"";
            Question q = Question.of(QuestionType.main_idea, prompt, Skill.main_idea, 2, a.key().section(), List.of(a.key().text()),
                            "The answer opens with its point: \"" + a.key().plain() + "\" The other statements answer other questions.")
                    .withOptions(Builders.shuffle(options, a.key().text()), a.stem());
            q = Ids.assign(q, a.stem());
            out.add(new Candidate(q, a.stem(), options.subList(1, options.size()), 1.2, a.key().index()));
        }
        return out;
    }

    private static final java.util.regex.Pattern ADDITION = java.util.regex.Pattern.compile("(?i)\\b(?:also|meanwhile|as well|in addition|moreover|furthermore)\\b");

    /** Openings that set a scene or a time rather than state what happened or what is argued. */
    private static final java.util.regex.Pattern SCENE = java.util.regex.Pattern.compile(
            "(?i)^(?:when|while|as|if|although|though|since|after|before|during|every|each|last|on|in (?:\\d|january|february|march|april|may|june|july|august|september|october|november|december|the (?:early|late|summer|spring|autumn|winter))|for (?:years|decades|centuries|a long time)|imagine|it was|picture)\\b");
    /** What a news lead reports: a decision, an event, a finding, an announcement. */
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|says|announced|reported|according to|found|will|voted|approved|opened|reopened|closed|launched|plans? to|agreed|decided|confirmed)\\b"
                    + "|\\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this week|last week|yesterday|today)\\b");
    /** A general claim: a judgement or a lasting state, not a narrated event. */
    private static final java.util.regex.Pattern GENERAL_CLAIM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|remains?|has become|have become|can|cannot|must|should|will|increasingly|important|essential|critical|key|likely)\\b");

    /** A reported view or a question-and-answer piece has no single thesis sentence to offer as the key. */
    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
            "(?i)^(?:critics|supporters|opponents|some|others|many)\\b.*|.*\\b(?:said|says|say|argue[sd]?|warn(?:s|ed)?|claim(?:s|ed)?)\\b.*");

    /**
     * "Which statement best sums up the article as a whole?": the key is the article's thesis, which for a news
     * report is its opening sentence (the lead) and for an opinion piece its first recommendation ("should",
     * "must") in the opening or closing paragraph; the distractors are narrower statements, one from each of
     * three other paragraphs, that share little with the key. None for a question-and-answer piece (several
     * paragraphs that are only a question), whose opening introduces a person rather than a thesis.
     */
    static Candidate wholeArticle(Context ctx) {
        List<Sentence> ss = ctx.sentences;
        if (ss.size() < 6) return null;
        int questions = 0;
        for (Sentence s : ss) if (s.plain().endsWith("?")) questions++;
        if (questions >= 3) return null;
        int lastPara = ss.get(ss.size() - 1).paragraph(), lastSection = ss.get(ss.size() - 1).sectionIndex();
        Sentence key = null;
        for (Sentence s : ss) {
            boolean edge = s.sectionIndex() == 0 && s.paragraph() == 0 || s.sectionIndex() == lastSection && s.paragraph() == lastPara;
            String stem = ctx.stems.get(s.index());
            if (!edge || stem == null || REPORTED.matcher(stem).matches()) continue;
            if (DiscussionBuilder.RECOMMEND.matcher(stem).find() && s.words() <= 30) { key = s; break; }
        }
        if (key == null) {
            Sentence first = ss.get(0);
            String stem = ctx.stems.get(0);
            // a news lead says who did what; a scene-setting opening ("When the leaders last met, ...") is no thesis
            if (stem != null && stem.equals(first.plain()) && first.words() >= 10 && first.words() <= 45
                    && !SCENE.matcher(stem).find() && LEAD.matcher(stem).find()) key = first;
        }
        if (key == null) {
            // else the most central general statement of the opening paragraphs
            double best = 0;
            for (Sentence s : ss) {
                String stem = ctx.stems.get(s.index());
                if (s.sectionIndex() != 0 || s.paragraph() > 1 || stem == null || s.words() < 8 || s.words() > 35) continue;
                if (!GENERAL_CLAIM.matcher(stem).find() || REPORTED.matcher(stem).matches() || SCENE.matcher(stem).find() || stem.matches(".*\\d.*")) continue;
                double c = 0;
                for (String w : ctx.words.get(s.index())) c += Math.min(3, ctx.mentions(w) - 1);
                c /= Math.max(4, ctx.words.get(s.index()).size());
                if (c > best) { best = c; key = s; }
            }
            if (key == null || best < 0.5) return null;
        }
        String keyStem = ctx.stems.get(key.index());
        Set<String> keyWords = Text.contentWords(keyStem);
        record Option(Sentence s, String stem, double score) {}
        List<Option> pool = new ArrayList<>();
        for (Sentence s : ss) {
            String stem = ctx.stems.get(s.index());
            if (s.paragraph() == key.paragraph() && s.sectionIndex() == key.sectionIndex() || stem == null) continue;
            if (s.words() < 7 || s.words() > 32 || !standsAlone(stem) || stem.contains("\"") || stem.contains("“") || Text.startsWithConnector(s.plain())) continue;
            Set<String> w = Text.contentWords(stem);
            if (Text.jaccard(w, keyWords) > 0.3 || Text.containment(w, keyWords) > 0.5) continue;
            if (DiscussionBuilder.RECOMMEND.matcher(stem).find()) continue;
            // a detail (a figure, a name, a report of what someone said) is clearly narrower than the thesis
            double score = 0;
            if (stem.matches(".*\\d.*")) score += 0.3;
            for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() != SpanType.GROUP) { score += 0.2; break; }
            if (stem.matches("(?i).*\\b(said|says|told)\\b.*")) score += 0.1;
            score -= 0.01 * Math.abs(s.words() - key.words());
            pool.add(new Option(s, stem, score));
        }
        pool.sort(java.util.Comparator.comparingDouble((Option o) -> -o.score()).thenComparingInt(o -> o.s().index()));
        List<Option> picked = new ArrayList<>();
        for (Option o : pool) {
            if (picked.size() == 3) break;
            boolean samePara = false;
            for (Option p : picked) {
                if (p.s().paragraph() == o.s().paragraph() && p.s().sectionIndex() == o.s().sectionIndex()) samePara = true;
                if (Text.jaccard(Text.contentWords(p.stem()), Text.contentWords(o.stem())) > 0.3) samePara = true;
            }
            if (!samePara) picked.add(o);
        }
        if (picked.size() < 3) return null;
        List<String> options = new ArrayList<>();
        options.add(keyStem);
        for (Option o : picked) options.add(o.stem());
        Question q = Question.of(QuestionType.main_idea, "Which statement best sums up the article as a whole?", Skill.main_idea, 2,
                        key.section(), List.of(key.text()),
                        "The best summary is the statement the rest of the article develops: \"" + key.plain()
                                + "\" The other statements are details from other parts of the article.")
                .withOptions(Builders.shuffle(options, key.text()), keyStem);
        q = Ids.assign(q, "whole\u0000" + keyStem);
        return new Candidate(q, keyStem, options.subList(1, options.size()), 1.3, key.index());
    }

    /** How sure the builder is that a unit's thesis is its main idea. */
    enum Fit { CONFIDENT, UNSURE, WRONG }

    /** A definite noun that stands for something named in an earlier sentence ("The trouble comes ...", "the results"). */
    static final java.util.regex.Pattern ANAPHORIC = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|this|these|those|such) (?:trouble|results?|episode|damage|savings|version|period|job|process|fall|rise|drop"
                    + "|increase|decline|move|decision|plan|proposal|scheme|idea|change|case|issue|finding|findings|outcome|effect|problem|answer"
                    + "|reason|point|difference|risk|catch|lesson|upshot|approach|arrangement|deal|agreement|dispute|event|incident|situation)\\b"
                    + "(?! of\\b| between\\b| that\\b| which\\b| who\\b| to (?:\\p{Ll}+ )?(?:the|a|an)\\b)");
    /** Who said what: a report, not the writer's summary. */
    private static final java.util.regex.Pattern REPORT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|says|told|tells|added|explained|explains|argued|argues|warned|warns|claimed|claims|insisted|insists|according to|recalled|recalls)\\b");
    /** A transition to what follows or a reminder of what came before ("What physics does next ...", "As we saw, ..."). */
    private static final java.util.regex.Pattern TRANSITION = java.util.regex.Pattern.compile(
            "(?i)^(?:then|next|now|so|first|firstly|second|secondly|finally|lastly|to begin|recall|remember|as (?:we|noted|mentioned)|in (?:\\d{4}|the (?:past|end)))\\b|\\b(?:turns? to|returns? to)\\b");
    /** "Existing programs like ...", "such as", "including": a sentence of examples. */
    private static final java.util.regex.Pattern EXAMPLES = java.util.regex.Pattern.compile("(?i)\\b(?:like|such as|including|for example|for instance|e\\.g\\.)\\b");
    /** Lexical centrality a key must reach, and its lead over the unit's next most central sentence, to count as sure. */
    static final double SURE_LEAD = 1.15;
    /** Below this share of the most central other sentence's centrality, the key is not the unit's point at all. */
    static final double MIN_SHARE = 0.6;

    /**
     * Is the unit's thesis its main idea? WRONG when it is a quotation, a question, a transition, a report of what
     * someone said, a statement of figures, or leans on an earlier sentence; CONFIDENT when it is also the unit's most
     * central sentence (TextRank-like: the content words it shares with the other sentences and the heading) by a
     * clear lead; else UNSURE.
     */
    static Fit fit(Context ctx, Unit unit) {
        Sentence key = unit.thesis();
        String stem = unit.thesisStem(), p = key.plain();
        if (stem == null || p.contains("\"") || p.contains("“") || p.endsWith("?") || stem.endsWith("?")) return Fit.WRONG;
        if (BRIDGE.matcher(p).find() || TRANSITION.matcher(stem).find() || Text.startsWithConnector(stem)) return Fit.WRONG;
        if (ContextFree.reason(stem) != null || ANAPHORIC.matcher(stem).find() || LEADING_PRONOUN.matcher(stem).matches()) return Fit.WRONG;
        if (REPORT.matcher(p).find() || VIEW.matcher(p).matches()) return Fit.WRONG;
        for (TypedSpan t : ctx.spans.get(key.index()))
            if (t.type() == SpanType.PERSON || t.type() == SpanType.NUMBER || t.type() == SpanType.MONEY || t.type() == SpanType.PERCENT || t.type() == SpanType.DATE) return Fit.WRONG;
        if (p.matches(".*\\d.*")) return Fit.WRONG;
        // the writer's own concession ("I do not dismiss it"), or a scene or time set at the start: not the point
        if (Text.speaksInFirstPerson(p) || SCENE.matcher(p).find()) return Fit.WRONG;
        // an event told in the past, or a list of examples, is at best a supporting detail
        boolean detail = DiscussionBuilder.narrative(key) || EXAMPLES.matcher(p).find();
        List<Sentence> ss = unit.sentences();
        double[] c = lexicalCentrality(ctx, ss, key.section());
        int k = ss.indexOf(key);
        double other = 0;
        for (int i = 0; i < ss.size(); i++) if (i != k) other = Math.max(other, c[i]);
        // far less central than another sentence of its unit: that sentence, not the key, carries the point
        if (c[k] < MIN_SHARE * other) return Fit.WRONG;
        // the classic topic sentence: the unit's opening statement of a general truth, which a short unit's
        // sentences may not repeat word for word
        if (k == 0 && !detail && generalStatement(ctx, key) && !CONCESSION.matcher(p).find() && !APPEARANCE.matcher(p).find()) return Fit.CONFIDENT;
        return !detail && c[k] > 0 && c[k] >= SURE_LEAD * other ? Fit.CONFIDENT : Fit.UNSURE;
    }

    /**
     * Each sentence's centrality in its unit: the content words (by a crude stem) it shares with each other sentence,
     * over the logarithms of the two lengths (TextRank's similarity), averaged, plus the words it shares with the
     * heading.
     */
    static double[] lexicalCentrality(Context ctx, List<Sentence> ss, String heading) {
        List<Set<String>> w = new ArrayList<>();
        for (Sentence s : ss) {
            Set<String> st = new java.util.HashSet<>();
            for (String x : ctx.words.get(s.index())) st.add(stemOf(x));
            w.add(st);
        }
        Set<String> head = new java.util.HashSet<>();
        if (heading != null) for (String x : Text.contentWords(heading)) head.add(stemOf(x));
        double[] c = new double[ss.size()];
        for (int i = 0; i < ss.size(); i++) {
            double sum = 0;
            for (int j = 0; j < ss.size(); j++) {
                if (i == j || w.get(i).isEmpty() || w.get(j).isEmpty()) continue;
                int shared = 0;
                for (String x : w.get(i)) if (w.get(j).contains(x)) shared++;
                sum += shared / (Math.log(1 + w.get(i).size()) + Math.log(1 + w.get(j).size()));
            }
            c[i] = sum / Math.max(1, ss.size() - 1);
            int h = 0;
            for (String x : w.get(i)) if (head.contains(x)) h++;
            c[i] += 0.25 * Math.min(2, h);
        }
        return c;
    }

    /** An option that reads on its own: no quotation, no definite noun standing for one named before. */
    static boolean cleanOption(String stem) {
        return stem != null && !stem.contains("\"") && !stem.contains("“") && !stem.endsWith("?") && !ANAPHORIC.matcher(stem).find()
                && ContextFree.reason(stem) == null;
    }

    /**
     * Is the sentence an event told in the past with a date, a person, an organisation or a place in it ("Finland
     * later joined the European Water Forum ...", "In 2003, the commission opened a second office ...")?
     */
    static boolean eventDetail(Context ctx, Sentence s) {
        if (!DiscussionBuilder.narrative(s)) return false;
        for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.type() == SpanType.DATE || t.type() == SpanType.PERSON || t.type() == SpanType.ORGANISATION || t.type() == SpanType.PLACE) return true;
        return false;
    }

    /** A sentence that links to its neighbours: "what the engine does next", "a choice that would matter later", "was then". */
    private static final java.util.regex.Pattern BRIDGE = java.util.regex.Pattern.compile(
            "(?i)\\bwhat\\b[^.;]*\\bnext\\b|\\b(?:next|later)\\s*[.!]?$|\\bthen\\b(?!-)|\\bas we (?:will|shall) see\\b|\\bbelow\\b|\\b(?:this|that) is (?:where|why|how)\\b");
    /** "A second worry is ...", "The most common is that ...": an item of a series the unit counts off. */
    private static final java.util.regex.Pattern SERIES_ITEM = java.util.regex.Pattern.compile(
            "(?i)^(?:an?|the) (?:first|second|third|fourth|fifth|final|last|other|next|another|most common|biggest|main)\\b(?: \\w+)?(?: is| was|,)|^another\\b");

    /** Is the key clearly a thesis: ten words or more, no figure or date, not a bridge to the next or last point? */
    static boolean clearThesis(Context ctx, Sentence s) {
        if (s.words() < 10 || BRIDGE.matcher(s.plain()).find() || s.plain().matches("(?i).*\\b\\w*pence\\b.*")) return false;
        // a count other than "one" or "two" ("for nine years", "eleven kiosks") is a detail
        for (int i = 0; i < s.tokens().size(); i++)
            if (s.tags().get(i).equals("NUM") && !s.tokens().get(i).matches("(?i)one|two")) return false;
        for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.type() == SpanType.NUMBER || t.type() == SpanType.MONEY || t.type() == SpanType.PERCENT || t.type() == SpanType.DATE) return false;
        return true;
    }

    /** Does an option stand alone: eight words or more, not an item of a series, no pronoun standing for a party named earlier? */
    static boolean selfContainedOption(String stem) {
        return stem != null && stem.split("\\s+").length >= 8 && standsAlone(stem);
    }

    /** Not an item of a series, no bridge, no pronoun in its first words standing for a party named earlier. */
    static boolean standsAlone(String stem) {
        if (SERIES_ITEM.matcher(stem).find()) return false;
        return !LEADING_PRONOUN.matcher(stem).matches() && !BRIDGE.matcher(stem).find();
    }

    /** "The voters they court ...", "Most winters it lasts ...": a pronoun among the first words, not after a subordinator. */
    static final java.util.regex.Pattern LEADING_PRONOUN = leadingPronoun("it(?! (?:is|was|would|will|has|seems)\\b)|they|them|this|these|those|he|she|their");
    /** The same for a subject pronoun only ("they represent"), where an object ("Ending them ...") may follow a title that names it. */
    static final java.util.regex.Pattern LEADING_SUBJECT = leadingPronoun("it(?! (?:is|was|would|will|has|seems)\\b)|they|he|she");

    private static java.util.regex.Pattern leadingPronoun(String pronouns) {
        return java.util.regex.Pattern.compile("(?i)^(?:(?!when |if |because |as |since |while |where |that |until |unless |once |after |before )[\\p{L}'’,-]+ ){0,3}(?:"
                + pronouns + ")\\b.*");
    }

    /** The first words of a paragraph, for naming it without counting. */
    static String opening(String plain) {
        String[] w = plain.split("\\s+");
        int n = Math.min(w.length, 6);
        String o = String.join(" ", java.util.Arrays.copyOf(w, n)).replaceAll("[,;:.\"“”]+$", "");
        return n < w.length ? o + "…" : o;
    }

    static String ending(String plain) {
        String[] w = plain.split("\\s+");
        int n = Math.min(w.length, 6);
        String o = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length));
        return n < w.length ? "…" + o : o;
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

    /** Share of a thesis's content words that the rest of its unit or the heading repeats; below this it is a detail. */
    static final double MIN_CENTRALITY = 0.3;

    static double centrality(Context ctx, List<Sentence> unit, Sentence s) {
        Set<String> w = ctx.words.get(s.index());
        Set<String> rest = new java.util.HashSet<>(Text.contentWords(s.section()));
        for (Sentence o : unit) if (o != s) rest.addAll(ctx.words.get(o.index()));
        Set<String> stems = new java.util.HashSet<>();
        for (String x : rest) stems.add(stemOf(x));
        int shared = 0;
        for (String x : w) if (rest.contains(x) || stems.contains(stemOf(x))) shared++;
        return shared < 2 ? 0 : (double) shared / Math.max(1, w.size());
    }

    /** A crude stem (first five letters) so "automation" meets "automated" and "recharge" meets "recharged". */
    private static String stemOf(String w) { return w.length() > 5 ? w.substring(0, 5) : w; }

    private static final java.util.regex.Pattern VIEW = java.util.regex.Pattern.compile(
            "(?i)^(?:[\\p{L}'’.-]+ ){0,5}[\\p{L}'’.-]+(?:, [^,]{1,40},)? (?:argues?|argued|warns?|warned|claims?|claimed|insists?|insisted|contends?|objects?|says?|said|believes?|fears?|complains?)(?: that)?\\b.*"
                    + "|^(?:not everyone|critics|opponents|sceptics|skeptics|others)\\b.*");

    /** A sentence that cannot be a unit's own thesis: a reported view or objection, a quotation, mostly figures, or context-bound. */
    static boolean notAThesis(Sentence s, String stem) {
        String p = s.plain();
        if (VIEW.matcher(p).matches()) return true;
        if (p.contains("\"") || p.contains("“")) return true;
        int numbers = 0;
        for (int i = 0; i < s.tags().size(); i++) if (s.tags().get(i).equals("NUM") || s.tokens().get(i).matches(".*\\d.*")) numbers++;
        if (numbers * 6 > s.words()) return true;
        return ContextFree.reason(stem == null ? p : stem) != null;
    }

    /**
     * A statement of a general truth: present tense or a modal ("Cooperation works best when ..."), no figures, dates,
     * names or quotation, not a reported view.
     */
    static boolean generalStatement(Context ctx, Sentence s) {
        String p = s.plain();
        if (p.matches(".*\\d.*") || p.contains("\"") || p.contains("“") || notAThesis(s, null)) return false;
        for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.type() == SpanType.PERSON || t.type() == SpanType.DATE || t.type() == SpanType.NUMBER) return false;
        boolean verb = false;
        for (int i = 0; i < s.tokens().size(); i++) {
            String tag = s.tags().get(i);
            if (!tag.equals("VERB") && !tag.equals("AUX")) continue;
            verb = true;
            String w = s.tokens().get(i).toLowerCase(java.util.Locale.ROOT);
            String prev = i > 0 ? s.tokens().get(i - 1).toLowerCase(java.util.Locale.ROOT) : "";
            // a past tense tells a story, not a general truth; "is needed", "has moved" are present
            if (PAST.contains(w) && !PERFECT_OR_PASSIVE.contains(prev)) return false;
            if (w.endsWith("ed") && tag.equals("VERB") && !PERFECT_OR_PASSIVE.contains(prev)) return false;
        }
        return verb;
    }

    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "grew", "took", "made", "came", "went", "began",
            "became", "saw", "found", "left", "won", "lost", "built", "fell", "rose", "said", "told", "held", "brought", "kept",
            "gave", "got", "led", "met", "paid", "sold", "sent", "spent", "stood", "thought", "wrote", "ran", "set", "cut", "put");
    private static final Set<String> PERFECT_OR_PASSIVE = Set.of("is", "are", "be", "been", "being", "has", "have", "can", "will",
            "must", "should", "may", "might", "would", "could", "to", "not");

    /** "Yet the external risks are far greater ...", "But the government should ...": the turn to the writer's point. */
    private static final java.util.regex.Pattern PIVOT = java.util.regex.Pattern.compile("^(?:Yet|But|However|Still|Nevertheless|Nonetheless|Even so)\\b,? ?");
    /** "By the 1980s, though, ...": a pivot after an opening phrase. */
    private static final java.util.regex.Pattern PIVOT_INSIDE = java.util.regex.Pattern.compile("^[^,]{2,40}, (?:though|however|yet|by contrast),");
    /** A concession the writer grants before turning to the point ("Although ...", "Admittedly ...", "I am not asking ..."). */
    private static final java.util.regex.Pattern CONCESSION = java.util.regex.Pattern.compile(
            "(?i)^(?:although|though|admittedly|granted|of course|it is true that|true,|to be sure|none of this means|this is not to say|that is not to say|i am not|i'm not|we are not|nobody is)\\b|\\badmittedly\\b|\\bcannot be (?:ignored|denied|dismissed)\\b");
    /** A concession at the opening of a sentence ("Of course, ...", "Admittedly, ...", "It is true that ..."). */
    static final java.util.regex.Pattern CONCESSION_START = java.util.regex.Pattern.compile(
            "(?i)^(?:admittedly|granted|of course|it is true that|true,|to be sure|certainly,|no doubt)\\b");
    /** "For three decades, the tram seemed a closed chapter.": an appearance the section goes on to overturn. */
    private static final java.util.regex.Pattern APPEARANCE = java.util.regex.Pattern.compile("(?i)\\b(?:seemed|appeared|looked) (?:to be |like |as if |set to )?");

    private static final java.util.regex.Pattern FINDING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:survey|poll|study|studies|research|report|data|figures|analysis)\\b.*\\b(?:found|finds|showed|shows|suggests?|suggested|estimated|estimates|recorded)\\b|\\baccording to\\b");

    /** Someone else's objection: "Parents worry ...", "Others say ...", "Bus companies complain ...". */
    private static final java.util.regex.Pattern OBJECTING = java.util.regex.Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,2} (?:say|argue|worry|complain|object|claim|fear|insist|warn)\\b");

    /** Does the sentence turn against what came before it? */
    static boolean pivot(Sentence s) {
        return PIVOT.matcher(s.plain()).find() || PIVOT_INSIDE.matcher(s.plain()).find();
    }

    /** The sentence as an option: its own stem, or a pivot sentence without its "Yet"/"But" when the rest stands alone. */
    static String thesisStem(Context ctx, Sentence s) {
        String stem = ctx.stems.get(s.index());
        if (stem != null) return stem;
        java.util.regex.Matcher m = PIVOT.matcher(s.plain());
        if (!m.find() || m.end() >= s.plain().length()) return null;
        String rest = Text.upperFirst(s.plain().substring(m.end()));
        if (Text.startsWithPronoun(rest) || Text.startsWithConnector(rest) || ContextFree.reason(rest) != null || QuestionGate.fragment(rest) != null) return null;
        return rest;
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
                    label = "the paragraph that begins \"" + opening(s.plain()) + "\"";
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
            if (ss.size() < 3 || bySection && ss.get(0).section().isEmpty()) continue;
            // a paragraph that answers objections one by one ("Parents worry ... But ...; Others say ... That is
            // ...") has several points, none of them its own: neither a key nor a distractor
            if (!bySection && ss.stream().filter(x -> OBJECTING.matcher(x.plain()).find()).count() >= 2) continue;
            Sentence best = null, detail = null;
            double bestScore = -1, detailScore = -1;
            java.util.Map<String, Integer> unitFreq = new java.util.HashMap<>();
            for (Sentence o : ss) for (String w : ctx.words.get(o.index())) unitFreq.merge(w, 1, Integer::sum);
            // a sentence that turns the unit ("Yet ...", "But ...") makes its point; what it turns from is a concession
            java.util.Set<Sentence> conceded = new java.util.HashSet<>();
            // ("X. Yet Y.": the sentence just before a pivot that is its paragraph's second; "I am not asking for ...
            // Primary schools can ... But ...": everything from a concession up to the pivot)
            for (int i = 1; i < ss.size(); i++) {
                Sentence pv = ss.get(i);
                if (!pivot(pv)) continue;
                Sentence before = ss.get(i - 1);
                boolean second = before.paragraph() == pv.paragraph() && (i == 1 || ss.get(i - 2).paragraph() != pv.paragraph());
                if (second) conceded.add(before);
                for (int j = i - 1; j >= 0 && ss.get(j).paragraph() == pv.paragraph(); j--) {
                    if (!CONCESSION.matcher(ss.get(j).plain()).find()) continue;
                    for (int k = j; k < i; k++) conceded.add(ss.get(k));
                    break;
                }
            }
            Set<String> heading = bySection ? Text.contentWords(ss.get(0).section()) : Set.of();
            for (int i = 0; i < ss.size(); i++) {
                Sentence s = ss.get(i);
                String stem = thesisStem(ctx, s);
                if (stem == null || s.words() > 35 || s.words() < 4) continue;
                Set<String> w = ctx.words.get(s.index());
                double c = 0;
                for (Sentence o : ss) if (o != s) c += Text.jaccard(w, ctx.words.get(o.index()));
                c /= ss.size() - 1;
                // key terms: words the rest of the unit repeats more than the article at large does
                double key = 0;
                for (String x : w) {
                    int inUnit = unitFreq.getOrDefault(x, 1) - 1;
                    if (inUnit > 0) key += (double) inUnit / Math.max(1, ctx.mentions(x));
                }
                c += 0.04 * Math.min(3, key);
                // topic sentences: first (or last) of the unit, stated as a general claim rather than a detail
                if (i == 0) c += 0.08;
                else if (i == ss.size() - 1) c += 0.03;
                if (s.plain().matches("(?i).*\\b(should|must|need to|key|critical|important|essential|remains?|will|cannot|can)\\b.*")) c += 0.03;
                // an opinion's recommendation is its paragraph's point; a scene set at the start is not
                if (DiscussionBuilder.RECOMMEND.matcher(s.plain()).find() && !REPORTED.matcher(s.plain()).matches()) c += 0.1;
                if (SCENE.matcher(s.plain()).find()) c -= 0.1;
                if (s.plain().matches(".*\\d.*")) c -= 0.06;
                // details rather than theses: statistics, named sources of data, scene-setting openers
                if (s.plain().matches(".*\\d.*\\d.*|(?i).*\\d ?(percent|per cent|%).*")) c -= 0.06;
                if (s.plain().matches("(?i).*\\b(estimated|estimates|found that|according to|survey|poll)\\b.*")) c -= 0.06;
                if (s.plain().matches("(?i).*\\b(survey|poll|polling|study|report|data|figures|statistics|census)\\b.*\\b(found|showed|shows|suggests?|estimated|reported|recorded)\\b.*|(?i).*\\baccording to\\b.*")) c -= 0.08;
                if (s.plain().matches("(?i)^(when|after|before|during|since|last|earlier|later|by|on|in (?:\\d|january|february|march|april|may|june|july|august|september|october|november|december|the (?:early|late|past|summer|spring|autumn|winter)))\\b.*")) c -= 0.08;
                if (s.plain().matches("(?i).*\\b(said|says|told|added|noted|announced)\\b.*")) c -= 0.04;
                // a causal or place-setting opener introduces a detail ("Because brine is heavier...", "In Saudi Arabia, ...")
                if (s.plain().matches("^(?:Because|Since|As|In|At|For) (?:the )?\\p{Lu}.*|^(?:Because|Given) .*")) c -= 0.06;
                // a short general opening sentence is the classic topic sentence
                if (i == 0 && s.words() <= 14 && !s.plain().matches(".*\\d.*") && !s.plain().matches("(?i).*\\b(was|were|had|did)\\b.*")) c += 0.06;
                // a view the article reports (critics, officials) is rarely the unit's own thesis
                if (s.plain().matches("(?i)^(critics|supporters|opponents|officials|sceptics|skeptics)\\b.*|(?i).*\\bpoint(?:s|ed)? out\\b.*")) c -= 0.06;
                if (s.plain().contains("\"") || s.plain().contains("“")) c -= 0.04;
                if (Text.startsWithConnector(s.plain()) || s.plain().matches("(?i)^(for example|for instance|in \\d|on [A-Z]).*")) c -= 0.05;
                for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.PERSON && t.start() < 3) c -= 0.08;
                // an event involving a named person ("President Lee's decision to ...") opens a story, not a thesis
                for (TypedSpan t : ctx.spans.get(s.index()))
                    if (t.type() == SpanType.PERSON && t.start() >= 3 && s.plain().substring(0, t.start()).split("\\s+").length <= 2) c -= 0.05;
                // "X is also ...", "Y, meanwhile, ...": an addition to a point made elsewhere, not the unit's point
                if (ADDITION.matcher(s.plain()).find()) c -= 0.1;
                // the turn to the point, and what it turns from
                if (pivot(s) && i > 0) c += 0.12;
                if (conceded.contains(s)) c -= 0.12;
                if (CONCESSION.matcher(s.plain()).find()) c -= 0.12;
                if (APPEARANCE.matcher(s.plain()).find()) c -= 0.1;
                // the heading's own words mark the section's point
                int shared = 0;
                for (String x : ctx.words.get(s.index())) if (heading.contains(x)) shared++;
                c += 0.03 * Math.min(2, shared);
                // a point someone else makes in a paragraph that reports a view ("Supporters argue ...") is theirs
                Sentence opener = ss.stream().filter(o -> o.paragraph() == s.paragraph()).findFirst().orElse(s);
                if (opener != s && REPORTED.matcher(opener.plain()).matches() && opener.plain().matches("(?i)^(?:critics|supporters|opponents|sceptics|skeptics|some|others)\\b.*")) c -= 0.08;
                // a conclusion the writer draws ("Most experts now see ...", "Overall, ...") is the section's point
                if (s.plain().matches("(?i)^(?:most|overall|in short|in the end|ultimately)\\b.*|.*\\bnow (?:see|agree|think|believe|accept)\\b.*")) c += 0.06;
                // an event told with its date or actor is a detail, never a thesis: it may stand only as a distractor;
                // so is a view the article reports ("X argues that ..."), a quotation, a sentence of figures, and
                // one that leans on the sentence before ("The main cause is ...")
                // a concession is never the unit's point
                if (eventDetail(ctx, s) || notAThesis(s, stem) || conceded.contains(s) || CONCESSION.matcher(s.plain()).find() || APPEARANCE.matcher(s.plain()).find()) {
                    if (c > detailScore) { detailScore = c; detail = s; }
                    continue;
                }
                if (c > bestScore) { bestScore = c; best = s; }
            }
            boolean thesis = best != null;
            if (best == null) best = detail;
            if (best == null || ADDITION.matcher(best.plain()).find()) continue;
            // "The benefits would be large." opens the paragraph as its point but is too short to offer: any other
            // key would be a detail
            Sentence first = ss.get(0);
            boolean keyable = thesis && !(best != first && first.words() <= 8 && first.hasVerb() && !first.plain().matches(".*\\d.*") && first.plain().endsWith("."));
            // a summary shares its words with the rest of the unit and its heading; a detail does not
            // (a section's: a paragraph is too short for its sentences to repeat each other's words), unless it is the
            // section's opening statement of a general truth, the classic topic sentence
            // (a turn to the point brings in words of its own: a lower bar)
            if (bySection && keyable && centrality(ctx, ss, best) < (pivot(best) ? MIN_CENTRALITY - 0.1 : MIN_CENTRALITY) && !(best == first && generalStatement(ctx, best))) keyable = false;
            // a short line, a figure, a date or a link to what comes before or after is a detail or a bridge, not
            // the section's point ("Ducks nest in the reeds.", "What the valve does next is ...")
            if (keyable && (!clearThesis(ctx, best) || !selfContainedOption(thesisStem(ctx, best)))) keyable = false;
            // a finding with its figures ("A survey of 6,000 pupils found that 58% ...") is the evidence, not the point
            if (FINDING.matcher(best.plain()).find() && best.plain().matches(".*\\d.*")) keyable = false;
            String label = labels.get(g);
            if (!bySection) {
                // name the paragraph by words that do not give the key away
                if (best != ss.get(0)) label = "the paragraph that begins \"" + opening(ss.get(0).plain()) + "\"";
                else if (best != ss.get(ss.size() - 1)) label = "the paragraph that ends \"" + ending(ss.get(ss.size() - 1).plain()) + "\"";
                else continue;
            }
            // a section whose opening statement is overturned later ("X seemed ...", "Although ...") and whose point
            // no sentence states: its best sentence is only a detail
            out.add(new Unit(label, ss.get(0).section(), ss, best, thesisStem(ctx, best), keyable));
        }
        return out;
    }
}
