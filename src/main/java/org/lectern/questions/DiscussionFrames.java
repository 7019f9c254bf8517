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
            if (COURT.matcher(p).find())
                return DiscussionBuilder.make(ctx, s, "The article reports a ruling: \"" + q + "\" On what grounds was it made, and was it fair to both sides? "
                        + "What should each side do now? Use details from the article.", Skill.evaluate, 1.5, "ruling");
            return DiscussionBuilder.make(ctx, s, "Weigh this decision: \"" + q + "\" What reasons does the article give for it, what other options were there, "
                    + "and who gains or loses from it? Use details from the article.", Skill.evaluate, 1.45, "alternatives");
        }
        return null;
    }

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
            if (!act.matcher(p).find() || s.words() < 8 || s.words() > 45 || !p.endsWith(".") || p.contains("\"")) continue;
            String q = DiscussionMoves.nest(p.replaceFirst("^(?:But|And|So|Yet) ", ""));
            return DiscussionBuilder.make(ctx, s, "Think about a choice " + who + " made: \"" + q + "\" What risks did it carry at the time, and what does it tell you about "
                    + who + "? Would you have made the same choice?", Skill.evaluate, 1.45, "personal");
        }
        return null;
    }

    private static final Pattern COMPARE = Pattern.compile("(?i)\\b(?:compared with|compared to|against|while|whereas|but|although|than|saving|saved|cost|costs|cut|reduced|rose|fell)\\b");

    /** Two figures set against each other in one sentence: the trade-off they show. */
    static Candidate figures(Context ctx, Set<Integer> used) {
        Candidate best = null;
        int bestScore = 0;
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index()) && s.index() > 0) continue;
            String q = quote(ctx, s);
            if (q == null || !COMPARE.matcher(q).find() || REPORTED.matcher(q).find()) continue;
            int n = 0, money = 0;
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (t.type() == SpanType.MONEY || t.type() == SpanType.PERCENT || t.type() == SpanType.NUMBER && t.value() >= 2) n++;
                if (t.type() == SpanType.MONEY) money++;
            }
            int score = n + 2 * money;
            if (n < 2 || money < 1 || score <= bestScore) continue;
            bestScore = score;
            best = DiscussionBuilder.make(ctx, s, "Look at the figures the article gives: \"" + q + "\" What trade-off do they show? On balance, is the gain worth the cost, "
                    + "and who gains or loses? Explain with the numbers.", Skill.evaluate, 1.35, "figures");
        }
        return best;
    }

    /** A verb by which a party states or takes a position. */
    private static final Pattern STANCE = Pattern.compile("^\\s(?:\\w+ly\\s)?(?:has |have |had |also |now )?(?:argued|argues|argue|warned|warns|claimed|claims|accepted|acknowledged|acknowledges|insisted|insists|denied|denies|disputed|disputes|maintained|maintains|criticised|criticized|welcomed|welcomes|opposed|opposes|rejected|rejects|admitted|admits|believes|believe|fears|fear|says|said|say)\\b");

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
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (t.type() != SpanType.ORGANISATION && t.type() != SpanType.PERSON && !(t.type() == SpanType.GROUP && t.sub().startsWith("plural"))) continue;
                if (!STANCE.matcher(s.plain().substring(t.end())).find()) continue;
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

    /** Advice the article gives or reports: its benefits, risks and exceptions. */
    static Candidate advice(Context ctx, Set<Integer> used) {
        return firstQuoted(ctx, used, ADVICE, s -> true, q -> "The article passes on this advice: \"" + q + "\" What are its benefits and its risks, "
                + "and in what situation might someone be right not to follow it? Use details from the article.", 1.35, "advice");
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

    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)\\b(?:should|could|would|might|must|can)\\b[^.;]*\\b(?:instead|rather than)\\b|\\b(?:instead|rather than)\\b[^.;]*\\b(?:should|could|would|might|must|can)\\b|\\ban alternative (?:would|could|is)\\b|\\bwould be better spent\\b");

    /** An alternative the author or a party puts forward: would it work better, what would it cost. */
    static Candidate alternative(Context ctx, Set<Integer> used) {
        return firstQuoted(ctx, used, ALTERNATIVE, s -> !DiscussionBuilder.narrative(s), q -> "Consider the alternative put forward here: \"" + q
                + "\" Would it work better than the course it replaces? What would it cost, and who would have to act?", 1.3, "alternative");
    }

    /** The article's lesson applied to a new case: anchored on the title, its evidence the closing statement. */
    static Candidate application(Context ctx, Set<Integer> used) {
        String t = title(ctx);
        if (t == null) return null;
        String who = subject(ctx);
        boolean profile = who != null && t.contains(who.replaceAll("-.*", ""));
        for (int i = ctx.sentences.size() - 1; i >= 0 && i >= ctx.sentences.size() - 10; i--) {
            Sentence s = ctx.sentences.get(i);
            if (used.contains(s.index()) || s.words() < 6) continue;
            String prompt = profile
                    ? "What does the story of " + who + " in \u201c" + t + "\u201d show about how new ideas win acceptance in a field? "
                            + "Choose two moments from the article, and say whether the same would hold in a field you know."
                    : "The article \u201c" + t + "\u201d describes one case. Think of a similar case somewhere else: another place, organisation or person. "
                            + "Which lesson from the article would apply there, and what would be different?";
            return DiscussionBuilder.make(ctx, s, prompt, Skill.apply, 1.2, "newcase");
        }
        return null;
    }

    private static final Pattern TRIAL = Pattern.compile("(?i)\\b(?:trial|pilot|experiment|test scheme)\\b");
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(?:reduced|cut|raised|improved|increased|showed|found|fell|rose|saved)\\b");

    /** A trial or pilot the article reports, mentioned more than once: should it be rolled out, what is still unknown. */
    static Candidate trial(Context ctx, Set<Integer> used) {
        int n = 0;
        for (Sentence s : ctx.sentences) if (TRIAL.matcher(s.plain()).find()) n++;
        // the article is about the trial: its title or its opening names it (not a trial mentioned on the way)
        String t = title(ctx);
        boolean about = t != null && TRIAL.matcher(t).find() || !ctx.sentences.isEmpty() && TRIAL.matcher(ctx.sentences.get(0).plain()).find();
        if (n < 2 || !about) return null;
        for (Sentence s : ctx.sentences) {
            String q = quote(ctx, s);
            if (q == null || !TRIAL.matcher(q).find() || !RESULT.matcher(q).find() || REPORTED.matcher(q).find()) continue;
            return DiscussionBuilder.make(ctx, s, "The article reports the result of a trial: \"" + q + "\" Should it be extended or rolled out more widely? "
                    + "What do the results support, and what do they leave uncertain?", Skill.evaluate, 1.45, "trial");
        }
        return null;
    }
}
