package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordering: 3–5 dated events from distinct sentences with distinct dates, each phrased as the short clause
 * around its date with the date phrase removed (so the order is not visible in the items), to be put in time
 * order. Dates: years ("in 2019", "the 1998 declaration", "(2011)", "of 2011"), month and year, day dates, and
 * "on September 8" / "in June" when the module's publication date gives the year.
 */
final class OrderingBuilder {
    private OrderingBuilder() {}

    record Event(String text, int when, String granularity, Sentence source) {}

    private static final String MONTHS = SpanTagger.MONTHS;
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:in|by|during|until) (?:early |late |mid-)?(" + MONTHS + ")\\b(?!\\s\\d)");
    /** Words that may stand before a date phrase and go with it. */
    private static final Pattern LEAD = Pattern.compile(
            "(?i)(?:,\\s)?(?:\\b(?:in|on|by|since|during|until|as of|as early as|as late as|from|of|at the end of|at the start of|in the summer of|in the spring of|in the autumn of|in the fall of|in the winter of)\\s)?(?:\\b(?:early|late|mid-|mid|the end of)\\s?)?$");
    private static final Pattern STARTING = Pattern.compile("(?i)\\s(?:starting|beginning|dating back to|dating from|back|as far back as)\\s*$");
    private static final Pattern FACTIVE = Pattern.compile("(?i)^(?:given that|now that|after|when|although|though|while|because|once|as soon as) (?=\\S)");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:will|would|should|must|could|might|may|can|cannot|need to|needs to|ought to|expected to|likely to)\\b");
    private static final java.util.Set<String> SAME_PAST = java.util.Set.of("won", "made", "held", "met", "led", "built", "sent",
            "spent", "lost", "left", "kept", "paid", "said", "sold", "told", "found", "brought", "bought", "fought", "taught",
            "had", "heard", "stood", "struck", "signed", "served", "joined", "launched", "announced", "declared", "visited",
            "introduced", "established", "founded", "published", "discovered", "created", "opened", "passed", "adopted");
    /** Clause boundaries: the event is the clause that holds the date. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "; | — | – |—|, (?:and|but|while|whereas|although|though|yet|so|when|where|after which)\\b |, (?:[a-z]+ing|which|who|with|as|after|before|following|including|amid|despite|leading|prompting)\\b| (?:when|while|because|whereas|although|ever since) (?=[a-z])| (?:after|before|since|until) (?=(?:[\\p{L}'’-]+ ){1,6}(?:[a-z]+ed|won|met|took|made|held|began|came|went|gave|became|fell|rose|signed)\\b)");
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)^(since|when|after|before|while|although|though|if|because|as|until|despite|following|amid|during|with|by|upon|in|on|at|from|unlike|like|given|under|for)\\b");

    static List<Candidate> build(Context ctx) {
        List<Event> events = events(ctx);
        List<Candidate> out = new ArrayList<>();
        List<Event> chosen = choose(events);
        if (chosen.size() >= 3) out.add(candidate(chosen, 1.4));
        return out;
    }

    /** Events in reading order, at most one per sentence. */
    static List<Event> events(Context ctx) {
        List<Event> events = new ArrayList<>();
        int pubYear = 0, pubMonth = 0;
        String pub = ctx.module.published();
        if (pub != null && pub.matches("\\d{4}-\\d{2}.*")) {
            pubYear = Integer.parseInt(pub.substring(0, 4));
            pubMonth = Integer.parseInt(pub.substring(5, 7));
        }
        for (Sentence s : ctx.sentences) {
            List<int[]> dates = new ArrayList<>(); // start, end, when, granularity (0 year, 1 month, 2 day)
            for (TypedSpan d : ctx.spans.get(s.index())) {
                if (d.type() != SpanType.DATE) continue;
                int v = (int) d.value();
                switch (d.sub()) {
                    case "year" -> dates.add(new int[] {d.start(), d.end(), v, 0});
                    case "month" -> dates.add(new int[] {d.start(), d.end(), v, 1});
                    case "day" -> dates.add(new int[] {d.start(), d.end(), v, 2});
                    case "monthday" -> {
                        int mon = v / 100;
                        if (pubYear > 0 && mon <= pubMonth) dates.add(new int[] {d.start(), d.end(), pubYear * 10000 + v, 2});
                    }
                    default -> { }
                }
            }
            Matcher bm = BARE_MONTH.matcher(s.plain());
            while (bm.find()) {
                int mon = SpanTagger.month(bm.group(1));
                boolean taken = false;
                for (int[] d : dates) if (d[0] <= bm.start(1) && d[1] >= bm.end(1)) taken = true;
                if (!taken && pubYear > 0 && mon <= pubMonth) dates.add(new int[] {bm.start(1), bm.end(1), pubYear * 10000 + mon * 100, 1});
            }
            dates.sort(Comparator.comparingInt(d -> d[0]));
            for (int[] d : dates) {
                String text = eventText(ctx, s, d[0], d[1]);
                if (text == null) continue;
                events.add(new Event(text, d[2], d[3] == 0 ? "year" : d[3] == 1 ? "month" : "day", s));
                break;
            }
        }
        return events;
    }

    /** Up to five events with clearly distinct dates, spread over the article. */
    static List<Event> choose(List<Event> events) {
        List<Event> distinct = new ArrayList<>();
        for (Event e : events) {
            boolean clash = false;
            for (Event o : distinct) if (!distinctDates(e, o) || Text.jaccard(Text.contentWords(e.text()), Text.contentWords(o.text())) > 0.5) clash = true;
            if (!clash) distinct.add(e);
        }
        if (distinct.size() <= 5) return distinct;
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) out.add(distinct.get(i * (distinct.size() - 1) / 4));
        return out;
    }

    /** Dates that order unambiguously: different years, or the same year with both at month or day precision. */
    static boolean distinctDates(Event a, Event b) {
        int ya = a.when() / 10000, yb = b.when() / 10000;
        if (ya != yb) return true;
        if (a.granularity().equals("year") || b.granularity().equals("year")) return false;
        int ma = a.when() / 100 % 100, mb = b.when() / 100 % 100;
        if (ma != mb) return true;
        return a.granularity().equals("day") && b.granularity().equals("day") && a.when() != b.when();
    }

    private static Candidate candidate(List<Event> chosen, double score) {
        List<Event> sorted = new ArrayList<>(chosen);
        sorted.sort(Comparator.comparingInt(Event::when));
        List<String> items = sorted.stream().map(Event::text).toList();
        List<String> evidence = sorted.stream().map(e -> e.source().text()).distinct().toList();
        StringBuilder expl = new StringBuilder("In time order: ");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) expl.append("; ");
            expl.append(dateOf(sorted.get(i))).append(" — ").append(sorted.get(i).text());
        }
        expl.append(" The dates are in the sentences quoted as evidence.");
        Sentence first = chosen.get(0).source();
        Question q = Question.of(QuestionType.ordering, "Put these events from the article in time order, earliest first.",
                        Skill.inference, items.size() >= 5 ? 3 : 2, first.section(), evidence, expl.toString())
                .withItems(items);
        q = Ids.assign(q, String.join("\u0000", items));
        return new Candidate(q, null, List.of(), score + 0.05 * items.size(), first.index());
    }

    static String dateOf(Event e) {
        int v = e.when();
        int y = v / 10000, m = v / 100 % 100, d = v % 100;
        String[] months = MONTHS.split("\\|");
        if (e.granularity().equals("day") && m > 0) return months[m - 1] + " " + d + ", " + y;
        return m > 0 ? months[m - 1] + " " + y : Integer.toString(y);
    }

    /**
     * The clause of the sentence that holds the date, with the date phrase (and its preposition) removed, as a
     * self-contained statement; null if none reads as one.
     */
    static String eventText(Context ctx, Sentence s, int start, int end) {
        String p = s.plain();
        if (!eventDate(p, start, end)) return null;
        // widen the date to its phrase: "(2011)", "in early June 2025", "on September 8"
        int a = start, b = end;
        if (a > 0 && p.charAt(a - 1) == '(' && b < p.length() && p.charAt(b) == ')') { a--; b++; }
        Matcher lead = LEAD.matcher(p.substring(0, a));
        if (lead.find()) a = lead.start();
        Matcher st = STARTING.matcher(p.substring(0, a));
        if (a < start && st.find()) a = st.start();
        boolean adjectival = a == start && start > 0 && p.substring(0, start).matches("(?is).*\\b(?:the|a|an|its|their|his|her)\\s$")
                && b < p.length() && Character.isLetter(p.charAt(Math.min(p.length() - 1, b + 1)));
        if (a == start && !adjectival && !(a > 0 && p.charAt(a - 1) == '(')) {
            // a bare year not in a phrase we understand ("2019 trade dispute" without article, "2019-2020")
            if (!(start > 0 && p.substring(0, start).matches("(?s).*\\b(?:the|a|an|its|their)\\s$"))) return null;
        }
        String before = p.substring(0, a), after = p.substring(b);
        if (adjectival) {
            // "The 1998 joint declaration ... developed": only when the dated thing is the clause's subject
            if (!before.matches("(?s)(?:.*(?:[;:]|, and|, but|—) )?(?:The|the|A|a|An|an) $")) return null;
            after = after.replaceFirst("^\\s+", " ");
        }
        after = after.replaceFirst("^\\s?[—–] [^—–]+ [—–]", "").replaceFirst("^\\s?—[^—]+—", "");
        before = before.replaceAll("\\s+$", "");
        int dateAt = before.length();
        String joined = (before.replaceAll("\\s+$", "") + (after.startsWith(",") || after.startsWith(".") ? "" : " ") + after.replaceFirst("^\\s+", "")).strip();
        if (before.isBlank()) {
            // "In 2019, the two countries launched ..."
            if (!after.startsWith(",")) return null;
            joined = after.substring(1).strip();
            dateAt = 0;
        }
        // a parenthetical relative clause before the date: "The council, which owns the dam, opened ..."
        Matcher rel = Pattern.compile(", (?:which|who) [^,]+, ").matcher(joined);
        if (rel.find() && rel.end() <= dateAt && !joined.substring(0, rel.start()).contains(",")) {
            joined = joined.substring(0, rel.start()) + " " + joined.substring(rel.end());
            dateAt -= rel.end() - rel.start() - 1;
        }
        // the clause around the date ("A, B, and C" is a list, not two clauses)
        Matcher bm = BOUNDARY.matcher(joined);
        int cs = 0, ce = joined.length();
        String boundaryAtStart = "";
        while (bm.find()) {
            if (bm.group().startsWith(", and") && joined.substring(cs, bm.start()).contains(", ")) continue;
            if (bm.end() <= dateAt) { cs = bm.end(); boundaryAtStart = bm.group(); }
            else if (bm.start() >= dateAt) { ce = bm.start(); break; }
        }
        if (boundaryAtStart.startsWith(", who") || boundaryAtStart.equals(", having")) {
            int comma = joined.indexOf(", ", Math.max(cs, dateAt - 1));
            if (comma >= 0 && comma < ce) ce = comma;
        }
        String clause = joined.substring(cs, ce).strip().replaceAll("[,;:.\\s]+$", "");
        if (clause.isEmpty()) return null;
        // "the country's new prime minister, Jane Doe, who took office in October 2025" -> "Jane Doe took office"
        if (boundaryAtStart.startsWith(", who") || boundaryAtStart.matches(", [a-z]+ing") && boundaryAtStart.equals(", having")) {
            String subject = personBefore(ctx, s, joined.substring(0, cs - boundaryAtStart.length()).strip(), boundaryAtStart.startsWith(", who"));
            if (subject == null) return null;
            String rest = boundaryAtStart.startsWith(", who") ? clause : clause.replaceFirst("^(?:first |since |later |then )?", "");
            if (boundaryAtStart.equals(", having")) {
                String[] w = rest.split("\\s+", 3);
                int i = w[0].matches("first|later|then|already") ? 1 : 0;
                if (w.length <= i || !SAME_PAST.contains(w[i])) return null;
            }
            clause = subject + " " + rest;
            cs = 0;
        } else if (cs > 0 && SUBORDINATE.matcher(clause).find()) return null;
        Matcher fm = FACTIVE.matcher(clause);
        if (cs == 0 && fm.find()) {
            // "Given that X did Y in 2021, Z ...": the event is X did Y
            int comma = clause.indexOf(", ", Math.max(0, dateAt - 1));
            if (comma < 0) return null;
            clause = clause.substring(fm.end(), comma);
        }
        clause = Text.upperFirst(stripConnector(clause));
        clause = clause.replaceAll(" [—–] [^—–]+ [—–] ", " ");
        if (MODAL.matcher(clause).find()) return null;
        if (clause.matches("(?i).*\\b(argues?|argued|believes?|thinks?|claims?|says?|warns?)\\s+that\\b.*")) return null;
        String text = clause + ".";
        text = text.replaceAll("\\s+", " ").replaceAll("\\s+([,.])", "$1");
        // checks: a statement with a verb, no other dates, not leaning on context
        if (Pattern.compile("\\b(?:1[0-9]|20)\\d\\d\\b|\\b(?:" + MONTHS + ")\\b").matcher(text).find()) return null;
        if (SUBORDINATE.matcher(text).find() && !text.matches("(?i)^(?:in|on|at|by|for|with|under) [A-Z][^,]*? (?:is|are|was|were|has|have|had|[a-z]+ed)\\b.*")) return null;
        if (Text.startsWithPronoun(text) || Text.startsWithConnector(text)) return null;
        if (text.matches("(?i).*\\b(this|these|those|such|the latter|the former|here|last year|this year|that year)\\b.*")) return null;
        if (!Character.isUpperCase(text.charAt(0)) || !Text.balanced(text)) return null;
        if (text.split("\\s+").length > 24) text = text.replaceFirst(",? (?:including|such as|ranging from) .*\\.$", ".");
        int words = text.split("\\s+").length;
        if (words < 4 || words > 26) return null;
        if (!Builders.hasVerb(s, text)) return null;
        if (!hasSubjectAndVerb(s, text)) return null;
        if (state(text) || judgement(text) || garbled(text)) return null;
        if (QuestionGate.fragment(text) != null) return null;
        // enough content to stand alone: four content words, no bare "the event" / "the concept" to resolve
        if (Text.contentWords(text).size() < 4) return null;
        if (text.matches("(?i).*\\bthe (?:event|concept|idea|move|decision|process|issue|matter|step|change)\\b(?! of\\b).*")) return null;
        if (text.matches("(?i)^(?:a|an|the) (?:second|third|fourth|fifth|new|further|similar|another|next) \\w+ (?:followed|came|began|started|happened|occurred).*")) return null;
        return text;
    }

    /** Words before a date that make it a span, a state's limit or a comparison, not the date of the event told. */
    private static final Pattern NOT_EVENT_DATE = Pattern.compile(
            "(?i)(?:\\b(?:since|until|till|between|from|by|as of|than|through|up to|before|after|compared (?:with|to)|same as|as in|as it was in|unlike in|ever since)"
                    + "(?:\\s+(?:in|on|the end of|the start of))?\\s+(?:(?:early|late|mid-|the)\\s*)?(?:\\p{L}+\\s+)?(?:\\d{1,2}\\s+)?$)");
    /** A range: "1840 to 1870", "1990-2000", "from 1970 to 2000". */
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:to|and|-|–|—|until|till)\\s*(?:\\p{L}+\\s+)?\\d");
    /** The end of a range: a date, then "to"/"and"/a dash, just before this date. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*(?:to|and|until|till|-|–|—)\\s*(?:\\p{L}+\\s+)?(?:\\d{1,2}\\s+)?$");
    /** The sentence tells a plan, an expectation or a target rather than something that happened. */
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|expects?|expected|expecting|plans? to|planned to|aims? to|aimed to|is to|are to|forecasts?|projected|scheduled|due to|hopes? to|intends? to|once it is)\\b");
    /** A reduced relative clause around the date: "the survey, completed in 2023, found": the date is the survey's, not the finding's. */
    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile("(?i), (?:[a-z]+ly )?(?:[a-z]+ed|built|made|held|begun|written|taken|given|done|won|set|sent|paid|sold|led)\\s+(?:\\p{L}+\\s+)?$");

    /**
     * Is the date at [start, end) the date of the event the sentence tells? Not a state's limit or a span ("since 1970",
     * "until 1923", "between 1990 and 2000", "by 1990"), not a comparison ("the same as in 1875"), not a plan ("expected
     * in 2030", "will"), not the date of a phrase hung on the subject ("the survey, completed in 2023, found").
     */
    static boolean eventDate(String p, int start, int end) {
        String before = p.substring(0, start);
        if (NOT_EVENT_DATE.matcher(before).find()) return false;
        if (RANGE_AFTER.matcher(p.substring(end)).find()) return false;
        // the end of a range: "from 2014 to 2017", "between March 2023 and May 2024"
        if (RANGE_BEFORE.matcher(before).find()) return false;
        // a plan or an expectation in the clause around the date ("expect the scheme to add ... once it is running in 2030")
        int from = Math.max(0, Math.max(before.lastIndexOf(", "), before.lastIndexOf("; ")));
        int to = p.indexOf(", ", end);
        if (FUTURE.matcher(p.substring(from, to < 0 ? p.length() : to)).find()) return false;
        Matcher pm = PARTICIPLE_BEFORE.matcher(before.replaceFirst("\\b(?:in|on|during)\\s+(?:(?:early|late|mid-)\\s*)?(?:\\p{L}+\\s+)?(?:\\d{1,2}\\s+)?$", ""));
        if (pm.find()) {
            String after = p.substring(end);
            // the phrase closes with a comma and the main verb follows: the date is not the main verb's
            if (after.matches("(?s)^,\\s+(?:[a-z]+ly\\s+)?[a-z]+(?:ed|s)?\\b.*")) return false;
        }
        return true;
    }

    /**
     * A judgement, not an event: the sentence's last verb is "is"/"was" with a noun phrase or adjective after it
     * ("The cable that was switched on was an act of confidence in a shared future."), whatever the clauses before it do.
     */
    static boolean judgement(String text) {
        String[] toks = org.lectern.importing.nlp.Nlp.tokens(text);
        String[] tags = org.lectern.importing.nlp.Nlp.tags(toks);
        int last = -1;
        // ("was" is a verb whatever the tagger says)
        for (int i = 0; i < toks.length; i++) {
            // "a shared future": a participle between a determiner and its noun is an adjective
            if (tags[i].equals("VERB") && i > 0 && tags[i - 1].matches("DET|ADJ") && i + 1 < toks.length && tags[i + 1].equals("NOUN")) continue;
            if (tags[i].equals("AUX") || tags[i].equals("VERB") || toks[i].matches("(?i)is|are|was|were")) last = i;
        }
        if (last < 0 || !toks[last].toLowerCase(Locale.ROOT).matches("is|are|was|were|remained|remains")) return false;
        int k = last + 1;
        while (k < toks.length && (tags[k].equals("ADV") || tags[k].equals("PART"))) k++;
        return k < toks.length && tags[k].matches("DET|ADJ|NOUN|PRON");
    }

    /** A state, not an event: the clause's verb is "was"/"had"/"is" with no participle ("The road was little more than a track."). */
    static boolean state(String text) {
        String[] toks = org.lectern.importing.nlp.Nlp.tokens(text);
        String[] tags = org.lectern.importing.nlp.Nlp.tags(toks);
        for (int i = 0; i < toks.length; i++) {
            if (!tags[i].equals("AUX") && !tags[i].equals("VERB")) continue;
            String w = toks[i].toLowerCase(Locale.ROOT);
            if (!w.matches("is|are|was|were|had|has|have|remained|remains|stood|lay|seemed|looked")) return false;
            for (int k = i + 1; k < Math.min(toks.length, i + 4); k++) {
                if (tags[k].equals("VERB")) return false;
                if (!tags[k].equals("ADV") && !tags[k].equals("AUX") && !tags[k].equals("PART")) break;
            }
            return true;
        }
        return false;
    }

    /**
     * An item that no longer says a complete thing once its date is gone: it leans on context ("The worst single loss
     * came."), ends on a comparison cut short ("the same as."), or keeps a dangling participle ("completed, found").
     */
    static boolean garbled(String text) {
        if (ContextFree.reason(text) != null) return true;
        if (text.matches("(?i).*\\b(?:the same as|as|than|such as|like|compared with|compared to)\\.$")) return true;
        if (text.matches("(?i).*, (?:[a-z]+ly )?[a-z]+ed,.*")) return true;
        // a focus word left without the date it stressed: "took charge only.", "registered it only, a year later"
        if (text.matches("(?i).*\\b(?:only|just|as early as|as late as|not until)[.,;].*")) return true;
        // an intransitive verb of occurrence with nothing after it: "The change came.", "The worst loss occurred."
        if (text.matches("(?i)^\\S+(?: \\S+){0,4} (?:came|happened|occurred|followed|arrived|began|started|ended|took place)\\.$")) return true;
        return false;
    }

    /** The person named last before a relative or participle clause (its subject), in its full form. */
    private static String personBefore(Context ctx, Sentence s, String head, boolean adjacent) {
        TypedSpan last = null;
        for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.PERSON && t.end() <= head.length()) last = t;
        if (last == null) return null;
        if (adjacent && !head.substring(last.end()).isBlank()) return null;
        String full = ctx.tagger.fullName(last.text());
        return full.contains(" ") ? full : last.text();
    }

    private static String stripConnector(String c) {
        String l = c.toLowerCase(Locale.ROOT);
        for (String con : Text.CONNECTORS) if (l.startsWith(con + ", ")) return c.substring(con.length() + 2);
        return c;
    }

    /** The clause starts with a noun phrase followed (later) by a finite verb, rather than with a verb. */
    private static boolean hasSubjectAndVerb(Sentence s, String text) {
        String first = text.split("[\\s,]+")[0];
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).equalsIgnoreCase(first)) {
                String tag = s.tags().get(i);
                return !(tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("CCONJ"));
            }
        }
        return true;
    }
}
