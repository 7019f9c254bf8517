package org.lectern.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions any teacher asks of any article, built from its structure rather than from argumentative wording:
 * the main point and its evidence (from the title), a decision an authority took and its alternatives (a ruling,
 * a plan, a vote), a choice the subject of a profile made and its risks, the trade-off a pair of figures shows, the
 * position of each named party (in a sentence that names them as the one who speaks or acts), advice and its
 * risks, an alternative the author proposes, and an application of the article's lesson to a new case. Each frame
 * has its own wording and quotes or names what it asks about, so a set of prompts reads as different questions.
 */
final class DiscussionFrames {
    private DiscussionFrames() {}

    static List<Candidate> build(Context ctx, Set<Integer> used) {
        List<Candidate> out = new ArrayList<>();
        if (ctx.speaker != null) return out;
        Set<Integer> mine = new HashSet<>(used);
        add(out, mine, ruling(ctx, mine));
        add(out, mine, trial(ctx, mine));
        add(out, mine, mainPoint(ctx, mine));
        add(out, mine, personalChoice(ctx, mine));
        add(out, mine, figures(ctx, mine));
        for (Candidate c : parties(ctx, mine)) add(out, mine, c);
        add(out, mine, advice(ctx, mine));
        add(out, mine, alternative(ctx, mine));
        add(out, mine, application(ctx, mine));
        return out;
    }

    /**
     * The safe frames that fit any article of their genre (a history's turning point, a news report's headline
     * decision and missing voices), weak: asked only while the set is short of its minimum.
     */
    static List<Candidate> fallbacks(Context ctx, Set<Integer> used) {
        List<Candidate> out = new ArrayList<>();
        if (ctx.speaker != null) return out;
        Set<Integer> mine = new HashSet<>(used);
        add(out, mine, headlineDecision(ctx, mine));
        add(out, mine, turningPoint(ctx, mine));
        add(out, mine, historyToday(ctx, mine));
        add(out, mine, voices(ctx, mine));
        add(out, mine, objection(ctx, mine));
        out.addAll(explainer(ctx));
        return out;
    }

    /**
     * Prompts any article supports, whatever its genre, claiming nothing about a passage: which evidence best
     * supports its main point, and what it leaves unanswered. Weaker than the genre's fallbacks: they only fill the
     * minimum when the article cannot support enough prompts of its own.
     */
    static List<Candidate> general(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        int n = ctx.sentences.size();
        if (n < 4) return out;
        Sentence open = ctx.sentences.get(n > 6 ? 1 : 0), middle = ctx.sentences.get(Math.min(n - 2, Math.max(2, n / 2)));
        String t = title(ctx);
        String about = t == null ? "the article's main point" : "the main point of \u201c" + t + "\u201d";
        // a news report makes no case to support, nor does an explainer or a history (judges rejected "the strongest
        // evidence for the main point" of how a heat pump works): only what it leaves open
        if (!DiscussionMoves.newsReport(ctx) && !expository(ctx)) out.add(withEvidence(ctx, DiscussionBuilder.make(ctx, open, "Which piece of evidence in the article does most to support " + about
                + ", and why? Which piece of evidence is weakest or least complete? Quote or describe both.", Skill.evaluate, 0.2 - Candidate.WEAK, "strongest"), open, "strongest"));
        out.add(withEvidence(ctx, DiscussionBuilder.make(ctx, middle, "What important question does the article leave unanswered? Explain why the answer matters for "
                + "understanding its subject, and say where you might look for it.", Skill.evaluate, 0.15 - Candidate.WEAK, "unanswered"), middle, "unanswered"));
        return out;
    }

    /** Two consecutive sentences from {@code i} as evidence, so that a fallback never repeats another prompt's evidence. */
    private static Candidate withEvidence(Context ctx, Candidate c, Sentence a, String kind) {
        Sentence b = a.index() + 1 < ctx.sentences.size() ? ctx.sentences.get(a.index() + 1) : null;
        List<String> ev = b == null ? List.of(a.text()) : List.of(a.text(), b.text());
        Question q = Question.of(QuestionType.discussion, c.question().prompt(), c.question().skill(), 3, a.section(), ev, c.question().explanation())
                .withModules(List.of(ctx.module.slug()));
        return new Candidate(Ids.assign(q, kind), null, List.of(), c.score(), c.position());
    }

    /**
     * An opinion piece (its title states a position, or it argues for its own recommendations, and it is no news
     * report): the strongest objection a reader who disagrees would raise, and how well the article answers it.
     */
    static Candidate objection(Context ctx, Set<Integer> used) {
        if (DiscussionMoves.newsReport(ctx)) return null;
        String t = title(ctx);
        Sentence argued = DiscussionMoves.argument(ctx);
        String ask = " What would be their strongest objection, and how well does the article answer it? Use details from the article.";
        if (t != null && DiscussionMoves.positionTitle(t)) {
            Sentence at = argued != null ? argued : ctx.sentences.isEmpty() ? null : ctx.sentences.get(0);
            if (at == null) return null;
            return withEvidence(ctx, DiscussionBuilder.make(ctx, at, "Imagine a reader who disagrees with the position in the title, \u201c" + t + "\u201d." + ask,
                    Skill.evaluate, 0.5 - Candidate.WEAK, "disagree"), at, "disagree");
        }
        if (argued == null || quote(ctx, argued) == null) return null;
        return withEvidence(ctx, DiscussionBuilder.make(ctx, argued, "Imagine a reader who disagrees with the author's argument: \"" + quote(ctx, argued) + "\"" + ask,
                Skill.evaluate, 0.5 - Candidate.WEAK, "disagree"), argued, "disagree");
    }

    /** A title that announces an explanation: "Why Lakes Turn Over", "How Earbuds Can Damage Hearing", "The Science of ...". */
    private static final Pattern EXPLAINS = Pattern.compile("^(?:Why|How|What)\\b|: (?:Why|How|What)\\b|\\bThe Science (?:of|Behind)\\b|\\bExplained\\b|^Understanding\\b");
    private static final Pattern SCIENCE = Pattern.compile("(?i)\\b(?:scientists?|researchers?|studies|study|biologists?|ecologists?|physicists?|chemists?|geologists?|measured|experiments?)\\b");

