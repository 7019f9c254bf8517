package org.lectern.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discussion prompts from the structure of any article, beyond single argumentative sentences: the author's central
 * thesis (an opinion piece), what named people say in their own words (direct speech, to agree with or answer),
 * decisions an organisation announces or takes (was it right, what else could it have done), reactions to them,
 * trade-offs the article states (a gain against a cost), and what the news means for the groups it names. Each
 * kind opens with its own wording so that a set reads as different questions, not copies of one template.
 */
final class DiscussionMoves {
    private DiscussionMoves() {}

    /** Prompts on sentences other than the {@code used} ones (which already carry a discussion prompt). */
    static List<Candidate> build(Context ctx, java.util.Set<Integer> used) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(thesis(ctx));
        out.addAll(speech(ctx));
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index())) continue;
            String q = quotable(ctx, s);
            if (q == null) continue;
            // a decision to weigh needs its reasons in the article ("to save ...", "because ..."): a founding or a
            // launch told with no reason gives students nothing to reason from
            if ((ANNOUNCED.matcher(q).find() || TAKEN.matcher(q).find() && actorBefore(ctx, s, q)) && reasonsNear(ctx, s)) {
                out.add(DiscussionBuilder.make(ctx, s, "Put yourself in the place of those who made this decision: \"" + q
                        + "\" What other choices did they have, and which would you have made? Explain why, using details from the article.",
                        Skill.evaluate, 1.3, "choice"));
                continue;
            }
            if (REACTION.matcher(q).find()) {
                // "Campaigners welcomed the decision": a reaction to a step the quotation never names is no self-contained quote
                if (unnamedStep(ctx, q)) continue;
                out.add(DiscussionBuilder.make(ctx, s, "Consider this reaction reported in the article: \"" + q
                        + "\" Why might they see it this way, and how might the other side answer them? Use details from the article.",
                        Skill.evaluate, 1.35, "reaction"));
                continue;
            }
            if (tradeOff(q)) {
                out.add(DiscussionBuilder.make(ctx, s, "Weigh the gain against the cost: \"" + q
                        + "\" Was it worth it, and for whom? Use details from the article.", Skill.evaluate, 1.3, "tradeoff"));
                continue;
            }
            if (SHARE.matcher(q).find() && hasActor(ctx, s) && !q.matches("(?i).*\\b(?:propos\\w*|could|might)\\b.*")) {
                out.add(DiscussionBuilder.make(ctx, s, "Is this arrangement fair? \"" + q
                        + "\" Who gains, who pays, and what would you change? Use details from the article.", Skill.evaluate, 1.3, "fair"));
                continue;
            }
            if (MEASURE.matcher(q).find() && hasActor(ctx, s) && !DiscussionBuilder.RECOMMEND.matcher(q).find()
                    && !q.matches("(?i).*\\b(?:propos\\w*|could|might|would)\\b.*")) {
                out.add(DiscussionBuilder.make(ctx, s, "Could this step work elsewhere? \"" + q
                        + "\" Think of another place or organisation facing a similar problem: what would carry over, what would not, and what would you add?",
                        Skill.apply, 1.25, "measure"));
            }
        }
        out.addAll(affected(ctx, used));
        return out;
    }

    /** A step someone took, as a noun: "the decision", "the move". */
    private static final Pattern STEP_NOUN = Pattern.compile("(?i)\\b(?:decision|move|change|plan|proposal|scheme|ruling|deal|vote|closure|announcement|step|policy)s?$");

    /** Does the text name a step only as "the decision", "the move", whose referent is in an earlier sentence? */
    static boolean unnamedStep(Context ctx, String text) {
        String np = Anaphora.dangling(ctx, text);
        return np != null && STEP_NOUN.matcher(np).find();
    }

    /** An organisation's announced course of action: "X announced that it would close ...", "The company also said it would cut ...". */
    static final Pattern ANNOUNCED = Pattern.compile(
            "\\b(?:announced|said|confirmed|promised|pledged|decided|agreed)(?: on \\w+| last \\w+)? (?:that )?(?:it|they) (?:would|will) (?:now |also |soon )?(?:close|open|cut|raise|ban|introduce|replace|build|extend|stop|end|scrap|charge|reopen|move|merge|hire|sell|shut|drop|sack|lay off|invest|spend|buy|leave|withdraw|expand|reduce|increase|double|halve|freeze|suspend|delay)\\b");
    /** A step taken: "the city council adopted the plan", "a group of residents formed a trust to save ...". */
    static final Pattern TAKEN = Pattern.compile(
            "\\b(?:adopted|formed|founded|set up|launched|approved|voted to|agreed to|decided to|chose to|opted to|introduced|abolished|scrapped)\\b");
    /** A reaction to a decision: "The union called the decision ...", "Residents criticised the plan". */
    static final Pattern REACTION = Pattern.compile(
            "(?i)\\b(?:called|described|branded|condemned|critici[sz]ed|welcomed|attacked|praised|opposed|protested against)\\s+(?:the|this|its|their)\\s+(?:\\w+\\s+)?(?:decision|plan|proposal|closure|cuts?|move|change|ruling|policy|scheme|deal|announcement|law|ban|rise|increase)\\b");
    private static final Pattern GAIN = Pattern.compile(
            "(?i)\\b(?:sav(?:e|ed|es|ing|ings)|protect(?:s|ed)?|cheaper|benefit(?:s|ed)?|help(?:s|ed)?|welcome|improv(?:e|ed|es)|gain(?:s|ed)?|efficien\\w*|brighter|faster|safer|profit(?:s|able)?)\\b");
    private static final Pattern COST = Pattern.compile(
            "(?i)\\b(?:cost(?:s|ly)?|lost|los(?:e|es|ing)|left|hit|harm(?:ed)?|damag\\w*|empty|jobs?|fee|afford|expensive|away|closed?|ruin|suffer\\w*|fewer|burden|margins?|price)\\b");
    /** A step taken against a problem: "moved upstairs, where it will be safe from future floods", "to protect ...". */
    static final Pattern MEASURE = Pattern.compile("(?i)\\b(?:where|so that) (?:it|they) (?:will|would) be safe from\\b|\\bto protect (?:\\w+ ){1,3}from (?:future|further)\\b");
    /** Who pays and who is paid: compensation, grants, subsidies, fees, who funds what. */
    static final Pattern SHARE = Pattern.compile("(?i)\\b(?:will|would) (?:receive|get|be given|be offered) (?:\\w+ )?(?:compensation|grants?|subsid\\w+|support|payments?)\\b|\\b(?:will|would) (?:pay|offer|give|provide) (?:\\w+ )?(?:compensation|grants?|subsid\\w+|refunds?)\\b|\\b(?:carry|charge) a fee\\b");
    private static final Pattern BUT = Pattern.compile("(?i), (?:but|although|though|yet|while) |[.;] (?:But|Yet) ");

    /** A sentence that sets a gain against a cost: "Automation saved money, but it left the cottages empty." */
    static boolean tradeOff(String q) {
        Matcher m = BUT.matcher(q);
        if (!m.find()) return false;
        String a = q.substring(0, m.start()), b = q.substring(m.end());
        return GAIN.matcher(a).find() && COST.matcher(b).find() || COST.matcher(a).find() && GAIN.matcher(b).find();
    }

    /** A reason given for a step: its purpose, its cause, or someone's stated grounds. */
    static final Pattern REASON = Pattern.compile("(?i)\\b(?:because|so that|in order to|aimed at|designed to|intended to|meant to|in response to|citing|on the grounds|due to|as a result of"
            + "|after (?:years|months|decades|complaints|a review|an? (?:\\w+ )?(?:review|study|inquiry|consultation))|following (?:complaints|a review|an? (?:\\w+ )?(?:review|study|inquiry|consultation))"
            + "|(?:said|says|explained|argued|argues|stated) (?:at the time )?that|the reason|reasons?|to (?:save|reduce|cut|protect|prevent|stop|avoid|meet|ease|end|tackle|address|improve|attract|compete|keep|replace|fund|pay for|make room|free up|repair|rebuild|upgrade|renovate|fix)"
            + "|after (?:reports?|complaints?|concerns?|warnings?|tests?|fears?|claims?|protests?|an? (?:\\w+ )?(?:investigation|accident|incident|fire|flood|outbreak))"
            + "|while (?:\\w+ ){0,3}(?:repair|replace|fix|rebuild|upgrade|renovate|refurbish)\\w*|leak\\w*|worn-out|unsafe|damaged|failing"
            + "|aims? to|aimed to|in a bid to|hoping to|seeks? to|so as to|to simplify|will (?:connect|link|serve|allow|let))\\b");

    /** Does the sentence, or one of the three after it in its section, give a reason for what it reports? */
    static boolean reasonsNear(Context ctx, Sentence s) {
        for (int i = s.index(); i < ctx.sentences.size() && i <= s.index() + 3; i++) {
            Sentence n = ctx.sentences.get(i);
            if (n.sectionIndex() != s.sectionIndex()) break;
            if (REASON.matcher(n.plain()).find()) return true;
        }
        return false;
    }

    /** After a participle with no object, the finite verb of its noun's clause: "founded at the baths in 1922 had become". */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)\\s+(?:at|in|on|during|near|after|before|under)\\b[^,;:]*?\\s(?:had|has|have|was|were|is|are|became|becomes|remains|remained)\\s");

    /** After a participle: "founded by", "set up in 2019 by". */
    private static final Pattern PARTICIPLE_BY = Pattern.compile("(?i)\\s+(?:in \\d{4} |more than \\w+ \\w+ ago )?by\\b");

    /** Does a named actor or an institution come before the verb of the step taken? */
    private static boolean actorBefore(Context ctx, Sentence s, String q) {
        Matcher m = TAKEN.matcher(q);
        if (!m.find()) return false;
        String head = q.substring(0, m.start());
        // "a fund for engineering students, set up in 2019": a participle describing a thing, not a step someone took
        if (head.matches("(?s).*,\\s*$")) return false;
        // "The company was founded on 1 March 1898 by ...": the passive tells what happened to the subject, not a step it took
        if (head.matches("(?is).*\\b(?:was|were|is|are|been|being)\\s+(?:\\w+ly\\s+)?$")) return false;
        // "a small company founded by two former chefs": a participle naming who did it, not a decision the subject took
        if (PARTICIPLE_BY.matcher(q.substring(m.end())).lookingAt()) return false;
        // "the swimming club founded at the baths in 1922 had become one of the strongest": the clause's own verb
        // comes later, so the step is a participle describing the subject, not a decision anyone is said to take
        if (REDUCED_RELATIVE.matcher(q.substring(m.end())).lookingAt()) return false;
        if (head.matches("(?is).*\\b(?:council|board|government|ministry|company|commission|committee|trust|union|authority|agency|court|parliament|school|university|bank|residents|members|group|firm|club|charity|city|town|state|party)s?\\s+(?:\\w+ly\\s+)?$")) return true;
        int offset = s.plain().indexOf(q.substring(0, Math.min(20, q.length())));
        for (TypedSpan t : ctx.spans.get(s.index())) {
            // a person's own choice (where to study, what to do in retirement) is not a decision "those who made it" took
            // nor is a choice people make for themselves ("Volunteers chose to take part"): the decider is an organisation
            if (t.type() != SpanType.ORGANISATION && !(t.type() == SpanType.GROUP && t.sub().endsWith("org"))) continue;
            if (offset >= 0 && t.end() <= offset + m.start() && offset + m.start() - t.end() <= 12) return true;
        }
        return false;
    }

    /**
     * The sentence as a self-contained quotation, or null: the stem when there is one; else the sentence without an
     * opening "But"/"Yet"/"And", unless it leans on what came before (a pronoun or "this"/"that" first) or is a
     * piece of direct speech (asked about with its speaker, see {@link #speech}). Inner quotation marks become
     * single ones, so that the quotation nests in the prompt's.
     */
    static String quotable(Context ctx, Sentence s) {
        String stem = ctx.stems.get(s.index());
        String p = (stem != null ? stem : s.plain()).replaceFirst("^(?:But|Yet|And|So|Still|However,|Instead,|Meanwhile,|First,|Firstly,|Second,|Secondly,|Third,|Thirdly,|Lastly,|Finally,|Moreover,|Furthermore,|In addition,|Also,) ", "");
        if (p.isEmpty()) return null;
        p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
        if (p.startsWith("\"") || p.startsWith("“") || !p.endsWith(".") || !Text.balanced(p)) return null;
        int words = p.split("\\s+").length;
        if (words < 7 || words > 45) return null;
        if (Text.startsWithPronoun(p) || p.matches("(?i)^(?:this|that|these|those|such|it|they|he|she|we|i|there)\\b.*")) return null;
        // "the decision", "the plan" with no antecedent in the sentence is fine only after the verb (a reaction's object)
        if (p.matches("(?i)^the (?:decision|plan|move|change|closure|proposal)\\b.*")) return null;
        if (p.matches("(?i).*\\b(?:he|she|they|it)\\b.*") && stem == null && !hasActor(ctx, s)) return null;
        if (DiscussionBuilder.leansOnContext(ctx, s, p) || DiscussionBuilder.OBJECT_PRONOUN.matcher(p).find()) return null;
        return nest(p);
    }

    private static boolean hasActor(Context ctx, Sentence s) {
        for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.type() == SpanType.PERSON || t.type() == SpanType.ORGANISATION || t.type() == SpanType.GROUP) return true;
        return s.plain().matches("(?s)^(?:The |A )?[A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)* .*");
    }

    /** Inner double quotation marks as single ones. */
    static String nest(String p) {
        return p.replaceAll("\"([^\"]*)\"", "\u2018$1\u2019").replace('\u201c', '\u2018').replace('\u201d', '\u2019');
    }

    /** Text outside quotation marks: what the author writes, not what the people the article quotes say. */
    static String unquoted(String p) {
        return p.replaceAll("\"[^\"]*\"", " ").replaceAll("\u201c[^\u201d]*\u201d", " ");
    }

    /** Words of judgement: merit, fault, importance, too much or too little, a comparative of merit. */
    static final Pattern MERIT = Pattern.compile("(?i)\\b(?:good|bad|best|worst|better|worse|fair|unfair(?:ly)?|(?:is|was|are|were|be|been|not|quite|absolutely) right|right (?:to|decision|choice|thing|answer|way)|wrong(?:ly)?|mistakes?|mistaken|sensible|wise|unwise|foolish"
            + "|reasonable|unreasonable|(?:un)?justified|(?:in)?effective|(?:in)?efficient|useful|useless|valuable|worthwhile|worth it|important|essential|crucial|critical|vital"
            + "|(?:un)?necessary|dangerous|harmful|risky|unsafe|genuine|problems?|failures?|failed|success|successful|ironic|irony|interesting|striking|remarkable|surprising"
            + "|too (?!many\\b|much\\b)[a-z]+|welcome|overlooked|underestimated|overestimated|courage|brave|proud|disappointed|disappointing|poor(?:ly)?|clearest|magic|not enough|unfortunately|sadly|clearly|obviously|simply|merely|only as|deserves?d?|serious(?:ly)?|difficult|harder|easier"
            + "|weak(?:er|est|ness)?|strong(?:er|est)|fragile|resilient|crisis|increasingly|heavily|as if|as though|the whole story|not the point|the point is"
            + "|(?:much|far|significantly|considerably) (?:more|less)|(?:more|less) (?:effective|efficient|useful|important|valuable|sensible|dangerous|harmful|reliable|fair|likely|of a))\\b");
    /** A hedge: what the writer or a speaker expects or doubts, not what is known. */
    static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:may|might|could|tends? to|thought to|believed to|therefore|thus|likely|unlikely|probably|perhaps|possibly|suggests?|suggested|appears? to|seems? to|doubts?|doubtful|uncertain|unclear|not settled|expects?|expected to|wouldn't expect|predicts?)\\b");
    /** A verb of arguing: a party takes a position. */
    static final Pattern STANCE_VERB = Pattern.compile("(?i)\\b(?:argu(?:e|es|ed|ing)|claim(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|believe[sd]?|think|thinks|contend(?:s|ed)?|maintain(?:s|ed)?|fear(?:s|ed)?|accus(?:e|es|ed)|den(?:y|ies|ied)|disputes?d?|critici[sz](?:e|es|ed)|complain(?:s|ed)?|repl(?:y|ies|ied)|points? out|pointed out|admit(?:s|ted)?|concede[sd]?|acknowledge[sd]?)\\b");
    /** A modal of obligation: what someone ought to do. */
    static final Pattern OBLIGATION = Pattern.compile("(?i)\\b(?:should|ought to|must|needs? to|has to|have to)\\b");

    /**
     * Does the statement show a stance, something one can agree or disagree with: a judgement (merit, importance,
     * a comparative of merit), a hedge, a verb of arguing or a modal of obligation? A plain fact, a cause or a
     * mechanism ("the damage depends on size and speed", "loses less power over long distances") shows none.
     */
    static boolean stance(String q) {
        // the month ("in May", "by May 2025") is no hedge
        q = MONTH_MAY.matcher(q).replaceAll(" ");
        return MERIT.matcher(q).find() || HEDGE.matcher(q).find() || STANCE_VERB.matcher(q).find() || OBLIGATION.matcher(q).find();
    }

    /** "May" as a month: after a preposition or a day's number, or before a year or a day's number. */
    private static final Pattern MONTH_MAY = Pattern.compile("\\b(?:(?i:in|by|until|from|since|of|next|last|early|late|mid|on|before|after)|\\d{1,2}) May\\b|(?<!^)\\bMay(?= \\d)");

    /** Degree words that show a measure, not a judgement of merit ("much more concentrated"). */
    private static final Pattern DEGREE = Pattern.compile("(?i)\\b(?:much|far|significantly|considerably) (?:more|less)\\b");

    /** Does the statement judge (merit, fault, importance) or tell someone what to do: something to agree with, not only to check? */
    static boolean judgement(String q) {
        return MERIT.matcher(DEGREE.matcher(q).replaceAll(" ")).find() || OBLIGATION.matcher(q).find();
    }

    /** Time words after "this", "that": the time of writing, not a referent in earlier text. */
    private static final String TIME = "(?:year|week|month|summer|winter|spring|autumn|century|decade|morning|afternoon|evening|time|weekend|season)s?\\b";
    /**
     * A referent left in earlier text: "this" or "these", "those" or "such" before a noun ("these lessons", "a change of this
     * size"), or "that" as a determiner after a preposition or at the start ("Because that ratio ...", "at that level").
     */
    static final Pattern ANAPHOR = Pattern.compile("(?i)\\b(?:this|these|those)\\s+(?!" + TIME + "|who\\b|which\\b|that\\b|of\\b|in\\b|at\\b|with\\b|whose\\b|on\\b|from\\b|for\\b|is\\b|are\\b|was\\b|were\\b|will\\b|would\\b|can\\b|could\\b|may\\b|might\\b|has\\b|have\\b|had\\b|\\w+ing\\b|\\w+ed\\b|\\d)[a-z][a-z-]+\\b"
            + "|(?:^|\\b(?:because|of|in|on|at|to|for|by|with|from|about|into|after|before|since|until|beyond|under|over)\\s+)that\\s+(?!" + TIME + "|the\\b|a\\b|an\\b|it\\b|they\\b|he\\b|she\\b|we\\b|you\\b|i\\b|is\\b|was\\b|are\\b|were\\b|this\\b|these\\b|those\\b|there\\b|its\\b|their\\b|his\\b|her\\b|our\\b|some\\b|many\\b|most\\b|no\\b|not\\b|every\\b|each\\b|all\\b|one\\b|\\d|(?-i:[A-Z]))[a-z][a-z-]+\\b"
            + "|\\bsuch\\s+(?!as\\b|a\\b|an\\b)[a-z]+s\\b");

    /** Does the quotation lean on a referent outside it ("that ratio", "these lessons")? */
    static boolean anaphoric(String q) {
        return ANAPHOR.matcher(q).find();
    }

    /** A title that states a position: "Our Schools Should Not Switch ...", "Why We Must ...", "It Is Time to ...". */
    private static final Pattern POSITION_TITLE = Pattern.compile("(?i)\\b(?:should|must|need to|ought to|time to|why we|the case (?:for|against))\\b");


    /** The author writing in the first person ("I think", "I would"): an opinion piece. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?:^|[.!?] |, )I (?:do|am|think|believe|understand|would|have|know|argue)\\b");
    /** A capitalised name in mid-sentence before a verb: a surname the tagger may have missed. */
    private static final Pattern NAME_BEFORE_VERB = Pattern.compile("(?<=[a-z,] )([A-Z][\\p{L}]+(?:-[A-Z][\\p{L}]+)?)(?= (?:still|then|also|later|never|recalled|said|says|told|added|argued|accepted|did|was|is|has|had)\\b)");
    /**
     * The author's central argument in an opinion piece: a title that states a position, or a first-person text
     * with recommendations of its own. Evidence is the author's last recommendation (the conclusion).
     */
    static List<Candidate> thesis(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        Argument a = argumentOf(ctx);
        if (a == null) return out;
        Sentence conclusion = a.first(), last = a.last();
        String q = quotable(ctx, conclusion);
        String lead = a.positionTitle()
                ? "The title states the author's position, \u201c" + a.title() + "\u201d, and the author writes: \"" + q + "\""
                : a.central() ? "The author's central argument is: \"" + q + "\"" : "One of the article's recommendations is: \"" + q + "\"";
        String ask = a.positionTitle() || a.central()
                ? " What are the author's two strongest reasons, and which reason is weakest? Do you agree with the author? Use evidence from the article."
                : " What reasons does the article give for this, and which is the strongest? Do you agree? Use evidence from the article.";
        Candidate c = DiscussionBuilder.make(ctx, conclusion, lead + ask, Skill.evaluate, 1.7, "thesis");
        // the thesis is argued across the article: its evidence is the first and the last of the author's recommendations
        if (last != conclusion) {
            Question tq = Question.of(QuestionType.discussion, c.question().prompt(), Skill.evaluate, 3, conclusion.section(),
                            List.of(conclusion.text(), last.text()), c.question().explanation()).withModules(List.of(ctx.module.slug()));
            c = new Candidate(Ids.assign(tq, "thesis"), null, List.of(), c.score(), c.position());
        }
        out.add(c);
        return out;
    }

    /**
     * The author's argument in an opinion piece: the recommendation the prompt quotes ({@code first}), the last of
     * the author's recommendations, whether the title states the position, and whether the quoted recommendation
     * is the article's central one (it shares the words of the title or the words the article repeats most).
     */
    record Argument(Sentence first, Sentence last, boolean positionTitle, boolean central, String title) {}

    /** The sentence that states an opinion piece's argument, or null when the article argues for nothing of its own. */
    static Sentence argument(Context ctx) {
        Argument a = argumentOf(ctx);
        return a == null ? null : a.first();
    }

    /** Is the quotation the author's own recommendation (not a view reported, a rule, a requirement)? */
    static boolean ownRecommendation(String q) {
        if (!DiscussionBuilder.RECOMMEND.matcher(q).find() || !action(q)) return false;
        // a call for more research is a caveat on the evidence, not a step the author argues for
        if (FURTHER_RESEARCH.matcher(q).find()) return false;
        if (q.matches("(?i)^(?:[^,]{2,50}?) (?:says?|said|argues?|argued|believes?|warns?|warned)\\b.*")) return false;
        // the author's own: the modal's subject is no embedded clause ("how far rates should fall", "a confidence
        // they should not have", "A landlord who ... must pay") and no one else's words ("..., the court ruled")
        Matcher rm = DiscussionBuilder.RECOMMEND.matcher(q);
        rm.find();
        return !(q.substring(0, rm.start()).matches("(?is).*\\b(?:how|whether|what|why|when|that|who|which|whose|they|it|he|she|we|i|you|if|said|says|ruled|argued?s?)\\b.*")
                || DiscussionBuilder.LAW.matcher(q).find() || q.matches("(?is).*\\bmust now\\b.*") || q.substring(rm.start()).matches(DiscussionBuilder.REQUIREMENT)
                || DiscussionBuilder.SAID_AT_END.matcher(q).find() || q.matches("(?s).*\\b(?:ruled|said|says|announced)\\b.*")
                || DiscussionBuilder.personalAdvice(q));
    }

    /** Does the title state a position ("Our Schools Should Not ...", "Why We Must ...")? */
    static boolean positionTitle(String title) {
        return POSITION_TITLE.matcher(title).find() && !title.endsWith("?");
    }

    /** An event dated to the days of publication: "on Tuesday", "Tuesday evening", "yesterday", "this week". */
    private static final Pattern DATED = Pattern.compile("\\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)|yesterday|(?:this|last) week)\\b");

    /**
     * Is the article a news report (its opening dates an event to the days of publication, and the author neither
     * writes in the first person nor states a position in the title)? A news report's "must" is a condition someone
     * set or a rule it reports, never "the author's argument".
     */
    static boolean newsReport(Context ctx) {
        String title = ctx.module.title() == null ? "" : ctx.module.title().strip();
        if (positionTitle(title) || FIRST_PERSON.matcher(unquoted(Sentences.plain(ctx.module.body()))).find()) return false;
        for (int i = 0; i < Math.min(3, ctx.sentences.size()); i++) if (DATED.matcher(ctx.sentences.get(i).plain()).find()) return true;
        return false;
    }

    private static Argument argumentOf(Context ctx) {
        if (ctx.speaker != null) return null;
        String title = ctx.module.title() == null ? "" : ctx.module.title().strip();
        boolean firstPerson = FIRST_PERSON.matcher(unquoted(Sentences.plain(ctx.module.body()))).find();
        // a news report argues for nothing of its own: a condition the council set is not its "central argument"
        if (newsReport(ctx)) return null;
        List<Sentence> recs = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            String q = quotable(ctx, s);
            if (q != null && ownRecommendation(q)) recs.add(s);
        }
        boolean positionTitle = POSITION_TITLE.matcher(title).find() && !title.endsWith("?");
        // an argument: a title that takes a position, or the author's own recommendations (two or more)
        if (recs.isEmpty() || !(positionTitle || recs.size() >= 2 || firstPerson)) return null;
        // the central one: the recommendation that shares most with the title and with what the article repeats,
        // not a sub-point made on the way (ties go to the earliest)
        java.util.Set<String> titleWords = new java.util.HashSet<>(Text.contentWords(title.toLowerCase(Locale.ROOT)));
        Sentence best = null;
        double bestScore = -1;
        int bestTitle = 0;
        for (Sentence s : recs) {
            int inTitle = 0;
            double repeated = 0;
            for (String w : ctx.words.get(s.index())) {
                if (titleWords.contains(w)) inTitle++;
                repeated += Math.max(0, Math.min(3, ctx.mentions(w) - 1));
            }
            double score = 2 * inTitle + repeated / Math.max(4, ctx.words.get(s.index()).size());
            if (score > bestScore) { bestScore = score; best = s; bestTitle = inTitle; }
        }
        boolean central = central(ctx, best, recs.size());
        return new Argument(best, recs.get(recs.size() - 1), positionTitle, central, title);
    }

    /** A call for more study: "Future research should ...", "More studies are needed", "researchers should now ...". */
    static final Pattern FURTHER_RESEARCH = Pattern.compile("(?i)^(?:\\w+ly,? )?(?:future|further|more|new|follow-up|longer|larger)\\s+(?:\\w+\\s+)?(?:research|studies|study|trials?|work|data)\\b|\\bresearchers (?:should|must|need to)\\b|\\b(?:more|further) (?:research|study|studies|evidence) (?:is|are|will be) (?:needed|required)\\b");

    /** An item of a list: "**5. Drunesk should ...**", "- the panels must ...", "3) ...". */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\*\\*|__)?\\s*(?:\\d{1,2}[.)]|[-*\u2022])\\s");

    /**
     * Is the recommendation the article's thesis, by the article's structure: not one item of a list of
     * recommendations, and sharing its words (other than names) with the title and with the standfirst or the
     * closing paragraph, where a writer states a thesis. Sharing only the names of the parties is no sign.
     */
    static boolean central(Context ctx, Sentence rec, int recommendations) {
        if (LIST_ITEM.matcher(rec.text().strip()).find()) return false;
        // "Future research should follow the same students ...": a call for more study is a caveat on the evidence,
        // never the thesis the article argues for
        if (FURTHER_RESEARCH.matcher(rec.plain()).find()) return false;
        java.util.Set<String> words = common(ctx, ctx.words.get(rec.index()));
        String title = ctx.module.title() == null ? "" : ctx.module.title();
        java.util.Set<String> inTitle = new java.util.HashSet<>(common(ctx, Text.contentWords(title)));
        inTitle.retainAll(words);
        java.util.Set<String> frame = new java.util.HashSet<>();
        int lastParagraph = -1, lastSection = -1;
        for (Sentence s : ctx.sentences) { lastParagraph = s.paragraph(); lastSection = s.sectionIndex(); }
        for (Sentence s : ctx.sentences) {
            if (s == rec) continue;
            boolean standfirst = s.index() < 3 && s.text().matches("(?s)^[*_](?![*_]).*");
            boolean closing = s.paragraph() == lastParagraph && s.sectionIndex() == lastSection;
            if (standfirst || closing) frame.addAll(common(ctx, ctx.words.get(s.index())));
        }
        frame.retainAll(words);
        return inTitle.size() >= 2 && !frame.isEmpty() || inTitle.size() >= 1 && frame.size() >= 2
                || recommendations == 1 && (inTitle.size() + frame.size()) >= 1;
    }

    /** Content words that are no names (a name is written with a capital in mid-sentence somewhere in the article). */
    private static java.util.Set<String> common(Context ctx, java.util.Set<String> words) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String w : words) if (!ctx.properWord(Text.upperFirst(w))) out.add(w);
        return out;
    }

    /** Is the recommended verb a course of action, not a state of mind ("must remember", "should be aware")? */
    static boolean action(String q) {
        Matcher m = DiscussionBuilder.RECOMMEND.matcher(q);
        if (!m.find()) return false;
        return !NOT_ACTION.matcher(q.substring(m.end())).lookingAt();
    }

    /** After a modal, a state of mind or a situation to live with rather than a course of action. */
    static final Pattern NOT_ACTION = Pattern.compile(
            "(?i)\\s+(?:also\\s+|still\\s+|now\\s+|not\\s+)?(?:remember|recall|recogni[sz]e|realise|realize|understand|know|accept|acknowledge|appreciate|be aware|bear in mind|keep in mind|note|deal with|cope with|contend with|live with|grapple with|navigate|face|expect|wonder|be careful|be mindful|consider|think about)\\b");

    /** Direct speech: the words, who says them, and the verbatim sentences. */
    record Speech(String speaker, String words, List<String> evidence, Sentence first) {}

    private static final Pattern SAID_AFTER = Pattern.compile(
            "^\"([^\"]{12,}?)[,.!?]?\" (?:(?:said|says|added|explained|warned|told [^,.]{2,40}?) ([A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}'’-]+){0,3})(?:, [^\"]{3,90})?|(he|she|they|[A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}'’-]+){0,3}) (?:said|says|added|explained|warned|told [^,.]{2,40}?))\\.$");
    private static final Pattern SPEECH_ONLY = Pattern.compile("^\"([^\"]{12,}[.!?])\"$");

    /** Direct speech in the article, joined over consecutive quoted sentences of one paragraph. */
    static List<Speech> speeches(Context ctx) {
        List<Speech> out = new ArrayList<>();
        Speech open = null;
        for (Sentence s : ctx.sentences) {
            String p = s.plain().strip();
            Matcher m = SAID_AFTER.matcher(p);
            Matcher o = SPEECH_ONLY.matcher(p);
            if (m.matches()) {
                String who = m.group(2) != null ? m.group(2) : m.group(3);
                String name = fullName(ctx, s, who);
                String words = m.group(1).strip();
                if (!words.matches(".*[.!?]$")) words += ".";
                if (name == null) { open = null; continue; }
                open = new Speech(name, words, List.of(s.text()), s);
                out.add(open);
            } else if (o.matches() && open != null && open.first().paragraph() == s.paragraph() && open.first().sectionIndex() == s.sectionIndex()) {
                List<String> ev = new ArrayList<>(open.evidence());
                ev.add(s.text());
                Speech joined = new Speech(open.speaker(), open.words() + " " + o.group(1).strip(), ev, open.first());
                out.set(out.size() - 1, joined);
                open = joined;
            } else {
                open = null;
            }
        }
        return out;
    }

    /**
     * The speaker's name as first introduced, with the role the article gives ("Chief executive Ana Ruiz",
     * "Tom Beck, a retail analyst at Northgate Capital,"): a pronoun or a surname ("Ms Ruiz") is
     * resolved to the last person named before it.
     */
    static String fullName(Context ctx, Sentence at, String who) {
        String surname = who.replaceFirst("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\\.? ", "");
        boolean pronoun = who.matches("he|she|they");
        Set<String> nearby = pronoun ? namesNear(ctx, at) : Set.of();
        if (pronoun && nearby.size() != 1) return null;
        String near = null;
        for (int i = at.index(); i >= 0 && near == null; i--) {
            if (pronoun && at.index() - i > 3) break;
            List<TypedSpan> spans = new ArrayList<>(ctx.spans.get(i));
            java.util.Collections.reverse(spans);
            for (TypedSpan t : spans) {
                if (t.type() != SpanType.PERSON) continue;
                if (pronoun || t.text().endsWith(" " + surname) || t.text().equals(surname)) { near = t.text(); break; }
            }
        }
        if (near == null) return null;
        // the one name nearby must be the person found, not a name the tagger missed
        if (pronoun && !nearby.contains(near.replaceAll(".*\\s", "").replaceAll("-.*", ""))) return null;
        // the name in full, as the article first gives it ("Dr. Osei" is "Helena Osei")
        String last = near.replaceAll(".*\\s", "");
        String found = null;
        for (List<TypedSpan> spans : ctx.spans)
            for (TypedSpan t : spans)
                if (found == null && t.type() == SpanType.PERSON && t.text().split("\\s+").length >= 2 && t.text().endsWith(" " + last)) found = t.text();
        if (found == null) return null;
        // the first sentence that names the person, for the role
        for (Sentence s : ctx.sentences) {
            String p = s.plain();
            int i = p.indexOf(found);
            if (i < 0) continue;
            Matcher after = Pattern.compile(Pattern.quote(found) + ", ((?:a|an|the) [^,\"]{3,70}?|[a-z][^,\"]{3,70}?)(?:,|\\.$)").matcher(p);
            // a role is a noun phrase ("a retail analyst at ..."), not a clause glued on ("to commercialise the technology")
            if (after.find() && !after.group(1).matches(".*\\b(?:said|says|who|which|told|added)\\b.*")
                    && (after.group(1).matches("(?i)^(?:a|an|the) .*") || ROLE_WORD.matcher(after.group(1)).find())
                    && !after.group(1).matches("(?i)^(?:to|and|or|but|with|in|on|at|for|from|by|who|when|where|while)\\b.*")) return found + ", " + after.group(1) + ",";
            Matcher lead = Pattern.compile("^(The [^,\"]{3,50}), " + Pattern.quote(found) + ",").matcher(p);
            if (lead.find()) return lead.group(1) + ", " + found + ",";
            Matcher before = Pattern.compile("(?:^|, )([A-Z]?[a-z]+(?: [a-z]+){0,2}) " + Pattern.quote(found) + "\\b").matcher(p);
            if (before.find() && ROLE.matcher(before.group(1)).find()) return Text.upperFirst(before.group(1)) + " " + found;
            return found;
        }
        return found;
    }

    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:executive|director|librarian|councillor|minister|analyst|chair|spokes\\w+|economist|professor|officer|manager|leader|president|secretary|scientist|researcher|engineer|teacher|mayor|head|chief|governor|founder|owner|editor|lawyer|judge|doctor|nurse|student|resident|member)s?\\b");

    /**
     * The people named near a pronoun speaker: it resolves with confidence only when one person is named in the sentence and the two
     * before it, counting names the tagger missed (a capitalised name that is not a person span, such as a
     * hyphenated surname): with two candidates, the attribution is a guess.
     */
    static Set<String> namesNear(Context ctx, Sentence at) {
        Set<String> names = new java.util.TreeSet<>();
        for (int i = Math.max(0, at.index() - 2); i <= at.index(); i++) {
            String p = ctx.sentences.get(i).plain();
            for (TypedSpan t : ctx.spans.get(i)) if (t.type() == SpanType.PERSON) names.add(t.text().replaceAll(".*\\s", "").replaceAll("-.*", ""));
            Matcher m = NAME_BEFORE_VERB.matcher(p);
            while (m.find()) {
                boolean other = false;
                for (TypedSpan t : ctx.spans.get(i)) if (t.start() <= m.start() && m.end() <= t.end() && t.type() != SpanType.PERSON) other = true;
                // "Tarn Valley is short": a place named by its geographic word, not a person
                if (!other && !GEOGRAPHIC.contains(m.group(1))) names.add(m.group(1).replaceAll("-.*", ""));
            }
        }
        return names;
    }

    /** Words that end or open the name of a place ("Tarn Valley", "River Tane"), never a person's. */
    static final Set<String> GEOGRAPHIC = Set.of("River", "Lake", "Mount", "Valley", "Street", "Road", "Lane", "Avenue", "Hill", "Bay", "Island",
            "Park", "Square", "Estuary", "Sea", "Ocean", "Forest", "Canal", "Harbour", "Harbor", "Bridge", "Junction", "Moor", "Heath", "Head", "Point", "Falls", "Creek", "Glen", "Vale");

    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:executive|director|librarian|councillor|minister|analyst|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman|economist|professor|officer|manager|leader|president|secretary|scientist|researcher|engineer|teacher|mayor|keeper|head|chief|governor|coach|captain|founder|owner|editor|lawyer|judge|doctor|nurse)$");

    /**
     * What named people say in their own words: a view to agree with or answer, one prompt per speaker (the
     * longest of their speeches), with a wording that depends on whether the speaker weighs two things.
     */
    static List<Candidate> speech(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Speech> best = new LinkedHashMap<>();
        for (Speech sp : speeches(ctx)) {
            String key = sp.speaker().replaceFirst(",.*", "");
            int words = sp.words().split("\\s+").length;
            if (words < 7 || words > 60) continue;
            // a plain report of a fact or a number ("more than 400 people came") is no view to debate
            if (!VIEWISH.matcher(sp.words()).find()) continue;
            // "We had people ringing in January ...", "Hail sits right at the edge of what models can capture": a
            // first-hand report or an expert's description, nothing to agree or disagree with; a view shows a stance
            if (!stance(sp.words()) && !tradeOff(sp.words())) continue;
            // "We had people ringing ...", "I saw the water rise": what the speaker lived through, told in the past,
            // is a first-hand report; what it shows is not contestable
            if (FIRST_HAND.matcher(sp.words()).lookingAt() && !stance(sp.words().replaceFirst("(?s)(?<=[.!?])\\s.*", ""))) continue;
            // "It used to protect people ...": a pronoun whose referent is outside the quotation
            if (sp.words().matches("(?i)^(?:it|this|that|these|those|they|he|she)\\b.*")) continue;
            // "People assume you need ...": a common belief the speaker sets up to correct, not the speaker's view
            if (sp.words().matches("(?i)^(?:people|many people|most people|everyone|many|some) (?:assume|think|believe|imagine|expect|say)\\b.*")) continue;
            Speech b = best.get(key);
            if (b == null || sp.words().length() > b.words().length()) best.put(key, sp);
        }
        for (Speech sp : best.values()) {
            String who = Text.upperFirst(sp.speaker());
            String quoted = nest(sp.words());
            // "what is being weighed" only where the speaker sets a gain against a cost ("That protected our customers,
            // but it has hit our margins"), not on any "but" ("The question is not who caused it, but why ...")
            String prompt = tradeOff(sp.words())
                    ? who + " says: \"" + quoted + "\" What is being weighed here, and which side of it matters more to you? Use details from the article."
                    : BUT_ANY.matcher(sp.words()).find()
                    ? who + " says: \"" + quoted + "\" What point is " + shortSpeaker(sp.speaker()) + " making, and do you agree? Use details from the article."
                    : who + " says: \"" + quoted + "\" Do you agree? What in the article supports this view, and what could be said against it?";
            String shortName = sp.speaker().replaceFirst(",.*", "");
            Question q = Question.of(QuestionType.discussion, prompt, Skill.evaluate, 3, sp.first().section(), sp.evidence(),
                            "There is no single right answer. A strong response weighs what " + shortName.replaceFirst("^(?:[A-Z]?[a-z]+ )+(?=[A-Z])", "")
                                    + " says against the facts in " + Builders.where(sp.first()) + ".")
                    .withModules(List.of(ctx.module.slug()));
            q = Ids.assign(q, "speech");
            out.add(new Candidate(q, null, List.of(), 1.35 + MultipleChoiceBuilder.lengthScore(sp.first()) * 0.5, sp.first().index()));
        }
        return out;
    }

    private static final Pattern FIRST_HAND = Pattern.compile("(?:We|I)\\s+(?:\\w+ly\\s+|had\\s+|have\\s+)?(?:had|was|were|saw|got|did|went|came|found|sold|heard|met|took|made|lost|ran|started|opened|watched|noticed|seen|been)\\b");
    private static final Pattern BUT_ANY = Pattern.compile("(?i)\\b(?:but|while|although|yet)\\b");

    /** The speaker by name only: "Dr Hana Sobczyk, an agricultural economist at ...," is "Dr Sobczyk" / "Sobczyk". */
    static String shortSpeaker(String speaker) {
        String name = speaker.replaceFirst(",.*", "").strip();
        String[] w = name.split("\\s+");
        String last = w[w.length - 1];
        String title = w.length > 1 && w[0].matches("Dr|Dr\\.|Professor|Prof|Mr|Mrs|Ms|Councillor|Judge|Mayor") ? w[0] + " " : "";
        return title + last;
    }

    /** Words that make speech a view or a judgement rather than a report of a fact. */
    private static final Pattern VIEWISH = Pattern.compile(
            "(?i)\\b(?:but|welcome|wrong|right|only|should|must|need|goal|decision|chose|choose|protect\\w*|hit|difficult|hard|sad|mistake|better|worse|best|worst|important|afraid|worried|hope|losing|cheaper|not going|away|never|always|everyone|nobody|miss\\w*|purpose|credit|deserved?|too (?!many\\b|much\\b)[a-z]+)\\b");

    /** The lead of a news story: "on Saturday", "yesterday", "this week", "next month", "will vote". */
    private static final Pattern NEWS = Pattern.compile("\\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|this (?:week|month)|last (?:week|night)|next (?:week|month|year)|will (?!be\\b)[a-z]+)\\b");

    /** Groups of people a news story affects. */
    private static final Pattern AFFECTED = Pattern.compile(
            "(?i)\\b(residents|workers|employees|staff|farmers|families|parents|students|pupils|teachers|patients|shoppers|customers|passengers|tenants|landlords|investors|visitors|drivers|children|readers|members|users|fishermen|growers|businesses|taxpayers|voters)\\b");
    /** Groups a market or a trend touches, besides those above. */
    private static final Pattern MARKET_GROUPS = Pattern.compile(
            "(?i)\\b(residents|workers|employees|farmers|families|parents|students|patients|shoppers|customers|passengers|tenants|landlords|investors|drivers|businesses|taxpayers|buyers|sellers|dealers|homeowners|renters|consumers|borrowers|savers|commuters|lenders|manufacturers|retailers|leasing companies)\\b");

    /**
     * What the news means for the groups it names: the opening sentence, seen from two of the groups the article
     * mentions (most mentioned first). Every news story has people it affects.
     */
    static List<Candidate> affected(Context ctx, java.util.Set<Integer> used) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Integer> counts = groupCounts(ctx, AFFECTED);
        List<String> groups = groupsByCount(counts);
        if (groups.isEmpty()) return out;
        Sentence lede = null;
        for (Sentence s : ctx.sentences) {
            if (s.index() > 3) break;
            if (used.contains(s.index())) continue;
            String q = quotable(ctx, s);
            // news: an event dated to the days around publication, or a change to come
            Matcher nm = q == null ? null : NEWS.matcher(q);
            // "you will pass a tall brick chimney": a scene set for the reader, not news that affects anyone
            if (q != null && s.words() >= 8 && !DiscussionBuilder.RECOMMEND.matcher(q).find() && nm.find()
                    && !q.substring(0, nm.start()).matches("(?is).*\\byou\\s+$")) { lede = s; break; }
        }
        // a history told to its end: nothing "happens next" for the people of a story that is over
        if (lede != null && DiscussionFrames.turningPoint(ctx, Set.of()) != null) return out;
        if (lede == null) return out;
        String who = groups.size() == 1 ? "the " + groups.get(0) : "the " + groups.get(0) + " and the " + groups.get(1);
        out.add(DiscussionBuilder.make(ctx, lede, "Think about who is affected by what this article reports: \"" + quotable(ctx, lede)
                + "\" How does it look from the point of view of " + who + " in the article? " + (groups.size() == 1 ? "What would they" : "What would each") + " want to happen next, and why?",
                Skill.apply, 1.2, "affected"));
        return out;
    }

    /** How often the article names each group of people it affects ("residents", "buyers"). */
    private static Map<String, Integer> groupCounts(Context ctx, Pattern groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence s : ctx.sentences) {
            Matcher m = groups.matcher(s.plain());
            while (m.find()) {
                // "the children's section" names a thing, not the children
                if (s.plain().startsWith("'", m.end()) || s.plain().startsWith("\u2019", m.end())) continue;
                counts.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The groups named at least twice, one of each kind ("shoppers" and "customers" are one), most named first. */
    private static List<String> groupsByCount(Map<String, Integer> counts) {
        List<String> groups = new ArrayList<>();
        java.util.Set<String> families = new java.util.HashSet<>();
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort((a, b) -> counts.get(b) - counts.get(a));
        for (String g : byCount) {
            String f = Groups.family(g);
            if (counts.get(g) < 2 || !families.add(f == null ? g : f)) continue;
            groups.add(g);
        }
        return groups;
    }

    /** The groups of people a market or a trend in the article touches, as "the buyers", most named first (at most two). */
    static List<String> marketGroups(Context ctx) {
        List<String> g = groupsByCount(groupCounts(ctx, MARKET_GROUPS));
        return g.stream().limit(2).map(x -> "the " + x).toList();
    }
}
