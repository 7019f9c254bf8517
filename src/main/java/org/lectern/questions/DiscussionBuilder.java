package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lectern.importing.Module;

/**
 * Discussion prompts from the article's recommendations, contrasts and stated risks (evaluate, take another
 * country's perspective, apply to a new case), plus cross-article comparisons with related modules or modules
 * that share a topic.
 */
final class DiscussionBuilder {
    private DiscussionBuilder() {}

    static final Pattern RECOMMEND = Pattern.compile("(?i)\\b(should|must|ought to|(?<!the |’s |'s |a |of )needs? to|it is (?:critical|essential|vital|important) to)\\b");
    static final Pattern CONTRAST = Pattern.compile("(?i)(\\bbut\\b|\\bhowever\\b|\\bwhile\\b|\\bwhereas\\b|\\balthough\\b|\\bdespite\\b|\\binstead\\b|\\brather than\\b|\\bon the other hand\\b)");
    private static final Pattern NOT_ONLY = Pattern.compile("(?i)\\bnot only\\b|\\bbut also\\b|\\ball but\\b");
    /** A stated risk: a clause-level construction, not just a risk word ("Given the risks, ..."). */
    static final Pattern RISK = Pattern.compile("(?i)\\b(?:(?:a|the|serious|real|growing|greater|high|higher|increased|bigger|major) risks? (?:of|that|to)|at risk\\b|(?:poses?|posed|posing|raises?|carr(?:y|ies)) (?:a |an |the )?(?:\\w+ )?(?:risk|threat|danger)s?|threaten(?:s|ed)? (?:to |the |a |an |its |their |his |her )|warn(?:s|ed)? that .*\\b(?:could|may|might|would|will)\\b|(?<!that |which |who )(?:could|may|might|would|will|can) (?:\\w+ )?(?:undermine|threaten|damage|harm|weaken|erode|derail)|in danger of|vulnerable to|faces? (?:a|an) (?:\\w+ )?(?:risk|threat|danger))");
    /** A real contrast between two clauses. */
    static final Pattern CONTRAST_CLAUSE = Pattern.compile("(?i); however,|^(?:while|although|whereas|though) [^,]{8,}, |, (?:but|while|whereas|although) (?:the |a |an |its |their |some |many |most |others? |it |they |he |she |we |this |these |those |[A-Z][\\p{L}-]+ |\\d)|\\bon the other hand\\b");

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        String slug = ctx.module.slug();
        boolean applied = false;
        boolean news = DiscussionMoves.newsReport(ctx);
        for (Sentence s : ctx.sentences) {
            String stem = ctx.stems.get(s.index());
            if (stem == null || s.words() < 10) continue;
            // "both sides", "the two countries" with no party named: who is meant lies outside the sentence
            if (leansOnContext(ctx, s, stem)) continue;
            String quote = "\"" + stem + "\"";
            var rec = RECOMMEND.matcher(stem);
            boolean recommends = rec.find();
            // "must remember how ...", "should be aware", "must deal with an ally that ...": a state of mind or a
            // situation to live with, not a course of action to weigh
            if (recommends && !DiscussionMoves.action(stem)) recommends = false;
            // "so people do not need to turn the volume up": a need denied, no course of action
            if (recommends && stem.substring(0, rec.start()).matches("(?is).*\\b(?:not|n't|no|never)\\s+$")) recommends = false;
            // "While X will need to ..., Y" : the modal sits in a subordinate clause, not in the author's recommendation
            if (recommends && stem.matches("(?i)^(?:while|although|though|as|if|when|because|since|whereas)\\b.*")
                    && stem.indexOf(',') > rec.start()) recommends = false;
            // "a confidence they should not have", "and they must be ready": the modal belongs to a pronoun's clause
            if (recommends && rec.start() > 0 && stem.substring(0, rec.start()).matches("(?is).*\\b[a-z]{3,}\\s+(?:that\\s+)?(?:they|we|you|he|she|it|i)\\s+(?:also\\s+|still\\s+)?$")
                    && !stem.substring(0, rec.start()).matches("(?is).*\\b(?:and|but|or|so|yet|then|that)\\s+(?:they|we|you|he|she|it|i)\\s+(?:also\\s+|still\\s+)?$")) recommends = false;
            // "the court ruled that the firm must repay ...", "a plan ..., one that must include ...": the modal sits in a
            // reported ruling or a relative clause, not in the article's own recommendation
            if (recommends && SUBORDINATE_MODAL.matcher(stem.substring(0, rec.start())).matches()) recommends = false;
            // "gives it a dispute panel that must issue a ruling within 30 days": the modal in a relative clause on a
            // noun, a provision described, not the article's recommendation
            if (recommends && relativeModal(s, stem.substring(0, rec.start()))) recommends = false;
            // "The third objection is that cooking should be taught at home", "Critics say the scheme should wait":
            // others' view, which the article sets out to answer, not its own
            if (recommends && OTHERS_VIEW.matcher(stem.substring(0, rec.start())).find()) recommends = false;
            // "There must be a clear sky", "the soil needs to have dried out": a condition an explainer
            // states, not a course of action; asked about as a condition
            // "must be sold within four weeks": a limit on a thing, no one told to act (in a news report, a requirement set)
            if (recommends && (condition(stem, rec.start()) || !news && DEADLINE.matcher(stem.substring(rec.start())).lookingAt())) {
                // "Eggs are fragile and must be sold within four weeks, so imports are small": a fact the article
                // explains, no condition anyone sets
                if (stem.matches("(?is).*(?:, so |\\bbecause\\b|\\bwhich is why\\b).*")) continue;
                out.add(make(ctx, s, "The article states a condition: " + quote + " Why does it matter, and what would happen if it were not met? Use details from the article.",
                        Skill.evaluate, 1.3, "condition"));
                continue;
            }
            // "Operators must now publish ...", "By law, a landlord must place ...": a rule the article reports, not a recommendation
            boolean rule = recommends && (stem.matches("(?is).*\\bmust now\\b.*") || LAW.matcher(stem).find() && stem.substring(rec.start()).startsWith("must"));
            if (rule) recommends = false;
            // "they must be ready to leave their beds": a requirement described, not a recommendation
            if (recommends && stem.substring(rec.start()).matches(REQUIREMENT)) recommends = false;
            // "In 1924 the council bought out the company, arguing that a service so essential should not be run for
            // dividends": an event narrated, the modal is the actor's reasoning, not the article's recommendation
            if (recommends && pastMainVerb(s, stem) && stem.substring(0, rec.start()).matches("(?is).*, (?:arguing|saying|insisting|claiming|reasoning|explaining|noting|warning|on the grounds) (?:that )?.*"))
                recommends = false;
            // "Anyone whose boiler is old should check ...", "Customers should unplug it": practical advice to
            // readers, nothing to argue over; asked about as advice (when to follow it), not as an argument
            if (recommends && personalAdvice(stem)) {
                out.add(make(ctx, s, "The article gives this advice: " + quote + " Who is it for, and what reasons does the article give for it? "
                        + "Would you follow it? Explain why or why not.", Skill.evaluate, 1.3, "advice"));
                continue;
            }
            // "Critics say that the money should go to schools", "..., the company said": a view the article reports, not its own
            var rv = REPORTED_VIEW.matcher(stem);
            boolean reportedView = recommends && (rv.find() && rv.start() < rec.start() || SAID_AT_END.matcher(stem).find());
            if (reportedView) {
                out.add(make(ctx, s, "The article reports this view: " + quote + " How strong is this case? Use evidence from the article to support it or to answer it.",
                        Skill.evaluate, 1.4, "reported"));
                continue;
            }
            String group = recommends ? null : stakeholder(ctx, s);
            if (rule) {
                out.add(make(ctx, s, "The article reports a rule: " + quote + " Why might the rule exist, and is it fair to everyone it affects? Use details from the article.",
                        Skill.evaluate, 1.4, "decision"));
                if (group != null) out.add(make(ctx, s, "Imagine you are one of the " + group + " in the article. How would this rule affect you, and how would you respond? "
                        + quote + " Use details from the text.", Skill.apply, 1.35, "stakeholder"));
                continue;
            }
            // a decision to weigh has a decider and reasons the article gives ("launched a tin of pencils" told with
            // no reason, "a challenge would have to be lodged within six weeks": a rule, no decision)
            if (!recommends && decision(ctx, s, stem) && !OBJECT_PRONOUN.matcher(stem).find()
                    && !stem.matches("(?is).*\\b(?:has|have|had) to be \\w+(?:ed|en)\\b.*") && DiscussionMoves.reasonsNear(ctx, s)) {
                String said = quote(ctx, s, stem, DECISION);
                // a decision one person makes (a manager's substitution) has players, not stakeholders
                for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.PERSON && DECIDES.matcher(s.plain().substring(t.end())).find()) group = null;
                out.add(make(ctx, s, "The article reports a decision: \"" + said + "\" Why was it made, and was it the right decision? Use details from the article.",
                        Skill.evaluate, 1.4, "decision"));
                if (group != null) out.add(make(ctx, s, "Imagine you are one of the " + group + " in the article. How would this change affect you, and how would you respond? "
                        + "\"" + said + "\" Use details from the text.", Skill.apply, 1.35, "stakeholder"));
                continue;
            }
            if (!recommends && FINDING.matcher(stem).find() && selfContained(stem) && !PAST_STUDY.matcher(stem).find()) {
                out.add(make(ctx, s, "The article reports a research finding: " + quote + " Why does it matter, and who should act on it? Use details from the article.",
                        Skill.evaluate, 1.35, "finding"));
                continue;
            }
            var prop = PROPOSAL.matcher(stem);
            if (!recommends && prop.find() && actorAt(ctx, s, s.plain().length() - stem.length() + prop.start())) {
                out.add(make(ctx, s, "The article suggests a way forward: " + quote + " Which of these ideas would work best, and what might stop it from working? Use details from the article.",
                        Skill.apply, 1.35, "proposal"));
                continue;
            }
            var req = REQUEST.matcher(stem);
            if (!recommends && req.find() && selfContained(stem) && actor(ctx, s)) {
                String to = req.group(1);
                out.add(make(ctx, s, "The article reports a request: \"" + quote(ctx, s, stem, REQUEST) + "\" Should " + to + " agree to it? Weigh what it would cost against what it would bring, using details from the article.",
                        Skill.evaluate, 1.35, "request"));
                continue;
            }
            if (!recommends && NEXT_STEP.matcher(stem).find() && selfContained(stem) && actor(ctx, s)) {
                out.add(make(ctx, s, "The article reports what comes next: " + quote + " What do you expect it to show, and what should happen if it does? Use details from the article.",
                        Skill.apply, 1.3, "next"));
                continue;
            }
            if (!recommends && PLAN.matcher(stem).find() && selfContained(stem) && actor(ctx, s)) {
                out.add(make(ctx, s, "The article reports a plan: " + quote + " Is it a good plan? What would you do differently, and why? Use details from the article.",
                        Skill.evaluate, 1.3, "plan"));
                continue;
            }
            var resp = RESPONSE.matcher(stem);
            if (!recommends && resp.find() && selfContained(stem) && actorAt(ctx, s, s.plain().length() - stem.length() + resp.start())) {
                out.add(make(ctx, s, "The article reports a response: " + quote + " Is it an adequate response? What else could have been done? Use details from the article.",
                        Skill.evaluate, 1.3, "response"));
                continue;
            }
            if (!recommends && CONCERN.matcher(stem).find() && !FEARED.matcher(stem).find() && selfContained(stem) && (actor(ctx, s) || stem.matches("(?i)^not (?:everyone|all|everybody)\\b.*"))) {
                out.add(make(ctx, s, "The article reports a concern: \"" + quote(ctx, s, stem, CONCERN) + "\" Is the concern justified, and what could be done about it? Use evidence from the text.",
                        Skill.evaluate, 1.3, "concern"));
                continue;
            }
            if (recommends && news) {
                // a news report argues for nothing: its "must" is a condition or a requirement someone set, its "should" an
                // unattributed view; only the first is asked about, as what it is
                if (stem.substring(rec.start()).startsWith("must") && !leansOnContext(ctx, s, stem))
                    out.add(make(ctx, s, "The article reports a requirement: " + quote + " Why might it have been set, and is it fair to everyone it affects? Use details from the article.",
                            Skill.evaluate, 1.35, "requirement"));
                continue;
            }
            // "Future research should follow the same students ...": a call for more study is a caveat on the evidence, not
            // an argument the article makes
            if (recommends && DiscussionMoves.FURTHER_RESEARCH.matcher(stem).find()) continue;
            if (recommends && !stem.matches("(?i).*\\b(how|whether|what|why|when)\\b[^,]*\\b(should|must|needs? to)\\b.*")) {
                // "A shift in mindsets on both sides must take place": who is meant lies outside the sentence
                if (leansOnContext(ctx, s, stem)) continue;
                String label = label(stem);
                out.add(make(ctx, s, "The article argues: " + quote + " How convincing is this argument? Weigh the evidence the article offers for it, and say what might count against it.",
                        Skill.evaluate, 1.5, "recommend"));
                out.add(make(ctx, s, "The article " + (label.equals("recommendation") ? "recommends" : "argues") + ": " + quote + " What would be the strongest objection to this "
                        + label + ", and how could the article's own evidence answer it?", Skill.evaluate, 1.45, "objection"));
                // a recommendation to an institution (governments, councils, banks) is policy, which carries to other places
                if (policy(ctx, s, stem, rec.start())) {
                    String other = concerned(ctx, s, stem, rec.start());
                    if (other != null)
                        out.add(make(ctx, s, "How might a policymaker in " + other + " view this " + label + " from the article? " + quote + " What would they welcome, what would worry them, and why?",
                                Skill.apply, 1.45, "perspective"));
                    // one such prompt per article: the same question on a second recommendation would read as a copy
                    if (!applied) out.add(make(ctx, s, "How could this " + label + " apply in another place or sector you know? " + quote + " Say what would carry over, what would not, and why.",
                            Skill.apply, 1.35, "apply"));
                    applied = true;
                }
            } else if (RISK.matcher(stem).find() && !stem.matches("(?i)^(given|despite|amid|because of|due to) .*") && selfContained(stem)) {
                // "Officials reply that the risk of shortages was genuine": a party's claim about a risk, attributed to it
                var by = RISK_BY.matcher(stem);
                boolean said = by.find();
                // "For a time the trust warned ...": who warned is inside an opening phrase; not worth untangling, no question
                boolean tangled = said && by.group(1).matches(OPENS_WITH_ADVERBIAL);
                if (said && !tangled && !by.group(1).matches("(?i)(?:it|this|that|there)")) {
                    String party = by.group(1), first = party.split(" ")[0];
                    // "Officials reply ...": a common noun that opens the sentence is written small inside the prompt
                    if (first.matches("The|Some|Many|Most|Several|Local|[A-Z][a-z]+s") && !ctx.properWord(first)) party = first.toLowerCase(Locale.ROOT) + party.substring(first.length());
                    out.add(make(ctx, s, "The article reports a claim by " + party + ": \"" + DiscussionMoves.nest(stem) + "\" How strong is their case? "
                            + "What in the article supports it, and what could be said against it?", Skill.evaluate, 1.3, "risk"));
                } else if (!tangled && !narrative(s)) {
                    // a risk the article itself states, still ahead (a past risk told as history has nothing left to reduce)
                    out.add(make(ctx, s, "The article points to a risk: \"" + quote(ctx, s, stem, RISK) + "\" How serious is this risk, and what could be done to reduce it? Support your answer with evidence from the text.",
                            Skill.evaluate, 1.3, "risk"));
                }
            } else if (CONTRAST_CLAUSE.matcher(stem).find() && !NOT_ONLY.matcher(stem).find() && selfContained(stem)
                    && numbers(stem) < 2 && twoPoints(ctx, s, stem)) {
                out.add(make(ctx, s, "The article sets two points side by side: " + quote + " Why does the author put them together, and what conclusion do you draw from the contrast? Use evidence from the text.",
                        Skill.evaluate, 1.2, "contrast"));
            }
        }
        out.addAll(claims(ctx));
        // the structural prompts, on sentences no prompt above has taken
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Candidate c : out) used.add(c.position());
        out.addAll(DiscussionMoves.build(ctx, used));
        for (Candidate c : out) used.add(c.position());
        out.addAll(DiscussionFrames.build(ctx, used));
        out.addAll(spoken(ctx));
        out.addAll(crossArticle(ctx));
        out.removeIf(DiscussionBuilder::badFrame);
        // the safe general frames of the article's genre, only when too few fitting prompts are left
        // (counted by their evidence: the ranker keeps one prompt per passage)
        long strong = out.stream().filter(c -> !c.weak()).map(c -> c.question().evidence()).distinct().count();
        if (strong <= Minimums.discussion(ctx.module) + 1) {
            List<Candidate> fallbacks = DiscussionFrames.fallbacks(ctx, used);
            out.addAll(fallbacks);
            // the article-general prompts (the strongest evidence, a question left open) only where the article
            // cannot support its minimum with prompts of its own and its genre's
            long own = strong + fallbacks.stream().map(c -> c.question().evidence()).distinct().count();
            if (own <= Minimums.discussion(ctx.module)) out.addAll(DiscussionFrames.general(ctx));
        }
        return out;
    }

    static final Pattern DEADLINE = Pattern.compile("(?i)must be \\w+(?:ed|en|ld|wn|nt|ft)\\s+(?:within|by|before|after|at least|no later than)\\b");

    /** Who states a risk: "Officials reply that ...", "Dr Lee warned that ...". */
    /** A sentence's subject that starts with a preposition, conjunction or adverb is an opening phrase and its subject run together. */
    static final String OPENS_WITH_ADVERBIAL = "(?i)^(?:for|in|on|at|after|before|during|since|when|while|although|though|if|as|by|with|without|"
            + "despite|until|once|now|then|yet|but|and|so|still|later|earlier|meanwhile|however|soon|today|recently|eventually|"
            + "finally|instead|also|even|only|over|under|from|to|through|within|across|among|between|because|unless|where)\\b.*";
    static final Pattern RISK_BY = Pattern.compile("^((?:[A-Z][\\p{L}'\u2019-]*|the|some|many|local)(?: [\\p{L}'\u2019-]+){0,5}?) (?:say|says|said|reply|replies|replied|warn|warns|warned|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|fear|fears|feared|believe|believes|believed|point out|points out|pointed out) (?:that )?");

    /** Before a modal: an objection or a view the article attributes to others ("The usual objection is that", "Critics argue"). */
    static final Pattern OTHERS_VIEW = Pattern.compile("(?i)^(?:(?:the|a|an|one|another) (?:\\w+ )?(?:objection|complaint|criticism|counter-argument|counterargument)s? (?:is|was|are|were)\\b"
            + "|(?:critics|opponents|sceptics|skeptics|detractors|some people|some|others|many people) (?:say|said|argue|argued|claim|claimed|insist|insisted|object|objected|reply|replied|complain|complained)\\b"
            + "|it is (?:often |sometimes |commonly |widely )?(?:said|argued|claimed|objected)\\b)");

    /** Before a modal: a reporting verb with its "that" ("ruled in 2018 that ..."), or ", one that", ", which". */
    static final Pattern SUBORDINATE_MODAL = Pattern.compile("(?is).*(?:\\b(?:ruled|decided|concluded|found|held|agreed|said|says|stated|declared|determined|insisted|argued|warned)\\b[^;:]*\\bthat\\b[^,;:]*"
            + "|,\\s*(?:one|something|an? [\\p{L}-]+)?\\s*(?:that|which|who)\\s+[^,;:]*)$");

    /** A condition: "there must be ...", "X needs to have happened", "has to be" a state; no agent is told to act. */
    static boolean condition(String stem, int modal) {
        String before = stem.substring(0, modal), from = stem.substring(modal);
        // "To meet the standard, sellers must either season logs or dry them": what it takes to reach an end, a requirement
        return before.matches("(?is)^(?:(?:first|second|third|next|finally|also),?\\s+)?there\\s+$")
                || before.matches("(?is)^(?:in order )?to [a-z]+ [^,]{2,60},\\s+[^,]{2,60}\\s+$")
                || from.matches("(?is)^(?:must|needs? to) have (?:been )?\\w+(?:ed|en|wn|un)\\b.*")
                || stem.matches("(?is)^(?:the|a|an) [\\p{L} -]{2,30} (?:has|have) to be \\w+(?:ed|en)?\\b.*");
    }

    /**
     * Quoted words that lean on an earlier sentence ("the mayor has found one", "until then", "to finish the job"),
     * or a figure offered as a view or a claim ("Industry figures show ... nine weeks of stock").
     */
    static final Pattern DANGLING = Pattern.compile("(?i)\\b(?:proposed|suggested|offered|found|built|chose|wants?|needs?|has|have|had) one\\s*[;,.]"
            + "|^(?:in exchange|in return)\\b|\\bboth (?:options|alternatives|proposals|plans|choices|versions|designs|routes|schemes)\\b|\\buntil then\\b|\\b(?:finish|do|did|does|done) the (?:job|task|rest)\\b|\\b(?:on|to|with|against|about) it\\s*[.;]?$");
    static final Pattern FIGURE_AS_VIEW = Pattern.compile("(?i)^(?:Do you agree with this (?:view|point)|The article (?:claims|argues|reports this view))[^\"]*\"[^\"]*\\b(?:estimates?|figures|data|statistics|surveys?|census)\\b[^\"]*\\b(?:suggest|suggests|show|shows|showed|put)\\b[^\"]*\\d|^(?:Do you agree with this (?:view|point)|The article (?:claims|argues|reports this view))[^\"]*\"[^\"]*\\b(?:estimates?|figures|data|statistics)\\b[^\"]*\\b(?:suggest|suggests|show|shows)\\b[^\"]*\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|million)\\b");
    /** "Imagine you are one of the G ...": the group must be in the quote, not only in a past clause ("since its last tenants left"). */
    private static final Pattern ROLE = Pattern.compile("^Imagine you are one of the (.+?) in the article\\..*?\"(.*)\"");

    static boolean badFrame(Candidate c) {
        String p = c.question().prompt();
        int a = p.indexOf('"'), b = p.lastIndexOf('"');
        if (a >= 0 && b > a && (DANGLING.matcher(p.substring(a + 1, b)).find() || MainIdeaBuilder.LEADING_SUBJECT.matcher(p.substring(a + 1, b)).matches()
                || DiscussionMoves.anaphoric(p.substring(a + 1, b)))
                || FIGURE_AS_VIEW.matcher(p).find()) return true;
        var m = ROLE.matcher(p);
        if (m.find()) {
            String group = m.group(1).replaceFirst("^(?:last|former|new|other) ", ""), q = m.group(2).toLowerCase(java.util.Locale.ROOT);
            String head = group.substring(group.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!q.contains(head) || Pattern.compile("\\b(?:since|after|when|until|before|once)\\b[^,;]*\\b" + Pattern.quote(head) + "\\b").matcher(q).find()) return true;
        }
        return false;
    }

    /** A decision whose object is a pronoun ("voted to replace them"): what it is about lies outside the sentence. */
    static final Pattern OBJECT_PRONOUN = Pattern.compile("(?i)\\b(?:to )?(?:replace|close|scrap|sell|keep|abolish|ban|extend|remove|save|stop|restore|rebuild|buy|run|reopen|cut|expand|end) (?:them|it)\\b");

    /** A hedged modal ("may need to", "will have to"): what the author expects, an argument rather than a recommendation. */
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:may|might|could|will|would) (?:also |still |now )?(?:need to|have to)\\b");

    /** What the quoted statement is, by its modal: a "recommendation" (should, must) or an "argument" (a hedged need). */
    static String label(String stem) {
        return HEDGED.matcher(stem).find() ? "argument" : "recommendation";
    }

    /** Practical advice to readers: the modal's subject is anyone, you, or people in a private role (buyers, homeowners). */
    private static final Pattern ADVISED = Pattern.compile("(?is)^(?:(?:for now|in the meantime|meanwhile|until then|in short|in practice),\\s+)?(?:anyone|anybody|everyone|everybody|you|readers|people|individuals|households|homeowners|home owners|owners|buyers|drivers|motorists|parents|patients|customers|consumers|travellers|travelers|passengers|tenants|renters|shoppers|users|those)\\b");

    static boolean personalAdvice(String stem) {
        var m = RECOMMEND.matcher(stem);
        if (!m.find() || !ADVISED.matcher(stem).find()) return false;
        // the subject's own clause: no institution is the one who must act
        return !stem.substring(0, m.start()).matches("(?is).*\\b(?:government|council|ministry|authorit|regulator|compan|firm|state|countr|school|bank|parliament|congress|policymaker|leader)\\w*\\b.*");
    }

    /** Phrases that stand for parties named earlier in the article ("both sides", "the two countries"). */
    private static final Pattern CONTEXT_PARTIES = Pattern.compile("(?i)\\b(?:both|either|each|neither|the two|the other|these two|those two) (?:sides?|countries|country|nations?|governments?|parties|party|partners?|capitals?|leaders?|neighbou?rs?)\\b");

    /** Does the statement name parties only by reference to earlier text, with no party named in it? */
    static boolean leansOnContext(Context ctx, Sentence s, String stem) {
        if (!CONTEXT_PARTIES.matcher(stem).find()) return false;
        int offset = s.plain().length() - stem.length();
        for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.start() >= offset && (t.type() == SpanType.PLACE && party(t) || t.type() == SpanType.ORGANISATION || t.type() == SpanType.PERSON)) return false;
        return true;
    }

    /** A place that can be a party: a country, or a city or capital standing for one ("Tokyo"), not a region ("the Indo-Pacific"). */
    private static boolean party(TypedSpan t) {
        if (t.sub().equals("city")) return true;
        String g = Lexicon.placeGroup(t.text());
        return g != null && Lexicon.isCountry(g);
    }

    /**
     * A country the statement concerns, for a policymaker's perspective: one it names after the modal (a party the
     * course affects: "without Washington"), else one it names as the actor; null if it names none.
     */
    static String concerned(Context ctx, Sentence s, String stem, int modal) {
        int offset = s.plain().length() - stem.length();
        String after = null, before = null;
        for (TypedSpan t : ctx.spans.get(s.index())) {
            if (t.type() != SpanType.PLACE || t.sub().equals("region") || t.start() < offset) continue;
            // "the Korea-Japan Business Conference": a country inside a name is no party the course concerns
            if (insideName(s.plain(), t)) continue;
            String g = Lexicon.placeGroup(t.text());
            if (g == null || !Lexicon.isCountry(g)) continue;
            if (t.start() > offset + modal) { if (after == null) after = g; }
            else if (before == null) before = g;
        }
        String c = after != null ? after : before;
        if (c == null) return null;
        if (c.matches("(?:United|Republic|Czech|Central African|Dominican|Democratic) .*|.*(?:lands|ines|amas|ives|Emirates|States)")) c = "the " + c;
        return c;
    }

    /** Is the place part of a longer name: joined by a hyphen, or followed by a capitalised word ("Japan Business Conference")? */
    static boolean insideName(String plain, TypedSpan t) {
        var m = NAME_RUN.matcher(plain.substring(t.end()));
        return m.lookingAt() && m.group(1) != null;
    }

    /** The capitalised words after a place, up to a word that heads the name of a body ("-Japan Business Conference"). */
    private static final Pattern NAME_RUN = Pattern.compile("(?:[- ][A-Z][\\p{L}]+)*?[- ](Conference|Forum|Council|Association|Institute|Committee|Cent(?:re|er)|Foundation|Society|Company|Corporation|Bank|Fund|Group|Agency|Authority|Commission|Union|Club|Partnership|Program|Programme|Initiative|Summit|Dialogue|Network|Chamber|Federation|Alliance|Board|Office|University|Party)\\b");

    /** A requirement described ("must be ready to ...", "must hold a valid licence"), not a course of action ("must hold evening meetings"). */
    static final String REQUIREMENT = "(?is)^must (?:be (?:ready|able|prepared|willing|over|under|at least|aged)|(?:have|hold|pass|complete|show|carry) (?:a |an |the |at least |their |his |her )?(?:valid |full |recognised |recognized |current )?(?:\\w+ )?(?:licen[cs]es?|certificates?|permits?|qualifications?|degrees?|tests?|exams?|courses?|training|insurance|passports?|visas?|years?|experience|ID|identification|tickets?)\\b).*";

    /** A rule of law: "By law, ...", "Under the rules, ...", "the law requires". */
    static final Pattern LAW = Pattern.compile("(?i)\\b(?:by law|under (?:the )?(?:law|rules|act)|the law (?:says|requires)|are required to|is required to|legally)\\b");
    /** A statement attributed at its end: "..., the company said." */
    static final Pattern SAID_AT_END = Pattern.compile(
            ", (?:the |a |an |its |their )?[^,]{2,60}? (?:said|says|announced|reported|added|warned|told [^,]{2,40})(?: on \\w+| last \\w+| this \\w+| in a statement)?\\.$");

    /**
     * Two points set side by side, each a point of its own: not one claim stated against what it denies ("Although
     * X is often described as new, it is not"), and not an event narrated in the past ("Neither team could find a
     * winner, although Dunmore hit the post").
     */
    private static boolean twoPoints(Context ctx, Sentence s, String stem) {
        var m = Pattern.compile("(?i)(?:; however,|, (?:but|while|whereas|although|though) )").matcher(stem);
        String first, second;
        if (m.find()) {
            first = stem.substring(0, m.start()); second = stem.substring(m.end());
            // "Deciding the price now, while the river is full, would be easier ...": a time clause set in one point
            if (m.group().matches("(?i), (?:while|although|though) ") && TIME_CLAUSE.matcher(second).lookingAt()) return false;
        }
        else {
            int comma = stem.indexOf(", ");
            if (comma < 0) return false;
            first = stem.substring(0, comma);
            second = stem.substring(comma + 2);
        }
        if (Text.contentWords(first).size() < 3 || Text.contentWords(second).size() < 3) return false;
        // "Campaigners welcomed the decision, although ...": the points must be readable without the sentence before
        if (DiscussionMoves.unnamedStep(ctx, stem)) return false;
        // one recommendation with a condition ("X should act, but only if ...") is one point, not two
        if (RECOMMEND.matcher(stem).find()) return false;
        // "the majority believe ..., while about 40 percent expressed ...": two findings of one survey, side by side
        // only in the grammar
        if (SURVEY.matcher(stem).find()) return false;
        return !narrative(s) || EVALUATIVE.matcher(stem).find();
    }

    private static final Pattern TIME_CLAUSE = Pattern.compile("(?:\\S+\\s+){1,7}?\\S+,\\s+(?:would|will|could|can|is|are|was|were|may|might|should|must|has|have|had)\\b");
    private static final Pattern SURVEY = Pattern.compile("(?i)\\b(?:survey|poll|respondents|census)\\b");

    /**
     * Does the text before a modal end in a relative pronoun on a noun ("a dispute panel that", "leaders who")? The
     * word before the pronoun is looked up among the sentence's tokens for its part of speech.
     */
    static boolean relativeModal(Sentence s, String before) {
        var m = RELATIVE_END.matcher(before);
        if (!m.find()) return false;
        String head = m.group(1);
        for (int i = 0; i + 1 < s.tokens().size(); i++)
            if (s.tokens().get(i).equalsIgnoreCase(head) && s.tokens().get(i + 1).equalsIgnoreCase(m.group(2)))
                return s.tags().get(i).equals("NOUN") || s.tags().get(i).equals("PROPN");
        return false;
    }

    private static final Pattern RELATIVE_END = Pattern.compile("(?i)\\b([\\p{L}-]+)\\s+(that|which|who)\\s+(?:\\w+ly\\s+)?$");

    /** Is the statement's first verb a simple past ("Many towns replaced ...", "Moths visited ...")? */
    static boolean pastMainVerb(Sentence s, String stem) {
        int offset = s.plain().length() - stem.length();
        int cursor = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            String t = s.tokens().get(i);
            int at = s.plain().indexOf(t, cursor);
            if (at < 0) return false;
            cursor = at + t.length();
            if (at < offset) continue;
            String g = s.tags().get(i);
            if (!g.equals("VERB") && !g.equals("AUX")) continue;
            String lt = t.toLowerCase(Locale.ROOT), l = FactQuestionBuilder.lemma(s, i).toLowerCase(Locale.ROOT);
            if (lt.matches("was|were|had|did")) return true;
            if (g.equals("AUX") || lt.endsWith("ing") || lt.equals(l) || lt.equals(l + "s") || lt.equals(l + "es")) return false;
            return true;
        }
        return false;
    }

    /** Is every finite verb of the sentence in the past (an event narrated, not a point made)? */
    static boolean narrative(Sentence s) {
        boolean past = false;
        for (int i = 0; i < s.tokens().size(); i++) {
            String t = s.tokens().get(i).toLowerCase(Locale.ROOT), g = s.tags().get(i);
            if (!g.equals("VERB") && !g.equals("AUX")) continue;
            if (t.matches("is|are|am|has|have|do|does|can|will|may|must|should|shall|needs?")) return false;
            if (t.matches("was|were|had|did|could|would|might")) { past = true; continue; }
            String l = FactQuestionBuilder.lemma(s, i).toLowerCase(Locale.ROOT);
            // "hit", "cut", "put": the past reads as the present
            if (t.matches("hit|cut|put|set|let|cost|shut|spread|hurt|quit|read")) continue;
            if (t.endsWith("ing") || t.equals(l) && i > 0 && s.tags().get(i - 1).matches("AUX|PART")) continue;
            if (t.equals(l) || t.equals(l + "s") || t.equals(l + "es")) return false;
            past = true;
        }
        return past;
    }

    /**
     * The part of the sentence that carries the point: a clause of its own that matches (a concern, a request, a
     * decision), or the whole statement. Quoting only that clause keeps the prompt from showing facts that other
     * questions ask about.
     */
    private static String quote(Context ctx, Sentence s, String stem, Pattern p) {
        for (Clauses.Stem st : ctx.units)
            if (st.sentence() == s && st.clause() && st.speaker() == null && p.matcher(st.text()).find() && st.text().split("\\s+").length >= 6) return DiscussionMoves.nest(st.text());
        // inner quotation marks as single ones, so that the quotation nests in the prompt's
        return DiscussionMoves.nest(stem);
    }

    /** Is the recommendation addressed to an institution (a government, council, bank, company, school, country)? */
    private static boolean policy(Context ctx, Sentence s, String stem, int modal) {
        int offset = s.plain().length() - stem.length();
        for (TypedSpan t : ctx.spans.get(s.index())) {
            if (t.end() > offset + modal || t.start() < offset) continue;
            if (t.type() == SpanType.ORGANISATION || t.type() == SpanType.PLACE && !t.sub().equals("region")) return true;
            if (t.type() == SpanType.GROUP && t.sub().endsWith("org")) return true;
        }
        return stem.substring(0, modal).matches("(?i).*\\b(?:governments?|councils?|countries|states|banks?|companies|firms|schools|universities|authorities|regulators|ministries|cities|towns|policymakers|leaders|both sides)\\b.*");
    }

    /** A view someone else holds: "Critics say that ...", "Some residents argue ...". */
    private static final Pattern REPORTED_VIEW = Pattern.compile(
            "(?i)^(?:[^,]{2,50}?|[^,]{2,50}?, [^,]{2,60}?, )\\b(?:say|says|said|argue|argues|argued|believe|believes|believed|insist|insists|insisted|claim|claims|claimed|warn|warns|warned|reply|replies|replied|note|notes|noted|point out|points out|pointed out)\\b(?: that)?\\s");
    /** A decision or a change that someone has made or will make. */
    static final Pattern DECISION = Pattern.compile(
            "(?i)\\b(?:decided|agreed|voted|approved|introduced|banned|abolished|scrapped|opened|closed|cancelled|cut|raised|ruled|recall(?:s|ed|ing)|replaced|fined|will (?:close|open|cut|raise|ban|introduce|replace|build|extend|stop|end|scrap|charge|reopen)|will have to|has to|have to|plans? to|is to|are to)\\b");
    /** A finding of research: "according to a study", "a new survey found that", "researchers found". */
    private static final Pattern FINDING = Pattern.compile(
            "(?i)\\baccording to (?:a|an|the) (?:new |recent |large |small )?(?:study|survey|report|analysis|review|trial)\\b|\\b(?:study|survey|report|analysis|trial|research|researchers|scientists|investigation|inquiry|inspection|review|audit|tests) (?:(?:by|of|from|in|published) [^,.;]{3,40}? )?(?:has |have )?(?:found|shows?|showed|suggests?|suggested|concluded)\\b");
    private static final Pattern PAST_STUDY = Pattern.compile("(?i)\\b(?:in|since) (?:1[0-9]|20)\\d\\d\\b");
    /** A proposal: an actor who could act ("Councils could dim street lights ..."), not one who could not. */
    private static final Pattern PROPOSAL = Pattern.compile("\\b(?:could|might) (?!not\\b|n't|have\\b|be\\b)[a-z]+");

    /** Does a person, organisation or group end just before the position (the subject of the verb there)? */
    private static boolean actorAt(Context ctx, Sentence s, int at) {
        for (TypedSpan t : ctx.spans.get(s.index()))
            if ((t.type() == SpanType.GROUP || t.type() == SpanType.ORGANISATION || t.type() == SpanType.PERSON) && t.end() + 1 == at
                    && s.plain().substring(0, t.start()).matches("(?i)(?:the |some |many |local )?")) return true;
        return false;
    }

    /** Research or a review still to come: "the team would now test whether ...", "will study". */
    private static final Pattern NEXT_STEP = Pattern.compile("(?i)\\b(?:will|would|plans? to|intends? to) (?:now |next |soon )?(?:test|study|examine|investigate|look into|measure|check) (?:whether|if|how|why)\\b");

    /** What money or a decision is to be used for: "the money would pay for new floodlights", "will be spent on". */
    private static final Pattern PLAN = Pattern.compile("(?i)\\b(?:will|would) (?:pay for|fund|go (?:to|towards)|be (?:used|spent) (?:to|on|for))\\b");

    /** A reply to criticism or to events: "The company replied that ...", "The ministry rejected the claims". */
    private static final Pattern RESPONSE = Pattern.compile("\\b(?:replied|responded|answered|denied|rejected|defended|apologised|apologized)\\b");

    /** A request to someone named: "asked the council to run a free bus", "urged the government to act". */
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(?:asked|ask|asks|asking|urged|urge|called on|petitioned|begged|lobbied|pressed)\\s+((?:the|its|their)\\s+(?:[a-z]+\\s+){0,2}(?:council|authority|government|ministry|company|school|board|committee|mayor|operator|airline|police|university|minister)s?|(?:the\\s+)?[A-Z][\\p{L}]+(?:\\s[A-Z][\\p{L}]+){0,3})\\s+to\\b");

    /** A thing described as feared ("The waters were feared by sailors"): a description, not a concern someone raises. */
    private static final Pattern FEARED = Pattern.compile("(?i)\\b(?:was|were|is|are|been|long) (?:\\w+ly )?feared\\b");

    /** A worry or complaint that a group raises. */
    private static final Pattern CONCERN = Pattern.compile(
            "(?i)\\b(?:worr(?:y|ies|ied)|concerned|complain(?:s|ed)?|fear(?:s|ed)?|object(?:s|ed)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|not (?:everyone|all|everybody) (?:is|are|was|were) convinced|doubt(?:s|ed)?|sceptical|skeptical)\\b|\\btoo (?:short|long|small|high|low|expensive|late|early|few|slow|far)\\b");

    private static final Pattern DECIDES = Pattern.compile(
            "^(?:\\s(?:on|in|at|of|for|from|across|along|the|a|an|[a-z]+ern|[a-z]+al|[a-z]+s)){0,4}\\s(?:(?:has|have|had|will|would|must|also|now|finally|formally|officially)\\s){0,3}(?:decided|agreed|voted|approved|introduced|banned|abolished|scrapped|opened|reopened|closed|cancelled|suspended|launched|announced plans|ordered|ruled|(?:is |are )?recalling|recalled|replaced|fined|have to|has to|must now|will (?:close|open|cut|raise|ban|introduce|replace|build|extend|stop|end|scrap|charge|reopen|offer|pay|hire|sell|move|merge))\\b");
    private static final Pattern INTRANSITIVE_EVENT = Pattern.compile("\\b(?:opened|reopened|closed)$");
    private static final Pattern OBJECT_NEXT = Pattern.compile("\\s+(?:the|a|an|its|their|his|her|two|three|four|five|six|all|\\d)\\b");
    private static final Pattern ANNOUNCED_BY = Pattern.compile(
            "(?i), (?:the |a )?[^,]{2,60}? (?:announced|said|confirmed|decided)(?: on \\w+| last \\w+| this \\w+)?(?:,|\\.$)");

    /**
     * A decision: an actor (a person, organisation, group or place) followed by a verb of deciding or a future
     * change ("The city council voted ...", "Ferry operators will have to ..."), or a future change announced by an
     * actor ("The pool will close ..., the district council announced").
     */
    private static boolean decision(Context ctx, Sentence s, String stem) {
        int offset = s.plain().length() - stem.length();
        for (TypedSpan t : ctx.spans.get(s.index())) {
            if (t.type() == SpanType.DATE || t.type() == SpanType.NUMBER || t.type() == SpanType.MONEY || t.type() == SpanType.PERCENT || t.type() == SpanType.TERM) continue;
            if (t.start() < offset || t.start() - offset > 40) continue;
            var d = DECIDES.matcher(s.plain().substring(t.end()));
            if (!d.find()) continue;
            // "a small museum opened in the old post office": a thing that opened or closed, an event with no decider;
            // a decision opens or closes something ("the council closed the pool")
            if (INTRANSITIVE_EVENT.matcher(d.group()).find() && !OBJECT_NEXT.matcher(s.plain().substring(t.end() + d.end())).lookingAt()) continue;
            return true;
        }
        var a = ANNOUNCED_BY.matcher(stem);
        if (a.find() && actor(ctx, s) && stem.substring(0, a.start()).matches("(?is).*\\bwill (?:close|open|cut|raise|ban|introduce|replace|build|extend|stop|end|scrap|charge|reopen|move|merge|hire|sell)\\b.*")) return true;
        return false;
    }

    /** Families of groups whose view of a change is worth taking: those it happens to, not those who make it. */
    private static final java.util.Set<String> NOT_STAKEHOLDERS = java.util.Set.of("officials", "government", "research",
            "engineers", "politicians", "press", "law", "emergency", "critics", "supporters", "managers");

    /** Does the span open a sentence or a clause ("Parents have ...", "..., but club members say ...")? */
    private static boolean subjectAt(Context ctx, TypedSpan t) {
        for (int i = 0; i < ctx.spans.size(); i++) {
            if (!ctx.spans.get(i).contains(t)) continue;
            String head = ctx.sentences.get(i).plain().substring(0, t.start());
            return head.matches("(?i)(?:.*(?:, (?:but|and|while|yet) |; ))?(?:(?:the|some|many|most|local|other) )?");
        }
        return false;
    }

    /** Does a person, organisation or group act in the sentence? */
    private static boolean actor(Context ctx, Sentence s) {
        for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.type() == SpanType.GROUP || t.type() == SpanType.ORGANISATION || t.type() == SpanType.PERSON) return true;
        return false;
    }

    /**
     * A group of people the article names (plural, most mentioned first) that is not the subject of the sentence,
     * to take the perspective of; null if none.
     */
    private static String stakeholder(Context ctx, Sentence s) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> forms = new TreeMap<>();
        for (List<TypedSpan> spans : ctx.spans)
            for (TypedSpan t : spans)
                if (t.type() == SpanType.GROUP && t.sub().startsWith("plural") && !t.canonical().matches("\\p{Lu}.*")) {
                    String f = Groups.family(t.text());
                    if (f == null || NOT_STAKEHOLDERS.contains(f)) continue;
                    // a group that acts (the subject of a clause) counts three times
                    counts.merge(f, subjectAt(ctx, t) ? 3 : 1, Integer::sum);
                    forms.putIfAbsent(f, t.canonical());
                }
        String subject = null;
        for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.GROUP && t.start() <= 4) subject = Groups.family(t.text());
        String best = null;
        for (var e : counts.entrySet()) {
            if (e.getKey().equals(subject)) continue;
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        // a group the article only mentions in passing ("advised citizens against ...") has no part to take
        if (best == null || counts.get(best) < 2 || forms.get(best).matches("members|citizens|people|others")) return null;
        return forms.get(best);
    }

    private static boolean selfContained(String stem) {
        return !Text.startsWithPronoun(stem) && !stem.matches("(?i)^(this|that|these|those|such|it|they)\\b.*");
    }

    private static int numbers(String s) {
        var m = Pattern.compile("\\d+").matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** A reported or stated view: "argue that", "fear that", "say the ...", "disagree about". */
    private static final Pattern VIEW = Pattern.compile("(?i)\\b(?:argue[sd]?|believe[sd]?|fear(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|point(?:s|ed)? out|stress(?:es|ed)?|reply|replied|suggest(?:s|ed)?|note[sd]?(?:, however,)?) that |\\b(?:say|says|said) (?:that |the |a |an |his |her |its |their )");
    /** A general statement in the present: the article's own claim rather than a narrated event. */
    private static final Pattern GENERAL = Pattern.compile("(?i)\\b(?:cannot|tends? to|often|usually|rarely|always|never|depends? on|remains?|works? best|matters?|largest|biggest|greatest|important|essential|key|simple|is not|are not|isn't|aren't)\\b");
    /** Evaluative wording that turns a statement into a judgement one can argue with. */
    static final Pattern EVALUATIVE = Pattern.compile("(?i)\\b(?:poor|good|bad|best|worst|fair|unfair|wrong|mistake|success|successful|failure|courage|brave|proud|disappointed|too late|clear message|turning point|dangerous|unsafe|increasingly|important|critical|crucial|vital|necessary|likely|unlikely|difficult|complex|fragile|uncertain|valuable|effective|ineffective|possible|impossible|better|worse|stronger|weaker|growing|heavily|crisis|benefit|resilient|step backwards|step forward|genuine|wrong answer|right answer|(?:more|less) (?!than\\b)[a-z]+)\\b");
    /** Signposts ("There are several streams of effort ...", "The first step is ...") announce, they do not claim. */
    private static final Pattern SIGNPOST = Pattern.compile("(?i)^(?:there (?:is|are) (?:several|many|a number of|two|three|four|five|various)\\b|the (?:first|second|third|next|final|last) step\\b"
            + "|the (?:study|research|report|survey|data|evidence|trial|experiment)\\b[^,;]{0,40}? (?:has|have) (?:\\w+ )?(?:limits|limitations|weaknesses|caveats|flaws)\\b)");
    /** A general statement with a reason or a hedge, which one can argue with ("often ... because ...", "economists disagree"). */
    private static final Pattern CONTESTED = Pattern.compile("(?i)\\b(?:because|disagree|debate[sd]?|often|usually|rarely|tends? to|depends? on)\\b");
    /** A definition: "A glacier is (not) a frozen river", "X is called Y", "a process called ...". */
    static final Pattern DEFINITION = Pattern.compile("(?i)^(?:an?|the) [\\p{L}-]+(?: [\\p{L}-]+)? (?:is|are) (?:not )?(?:an?|the) |\\b(?:is|are) (?:called|known as|defined as)\\b|\\b(?:a process|a measure of|which means)\\b");
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:is|are|has|have|does|do|can|cannot|will|remains?|seems?|shows?|matters?|depends?)\\b");
    private static final Pattern PAST_MODAL = Pattern.compile("(?i)\\b(?:could|would) now\\b");
    private static final Pattern ONE_IN = Pattern.compile("(?i)\\bone in (?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\\d+)\\b|\\b(?:half|a third|a quarter|two-thirds) of\\b");
    private static final Pattern THAT_PRONOUN = Pattern.compile("(?i)\\b(?:is|was) that (?:it|they|this|these|those)\\b");
    /**
     * A possibility the article raises (a caveat, an alternative explanation: "The link could run the other way") or a
     * question it leaves open ("Whether the company has spotted a turning point will become clearer"): no claim it
     * makes, gives evidence for, or asks anyone to agree with.
     */
    static boolean caveatOrQuestion(String stem) {
        return HYPOTHETICAL.matcher(stem).find() || OPEN_QUESTION.matcher(stem).lookingAt();
    }

    private static final Pattern OPEN_QUESTION = Pattern.compile("(?i)(?:whether|how far|how much|how many|what|why|who|which)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:might|may|could)\\b[^.;]*\\b(?:for example|for instance)\\b|\\b(?:for example|for instance)\\b[^.;]*\\b(?:might|may|could)\\b|^(?:perhaps|possibly|it is possible that|it may be that|it could be that)\\b"
            // "The link could run the other way": an alternative explanation raised as a caveat
            + "|\\b(?:could|may|might) (?:also |equally |just as well )?(?:run|work|go|be) the other way\\b|\\bthe other way (?:round|around)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|had|did)\\b");

    /**
     * Fallback prompts on the article's main claims (a general statement or a reported view, no figures or
     * quotes, with the article's recurring words), so that texts with little argumentative wording still get
     * discussion prompts. Scored below the recommendation, risk and contrast prompts.
     */
    static List<Candidate> claims(Context ctx) {
        record Claim(Sentence s, String stem, double weight, boolean general) {}
        List<Claim> claims = new ArrayList<>();
        boolean history = DiscussionFrames.turningPoint(ctx, Set.of()) != null;
        for (Sentence s : ctx.sentences) {
            String stem = ctx.stems.get(s.index());
            if (stem == null || s.words() < 5 || s.words() > 32 || !stem.endsWith(".") || !s.hasVerb()) continue;
            var vm = VIEW.matcher(stem);
            boolean view = vm.find();
            // "Supporters reply that they buy time ...": the view's own subject points outside the sentence
            if (view && stem.substring(vm.end()).matches("(?i)^(?:that )?(?:they|it|this|these|those|he|she)\\b.*")) continue;
            // "said the classes were full", "said the team would now test": a report of a fact or a plan, not a view
            // a statistic someone gives ("The charity said that about one in five renters ...") is a figure, not a view
            if (view && vm.group().matches("(?i).*\\bsa(?:y|ys|id) (?:that )?$") && !EVALUATIVE.matcher(stem.substring(vm.end())).find()
                    && stem.substring(vm.end()).matches("(?is).*\\b(?:one in (?:" + NumberWords.PATTERN + ")|\\d[\\d,.]*|percent|per cent|half|a third|a quarter)\\b.*")) view = false;
            if (view && vm.group().matches("(?i).*\\bsa(?:y|ys|id) (?:the|a|an|his|her|its|their) $")) {
                String rest = stem.substring(vm.end()).replaceFirst(", (?:which|who|whose|where) .*$", "");
                boolean plan = rest.matches("(?is)^[^,]*?\\b(?:would|will)\\s(?:now |also |then |soon )?(?:review|test|study|consider|meet|look|decide|announce|publish|examine|report|check)\\b.*");
                boolean judged = !plan && (EVALUATIVE.matcher(rest).find() || GENERAL.matcher(rest).find());
                if (!judged) view = false;
            }
            // "Officers replied that the site was owned by the county": a verb of saying carries no stance of its own,
            // so what is said must show one (a judgement, a hedge) to be a view one can agree with
            if (view && vm.group().matches("(?i)^(?:say|says|said|reply|replied|note[sd]?|stress(?:es|ed)?)\\b.*") && !DiscussionMoves.stance(stem.substring(vm.end()))) view = false;
            // "Officers replied that the planning system did not allow them to refuse ...": what a rule allows or
            // requires is a fact about the rule to check, whatever judgement the rule itself names
            if (view && vm.group().matches("(?i)^(?:say|says|said|reply|replied|note[sd]?|stress(?:es|ed)?|explain(?:s|ed)?|confirm(?:s|ed)?)\\b.*")
                    && RULE_ALLOWS.matcher(stem.substring(vm.end())).find()) view = false;
            if (SIGNPOST.matcher(stem).find() || leansOnContext(ctx, s, stem)) continue;
            // "Aldmark accused Corvenia of ...; Corvenia replied that ...": two parties' views, so "this view" has no one referent
            if (view && stem.contains(";")) continue;
            // "Only about one in ten recalled products is ever returned, according to ...": a figure, not a view
            if (view && ONE_IN.matcher(stem).find()) continue;
            // "A less comfortable reading is that it is really about ...": the claim's subject lies outside the sentence
            if (THAT_PRONOUN.matcher(stem).find()) continue;
            if (stem.matches(view ? "(?i).*\\b\\d[\\d,.]*\\b.*\\b\\d[\\d,.]*\\b.*|.*\\b(percent|per cent)\\b.*|.*%.*" : ".*\\d.*") || stem.contains("\"") || stem.contains("“") || !selfContained(stem)
                    || Text.startsWithConnector(stem) || stem.matches("(?i)^(when|in|on|at|by|after|before|during|within|for example|for instance|as|if|a survey|according)\\b.*")) continue;
            // a general claim is stated in the present: an event or a result told in the past ("Many towns replaced
            // their orange lamps ...", "Moths visited flowers ... less often") is a fact, however evaluative its words
            // a general claim is a judgement one can argue with: not a definition ("A glacier is not a frozen
            // river"), a plain state of things ("The old mill remains in use") or a truism
            boolean general = (EVALUATIVE.matcher(stem).find() || GENERAL.matcher(stem).find() && CONTESTED.matcher(stem).find()) && !PAST.matcher(stem).find()
                    && !pastMainVerb(s, stem) && !DEFINITION.matcher(stem).find()
                    // "Salt could now reach inland cities cheaply": history told, not a claim to debate
                    && !narrative(s)
                    // in a history feature, a general claim is one stated in the present ("The baths remain ..."), not
                    // a fact of the past whatever its tags ("The company increasingly depended on ...")
                    && (!history || PRESENT.matcher(stem).find() && !PAST_MODAL.matcher(stem).find());
            // "Students who struggle might, for example, turn up their music": a possibility the article raises
            // (a caveat), not a claim it makes and gives evidence for
            if (caveatOrQuestion(stem)) continue;
            // a claim to weigh shows a stance (a judgement, a hedge, a verb of arguing): a fact, a cause or a
            // mechanism the article explains ("The damage depends on size and speed") is no claim to agree with
            if (general && !view && !DiscussionMoves.stance(stem)) general = false;
            if (!view && !general) continue;
            // a call for more study is a caveat on the evidence, not a claim the article makes
            if (DiscussionMoves.FURTHER_RESEARCH.matcher(stem).find()) continue;
            boolean personFirst = false;
            for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.PERSON && t.start() < 3) personFirst = true;
            if (personFirst && !view) continue;
            // centrality: words the rest of the article repeats
            double w = 0;
            for (String x : ctx.words.get(s.index())) w += Math.max(0, Math.min(3, ctx.mentions(x) - 1));
            w /= Math.max(4, ctx.words.get(s.index()).size());
            if (w < (view ? -1 : 0.25)) continue;
            claims.add(new Claim(s, stem, w, general && !view));
        }
        claims.sort(Comparator.comparingDouble((Claim c) -> -c.weight()).thenComparingInt(c -> c.s().index()));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < claims.size() && i < 6; i++) {
            Claim c = claims.get(i);
            // a procedure or a fact described ("has to be ruled out, usually with an endoscopy") is no claim to weigh or agree with
            if (PROCEDURE.matcher(c.stem()).find()) continue;
            String quote = "\"" + c.stem() + "\"";
            double base = 0.9 + 0.1 * Math.min(1, c.weight());
            if (c.general()) out.add(make(ctx, c.s(), "The article claims: " + quote + " What evidence does the article give for this claim, and how strong is it? What further evidence would help you decide?",
                    Skill.evaluate, base, "evidence"));
            else out.add(make(ctx, c.s(), "The article reports this view: " + quote + " What in the article supports it, and what could be said against it?",
                    Skill.evaluate, base, "evidence"));
            // "X is often described as new, but it is not": a correction of a common belief is a fact to check, not a view to agree with
            if (CORRECTION.matcher(c.stem()).find()) continue;
            // "Do you agree" asks for a judgement: a trend or a hedged finding is checked against evidence, not agreed with
            if (c.general() && !DiscussionMoves.judgement(c.stem())) continue;
            // "Studies have found that taking iron on alternate days gives better absorption": a research finding is
            // weighed against its evidence, not agreed with, however evaluative its words
            if (FINDING.matcher(c.stem()).find() || RECEIVED.matcher(c.stem()).find()) continue;
            out.add(make(ctx, c.s(), (c.general() ? "Do you agree with this point from the article? " : "Do you agree with this view reported in the article? ") + quote + " Explain your view with reasons from the text and from your own knowledge.",
                    Skill.evaluate, base - 0.05, "agree"));
        }
        return out;
    }

    /** A finding passed on as received: "Studies have found that ...", "is thought to affect several times as many people". */
    private static final Pattern RECEIVED = Pattern.compile("(?i)^(?:\\w+ )?(?:studies|trials|surveys|experiments) (?:have |has )?(?:found|show|shown|suggest|indicate)\\b|\\b(?:is|are) (?:thought|estimated|believed|known) to (?:affect|cause|reduce|increase|double|be)\\b");
    /** What a rule allows, requires or forbids: "the planning system did not allow them to ...", "the law requires ...". */
    static final Pattern RULE_ALLOWS = Pattern.compile("(?i)\\b(?:system|law|laws|rules?|regulations?|code|policy|act|treaty|guidance|framework|legislation)\\s+(?:\\w+\\s+)?(?:(?:does|did|do) not |doesn't |didn't |would not |cannot |can )?(?:allow|allows|allowed|permit|permits|permitted|require|requires|required|forbid|forbids|prohibit|prohibits|prohibited)\\b");

    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:often|sometimes|commonly|usually|widely) (?:described|seen|called|thought of|regarded|presented|treated) as\\b");

    /** A procedure or a step described: "has to be ruled out", "is usually measured with", "is given by injection". */
    static final Pattern PROCEDURE = Pattern.compile("(?i)\\b(?:has|have|need|needs) to be \\w+ed\\b|\\b(?:is|are) (?:usually |normally |typically |often |then |first |routinely )?(?:done|carried out|measured|tested|checked|given|taken|ruled out|diagnosed|confirmed|treated|performed|prescribed|injected)\\b|\\busually (?:with|by|through) (?:an? |the )?\\w+");

    static Candidate make(Context ctx, Sentence s, String prompt, Skill skill, double score, String kind) {
        // in an interview, an answer's claims are the speaker's, not the article's
        if (ctx.speaker != null && ctx.answers.contains(s.index())) {
            String who = ctx.speaker;
            prompt = prompt.replaceFirst("^The article argues: ", who + " argues in the interview: ")
                    .replaceFirst("^The article recommends: ", who + " recommends in the interview: ")
                    .replaceFirst("^The article claims: ", who + " says in the interview: ")
                    .replaceFirst("^The article points to a risk: ", who + " points to a risk in the interview: ")
                    .replaceFirst("^The article sets two points side by side: ", who + " sets two points side by side in the interview: ")
                    .replaceFirst("^Do you agree with this point from the article\\? ", "Do you agree with this point " + who + " makes in the interview? ")
                    .replace("Why does the author put them together", "Why does " + who + " put them together")
                    .replace("the evidence the article offers", "the evidence the interview offers")
                    .replace("the article's own evidence", "the interview");
        }
        Question q = Question.of(QuestionType.discussion, prompt, skill, 3, s.section(), List.of(s.text()),
                        "There is no single right answer. A strong response engages with this passage in "
                                + Builders.where(s) + " and supports its view with evidence.")
                .withModules(List.of(ctx.module.slug()));
        q = Ids.assign(q, kind);
        return new Candidate(q, null, List.of(), score + MultipleChoiceBuilder.lengthScore(s) * 0.5, s.index());
    }

    /**
     * In an interview, the speaker's own general claims in the first person ("Most of the people we rescue made one
     * small mistake ..."), to agree or disagree with.
     */
    static List<Candidate> spoken(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        if (ctx.speaker == null) return out;
        for (Clauses.Stem st : ctx.units) {
            if (st.speaker() == null || st.clause() || st.sentence().words() < 8 || st.sentence().words() > 32) continue;
            String stem = st.text();
            if (stem.matches(".*\\d.*")) continue;
            // a judgement, a recommendation (not a requirement described: "must be ready to ..."), or a claim about
            // most people ("Most of the people we rescue ...", not "Most calls came in the summer")
            var rec = RECOMMEND.matcher(stem);
            boolean recommends = rec.find() && !stem.substring(rec.start()).matches(REQUIREMENT) && DiscussionMoves.action(stem);
            if (EVALUATIVE.matcher(stem).find() || recommends || stem.matches("(?i)^(?:most|many|few|all|no|some) (?:of the )?(?:people|everyone|visitors|walkers|residents|children|adults|students|drivers)\\b.*")) {
                out.add(make(ctx, st.sentence(), "In the interview, " + ctx.speaker + " says: \"" + stem + "\" Do you agree? Explain your view with reasons from the interview and from your own knowledge.",
                        Skill.evaluate, 1.25, "spoken"));
            } else if (CONTRAST_CLAUSE.matcher(stem).find() && stem.matches("(?i).*\\b(?:although|but|while|whereas)\\b.*")) {
                out.add(make(ctx, st.sentence(), "In the interview, " + ctx.speaker + " sets two points side by side: \"" + stem + "\" What point is "
                        + ctx.speaker + " making, and is it a fair one? Use evidence from the interview.", Skill.evaluate, 1.2, "spoken"));
            }
        }
        return out;
    }

    /** Countries the article names, most mentioned first. */
    static List<String> countries(Context ctx) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<TypedSpan> spans : ctx.spans)
            for (TypedSpan t : spans)
                if (t.type() == SpanType.PLACE && !t.sub().equals("region")) {
                    String g = Lexicon.placeGroup(t.text());
                    if (g != null && Lexicon.isCountry(g)) counts.merge(g, 1, Integer::sum);
                }
        List<String> c = new ArrayList<>(counts.keySet());
        c.sort(Comparator.comparingInt((String k) -> -counts.get(k)).thenComparing(k -> k));
        return c;
    }

    /** Cross-article prompts for related modules, or modules sharing a named topic. */
    static List<Candidate> crossArticle(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Integer> mine = topics(ctx.module, ctx.tagger);
        for (Module other : ctx.corpus) {
            boolean related = ctx.module.related().contains(other.slug()) || other.related().contains(ctx.module.slug());
            Map<String, Integer> theirs = topics(other, ctx.tagger);
            String topic = null;
            int best = 0;
            for (var e : mine.entrySet()) {
                Integer t = theirs.get(e.getKey());
                if (t == null) continue;
                int score = Math.min(e.getValue(), t);
                // the shared topic must be substantial in both texts, not an incidental mention
                if (score < 2) continue;
                if (score > best) { best = score; topic = e.getKey(); }
            }
            // a module the unit does not link: students cannot be asked to compare with a text they were not given
            if (!related) continue;
            if (sameWork(ctx.module, other)) continue;
            String ev1 = claimWith(ctx.module, topic), ev2 = claimWith(other, topic);
            if (ev1 == null || ev2 == null) continue;
            String subject = topic == null ? "the questions both texts address" : topicPhrase(ctx.module, topic, ctx.tagger);
            String prompt = "Compare how " + who(ctx.module) + " and " + who(other) + " see " + subject
                    + ". " + Text.upperFirst(shortWho(ctx.module)) + ": \"" + Sentences.plain(ev1) + "\" " + Text.upperFirst(shortWho(other)) + ": \"" + Sentences.plain(ev2)
                    + "\" Where do they agree, where do they differ, and whose case do you find stronger?";
            Question q = Question.of(QuestionType.discussion, prompt, Skill.compare, 3, sectionOf(ctx, ev1), List.of(ev1, ev2),
                            "Compare the two passages quoted as evidence, one from each text, and look for more in both.")
                    .withModules(List.of(ctx.module.slug(), other.slug()));
            q = Ids.assign(q, other.slug() + "\u0000" + topic);
            out.add(new Candidate(q, null, List.of(), 1.6 + 0.05 * Math.min(best, 6) + (related ? 0.2 : 0), -1));
        }
        return out;
    }

    private static String sectionOf(Context ctx, String ev) {
        for (Sentence s : ctx.sentences) if (s.text().equals(ev)) return s.section();
        return "";
    }

    /** Authors by surname ("Smith and Jones write"), or the title when there is no author. */
    static String shortWho(Module m) {
        if (m.authors().isEmpty() || sameSurnames(m)) return "the author of \u201c" + m.title() + "\u201d writes";
        List<String> last = m.authors().stream().map(a -> a.strip().replaceAll(".*\\s", "")).toList();
        String names = last.size() == 1 ? last.get(0) : String.join(", ", last.subList(0, last.size() - 1)) + " and " + last.get(last.size() - 1);
        return names + (last.size() == 1 ? " writes" : " write");
    }

    private static boolean sameSurnames(Module m) {
        return m.authors().stream().map(a -> a.strip().replaceAll(".*\\s", "")).distinct().count() < m.authors().size();
    }

    static String who(Module m) {
        String title = "\u201c" + m.title() + "\u201d";
        if (m.authors().isEmpty()) return "the author of " + title;
        String names = m.authors().size() == 1 ? m.authors().get(0)
                : String.join(", ", m.authors().subList(0, m.authors().size() - 1)) + " and " + m.authors().get(m.authors().size() - 1);
        return names + " (" + title + ")";
    }

    /** A summary or excerpt of the same piece: one title contains the other. */
    static boolean sameWork(Module a, Module b) {
        String ta = Text.norm(a.title()), tb = Text.norm(b.title());
        return ta.contains(tb) || tb.contains(ta);
    }

    private static String topicPhrase(Module m, String topic, SpanTagger tagger) {
        String plain = Sentences.plain(m.body());
        int i = plain.toLowerCase(Locale.ROOT).indexOf(topic);
        String surface = i >= 0 ? plain.substring(i, i + topic.length()) : topic;
        List<TypedSpan> spans = tagger.tag(surface);
        boolean person = spans.size() == 1 && spans.get(0).type() == SpanType.PERSON;
        if (person || surface.matches("(?:President|Prime Minister|Minister|Chancellor|Premier) .*")) return "the role of " + surface;
        if (surface.matches("[A-Z0-9&.]+")) {
            String lf = tagger.longFormOf(surface);
            if (lf != null) return "the " + lf + " (" + surface + ")";
        }
        if (surface.matches("(?i)(world war|the ).*")) return surface;
        if (Character.isUpperCase(surface.charAt(0)) && !surface.matches("[A-Z0-9&.]+") && surface.split("\\s+").length > 1
                && !surface.startsWith("The ")) return "the " + surface;
        return surface;
    }

    private static final Set<String> GENERIC = Set.of("united states", "u.s.", "us", "president", "prime minister");

    /** Named topics of a module: multiword names, acronyms and glossary terms, with mention counts. */
    private static final Map<String, Map<String, Integer>> TOPICS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, Integer>> e) { return size() > 256; }
            });

    static Map<String, Integer> topics(Module m, SpanTagger tagger) {
        String key = m.slug() + "\u0000" + m.body().hashCode() + "\u0000" + m.glossary().hashCode() + "\u0000" + m.authors();
        Map<String, Integer> cached = TOPICS.get(key);
        if (cached != null) return cached;
        Map<String, Integer> out = topicsNow(m);
        TOPICS.put(key, out);
        return out;
    }

    private static final Pattern TOPIC = Pattern.compile("\\b(?:[A-Z][\\p{L}-]+|[A-Z]{2,})(?:\\s(?:of\\s|the\\s)?[A-Z][\\p{L}-]+)+(?:\\s(?:summit|agreement|declaration|treaty|accord|dialogue|talks|framework|initiative|statement|policy))?|\\b[A-Z]{2,6}\\b");

    private static Map<String, Integer> topicsNow(Module m) {
        Map<String, Integer> out = new TreeMap<>();
        String plain = Sentences.plain(m.body());
        var seq = TOPIC.matcher(plain);
        Set<String> authors = new java.util.HashSet<>();
        for (String a : m.authors()) authors.add(a.toLowerCase(Locale.ROOT));
        while (seq.find()) {
            String t = seq.group().toLowerCase(Locale.ROOT).replaceAll("(’s|'s)$", "");
            if (GENERIC.contains(t) || authors.contains(t) || Lexicon.placeGroup(t) != null) continue;
            boolean place = false;
            for (String w : t.split("[\\s-]+")) if (Lexicon.placeGroup(w) != null || Lexicon.DEMONYMS.contains(w)) place = true;
            if (place && !t.matches(".*\\b(summit|agreement|declaration|treaty|accord|dialogue|talks|framework|initiative|statement|policy)$")) continue;
            if (t.split("\\s+").length == 1 && !seq.group().matches("[A-Z]{2,6}")) continue;
            if (Text.firstWord(t).matches("the|in|on|at|as|and|but|since|when|while|for|by")) continue;
            out.merge(t, 1, Integer::sum);
        }
        for (Module.GlossaryEntry g : m.glossary()) {
            if (g.term() == null) continue;
            String t = g.term().toLowerCase(Locale.ROOT);
            int c = plain.toLowerCase(Locale.ROOT).split(Pattern.quote(t), -1).length - 1;
            if (c > 0) out.merge(t, c, Integer::sum);
        }
        return out;
    }

    /** The sentence that best states a claim about the topic: a recommendation or judgement, short enough to quote. */
    private static String claimWith(Module m, String topic) {
        List<Sentence> ss = Sentences.of(m);
        Sentence best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Sentence s : ss) {
            String p = s.plain();
            if (topic != null && !p.toLowerCase(Locale.ROOT).contains(topic)) continue;
            if (s.words() < 8 || s.words() > 32 || !p.endsWith(".") || Text.startsWithPronoun(p) || Text.startsWithConnector(p)) continue;
            int score = 0;
            if (RECOMMEND.matcher(p).find()) score += 3;
            if (p.matches("(?i).*\\b(is|are|remains?|can|cannot|will|would|could|key|critical|important|essential)\\b.*")) score += 1;
            if (p.matches(".*\\d.*")) score -= 1;
            if (p.contains("\"") || p.contains("“")) score -= 2;
            score -= s.index() / 20;
            if (score > bestScore) { bestScore = score; best = s; }
        }
        return best == null ? firstSentenceWith(m, topic) : best.text();
    }

    private static String firstSentenceWith(Module m, String topic) {
        List<Sentence> ss = Sentences.of(m);
        for (Sentence s : ss) {
            if (topic == null || s.plain().toLowerCase(Locale.ROOT).contains(topic)) {
                if (s.words() >= 8 && s.plain().endsWith(".")) return s.text();
            }
        }
        return null;
    }
}