    /** A sentence that gives a cause or a mechanism. */
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(?:because|causes?|caused|happens when|which means|as a result|so that)\\b");

    /** An explainer (its title announces an explanation and the article argues for nothing) or a history told over generations. */
    static boolean expository(Context ctx) {
        String t = title(ctx);
        if (t != null && EXPLAINS.matcher(t).find() && DiscussionMoves.argument(ctx) == null) return true;
        return DiscussionMoves.argument(ctx) == null && turningPoint(ctx, Set.of()) != null;
    }

    /**
     * An explainer (its title announces an explanation, it is no news report and argues for nothing of its own):
     * the explanation in the student's own words, step by step, and who could use it. Weak.
     */
    static List<Candidate> explainer(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        String t = title(ctx);
        if (t == null || !EXPLAINS.matcher(t).find() || DiscussionMoves.newsReport(ctx) || DiscussionMoves.argument(ctx) != null || ctx.sentences.size() < 4) return out;
        Sentence cause = null;
        for (Sentence s : ctx.sentences) if (cause == null && s.index() > 0 && CAUSE.matcher(s.plain()).find()) cause = s;
        if (cause == null) cause = ctx.sentences.get(1);
        out.add(withEvidence(ctx, DiscussionBuilder.make(ctx, cause, "The article sets out to explain what its title names: \u201c" + t + "\u201d. Explain it in your own words, "
                + "step by step, as you would to a younger student. Which step is hardest to follow, and what would make it clearer?", Skill.evaluate, 0.5 - Candidate.WEAK, "explain"), cause, "explain"));
        Sentence end = ctx.sentences.get(ctx.sentences.size() - 2);
        // a science explainer (it cites scientists or studies): what is still unknown, and how to find out
        Sentence sci = null;
        for (Sentence s : ctx.sentences) if (sci == null && s != cause && s.index() < ctx.sentences.size() - 2 && SCIENCE.matcher(s.plain()).find()) sci = s;
        if (sci != null)
            out.add(withEvidence(ctx, DiscussionBuilder.make(ctx, sci, "What would you still want to find out after reading this article, and how could a scientist "
                    + "investigate it? Explain how your question builds on what the article says.", Skill.apply, 0.5 - Candidate.WEAK, "inquiry"), sci, "inquiry"));
        out.add(withEvidence(ctx, DiscussionBuilder.make(ctx, end, "Who would find what this article explains useful in their work or daily life, and what could they do "
                + "differently because of it? Use details from the article.", Skill.apply, 0.5 - Candidate.WEAK, "useful"), end, "useful"));
        return out;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]\\d\\d|20[0-4]\\d)\\b");

    /**
     * A history feature (its sentences name at least four different years over fifty years or more, from 1950 or
     * before): which moment
     * was the turning point. Its evidence is the first and the last dated sentences. A weak candidate, taken only
     * while the set is short of its minimum.
     */
    static Candidate turningPoint(Context ctx, Set<Integer> used) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        Sentence first = null, last = null;
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (Sentence s : ctx.sentences) {
            Matcher m = YEAR.matcher(s.plain());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                years.add(y);
                if (y < lo) { lo = y; first = s; }
                if (y > hi) { hi = y; last = s; }
            }
        }
        // a story told over generations, from before living memory: not an analysis of recent years
        if (years.size() < 4 || lo > 1950 || hi - lo < 50 || first == null || first == last) return null;
        Candidate c = DiscussionBuilder.make(ctx, first, "The article follows its story from " + lo + " to " + hi + ". Which moment in that story do you think was the real "
                + "turning point, and why? Compare it with one other moment the article describes.", Skill.evaluate, 0.5 - Candidate.WEAK, "turning");
        Question q = Question.of(QuestionType.discussion, c.question().prompt(), Skill.evaluate, 3, first.section(), List.of(first.text(), last.text()),
                "There is no single right answer. A strong response names the moment, says what changed because of it, and compares it with another moment from the article.")
                .withModules(List.of(ctx.module.slug()));
        return new Candidate(Ids.assign(q, "turning"), null, List.of(), c.score(), first.index());
    }

    /**
     * A history feature that reaches the present (its last year is 1990 or later): what two moments of it changed,
     * and whether it still matters. Evidence: the last dated sentence and the one before. Weak.
     */
    static Candidate historyToday(Context ctx, Set<Integer> used) {
        if (turningPoint(ctx, Set.of()) == null) return null;
        Sentence last = null;
        int hi = 0;
        for (Sentence s : ctx.sentences) {
            Matcher m = YEAR.matcher(s.plain());
            while (m.find()) { int y = Integer.parseInt(m.group(1)); if (y >= hi) { hi = y; last = s; } }
        }
        if (last == null || hi < 1990) return null;
        Sentence before = last.index() > 0 ? ctx.sentences.get(last.index() - 1) : last;
        return withEvidence(ctx, DiscussionBuilder.make(ctx, before, "Choose two moments from the history the article tells. What did each change for the people "
                + "of the time, and does any of it still matter today? Use details from the article.", Skill.evaluate, 0.5 - Candidate.WEAK, "history"), before, "history");
    }

    /** A headline that reports a decision: "Council Votes to Buy ...", "Board Approves ...", "Court Rejects ...". */
    private static final Pattern HEADLINE_DECISION = Pattern.compile("\\b(?:Votes? (?:to|for|against)|Approves?|Agrees? to|Decides? to|Rejects?|Backs|Scraps?|Bans?|Orders?)\\b");

    /**
     * A news report whose headline states a decision: was it the right one. Its evidence is the opening sentence.
     * A weak candidate, taken only while the set is short of its minimum.
     */
    static Candidate headlineDecision(Context ctx, Set<Integer> used) {
        String t = title(ctx);
        if (t == null || t.endsWith("?") || !HEADLINE_DECISION.matcher(t).find() || !DiscussionMoves.newsReport(ctx) || ctx.sentences.isEmpty()) return null;
        Sentence s = ctx.sentences.get(0);
        return withEvidence(ctx, DiscussionBuilder.make(ctx, s, "The headline reports a decision: \u201c" + t + "\u201d. Was it the right decision? Set out the strongest reason for it and the "
                + "strongest reason against it that the article reports, and say which you find more convincing.", Skill.evaluate, 0.5 - Candidate.WEAK, "headline"), s, "headline");
    }

    /**
     * A news report that quotes two or more named people: whose point of view is missing. Its evidence is the first
     * quotation. A weak candidate, taken only while the set is short of its minimum.
     */
    static Candidate voices(Context ctx, Set<Integer> used) {
        if (!DiscussionMoves.newsReport(ctx)) return null;
        Map<String, DiscussionMoves.Speech> by = new LinkedHashMap<>();
        for (DiscussionMoves.Speech sp : DiscussionMoves.speeches(ctx)) by.putIfAbsent(DiscussionMoves.shortSpeaker(sp.speaker()), sp);
        if (by.size() < 2) return null;
        List<String> names = new ArrayList<>(by.keySet());
        String who = names.size() == 2 ? names.get(0) + " and " + names.get(1) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        var it = by.values().iterator();
        Sentence s = it.next().first(), s2 = it.next().first();
        Candidate c = DiscussionBuilder.make(ctx, s, "The report quotes " + who + ". Whose point of view is missing from it, and how might hearing from them change "
                + "the picture the report gives? Use details from the article.", Skill.evaluate, 0.5 - Candidate.WEAK, "voices");
        Question q = Question.of(QuestionType.discussion, c.question().prompt(), Skill.evaluate, 3, s.section(), List.of(s.text(), s2.text()), c.question().explanation())
                .withModules(List.of(ctx.module.slug()));
        return new Candidate(Ids.assign(q, "voices"), null, List.of(), c.score(), s.index());
    }

    private static void add(List<Candidate> out, Set<Integer> mine, Candidate c) {
        if (c == null) return;
        out.add(c);
        mine.add(c.position());
    }

    private static String title(Context ctx) {
        String t = ctx.module.title() == null ? "" : ctx.module.title().strip();
        return t.length() < 12 || t.split("\\s+").length < 3 ? null : t;
    }

    /** A sentence that reads on its own as a quotation in a prompt, or null. */
    private static String quote(Context ctx, Sentence s) {
        if (s.words() < 8 || s.words() > 45) return null;
        return DiscussionMoves.quotable(ctx, s);
    }

    /** A report of what someone else said ("..., she said", "X argued that"): not the article's own statement. */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|told|argued|argues|warned|claimed|added)\\b");

    /** The main point: the title, with the opening statement as evidence. */
    static Candidate mainPoint(Context ctx, Set<Integer> used) {
        String t = title(ctx);
        if (t == null) return null;
        for (Sentence s : ctx.sentences) {
            if (s.index() > 6) break;
            if (used.contains(s.index()) || quote(ctx, s) == null || s.words() < 12) continue;
            return DiscussionBuilder.make(ctx, s, "The article is titled \u201c" + t + "\u201d. In your own words, what is its main point? "
                    + "Which two details from the article support it best, and is anything important left out?", Skill.evaluate, 1.45, "mainpoint");
        }
        return null;
    }

    /** An institution that decides: a court, a council, a company, a board. */
    private static final String INSTITUTION = "(?:judge|court|tribunal|jury|council|cabinet|government|ministry|minister|board|company|operator|authority|authorities|regulator|committee|panel|inquiry|firm|agency|trust|school|university|hospital|parliament|department|police|union|airline|network|service|owners?|management)";
    private static final Pattern RULED = Pattern.compile("(?:has |have |had |also |then )?(?:ruled|found that|ordered|awarded|dismissed|upheld|rejected|decided|proposed|approved|agreed to|voted|chose|announced (?:that|plans)|plans to|intends to|is to|will now)\\b");
    private static final Pattern FOUND = Pattern.compile("\\bfound that\\b");
    private static final Pattern COURT = Pattern.compile("(?i)\\b(?:ruled|ruling|judge|court|tribunal|awarded|dismissed|upheld|liable|damages|appeal)\\b");

    /**
     * A decision an authority took: its named actor (an organisation, or "the judge", "the council") is the subject
     * of a verb of deciding. A court's ruling is asked for its grounds and fairness, other decisions for their
     * reasons and alternatives.
     */
    static Candidate ruling(Context ctx, Set<Integer> used) {
        for (Sentence s : ctx.sentences) {
            String q = quote(ctx, s);
            if (q == null || q.contains("\u2018")) continue;
            String p = s.plain();
            boolean found = NOUN_ACTOR.matcher(p).find() || OFFICIAL.matcher(p).find();
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (found) break;
                if (t.type() != SpanType.ORGANISATION) continue;
                if (RULED_NEXT.matcher(p.substring(t.end())).find()) found = true;
            }
            if (!found) continue;
            // outside a court, "an investigation found that ..." reports a finding, not a decision someone took
            if (!COURT.matcher(p).find() && FOUND.matcher(p).find()) continue;
            if (COURT.matcher(p).find())
                return DiscussionBuilder.make(ctx, s, "The article reports a ruling: \"" + q + "\" On what grounds was it made, and was it fair to both sides? "
                        + "What should each side do now? Use details from the article.", Skill.evaluate, 1.5, "ruling");
            // a decision to weigh is a choice with stakes: "plans to repeat the analysis in autumn" is a routine next step
            if (ROUTINE_STEP.matcher(p).find()) continue;
            return DiscussionBuilder.make(ctx, s, "Weigh this decision: \"" + q + "\" What reasons does the article give for it, what other options were there, "
                    + "and who gains or loses from it? Use details from the article.", Skill.evaluate, 1.45, "alternatives");
        }
        return null;
    }

    /** A routine next step, no choice with stakes: repeating, reviewing or publishing work, meeting again. */
    private static final Pattern ROUTINE_STEP = Pattern.compile("(?i)\\b(?:plans to|intends to|is to|will now|agreed to|decided to) (?:\\w+ly )?(?:repeat|review|revisit|publish|meet|consider|study|examine|report|monitor|continue|discuss|look|hold|update|check)\\b");

    /** An official named with the title of office: "Judge Ana Ruiz, sitting at ..., found that ...". */
    /** "the county council ruled", "its board decided": an institution named by a noun as the one who decides. */
    private static final Pattern NOUN_ACTOR = Pattern.compile("(?i)\\b(?:the|its|a) (?:[a-z]+ ){0,2}" + INSTITUTION + "\\s(?:\\w+ly\\s)?" + RULED.pattern());
    /** A verb of deciding right after a named organisation. */
    private static final Pattern RULED_NEXT = Pattern.compile("^\\s(?:\\w+ly\\s)?" + RULED.pattern());
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b[A-Z][\\p{L}]{2,}(?:-[A-Z][\\p{L}]+)?\\b");
    private static final Pattern OFFICIAL = Pattern.compile("\\b(?:Judge|Justice|Mayor|Minister|Councillor|Commissioner|Inspector|Coroner) [A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)*(?:, [^,]{3,60},)? " + RULED.pattern());

    /**
     * The person a profile is about: a name in the title that the body repeats at least five times (in the form the
     * body writes most often), and that is a person (tagged as one, or the title says it is a profile or a life).
     */
    private static boolean placeOrBody(Context ctx, String who) {
        for (List<TypedSpan> l : ctx.spans) for (TypedSpan x : l) if ((x.type() == SpanType.PLACE || x.type() == SpanType.ORGANISATION) && x.text().equals(who)) return true;
        return false;
    }

    static String subject(Context ctx) {
        String t = title(ctx);
        if (t == null) return null;
        String plain = Sentences.plain(ctx.module.body());
        boolean lifeTitle = t.matches("(?i).*\\b(?:profile|portrait|life of|biography|obituary|who)\\b.*");
        String best = null;
        int bestCount = 0;
        Matcher tok = CAPITALISED_WORD.matcher(t);
        while (tok.find()) {
            String part = tok.group().replaceAll("-.*", "");
            if (part.matches("The|And|Who|How|Why|What|When|Where|With|From|That|This|Into|Made|Makes")) continue;
            Map<String, Integer> forms = new TreeMap<>();
            Matcher m = Pattern.compile("\\b" + Pattern.quote(part) + "(?:-[A-Z][\\p{L}]+)?\\b").matcher(plain);
            int n = 0;
            while (m.find()) { n++; forms.merge(m.group(), 1, Integer::sum); }
            if (n < 5 || n <= bestCount) continue;
            boolean person = lifeTitle;
            for (List<TypedSpan> spans : ctx.spans)
                for (TypedSpan x : spans) if (x.type() == SpanType.PERSON && x.text().contains(part)) person = true;
            if (!person) continue;
            bestCount = n;
            best = forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).get().getKey();
        }
        return best;
    }

    private static final String CHOICE = "(?:co-founded|founded|set up|moved|left|enrolled|chose|decided|stepped back|stepped down|turned down|refused|accepted|switched|gave up|returned|campaigned|put the|resigned|took on|invested)";

    /** Events that force a step on someone: a war, a death, an eviction, "upended", "forced". */
    private static final Pattern FORCED = Pattern.compile("(?i)\\b(?:upended|uprooted|forced|compelled|obliged|drove (?:him|her|them|the family)|wars?|fled|died|death|evicted|evacuated|orphaned|famine|invasion)\\b");

    /** A choice the subject of a profile made (she or the subject is the one who acts): its risks, what it shows. */
    static Candidate personalChoice(Context ctx, Set<Integer> used) {
        String who = subject(ctx);
        if (who == null) return null;
        String t = title(ctx);
        if (t == null || !t.contains(who.replaceAll("-.*", ""))) return null;
        Pattern act = Pattern.compile("(?:^|, |\\b(?i:in|by|after|then) [^,]{2,30} )(?:" + Pattern.quote(who) + "|she|he)\\s(?:\\w+ly\\s)?" + CHOICE + "\\b");
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index())) continue;
            String p = s.plain();
            Matcher am = act.matcher(p);
            if (!am.find() || s.words() < 8 || s.words() > 45 || !p.endsWith(".") || p.contains("\"")) continue;
            // "The civil war upended the family's life, and in 1970 she moved to Glasgow": a step events forced on
            // the subject is no choice of hers to weigh
            if (FORCED.matcher(p.substring(0, am.start())).find()) continue;
            // "After the collapse, she put the two ideas together": the choice must be readable without the sentences before
            if (Anaphora.dangling(ctx, p) != null) continue;
            String q = DiscussionMoves.nest(p.replaceFirst("^(?:But|And|So|Yet) ", ""));
            return DiscussionBuilder.make(ctx, s, "Think about a choice " + who + " made: \"" + q + "\" What risks did it carry at the time, and what does it tell you about "
                    + who + "? Would you have made the same choice?", Skill.evaluate, 1.45, "personal");
        }
        return null;
    }

    private static final Pattern COMPARE = Pattern.compile("(?i)\\b(?:compared with|compared to|against|while|whereas|but|although|than|saving|saved|cost|costs|cut|reduced|rose|fell)\\b");

    /** What sets one figure against another, between them. */
    private static final Pattern SET_AGAINST = Pattern.compile("(?i)\\b(?:compared with|compared to|against|while|whereas|versus|but|although|yet|than|sav(?:e|es|ed|ing))\\b");

    /** Two courses priced against each other: "would cost £38 million, compared with £290 million to electrify the route". */
    private static final Pattern ALTERNATIVES_COMPARED = Pattern.compile("(?i)\\b(?:compared (?:with|to)|versus|as against|instead of|rather than)\\b");
    private static final Pattern GAIN_WORD = Pattern.compile("(?i)\\b(?:sav(?:e|es|ed|ing|ings)|cheaper|benefits?|profits?|gains?|earn(?:s|ed)?|revenue|income|return|raise[sd]?|brings? in|generat(?:e|es|ed|ing))\\b");

    /** Two figures set against each other in one sentence: the trade-off they show. */
    static Candidate figures(Context ctx, Set<Integer> used) {
        Candidate best = null;
        int bestScore = 0;
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index()) && s.index() > 0) continue;
            String q = quote(ctx, s);
            if (q == null || !COMPARE.matcher(q).find() || REPORTED.matcher(q).find()) continue;
            // a trade-off has a gain on one side ("saving £2 million", "cheaper"): a loss set against its insurance has none
            if (!GAIN_WORD.matcher(q).find() && !ALTERNATIVES_COMPARED.matcher(q).find()) continue;
            int n = 0, money = 0, firstEnd = -1, lastStart = -1;
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (t.type() == SpanType.MONEY || t.type() == SpanType.PERCENT || t.type() == SpanType.NUMBER && t.value() >= 2) {
                    n++;
                    if (firstEnd < 0) firstEnd = t.end();
                    lastStart = t.start();
                }
                if (t.type() == SpanType.MONEY) money++;
            }
            int score = n + 2 * money;
            if (n < 2 || money < 1 || score <= bestScore) continue;
            // the figures are set against each other: a comparison between them ("£38 million, compared with £290
            // million"), not a list of parts ("£31,000 for pain and £17,500 for care") or a change ("fell to £17,450, down 23%")
            if (lastStart <= firstEnd || !SET_AGAINST.matcher(s.plain().substring(firstEnd, lastStart)).find()) continue;
            bestScore = score;
            best = DiscussionBuilder.make(ctx, s, "Look at the figures the article gives: \"" + q + "\" What trade-off do they show? On balance, is the gain worth the cost, "
                    + "and who gains or loses? Explain with the numbers.", Skill.evaluate, 1.35, "figures");
        }
        return best;
    }

    /** A verb by which a party states or takes a position. */
    private static final Pattern STANCE = Pattern.compile("^\\s(?:\\w+ly\\s)?(?:has |have |had |also |now )?(?:argued|argues|argue|warned|warns|claimed|claims|accepted|acknowledged|acknowledges|insisted|insists|denied|denies|disputed|disputes|maintained|maintains|criticised|criticized|welcomed|welcomes|opposed|opposes|rejected|rejects|admitted|admits|believes|believe|fears|fear|says|said|say)\\b");

    /** A party's claim that it cannot do otherwise: "it has no choice", "it cannot afford to". */
    private static final Pattern NO_CHOICE = Pattern.compile("(?i)\\b(?:no (?:choice|alternative|option)|cannot|can't|could not|couldn't|impossible|only (?:way|option))\\b");

    /**
     * The position of each named party: a sentence that names the party as the subject of a verb of stating or
     * taking a position ("Northway argued that ...", "Some highway authorities argued ..."), so the quotation is
     * attributed by the article's own words. At most two parties, most mentioned first; each prompt names the other.
     */
    static List<Candidate> parties(Context ctx, Set<Integer> used) {
        record Stance(String party, Sentence s, String q) {}
        Map<String, Stance> first = new LinkedHashMap<>();
        Map<String, Integer> mentions = new TreeMap<>();
        for (List<TypedSpan> spans : ctx.spans)
            for (TypedSpan t : spans) if (t.type() == SpanType.ORGANISATION || t.type() == SpanType.PERSON || t.type() == SpanType.GROUP) mentions.merge(name(t), 1, Integer::sum);
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index())) continue;
            String q = quote(ctx, s);
            if (q == null || q.contains("\u2018") || s.plain().contains("\"")) continue;
            // "Campaigners welcomed the decision": a position on a step the quotation never names
            if (DiscussionMoves.unnamedStep(ctx, q)) continue;
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (t.type() != SpanType.ORGANISATION && t.type() != SpanType.PERSON && !(t.type() == SpanType.GROUP && t.sub().startsWith("plural"))) continue;
                Matcher vm = STANCE.matcher(s.plain().substring(t.end()));
                if (!vm.find()) continue;
                // "Breckstone said the first meeting would be held in May": a neutral verb of saying takes no position
                // of its own, so what is said must show one (a judgement, a hedge, a "should", a denial of choice)
                String said = s.plain().substring(t.end() + vm.end());
                if (vm.group().matches("(?s).*\\bsa(?:y|ys|id)$") && !DiscussionMoves.stance(said) && !NO_CHOICE.matcher(said).find()) continue;
                // the party opens its clause: "Northway argued", "..., but some critics say", not "the lawyer for Northway argued"
                String head = s.plain().substring(0, t.start());
                if (!head.matches("(?i)(?:.*(?:, (?:but|and|while|yet) |; ))?(?:(?:the|some|many|most|several|local|other) )?")) continue;
                first.putIfAbsent(name(t), new Stance(name(t), s, q));
                break;
            }
        }
        List<Stance> stances = new ArrayList<>(first.values());
        stances.sort((a, b) -> mentions.getOrDefault(b.party(), 0) - mentions.getOrDefault(a.party(), 0));
        List<Candidate> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (Stance st : stances) {
            if (out.size() == 2) break;
            if (!taken.add(st.s().index())) continue;
            String other = null;
            for (Stance o : stances) if (o != st && other == null) other = o.party();
            String answer = other == null ? "what would someone who disagrees say?" : "how might " + other + " answer?";
            out.add(DiscussionBuilder.make(ctx, st.s(), "Take the point of view of " + st.party() + ". The article reports: \"" + st.q() + "\" Why might "
                    + st.party() + " take this position, and " + answer + " Use details from the article.", Skill.apply, 1.35, "party"));
        }
        return out;
    }

    private static String name(TypedSpan t) {
        String n = t.type() == SpanType.PERSON && t.canonical() != null ? t.canonical() : t.text();
        if (t.type() == SpanType.GROUP) n = "the " + n.replaceFirst("(?i)^(?:the|some|many|most|several|local|other) ", "").toLowerCase(Locale.ROOT);
        return n;
    }

    private static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:recommends?|recommended|recommendation|advises?|advised|advice is|guidelines (?:recommend|advise|suggest)|is (?:usually|normally|generally|often) (?:treated|offered|prescribed|advised)|(?:doctors|experts|guidance) (?:usually |often |now )?(?:suggest|recommend|advise))\\b");

    /** Advice for an institution: a recommended code, law, scheme or rule, not a step a person takes. */
    private static final Pattern INSTITUTIONAL_ADVICE = Pattern.compile("(?i)\\b(?:recommends?|recommended|advises?|advised|suggests?|suggested|proposes?|proposed)\\s+(?:that\\s+)?(?:an?|the|new|stricter|tougher)\\s+(?:\\w+\\s+){0,2}?(?:code|law|scheme|rules?|regulations?|tax|levy|policy|register|standard|cap|inquiry|regulator|subsid(?:y|ies)|ban|treaty|commission|body|fund)\\b");

    /** Advice the article gives or reports: its benefits, risks and exceptions. */
    static Candidate advice(Context ctx, Set<Integer> used) {
        // "A 1987 study recommended a light rail line, and construction began": advice narrated as history is an event
        // "recommends a voluntary code setting minimum contract lengths": advice to governments or an industry is no
        // advice a student could follow
        return firstQuoted(ctx, used, ADVICE, s -> !DiscussionBuilder.narrative(s) && !INSTITUTIONAL_ADVICE.matcher(s.plain()).find(), q -> "The article passes on this advice: \"" + q + "\" Who is it for, "
                + "and what reasons does the article give for it? Would you follow it? Explain why or why not.", 1.35, "advice");
    }

    /** A frame on the first unused sentence whose quotable text matches {@code pattern}. */
    private static Candidate firstQuoted(Context ctx, Set<Integer> used, Pattern pattern, java.util.function.Predicate<Sentence> fits,
                                         java.util.function.UnaryOperator<String> prompt, double score, String kind) {
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index())) continue;
            String q = quote(ctx, s);
            if (q == null || !pattern.matcher(q).find() || !fits.test(s)) continue;
            return DiscussionBuilder.make(ctx, s, prompt.apply(q), Skill.evaluate, score, kind);
        }
        return null;
    }

    /** Both courses named: "should fund X rather than Y", "instead of Y, the council should X". */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)\\b(?:should|must|ought to)\\b[^.;]*\\b(?:instead of|rather than)\\b|\\b(?:instead of|rather than)\\b[^.;]*\\b(?:should|must|ought to)\\b");

    /**
     * An alternative the author recommends, naming both the course it proposes and the one it would replace ("The
     * money should go to X rather than Y"): which is better. A promise someone made, a difference described, or a
     * step added to others ("...; instead, they must partner with ...") is no alternative.
     */
    static Candidate alternative(Context ctx, Set<Integer> used) {
        return firstQuoted(ctx, used, ALTERNATIVE, s -> !DiscussionBuilder.narrative(s) && DiscussionMoves.ownRecommendation(quote(ctx, s))
                && !DiscussionBuilder.leansOnContext(ctx, s, quote(ctx, s)), q -> "The article proposes one course in place of another: \"" + q
                + "\" Which of the two would work better, and why? What would the change cost, and who would have to act?", 1.3, "alternative");
    }

    /**
     * The article's idea applied beyond it, in the form its genre allows: a profile's story to another field; an
     * opinion piece's argument to another place or rule; a trend's consequences for the groups it touches; a case
     * (an organisation or a place that took a step) to another place, anchored on the step it took. An article of
     * none of these kinds (a match report, a news item with no step taken) gets no application prompt.
     */
    static Candidate application(Context ctx, Set<Integer> used) {
        String t = title(ctx);
        if (t == null) return null;
        String who = subject(ctx);
        // a story of how ideas win acceptance: a person's (a profile), not a country's or a body's
        if (who != null && t.contains(who.replaceAll("-.*", "")) && !placeOrBody(ctx, who) && innovator(ctx, who)) {
            Sentence s = closing(ctx, used);
            return s == null ? null : DiscussionBuilder.make(ctx, s, "What does the story of " + who + " in \u201c" + t + "\u201d show about how new ideas win acceptance in a field? "
                    + "Choose two moments from the article, and say whether the same would hold in a field you know.", Skill.apply, 1.2, "newcase");
        }
        Candidate ruled = rulingApplied(ctx, used, t);
        if (ruled != null) return ruled;
        Sentence argued = DiscussionMoves.argument(ctx);
        if (argued != null || DiscussionMoves.positionTitle(t)) {
            Sentence s = unusedRecommendation(ctx, used, argued);
            String ask = " Choose another place, or another rule or policy, where the same argument could be made. Would it hold there? What would be different, and why?";
            if (s != null) return DiscussionBuilder.make(ctx, s, "Apply one of the author's recommendations somewhere else: \"" + quote(ctx, s) + "\"" + ask, Skill.apply, 1.2, "newcase");
            // the title states the position: the argument in the author's own headline, its conclusion as evidence
            if (!DiscussionMoves.positionTitle(t)) return null;
            Sentence end = closing(ctx, used);
            if (end == null) end = closing(ctx, Set.of());
            return end == null ? null : distinct(ctx, used, end, DiscussionBuilder.make(ctx, end, "Apply the author's argument somewhere else. The title states it: \u201c" + t + "\u201d." + ask, Skill.apply, 1.2, "newcase"));
        }
        Candidate trend = trend(ctx, used, t);
        if (trend != null) return trend;
        return caseStep(ctx, used);
    }

    /** Words of new ideas: an invention, a method, a discovery, a field. */
    private static final Pattern IDEAS = Pattern.compile("(?i)\\b(?:invent\\w*|pioneer\\w*|discover\\w*|helped (?:to )?found|the idea|(?:a|the|new) field|developed (?:a|the) (?:new )?(?:process|method|technique|system|way|test)|(?:process|approach|system)(?:es|s)? (?:was|were) (?:\\w+ )?(?:ignored|dismissed|doubted|rejected|accepted|adopted)|new (?:idea|method|technique|approach|theory|field)s?|(?:idea|method|technique|theory)s? (?:was|were) (?:ignored|dismissed|doubted|rejected|accepted|adopted)|sceptic\\w*|skeptic\\w*|breakthrough)\\b");

    /**
     * Does the profile's subject bring a new idea into a field: does the article speak of inventing, pioneering or
     * new methods in two sentences or more?
     */
    static boolean innovator(Context ctx, String who) {
        // the subject is a person already (see subject: a person span or a title that says profile or life)
        int ideas = 0;
        for (Sentence s : ctx.sentences) if (IDEAS.matcher(s.plain()).find()) ideas++;
        return ideas >= 2;
    }

    /** The court's reasoning: what it found, noted or held. */
    private static final Pattern REASONED = Pattern.compile("(?i)\\b(?:found|noted|held|concluded|ruled|accepted|rejected) that\\b");

    /**
     * A court ruling (the title or the lead reports one): would the court's reasoning lead to the same result in
     * another situation, and which facts would change it. Its evidence is a sentence that gives the reasoning.
     */
    static Candidate rulingApplied(Context ctx, Set<Integer> used, String title) {
        boolean court = COURT.matcher(title).find() || !ctx.sentences.isEmpty() && COURT.matcher(ctx.sentences.get(0).plain()).find();
        if (!court) return null;
        for (Sentence s : ctx.sentences) {
            if (!REASONED.matcher(s.plain()).find() || s.words() < 8) continue;
            return distinct(ctx, used, s, DiscussionBuilder.make(ctx, s, "Think of a different situation where the same legal question could arise, with other people or other facts. "
                    + "Would the court's reasoning in this article lead to the same result there? Which facts would change the outcome?",
                    Skill.apply, 1.2, "newcase"));
        }
        return null;
    }

    /** Is the article about a trial (its title or its opening names one, and it comes back)? */
    private static boolean aboutTrial(Context ctx) {
        int n = 0;
        for (Sentence s : ctx.sentences) if (TRIAL.matcher(s.plain()).find()) n++;
        String t = title(ctx);
        return n >= 2 && (t != null && TRIAL.matcher(t).find() || !ctx.sentences.isEmpty() && TRIAL.matcher(ctx.sentences.get(0).plain()).find());
    }

    /**
     * A prompt on a sentence another prompt already asks about, told apart from it by its evidence: the sentence
     * and the one after it (or before it), so that the two prompts do not count as one.
     */
    private static Candidate distinct(Context ctx, Set<Integer> used, Sentence s, Candidate c) {
        if (!used.contains(s.index()) || ctx.sentences.size() < 2) return c;
        Sentence other = s.index() + 1 < ctx.sentences.size() ? ctx.sentences.get(s.index() + 1) : ctx.sentences.get(s.index() - 1);
        List<String> ev = other.index() > s.index() ? List.of(s.text(), other.text()) : List.of(other.text(), s.text());
        Question q = Question.of(QuestionType.discussion, c.question().prompt(), c.question().skill(), 3, s.section(), ev, c.question().explanation())
                .withModules(List.of(ctx.module.slug()));
        return new Candidate(Ids.assign(q, "newcase"), null, List.of(), c.score(), c.position());
    }

    /** The closing statement, the evidence of a prompt about the whole article. */
    private static Sentence closing(Context ctx, Set<Integer> used) {
        for (int i = ctx.sentences.size() - 1; i >= 0 && i >= ctx.sentences.size() - 10; i--) {
            Sentence s = ctx.sentences.get(i);
            if (!used.contains(s.index()) && s.words() >= 6) return s;
        }
        return null;
    }

    /** The author's own recommendation in an opinion piece, other than those already asked about, or null. */
    private static Sentence unusedRecommendation(Context ctx, Set<Integer> used, Sentence argued) {
        for (int i = ctx.sentences.size() - 1; i >= 0; i--) {
            Sentence s = ctx.sentences.get(i);
            if (used.contains(s.index()) || s == argued) continue;
            String q = quote(ctx, s);
            if (q != null && DiscussionMoves.ownRecommendation(q) && !LEANS.matcher(q).find() && !DiscussionBuilder.leansOnContext(ctx, s, q)) return s;
        }
        return null;
    }

    /** Words that point back to earlier text ("give them that chance", "a change of this size", "for this to happen"). */
    private static final Pattern LEANS = Pattern.compile("(?i)\\b(?:them|they|their|it|its|this|that (?=[a-z]+ )(?!is\\b|are\\b|was\\b|will\\b|would\\b|can\\b)|these|those|such|him|her|his)\\b");

    /** A title or a lead that reports a movement: prices, numbers or demand rising or falling. */
    private static final Pattern TREND = Pattern.compile("(?i)\\b(?:(?:getting|growing|becoming) (?:cheaper|dearer|more|less|scarcer|rarer|bigger|smaller)|(?:rising|falling|soaring|slumping|tumbling|climbing|booming|shrinking|declining) (?:prices|rents|costs|demand|numbers|sales|values)|(?:prices|rents|costs|demand|sales|values) (?:are |have )?(?:rise|rising|risen|fall|falling|fallen|soar|soaring|slump|slumping|drop|dropping)|boom|slump)\\b");
    /** A sentence that states the movement with a figure. */
    private static final Pattern MOVED = Pattern.compile("(?i)\\b(?:fell|rose|dropped|climbed|slipped|jumped|doubled|halved|grew|declined|increased|decreased|down|up) (?:to|by|on|from)?\\b");

    /**
     * A trend piece (the title or the lead reports a movement, and the article gives figures): what the trend would
     * mean, if it continues, for the groups the article names.
     */
    static Candidate trend(Context ctx, Set<Integer> used, String title) {
        boolean lead = TREND.matcher(title).find();
        for (int i = 0; i < Math.min(2, ctx.sentences.size()) && !lead; i++) lead = TREND.matcher(ctx.sentences.get(i).plain()).find();
        if (!lead) return null;
        int figures = 0;
        for (List<TypedSpan> spans : ctx.spans)
            for (TypedSpan x : spans) if (x.type() == SpanType.PERCENT || x.type() == SpanType.MONEY) figures++;
        if (figures < 3) return null;
        List<String> groups = DiscussionMoves.marketGroups(ctx);
        String forWhom = groups.isEmpty() ? "for the people and businesses the article names"
                : groups.size() == 1 ? "for " + groups.get(0) : "for " + groups.get(0) + " and for " + groups.get(1);
        boolean titled = TREND.matcher(title).find();
        for (Sentence s : ctx.sentences) {
            if (s.index() > 8) continue;
            boolean figure = false;
            for (TypedSpan x : ctx.spans.get(s.index())) if (x.type() == SpanType.PERCENT || x.type() == SpanType.MONEY) figure = true;
            if (!figure || !MOVED.matcher(s.plain()).find()) continue;
            // the trend as the title states it, the figures as evidence; else the sentence that states it
            String q = titled ? null : quote(ctx, s);
            if (!titled && q == null) continue;
            String what = titled ? "Suppose the trend in the article's title continues: \u201c" + title + "\u201d." : "Suppose the trend the article reports continues: \"" + q + "\"";
            return distinct(ctx, used, s, DiscussionBuilder.make(ctx, s, what + " What would it mean " + forWhom
                    + "? Who gains and who loses? Use details from the article.", Skill.apply, 1.25, "trend"));
        }
        return null;
    }

    /** A step an organisation or an authority took or plans: it adopted, bought, built, voted, launched. */
    private static final Pattern STEP = Pattern.compile("^\\s(?:\\w+ly\\s)?(?:has |have |had |also |then |now |finally )?(?:adopted|approved|bought|built|voted (?:on \\w+ )?to|decided to|agreed to|chose to|launched|introduced|founded|formed|set up|opened|replaced|invested|plans to|is planning to|intends to|will build|will open|will replace|will spend|will invest|began|started)\\b");
    private static final Pattern INSTITUTION_ACTOR = Pattern.compile("(?i)\\b(?:the|its|a) (?:[a-z]+ ){0,2}(?:council|government|ministry|board|company|authority|trust|agency|committee|city|town|county|district|operator|utility|firm|charity|school|university|hospital)(?: of [A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)*)?(?=\\s(?:\\w+ly\\s)?(?:has |have |had |also |then |now |finally )?(?:adopted|approved|bought|built|voted (?:on \\w+ )?to|decided to|agreed to|chose to|launched|introduced|founded|formed|set up|opened|replaced|invested|plans to|is planning to|intends to|will build|will open|will replace|will spend|will invest|began|started)\\b)");

    /**
     * A case: an organisation or an authority, named more than once in the article, takes a step (adopts a plan,
     * buys a company, builds a network). The prompt quotes the step and asks what would carry over to another
     * place facing the same problem.
     */
    static Candidate caseStep(Context ctx, Set<Integer> used) {
        String plain = Sentences.plain(ctx.module.body()).toLowerCase(Locale.ROOT);
        for (Sentence s : ctx.sentences) {
            String q = quote(ctx, s);
            if (q == null) continue;
            String p = s.plain();
            String actor = null;
            for (TypedSpan x : ctx.spans.get(s.index()))
                if (actor == null && x.type() == SpanType.ORGANISATION && STEP.matcher(p.substring(x.end())).find()) actor = x.text();
            Matcher m = INSTITUTION_ACTOR.matcher(p);
            if (actor == null && m.find()) actor = m.group().replaceFirst("(?i)^(?:the|its|a) ", "");
            if (actor == null) continue;
            String head = actor.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
            // the article is about this actor: it comes back at least once more
            if (plain.split("\\b" + Pattern.quote(head) + "\\b", -1).length - 1 < 2) continue;
            // "a similar problem" only where the step, or the sentence before it, names the problem it meets ("to save
            // the cottages", "For decades the canal was full of rubbish")
            if (!PURPOSE.matcher(q).find() && !(s.index() > 0 && PROBLEM.matcher(ctx.sentences.get(s.index() - 1).plain()).find())) continue;
            return distinct(ctx, used, s, DiscussionBuilder.make(ctx, s, "The article describes a step taken: \"" + q + "\" Think of another place or organisation facing a similar problem. "
                    + "Which parts of this approach would carry over, what would have to change, and why? Use details from the article.",
                    Skill.apply, 1.2, "newcase"));
        }
        // a programme on trial: what would carry over to another place that tried it
        if (aboutTrial(ctx)) {
            for (Sentence s : ctx.sentences) {
                if (s.index() == 0 || !TRIAL.matcher(s.plain()).find() || s.words() < 8) continue;
                return distinct(ctx, used, s, DiscussionBuilder.make(ctx, s, "Think of another place or organisation that could run the same kind of trial. "
                        + "Which of the article's results would carry over, and what might turn out differently there? Use details from the article.",
                        Skill.apply, 1.2, "newcase"));
            }
        }
        return null;
    }

    /** A step's purpose or cause, which names the problem it meets. */
    static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:to (?:save|tackle|solve|address|reduce|cut|prevent|protect|stop|ease|fix|avoid|end|rescue|cope with|deal with|meet demand|replace)|in response to|because|after (?:years|decades|months) of|so that|in order to)\\b");
    /** Words that name a problem. */
    static final Pattern PROBLEM = Pattern.compile("(?i)\\b(?:problems?|crisis|shortages?|declin\\w+|damage\\w*|pollut\\w+|flood\\w*|rubbish|litter|congestion|debts?|losses|struggl\\w+|derelict|vacant|disrepair|overcrowd\\w+|smell\\w*|threat\\w*|danger\\w*|too (?:few|many|little|much|slow|expensive))\\b");
    private static final Pattern TRIAL = Pattern.compile("(?i)\\b(?:trial|pilot|experiment|test scheme)\\b");
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(?:reduced|cut|raised|improved|increased|showed|found|fell|rose|saved)\\b");

    /** A trial or pilot the article reports, mentioned more than once: should it be rolled out, what is still unknown. */
    static Candidate trial(Context ctx, Set<Integer> used) {
        // the article is about the trial: its title or its opening names it (not a trial mentioned on the way)
        if (!aboutTrial(ctx)) return null;
        for (Sentence s : ctx.sentences) {
            String q = quote(ctx, s);
            if (q == null || !TRIAL.matcher(q).find() || !RESULT.matcher(q).find() || REPORTED.matcher(q).find()) continue;
            return DiscussionBuilder.make(ctx, s, "The article reports the result of a trial: \"" + q + "\" Should it be extended or rolled out more widely? "
                    + "What do the results support, and what do they leave uncertain?", Skill.evaluate, 1.45, "trial");
        }
        return null;
    }
}
