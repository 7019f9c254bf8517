package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;

/** True/false statements: the sentence as written (true) or with one typed span swapped for a wrong one (false). */
final class TrueFalseBuilder {
    private TrueFalseBuilder() {}

    private static final java.util.regex.Pattern REPORTED_PRONOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:say|says|said|reply|replies|replied|argue|argues|argued|note|notes|noted|warn|warns|warned|claim|claims|claimed)\\s+(?:that\\s+)?(?:they|it|this|these|them)\\b");
    /** "There the hot gas gives up its heat": a "there" of place, pointing at somewhere named before. */
    private static final java.util.regex.Pattern PLACE_THERE = java.util.regex.Pattern.compile(
            "^There (?!(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should|seems?|appears?|remains?|used|'s)\\b)");

    /**
     * A statement that leans on a sentence before it ("estimated the figure at 910 million", "the link", "There the
     * hot gas ...") cannot be judged true or false alone: weak (blind review 8 rejected four of twenty for it).
     */
    static boolean leansOnEarlier(Context ctx, String statement) {
        return PLACE_THERE.matcher(statement).find() || Anaphora.dangling(ctx, statement) != null;
    }

    private static final java.util.regex.Pattern LEANS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:more|less|fewer|further|other|also|too|similar|same|instead|either|neither|as well)\\b");

    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:of|for|in|on|to|with|by|from|at) (?:that|this|these|those) (?!who\\b|which\\b)[a-z]+");

    /** A judgement stated as a predicate: "X is clear", "the arithmetic is increasingly attractive", "X remains a mistake". */
    static final java.util.regex.Pattern EVALUATION = java.util.regex.Pattern.compile(
            "(?i)\\bcannot (?:simply )?be (?:ignored|denied|dismissed|overstated|underestimated)\\b|\\b(?:is|are|was|were|seems?|seemed|looks?|looked|becomes?|became|has become|have become|would be|will be)"
                    + "(?: (?:not|now|still|also|already|increasingly|more|less|very|so|too|far|much|broadly|clearly|particularly|especially|rather|quite|fairly|entirely|simply|surely|hardly|no))*"
                    + " (?:an? |the )?(?:clear|obvious|attractive|unattractive|important|essential|vital|crucial|critical|right|wrong|fair|unfair|good|bad|better|worse|best|worst"
                    + "|sensible|wise|foolish|reasonable|unreasonable|convincing|compelling|misguided|mistaken|absurd|welcome|worrying|alarming|encouraging|impressive"
                    + "|remarkable|necessary|urgent|overdue|inevitable|undeniable|worthwhile|appealing|promising|disappointing|unacceptable|acceptable|justified"
                    + "|unjustified|mistake|false economy|success|failure|scandal|disgrace|tragedy|triumph|step backwards?|step forward|waste|disaster|gamble)\\b");
    /** "Timetables can be redrawn; biology cannot.": a clause that ends on its auxiliary leaves its verb to the clause before. */
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:can|cannot|can't|could|couldn't|will|won't|would|wouldn't|does|do|did|doesn't|don't|didn't|is|are|was|were|isn't|aren't|has|have|had|not|too|either)[.!]$");
    /** Reported views keep their own attribution ("Bus companies complain that ..."). */
    private static final java.util.regex.Pattern REPORTS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:say|says|said|argue|argues|argued|claim|claims|claimed|complain|complains|complained|warn|warns|warned|believe|believes|believed|insist|insists|insisted|according to)\\b");

    private static final java.util.regex.Pattern PRONOUN_CONTRACTION = java.util.regex.Pattern.compile("^(?:It|They|He|She|That|This|There)['’](?:s|re|ll|d|ve)\\b");

    /** Order of preference among spans to swap: actors and places, then figures, then dates, then groups. */
    static int swapRank(TypedSpan t) {
        return switch (t.type()) {
            case PERSON, ORGANISATION, PLACE -> 0;
            case NUMBER, MONEY, PERCENT -> 1;
            case DATE -> 2;
            case GROUP -> 3;
            default -> 1;
        };
    }

    /** The text before a swapped word, with "a"/"an" agreeing with the new word ("a 6%" -> "an 8%"). */
    static String article(String head, String sub) {
        boolean vowel = sub.matches("(?i)(?:8|11|18|8\\d)(?:[^\\d,.].*|[.,]\\d.*)?|(?:eight|eleven|[aeio]).*") && !sub.matches("(?i)(?:one|eu|uni|use).*");
        if (head.endsWith(" a ") && vowel) return head.substring(0, head.length() - 2) + "an ";
        if (head.endsWith(" an ") && !vowel) return head.substring(0, head.length() - 3) + "a ";
        return head;
    }

    /**
     * A judgement the writer makes without a judging predicate: an intensifier that marks a view ("for far too long",
     * "certainly contributed", "clearly"), an evaluative comparison ("in a more vulnerable position"), or a verdict on
     * a state ("is not complicated", "in crisis", "not fully sovereign").
     */
    static final java.util.regex.Pattern JUDGEMENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:far too|all too|too (?:long|often|much|many|little|few)|certainly|clearly|undoubtedly|surely|arguably|obviously|plainly"
                    + "|inevitably|of course|rightly|wrongly|unfortunately|fortunately|sadly|tellingly|needlessly|merely|only (?:natural|fair|right))\\b"
                    // the writer's evaluative words: "with remarkable speed", "under immense strain", "strong reasons to"
                    + "|\\b(?:remarkabl[ey]|extraordinar(?:y|ily)|astonishing(?:ly)?|staggering(?:ly)?|immense(?:ly)?|striking(?:ly)?|humble|admirabl[ey]"
                    + "|gracious(?:ly)?|urgency|unlikely (?:champion|hero|ally|allies|winner|saviour)|(?:strong|good|compelling|every) reasons? (?:to|for|why))\\b|, fairly,"
                    + "|\\b(?:more|less|most|least|increasingly) (?:vulnerable|precarious|fragile|dangerous|secure|stable|unstable|effective|sensible|realistic"
                    + "|difficult|urgent|valuable|credible|exposed|fragmented|isolated|attractive|pressing) (?:position|place|situation|state|footing|world)\\b"
                    + "|\\b(?:is|are|was|were|remains?|seems?|looks?)(?: not| no longer| now| still| hardly| not (?:so|that|very|fully|entirely))? (?:complicated|simple|straightforward"
                    + "|sovereign|broken|healthy|unhealthy|dysfunctional|outdated|fair|unfair|flawed|hollow|toothless|pointless|meaningless|in crisis|in decline|in trouble)\\b"
                    + "|\\bin crisis\\b");

    /** Is the statement an opinion (a recommendation or an evaluation) rather than a fact one can check? */
    static boolean opinion(String stem) {
        return DiscussionBuilder.RECOMMEND.matcher(stem).find() || EVALUATION.matcher(stem).find() || JUDGEMENT.matcher(stem).find();
    }

    /**
     * A description of something named only before: "Dr Ruud describes it as ...", "critics call them ...", "a chilled
     * supermarket version" (of what?).
     */
    static final java.util.regex.Pattern DESCRIBED_PRONOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:describe[sd]?|call(?:s|ed)?|regard(?:s|ed)?|see[sn]?|saw|consider(?:s|ed)?|label(?:s|led|ed)?|dismiss(?:es|ed)?|brand(?:s|ed)?|treat(?:s|ed)?)"
                    + " (?:it|them|this|these|that|those|him|her)(?: as\\b| an?\\b|,)|\\b(?:an?|the) (?:[\\p{L}-]+ ){0,3}version\\b(?! of\\b)");

    /** The statement leans on an earlier sentence for what it is about: a shell noun or a pronoun described. */
    static boolean unresolved(String stem) {
        return DESCRIBED_PRONOUN.matcher(stem).find() || MainIdeaBuilder.ANAPHORIC.matcher(stem).find();
    }

    /**
     * Ties to the sentence before or after: "Among them was ...", "Against that modest sum, ...", "X, however, ...",
     * "a flaw that would matter later".
     */
    static final java.util.regex.Pattern LEANS_ON_NEIGHBOUR = java.util.regex.Pattern.compile(
            "(?i)^(?:among|of|for|to|with|from|like|unlike|beyond|besides|against|despite|after|before|behind|under) (?:them|it|this|that|these|those)\\b"
                    + "|\\b(?:against|despite|beyond|besides|behind|after|before|unlike|like|than|about|over|under|among) (?:that|this|these|those) (?!who\\b|which\\b)[a-z]+"
                    + "|, (?:however|though|therefore|thus|then|too|instead|in turn|in contrast|by contrast|meanwhile|nonetheless|nevertheless),"
                    + "|\\b(?:would|will|was to|were to) (?:matter|prove|come|return|follow) (?:\\w+ )?(?:later|next|soon)\\b|\\b(?:later|next)[.!]$");
    /** A statement that ends on a word that needs more after it. */
    private static final java.util.regex.Pattern CUT_OFF = java.util.regex.Pattern.compile(
            "(?i)\\b(?:where|which|who|whom|whose|that|when|while|and|or|but|of|to|for|with|the|a|an|its|their|than|as)[.!]$");

    /** Words that turn a sentence against its first clause ("X, but Y"): a clause asked alone drops the writer's qualification. */
    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile("(?i)(?:[,;:—–] ?|\\s)(?:but|yet|although|though|whereas|even so|however)\\b");

    /**
     * Does the true statement drop the writer's qualification: a clause of a sentence that goes on "but ..." /
     * "although ...", or a concession ("Of course, ...", "Admittedly ...") that the next sentence turns against?
     */
    static boolean dropsQualification(Context ctx, Clauses.Stem st) {
        Sentence s = st.sentence();
        if (st.clause()) {
            String rest = s.plain().substring(0, Math.min(s.plain().length(), st.offset())) + " "
                    + s.plain().substring(Math.min(s.plain().length(), st.offset() + st.text().length()));
            if (QUALIFIED.matcher(" " + rest).find() && !QUALIFIED.matcher(st.text()).find()) return true;
        }
        if (MainIdeaBuilder.CONCESSION_START.matcher(s.plain()).find() && s.index() + 1 < ctx.sentences.size()
                && MainIdeaBuilder.pivot(ctx.sentences.get(s.index() + 1))) return true;
        return false;
    }

    private static final java.util.regex.Pattern AUTHOR_I = java.util.regex.Pattern.compile("(?:^|[.!?] |, )I (?:do|am|think|believe|understand|would|have|know|argue)\\b");
    private static final java.util.regex.Pattern DATED_OPENING = java.util.regex.Pattern.compile(
            "\\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)|yesterday|(?:this|last) week)\\b");

    /**
     * Is the article a news report: its opening dates an event to the days of publication, its title takes no position
     * and the author writes no "I" outside quotations (a councillor quoted saying "I understand ..." is not the author)?
     */
    static boolean reportsNews(Context ctx) {
        if (DiscussionMoves.newsReport(ctx)) return true;
        String title = ctx.module.title() == null ? "" : ctx.module.title().strip();
        if (DiscussionMoves.positionTitle(title)) return false;
        String body = Sentences.plain(ctx.module.body()).replaceAll("\"[^\"]*\"|“[^”]*”", " ");
        if (AUTHOR_I.matcher(body).find()) return false;
        for (int i = 0; i < Math.min(3, ctx.sentences.size()); i++) if (DATED_OPENING.matcher(ctx.sentences.get(i).plain()).find()) return true;
        return false;
    }

    /** Words that open an exception or a limit: "but", "except", "unless", "only", "without". */
    private static final java.util.regex.Pattern LIMITS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:but|except|unless|only|without|however|although|though|yet)\\b");

    /**
     * Does one of the next two sentences of the paragraph's section limit what the statement says ("but", "except",
     * "unless", "only", "without") about the same subject (two content words shared)?
     */
    static boolean qualifiedLater(Context ctx, Clauses.Stem st) {
        Sentence s = st.sentence();
        java.util.Set<String> mine = stems(st.text());
        for (int j = s.index() + 1; j <= s.index() + 2 && j < ctx.sentences.size(); j++) {
            Sentence n = ctx.sentences.get(j);
            if (!java.util.Objects.equals(n.section(), s.section())) break;
            if (!LIMITS.matcher(n.plain()).find()) continue;
            java.util.Set<String> theirs = stems(n.plain());
            theirs.retainAll(mine);
            if (theirs.size() >= 2) return true;
        }
        return false;
    }

    private static java.util.Set<String> stems(String t) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String w : Text.contentWords(t)) out.add(w.length() > 5 ? w.substring(0, 5) : SpanTagger.singular(w));
        return out;
    }

    /** Does the text set the two places side by side ("Halvaria and Drunesk", "between A and B", "A, B or C")? */
    static boolean sideBySide(Context ctx, String a, String b) {
        String qa = java.util.regex.Pattern.quote(a), qb = java.util.regex.Pattern.quote(b.replaceFirst("^the ", ""));
        String join = "(?:,? (?:and|or|nor|versus|vs\\.?) |, |/| to | and (?:the )?)";
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\b(?:" + qa + join + "(?:the )?" + qb + "|" + qb + join + "(?:the )?" + qa + ")\\b");
        for (Sentence s : ctx.sentences) if (p.matcher(s.plain()).find()) return true;
        return false;
    }

    /** A swap of a date, or of a figure inside a sentence whose point is something else, tests an incidental detail. */
    private static final java.util.regex.Pattern MORE_THAN_ONE_POINT = java.util.regex.Pattern.compile("(?i); |, (?:but|and|while|which|although|though|yet|so)\\b| but \\b| because\\b");

    /** Is swapping this figure a gotcha on a side detail rather than a test of the sentence's point? */
    static boolean incidentalFigure(String stem, TypedSpan k) {
        if (k.type() == SpanType.DATE) return true;
        if (k.type() != SpanType.NUMBER && k.type() != SpanType.MONEY && k.type() != SpanType.PERCENT) return false;
        return MORE_THAN_ONE_POINT.matcher(stem).find() || stem.split("\\s+").length > 18;
    }

    /**
     * An opinion as a checkable statement: the author's view attributed to the author ("The author argues that
     * later starts should become the default."), a reported view as it stands; null when it cannot stand alone.
     */
    static String attributed(Context ctx, Clauses.Stem st, String stem) {
        if (st.speaker() != null) return Builders.said(st, stem);
        // ("..., whatever its flag says." concedes; it names no one whose view this is)
        if (REPORTS.matcher(stem).find() && !CONCEDED_SAYING.matcher(stem).find()) return stem;
        if (stem.contains("\"") || stem.contains("“") || Text.startsWithPronoun(stem) || ContextFree.reason(stem) != null) return null;
        // a news report's "must" or verdict is a condition someone set or a view it reports: no argument of the author's
        if (reportsNews(ctx)) return null;
        // nor is an explainer's "has to be saturated" or a treaty's "must issue a ruling": only an article that argues
        // for something of its own has views to give as "the author argues"
        if (DiscussionMoves.argument(ctx) == null) return null;
        boolean proper = !Text.firstWord(stem).matches("(?i)the|a|an") && ShortAnswerBuilder.properNoun(ctx, stem);
        return "The author argues that " + Text.lowerFirst(stem, proper);
    }

    /** "whatever its flag says", "what the critics say": a saying the writer sets aside, not an attribution. */
    private static final java.util.regex.Pattern CONCEDED_SAYING = java.util.regex.Pattern.compile("(?i)\\bwhat(?:ever)? [^,;:]{1,40} (?:say|says|said|claim|claims|claimed)\\b");

    /**
     * A conjecture, not a fact to mark true: a modal of possibility or a likelihood ("may", "could", "would", "is
     * likely to", "cannot"), or a conditional or argumentative opening ("If the sky falls in, ...", "Either way, ...",
     * "In reality, ...") (blind reviews rejected such statements as opinions stated as facts).
     */
    static final java.util.regex.Pattern CONJECTURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|would|likely|unlikely|perhaps|probably|possibly|possible|impossible|cannot|can't|can ?not|seems?|seemed|appears? to|appeared to)\\b"
                    + "|^(?:If|Unless|Whether|Either way|In reality|Indeed|In fact|After all|Still|Even so|Of course|Perhaps|Surely|Yet)\\b");
    /** A prediction of the writer's own: "will", "won't" (a news report's "will" reports a plan someone made). */
    private static final java.util.regex.Pattern PREDICTION = java.util.regex.Pattern.compile("(?i)\\b(?:will|won't|shall)\\b");

    /**
     * Is the statement a conjecture or the writer's prediction rather than a checkable fact? A reported view ("X
     * said it would ...") states what someone said, which is checkable.
     */
    static boolean conjecture(Context ctx, Clauses.Stem st, String stem) {
        if (st.speaker() != null || REPORTS.matcher(stem).find()) return false;
        return CONJECTURE.matcher(stem).find() || PREDICTION.matcher(stem).find() && !reportsNews(ctx);
    }

    /** "Working parents. Some families ...": a run-in heading or a label before the sentence proper. */
    static final java.util.regex.Pattern RUN_IN_HEADING = java.util.regex.Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?: [\\p{Ll}'-]+){1,4}[.:] \\p{Lu}");
    /** "People on plant-based diets, because ...": a noun phrase before a subordinate clause, with no verb of its own. */
    private static final java.util.regex.Pattern HEAD_BEFORE_CLAUSE = java.util.regex.Pattern.compile("^([^,;:]{3,80}), (?:because|since|as|although|though|while|whereas|when)\\b");

    /** Is the statement a verbless head cut off before its subordinate clause (a list item or a heading's answer)? */
    static boolean verblessHead(Sentence s, String stem) {
        java.util.regex.Matcher m = HEAD_BEFORE_CLAUSE.matcher(stem);
        // ("plant-based": a participle inside a compound is no verb of the head)
        return m.find() && !Builders.hasVerb(s, m.group(1).replaceAll("\\S+-\\S+", " "));
    }

    /** "There is a question of timing.": a short existential that announces a topic rather than stating a fact. */
    private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile("^There (?:is|are|was|were) (?:a|an|another|one|some|also) [^,;]{0,60}[.!]$");
    /** "can", "possible": what could be done, in an argued piece the writer's view of it. */
    private static final java.util.regex.Pattern CAN = java.util.regex.Pattern.compile("(?i)\\bcan\\b");

    /**
     * In an article that argues for something of its own, a general present-tense claim with no name, figure or date
     * in it ("Shared sacrifice is easier to sell than blame", "X can build on Y") is the writer's view: asked only as
     * "the author argues", never as a plain fact.
     */
    static boolean writersView(Context ctx, Clauses.Stem st, String stem, boolean checkable) {
        if (st.speaker() != null || REPORTS.matcher(stem).find() || DiscussionMoves.argument(ctx) == null) return false;
        if (CAN.matcher(stem).find()) return true;
        return !checkable && PRESENT.matcher(stem).find() && !PAST.matcher(stem).find();
    }

    /** A present-tense claim, not a past event the article reports. */
    private static final java.util.regex.Pattern PRESENT = java.util.regex.Pattern.compile("(?i)\\b(?:is|are|has|have|does|do|remains?|can)\\b");
    private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile("(?i)\\b(?:was|were|had|did|ago)\\b");

    /** "also", "too", "as well": an addition to something said before, which the statement alone does not show. */
    private static final java.util.regex.Pattern ADDITIVE = java.util.regex.Pattern.compile(
            "(?i)(?<!\\bbut )\\balso (?=[a-z])|^Also,? |,? (?:too|as well)(?=[.!]$)");

    /** The statement without its additive words: "was also asking" -> "was asking" (true either way, and self-contained). */
    static String withoutAdditive(String statement) {
        if (statement.matches("(?is).*\\bnot only\\b.*")) return statement;
        String t = ADDITIVE.matcher(statement).replaceAll("");
        return t.equals(statement) ? t : Text.upperFirst(t);
    }

    /** A hedge or a prediction: "may", "might", "could", "will", "is likely to", "is expected to". */
    static final java.util.regex.Pattern HEDGE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|will|won't|shall|likely|unlikely|expected to|set to|due to (?!the\\b|a\\b|an\\b)|plans? to|perhaps|probably|possibly)\\b");
    /** "..., the council said." / "..., said Ana Ruiz.": a trailing attribution. */
    private static final java.util.regex.Pattern TRAILING_SAID = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[^\"“”]{20,}?), ((?:the |a |an )?[\\p{L}' -]{2,50}?) (?:said|says|added|argued|argues|warned|claimed)\\.$");
    /** "In 1979 the baths were listed.", "After the vote, the council ...": a phrase of time that opens the sentence. */
    private static final java.util.regex.Pattern LEADING_TIME = java.util.regex.Pattern.compile(
            "^((?:In|On|By|During|Since|Until|After|Before) (?:(?:the |early |late |mid-)?(?:\\d{4}s?|" + SpanTagger.MONTHS + ")(?: \\d{1,2})?(?:,? \\d{4})?))(?:,)? ([^,;\"“”]{12,})\\.$");
    /** "Near the top of a large storm, ...", "On a hot afternoon, ...": a short phrase of place or circumstance that opens the sentence. */
    private static final java.util.regex.Pattern LEADING_PLACE = java.util.regex.Pattern.compile(
            "^((?:In|On|At|Near|Inside|Outside|Across|Along|Around|Beneath|Below|Above|Under|Within|Throughout|During) (?:the|a|an|most|many|some) [^,;:\"“”()]{2,40}?), ([^,;:\"“”()]{12,})\\.$");
    /** "According to the council, ...": an attribution that opens the sentence. */
    private static final java.util.regex.Pattern LEADING_ACCORDING = java.util.regex.Pattern.compile("^According to ([^,]{2,60}), (.{20,})\\.$");

    /**
     * The statement reworded so that it is not the article's sentence word for word, or null when no safe rewording
     * applies: an attribution moved ("X rose, the council said." -> "According to the council, X rose."; "According
     * to the council, X rose." -> "X rose, according to the council."), or an opening time phrase moved to the end
     * ("In 1979 the baths were listed." -> "The baths were listed in 1979.").
     */
    static String paraphrase(Context ctx, String stem) {
        String t = stem.strip();
        java.util.regex.Matcher m = TRAILING_SAID.matcher(t);
        // ("..., whatever its flag says." is a concession, not an attribution)
        if (m.matches() && !m.group(2).matches("(?i).*\\b(?:he|she|they|it|we|I)\\b.*")
                && !m.group(2).matches("(?i)(?:what|whatever|whoever|whichever|however|as|if|when|while|unless|though|although|no matter)\\b.*")) {
            String who = m.group(2);
            String body = m.group(1);
            // the sentence's first word keeps its capital only if it is a name
            boolean proper = !Text.firstWord(body).matches("(?i)the|a|an") && ShortAnswerBuilder.properNoun(ctx, body);
            return "According to " + who + ", " + Text.lowerFirst(body, proper) + ".";
        }
        m = LEADING_ACCORDING.matcher(t);
        if (m.matches() && !m.group(2).contains(",")) return Text.upperFirst(m.group(2)) + ", according to " + m.group(1) + ".";
        m = LEADING_TIME.matcher(t);
        if (m.matches() && !Text.startsWithPronoun(m.group(2)) && !m.group(2).matches("(?s).*\\b(?:which|who|when|where)\\b.*")) {
            String lead = m.group(1);
            return Text.upperFirst(m.group(2)) + " " + Character.toLowerCase(lead.charAt(0)) + lead.substring(1) + ".";
        }
        // "Near the top of a large storm, the air may be ..." -> "The air may be ... near the top of a large storm."
        m = LEADING_PLACE.matcher(t);
        // (not before two joined clauses: moved to the end, the phrase would seem to qualify only the last)
        if (m.matches() && !Text.startsWithPronoun(m.group(2)) && !m.group(2).matches("(?s).*\\b(?:which|who|when|where|this|that|these|those|there|here|and|but|or|while|whereas)\\b.*")
                && !m.group(1).matches("(?s).*\\b(?:first|last|only|such|this|that|these|those|it|its|them|their)\\b.*")) {
            String lead = m.group(1);
            return Text.upperFirst(m.group(2)) + " " + Character.toLowerCase(lead.charAt(0)) + lead.substring(1) + ".";
        }
        return null;
    }

    /** Words that make the figure after them a bound ("fewer than 40", "by 2030", "up to a third"), not a value. */
    static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile(
            "(?i)\\b(?:less|fewer|more|greater|higher|lower|other) than\\s$|\\b(?:over|under|below|above|exceeding|exceeded|exceeds|before|after|until|since|within)\\s$|\\b(?:at least|at most|up to|as (?:many|much|few|little) as)\\s$"
            // "for the first time in 81 years": any smaller span is loosely true too
            + "|\\b(?:first|last|only)\\b[^,.;]{0,30}\\b(?:in|for)\\s$");

    /**
     * Taken off a weak statement that is doubtful besides (a conjecture, a statement leaning on the sentence before
     * it or qualified after it): asked only when the set's minimums need it and no other weak statement will do.
     */
    static final double DOUBTFUL = 3;

    /** The doubtful statement's penalty: on a short text every weak statement may be needed, and none is set below the others. */
    static double doubtfulPenalty(Context ctx) {
        return ctx.sentences.size() >= 30 ? DOUBTFUL : 0;
    }

    /** A false statement is a short one: in a long sentence a swapped detail is a gotcha, not a misreading. */
    static final int MAX_FALSE_WORDS = 26;

    static List<Candidate> build(Context ctx) {
        // built once per module: the "not supported" multiple choice reuses the false statements
        if (ctx.trueFalse == null) ctx.trueFalse = List.copyOf(buildNow(ctx));
        return ctx.trueFalse;
    }

    /** Does the sentence open with a verb in its base form ("Provide ...", "Establish a commission ...")? */
    static boolean imperative(Sentence s) {
        if (s.tokens().isEmpty() || !s.tags().get(0).equals("VERB")) return false;
        String w = s.tokens().get(0);
        return w.matches("[A-Z][a-z]+") && !w.matches(".*(?:ed|ing|[^s]s)");
    }

    private static List<Candidate> buildNow(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Clauses.Stem st : ctx.units) {
            Sentence s = st.sentence();
            String stem = st.text();
            List<TypedSpan> spans = new java.util.ArrayList<>();
            for (TypedSpan k : ctx.spans.get(s.index())) if (Builders.within(st, k)) spans.add(k);
            // "almost a third of that capacity": a demonstrative after a preposition points to an earlier sentence
            if (POINTS_BACK.matcher(stem).find()) continue;
            // a statement with nothing to swap is asked as it stands (ranked below the others)
            if (spans.isEmpty() && st.clause()) continue;
            int offset = st.offset();
            // "Timetables can be redrawn; biology cannot.": rhetoric that leans on its other half
            // ("how revolutionary printing really was" ends a wh-clause, not an ellipsis)
            if (ELLIPSIS.matcher(stem.strip()).find() && !stem.matches("(?i).*\\b(?:how|what|where|who|whoever|whatever|wherever)\\b.*")) continue;
            // "It’s a familiar playbook ...": a pronoun with a contraction opens it as much as a bare one
            if (PRONOUN_CONTRACTION.matcher(stem).find()) continue;
            // "I do not dismiss it": the writer's "I" outside an interview is no statement a reader can check
            if (st.speaker() == null && Text.speaksInFirstPerson(stem)) continue;
            // "the results", "describes it as": what the statement is about is named only in an earlier sentence
            if (unresolved(stem) || LEANS_ON_NEIGHBOUR.matcher(stem).find()) continue;
            // a clause cut off before its end ("... for residents of four estates where.")
            if (CUT_OFF.matcher(stem.strip()).find()) continue;
            // "Iron is not only needed for carrying oxygen.": half of a correlative pair, the other half in the next sentence
            if (Anaphora.broken(stem)) continue;
            // "Provide Blue Badge access ..." (a recommendation in a list): an instruction is neither true nor false
            if (offset == 0 && imperative(s)) continue;
            // "Working parents. Some families ..." or "There is a question of timing.": no statement to judge
            if (RUN_IN_HEADING.matcher(stem).find() || ANNOUNCES.matcher(stem.strip()).find() || verblessHead(s, stem)) continue;
            boolean judged = opinion(stem);
            boolean view = judged || writersView(ctx, st, stem, spans.stream().anyMatch(t -> t.type() != SpanType.TERM && t.type() != SpanType.GROUP));
            // a conjecture ("would permit", "may be") is neither clearly true nor clearly false, nor is its swapped
            // version: on a long text, where other statements fill the set, it is not asked at all
            boolean conjectured = !view && conjecture(ctx, st, stem);
            if (conjectured && ctx.sentences.size() >= 30) continue;
            boolean makeFalse = !spans.isEmpty() && !view && stem.split("\\s+").length <= MAX_FALSE_WORDS
                    && Text.seed(st.clause() ? stem : s.text()) % 5 < 3;
            boolean made = false;
            if (makeFalse) {
                // a wrong actor only when no name, date or figure can be swapped
                List<TypedSpan> order = new java.util.ArrayList<>(spans);
                // (an actor or a place carries a sentence's point more often than a figure, a figure more than a date)
                order.sort(java.util.Comparator.comparingInt(TrueFalseBuilder::swapRank));
                for (TypedSpan k : order) {
                    if (k.start() < offset || k.type() == SpanType.TERM) continue;
                    // in a speaker's own words, "we" is a group already: another group may be the speaker's own
                    if (st.speaker() != null && k.type() == SpanType.GROUP) continue;
                    // a swapped name next to its own acronym ("Bank of England (ECB)") gives itself away
                    if (stem.substring(k.end() - offset).matches("^ \\([A-Z][A-Za-z]{1,9}\\).*")) continue;
                    if (k.start() - offset > 0 && stem.charAt(k.start() - offset - 1) == '(') continue;
                    // "less than half" -> "less than two-thirds" is still true: a bound is no place for a swap
                    if (BOUND.matcher(stem.substring(0, k.start() - offset)).find()) continue;
                    List<String> d = DistractorPicker.pick(ctx, s, k, k.type() == SpanType.PLACE ? 4 : 1);
                    // "talks held in Halvaria" for "in Vell": a place swapped only for one of its own kind that the
                    // article sets beside it ("Halvaria and Drunesk"), not a town for a country it may lie in
                    if (k.type() == SpanType.PLACE) d = d.stream().filter(x -> sideBySide(ctx, k.text(), x)).limit(1).toList();
                    if (d.isEmpty()) continue;
                    String sub = d.get(0);
                    // a year shifted by one or a figure nudged a little is no clear falsehood
                    if (!Importance.clearSwap(k, sub)) continue;
                    if (k.type() == SpanType.PLACE && stem.substring(0, k.start() - offset).matches("(?is)(?:.*\\b)?(?:in|of|to|from|for|by|with|and|on|at)\\s$")
                            && sub.matches("(?:United|Republic|Czech|Dominican) .*|.*(?:lands|ines|amas|ives|Emirates|States)")) sub = "the " + sub;
                    String head = stem.substring(0, k.start() - offset);
                    // not a word inside a longer place name ("North ____")
                    if (k.type() == SpanType.PLACE && head.matches("(?s).*\\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New) $")) continue;
                    // "The Middle East" -> "Europe", not "The Europe"
                    if (k.type() == SpanType.PLACE && head.matches("(?s)(?:.*\\s)?[Tt]he $") && !sub.startsWith("the ")
                            && !sub.matches("(?:United|Republic|Czech|Dominican|Middle|Far|Near) .*|.*(?:lands|ines|amas|ives|Emirates|States|East|West)")) continue;
                    // "a 6% fall" -> "an 8% fall"
                    head = article(head, sub);
                    String statement = withoutAdditive(head + (head.isEmpty() ? Text.upperFirst(sub) : sub) + stem.substring(k.end() - offset));
                    // "more optimistic" than whom: a comparison with the sentence before cannot be judged alone
                    if (LEANS_BACK.matcher(stem).find() && !stem.contains(" than ")) continue;
                    Question q = Question.of(QuestionType.true_false, "True or false: " + Builders.statement(ctx, st, statement), Skill.recall, 2,
                                    s.section(), List.of(s.text()),
                                    Builders.explain("False: the article says " + k.text() + ", not " + sub + ".", s))
                            .withAnswer("false", null);
                    q = Ids.assign(q, k.text() + "\u0000" + sub);
                    out.add(new Candidate(q, k.text(), List.of(sub), 1.0 + MultipleChoiceBuilder.lengthScore(s) + Clauses.bonus(ctx, st)
                            - (Importance.minorFigure(ctx, s, k) || incidentalFigure(stem, k) ? Candidate.WEAK : 0)
                            // a statement that leans on the sentence before it cannot be judged alone: the last resort
                            - (leansOnEarlier(ctx, statement) ? Candidate.WEAK + doubtfulPenalty(ctx) : 0),
                            s.index()));
                    made = true;
                    break;
                }
            }
            // asked as it stands only when it needs nothing before it ("more active forms of help" than what?)
            if (!made && (spans.isEmpty() || makeFalse || stem.split("\\s+").length <= 12) && LEANS_BACK.matcher(stem).find() && !stem.contains(" than ")) continue;
            // "Supporters reply that they buy time ...": in a short statement a pronoun after a report points back
            if (!made && stem.split("\\s+").length <= 14 && REPORTED_PRONOUN.matcher(stem).find()) continue;
            // the statement as it stands (a copy word for word only if the set needs it: it tests word-matching)
            if (!made) {
                // "Discounts are common" without the "but ..." that follows is a truism the writer does not assert
                if (dropsQualification(ctx, st)) continue;
                // a hedge or a prediction ("may", "will") is no clear fact to mark true: asked only if the set needs it
                boolean hedged = !view && st.speaker() == null && HEDGE.matcher(stem).find() && !REPORTS.matcher(stem).find();
                // a conjecture or the writer's forecast is neither clearly true nor clearly false: the last resort
                boolean doubtful = conjectured;
                String reworded = paraphrase(ctx, stem);
                String statement = view ? attributed(ctx, st, reworded == null ? stem : reworded)
                        : Builders.statement(ctx, st, withoutAdditive(reworded == null ? stem : reworded));
                // a general claim of an argued piece that cannot be attributed stays a last resort, as it was asked before
                if (statement == null && view && !judged) {
                    statement = Builders.statement(ctx, st, withoutAdditive(reworded == null ? stem : reworded));
                    doubtful = true;
                }
                if (statement == null) continue;
                Question q = Question.of(QuestionType.true_false, "True or false: " + statement, Skill.recall, 1,
                                s.section(), List.of(s.text()),
                                Builders.explain("True: the article states this directly.", s))
                        .withAnswer("true", null);
                q = Ids.assign(q, st.clause() ? "true\u0000" + stem : "true");
                // "its molecules need something to organise around" before "Without such a seed, droplets ... freeze
                // spontaneously": a later sentence qualifies the same subject, so the plain statement is too absolute
                boolean qualifiedLater = qualifiedLater(ctx, st);
                // (blind reviews 7 and 8 rejected such a statement both times it was asked), as is one leaning on the
                // sentence before it
                doubtful |= qualifiedLater || leansOnEarlier(ctx, statement);
                double score = (spans.isEmpty() || makeFalse ? 0.7 : 0.8)
                        - (reworded == null || hedged || doubtful ? Candidate.WEAK : 0) - (doubtful ? doubtfulPenalty(ctx) : 0);
                out.add(new Candidate(q, null, List.of(), score + MultipleChoiceBuilder.lengthScore(s) + Clauses.bonus(ctx, st), s.index()));
            }
        }
        return out;
    }
}
