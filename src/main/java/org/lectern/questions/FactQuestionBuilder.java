package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions a teacher writes on a news brief: one fact of a clause at a time, asked in words (who, when, where, how
 * many, how much) rather than by quoting the sentence with a gap. "Dunmore finished the match with ten players after
 * ..." gives "How many players did Dunmore finish the match with?"; "The pool, which opened in 1978, uses more
 * energy ..." gives "In which year did the pool open?". A question shows only its own clause without the fact it
 * asks, so one sentence can carry several questions without one showing another's answer (see {@link Giveaway}).
 * Asked as multiple choice, with distractors of the key's kind.
 *
 * <p>Only clauses whose parts are plain: a subject of nouns, names and adjectives (a relative clause after it is
 * set aside), then the verb; the fact in a phrase of the verb's own clause (not in a "that" clause); no pronoun
 * whose referent would be left out of the question.
 */
final class FactQuestionBuilder {
    private FactQuestionBuilder() {}

    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "must", "may", "might", "shall");
    /** Verbs whose past form is their present form. */
    private static final Set<String> SAME_PAST = Set.of("cut", "put", "set", "hit", "let", "cost", "shut", "spread", "hurt",
            "quit", "cast", "burst", "read", "split", "upset");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",? (?:the |a |an )?[^,]{2,60}? (?:said|says|announced|reported|confirmed|added|warned)(?: on \\w+| last \\w+| this \\w+| in a statement)?$|, according to [^,]{3,80}$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|they|them|he|him|she|this|these|those|we|us|our|you|your|i|me|my|there)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b(?:its|their|his|her)\\b");
    /** A preposition (and an approximation) just before another figure or date: "over ", "in ", "for about ". */
    private static final Pattern OTHER_PHRASE = Pattern.compile(
            "\\s(?:in|on|at|over|for|within|during|after|before|since|until|from|to|with|by)\\s(?:(?:about|around|nearly|almost|more than|some) )?$");
    private static final Pattern LEAD_PHRASE = Pattern.compile(
            "^(?:In|On|At|During|After|Before|By|Within|Over|Under|Since|Until|For|Despite|Writing for|Speaking to) [^,]{2,60}, ");
    private static final Pattern APPROX = Pattern.compile("(?i)(?:about|around|nearly|almost|roughly|some|more than|over|at least|up to) $");

    /** A time phrase that can open a sentence without a comma ("Last year", "This spring", "In 2023", "On Tuesday"). */
    static final Pattern TIME_PHRASE = Pattern.compile("(?i)(?:(?:last|this|next|every|each|that|the following|the previous|the same) )?"
            + "(?:year|month|week|weekend|summer|spring|autumn|winter|season|morning|afternoon|evening|night|decade|century|term|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + SpanTagger.MONTHS + ")"
            + "|(?:in|on|by|during|since) (?:the )?(?:\\d{4}|\\d{4}s|(?:early|late|mid-)?\\d{4}s?|" + SpanTagger.MONTHS + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: \\d{4})?");

    /** A clause: subject, the verb token, and where the verb's clause ends (all in the sentence's plain text). */
    record Clause(Sentence s, int subjStart, int subjEnd, int verb, int end, int[] at) {}

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Clauses.Stem st : ctx.units) {
            if (st.speaker() != null) continue;
            Sentence s = st.sentence();
            for (Clause c : clauses(ctx, st)) {
                for (TypedSpan k : ctx.spans.get(s.index())) {
                    if (k.start() < c.at()[c.verb()] || k.end() > c.end()) continue;
                    add(out, seen, ctx, s, k, ask(ctx, c, k), 1.1);
                }
                // the subject: who or which organisation did it
                TypedSpan subject = subjectSpan(ctx, c);
                if (subject != null) {
                    add(out, seen, ctx, s, subject, askWho(ctx, c, subject), 1.05);
                }
            }
        }
        return out;
    }

    /** A multiple-choice candidate asking for {@code key} with {@code prompt}, unless the prompt is missing or repeated. */
    private static void add(List<Candidate> out, Set<String> seen, Context ctx, Sentence s, TypedSpan key, String prompt,
                            double base) {
        if (prompt == null || !seen.add(s.index() + "\u0000" + key.start() + "\u0000" + prompt)) return;
        // "How much had the government spent during the spell?": a noun phrase that stands for one named before is
        // replaced by its name when the sentences before give exactly one; else the question is weak
        boolean weak = false;
        String np = Anaphora.dangling(ctx, prompt);
        if (np != null) {
            String resolved = Anaphora.resolve(ctx, s, prompt, np);
            if (resolved != null && Anaphora.dangling(ctx, resolved) == null) prompt = resolved;
            else weak = true;
        }
        List<String> d = DistractorPicker.pick(ctx, s, key, 3);
        if (d.size() < 3) return;
        List<String> options = new ArrayList<>(d);
        options.add(key.text());
        Question q = Question.of(QuestionType.multiple_choice, prompt, Skill.recall, 2, s.section(), List.of(s.text()),
                        Builders.explain("The answer is " + key.text() + ".", s))
                .withOptions(Builders.shuffle(options, s.text() + key.text()), key.text());
        q = Ids.assign(q, "fact\u0000" + key.text() + "\u0000" + prompt);
        double score = base + MultipleChoiceBuilder.typeBonus(key) + MultipleChoiceBuilder.lengthScore(s) - (Importance.minorFigure(ctx, s, key) ? Candidate.WEAK : 0);
        if (weak) score -= Candidate.WEAK;
        out.add(new Candidate(q, key.text(), d, score, s.index()));
    }

    private static final java.util.Map<String, String> LEMMA = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The dictionary form of one token with its tag, memoised: only verbs are asked for, and a verb's lemma rarely
     * needs its neighbours, so the model runs on the token alone.
     */
    static String lemma(String token, String tag) {
        String key = token + "\u0000" + tag;
        String l = LEMMA.get(key);
        if (l != null) return l;
        l = Lemmas.of(new String[] {token}, new String[] {tag})[0];
        if (LEMMA.size() > 50_000) LEMMA.clear();
        LEMMA.put(key, l);
        return l;
    }

    /** The lemma of token {@code i} of the sentence. */
    static String lemma(Sentence s, int i) {
        return lemma(s.tokens().get(i), s.tags().get(i));
    }

    /** The unit's main clause and a relative clause on its subject ("The pool, which opened in 1978, ..."). */
    static List<Clause> clauses(Context ctx, Clauses.Stem st) {
        List<Clause> out = new ArrayList<>();
        Sentence s = st.sentence();
        int[] at = Clauses.tokenStarts(s);
        if (at == null) return out;
        String p = s.plain();
        int u0 = st.offset(), u1 = Math.min(p.length(), st.offset() + st.text().length() - 1);
        // a unit that is a clause has its own end; a sentence ends before its full stop and attribution
        String body = p.substring(u0, u1).replaceFirst("[.!?]$", "");
        Matcher att = ATTRIBUTION.matcher(body);
        int end = u0 + (att.find() ? att.start() : body.length());
        if (body.endsWith("?") || body.contains("\"") || body.contains("“")) return out;
        List<String> tok = s.tokens(), tag = s.tags();
        int i = first(at, u0);
        if (i < 0) return out;
        // "In a small trial on three roads, dimming the lamps ...", "By law, a landlord must ...": a phrase before the
        // subject is left out of the question
        Matcher pre = LEAD_PHRASE.matcher(p.substring(at[i], end));
        if (pre.find()) i = first(at, at[i] + pre.end());
        if (i < 0) return out;
        int subjStart = at[i];
        boolean noun = false;
        int j = i;
        // a gerund can be a subject ("Dimming the lamps by half restored ...")
        boolean gerund = tag.get(i).equals("VERB") && tok.get(i).matches("\\p{Lu}\\p{Ll}+ing") && i + 1 < tok.size() && tag.get(i + 1).matches("DET|NOUN|ADJ");
        if (gerund) j++;
        for (; j < tok.size() && at[j] < end; j++) {
            String t = tok.get(j), g = tag.get(j);
            if (gerund && t.equals("by") && noun && j + 1 < tok.size() && tag.get(j + 1).matches("NUM|DET|ADJ|NOUN")) continue;
            if (g.equals("NOUN") || g.equals("PROPN")) { noun = true; continue; }
            // "Last year the five branches recorded ...": a time phrase without its comma is no part of the subject;
            // the subject starts at the determiner after it (any other noun before a new determiner: not one subject)
            if (g.equals("DET") && noun && j > i && tag.get(j - 1).matches("NOUN|PROPN")) {
                if (!TIME_PHRASE.matcher(p.substring(at[i], at[j]).strip()).matches()) break;
                i = j;
                subjStart = at[j];
                noun = false;
                continue;
            }
            if (g.equals("DET") && !t.matches("(?i)this|that|these|those|another|some|any|each|every|no")) continue;
            if (g.equals("ADJ") || g.equals("NUM") || t.matches("['’]s?|-")) continue;
            // "the swimming pool", "the affected fans": a participle before a noun describes it
            if (g.equals("VERB") && t.matches("\\p{Ll}+(?:ing|ed)") && j + 1 < tok.size() && tag.get(j + 1).matches("NOUN|ADJ")
                    && !tok.get(j + 1).matches("\\p{Ll}+s") && j > i) continue;
            if (t.equals("of") && noun && j + 1 < tok.size() && tag.get(j + 1).matches("DET|NOUN|PROPN|ADJ")) continue;
            // "The public swimming pool in Kestrel Bay will close": a place or part after the noun belongs to it
            if (t.matches("in|at|from|on|for|with") && noun && j + 1 < tok.size() && tag.get(j + 1).matches("DET|NOUN|PROPN|ADJ")
                    && !tok.get(j + 1).matches("(?i)this|that|these|those|its|their|his|her")) continue;
            break;
        }
        if (!noun || j >= tok.size() || j - i > 12 || tag.get(j - 1).equals("ADP")) return out;
        int subjEnd = at[j - 1] + tok.get(j - 1).length();
        // "The pool, which opened in 1978, uses ...": the relative clause is a clause of its own about the subject
        if (tok.get(j).equals(",") && j + 2 < tok.size() && tok.get(j + 1).matches("which|who")) {
            int close = -1;
            for (int k = j + 2; k < tok.size() && at[k] < end; k++) if (tok.get(k).equals(",")) { close = k; break; }
            if (close < 0) return out;
            int v = j + 2;
            if (isVerb(tag, v)) out.add(new Clause(s, subjStart, subjEnd, v, at[close], at));
            j = close + 1;
        }
        while (j < tok.size() && tag.get(j).equals("ADV") && at[j] < end) j++;
        // "The council expects the pool to ...": a verb in -s the tagger took for a noun after a singular noun
        boolean verbAsNoun = j < tok.size() && j > i && tag.get(j).equals("NOUN") && tok.get(j).matches("\\p{Ll}+[^s]s")
                && tag.get(j - 1).matches("NOUN|PROPN") && !tok.get(j - 1).matches("\\p{Ll}+s")
                && j + 1 < tok.size() && tag.get(j + 1).matches("DET|PRON|ADP|PART");
        if (j < tok.size() && (isVerb(tag, j) || verbAsNoun) && at[j] < end) {
            out.add(new Clause(s, subjStart, subjEnd, j, end, at));
            // "Halvorsen Appliances said it had received 17 reports ...": what the subject says of itself is a clause about it
            String said = lemma(s, j).toLowerCase(Locale.ROOT);
            int k = j + 1;
            if (k < tok.size() && tok.get(k).equals("that")) k++;
            if (said.matches("say|reply|confirm|announce|add|admit|report|claim|estimate") && tag.get(j).equals("VERB") && k + 1 < tok.size() && at[k] < end
                    && pronounFor(ctx, s, subjStart, subjEnd, tok.get(k)) && isVerb(tag, k + 1)) {
                out.add(new Clause(s, subjStart, subjEnd, k + 1, end, at));
            }
        }
        // "Lena Moss, a nurse who rented a flat in Dunmore ...": a person and what the relative clause says they did
        for (TypedSpan t : ctx.spans.get(s.index())) {
            if (t.type() != SpanType.PERSON || t.start() < u0 || t.end() >= end) continue;
            Matcher who = WHO_DID.matcher(p.substring(t.end(), end));
            if (!who.find()) continue;
            int v = first(at, t.end() + who.end());
            if (v < 0 || !isVerb(tag, v) || !tag.get(v).equals("VERB")) continue;
            int stop = p.indexOf(',', at[v]);
            out.add(new Clause(s, t.start(), t.end(), v, stop < 0 || stop > end ? end : stop, at));
        }
        return out;
    }

    /** "Lena Moss, a nurse who rented ...": a role and "who" after a name. */
    private static final Pattern WHO_DID = Pattern.compile("^, (?:a|an|the) (?:[a-z-]+ ){0,2}?[a-z]+ who (?=[a-z])");

    /** Can the pronoun refer to the subject: "it" to an organisation or thing, "he"/"she" to a person, "they" to a plural? */
    private static boolean pronounFor(Context ctx, Sentence s, int from, int to, String pronoun) {
        boolean person = false;
        for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.PERSON && t.end() == to) person = true;
        String subj = s.plain().substring(from, to);
        String last = subj.replaceAll(".*\\s", "");
        boolean plural = last.matches("\\p{Ll}+[^s]s") || Groups.plural(last);
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "it" -> !person && !plural;
            case "he", "she" -> person && DistractorPicker.pronounGender(pronoun).equals(person ? genderOf(ctx, s, from, to) : "");
            case "they" -> plural && !person;
            default -> false;
        };
    }

    private static String genderOf(Context ctx, Sentence s, int from, int to) {
        for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.PERSON && t.end() == to) {
            String g = ctx.gender(t.text());
            return g == null ? "?" : g;
        }
        return "?";
    }

    private static boolean isVerb(List<String> tag, int i) {
        return i < tag.size() && (tag.get(i).equals("VERB") || tag.get(i).equals("AUX"));
    }

    private static int first(int[] at, int from) {
        for (int i = 0; i < at.length; i++) if (at[i] >= from) return i;
        return -1;
    }

    /** How the verb turns into a question: the auxiliary to put first and the verb that stays, or null. */
    record Verb(String aux, String rest, int restFrom, int objFrom) {}

    static Verb verb(Clause c) {
        Sentence s = c.s();
        List<String> tok = s.tokens(), tag = s.tags();
        int v = c.verb();
        String t = tok.get(v), l = lemma(s, v).toLowerCase(Locale.ROOT), lt = t.toLowerCase(Locale.ROOT);
        int next = v + 1;
        while (next < tok.size() && tag.get(next).equals("ADV") && !tok.get(next).matches("(?i)not|n't|never")) next++;
        if (next < tok.size() && tok.get(next).matches("(?i)not|n't|never")) return null;
        int after = c.at()[v] + t.length();
        if (AUX.contains(lt)) {
            boolean main = lt.matches("has|have|had") && !(next < tok.size() && tag.get(next).matches("VERB|AUX"));
            if (!main) {
                // the rest of the verb group: "will cost", "have been offered", "was sent off"
                int g = v + 1;
                while (g < tok.size() && tag.get(g).matches("AUX|ADV") && !APPROX.matcher(tok.get(g) + " ").matches() && c.at()[g] < c.end()) g++;
                if (g < tok.size() && tag.get(g).equals("VERB") && c.at()[g] < c.end()) g++;
                while (g < tok.size() && tok.get(g).matches("off|out|up|down|away|back") && c.at()[g] < c.end()) g++;
                int objFrom = g > v + 1 ? c.at()[g - 1] + tok.get(g - 1).length() : after;
                return new Verb(lt, "", after, objFrom);
            }
        }
        if (!tag.get(v).equals("VERB") && !tag.get(v).equals("AUX") && !tag.get(v).equals("NOUN")) return null;
        // "A study published by X in 2019 estimated ...": a participle after the noun, not the clause's verb
        if (lt.endsWith("ed") && next < tok.size() && tok.get(next).equals("by")) return null;
        if (l.equals(lt)) {
            if (SAME_PAST.contains(lt) && !plural(c)) return new Verb("did", l, after, after);
            if (plural(c) && !SAME_PAST.contains(lt) && !lt.endsWith("ed")) return new Verb("do", l, after, after);
            return null;
        }
        if (lt.equals(l + "s") || lt.equals(l + "es") || l.endsWith("y") && lt.equals(l.substring(0, l.length() - 1) + "ies")) {
            return plural(c) ? null : new Verb("does", l, after, after);
        }
        // a past form: "won", "finished", "took"
        if (tag.get(v).equals("NOUN") || lt.endsWith("ing") || lt.endsWith("s") && !lt.endsWith("ss")) return null;
        return new Verb("did", l, after, after);
    }

    /** Is the subject plural (its last noun ends in -s, or it joins two with "and")? */
    private static boolean plural(Clause c) {
        String subj = c.s().plain().substring(c.subjStart(), c.subjEnd());
        String last = subj.replaceAll(".*\\s", "");
        return subj.matches(".*\\band\\b.*") || last.matches("\\p{Ll}+[^s]s") || Groups.plural(last);
    }

    /** The subject as it reads after an auxiliary ("the council", "Dunmore", "Mayor Ingrid Solberg"). */
    private static String subject(Context ctx, Clause c) {
        String subj = c.s().plain().substring(c.subjStart(), c.subjEnd());
        // a title or a full name keeps its capitals ("Mayor Ingrid Solberg", "Nils Ek")
        boolean title = subj.matches("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?: .*)?") && !subj.matches("(?:The|A|An|This|That|Some|Many|Most|All) .*");
        for (String t : Lexicon.TITLES) if (subj.startsWith(t + " ")) title = true;
        for (TypedSpan t : ctx.spans.get(c.s().index()))
            if (t.start() == c.subjStart() && t.type() != SpanType.GROUP && Character.isUpperCase(t.text().charAt(0))) title = true;
        return title ? subj : Text.lowerFirst(subj, ShortAnswerBuilder.properNoun(ctx, subj));
    }

    /** The wh-question on a fact after the verb, or null if the clause or the fact does not allow one. */
    static String ask(Context ctx, Clause c, TypedSpan k) {
        Sentence s = c.s();
        String p = s.plain();
        Verb v = verb(c);
        if (v == null) return null;
        int from = v.restFrom();
        if (k.start() < v.objFrom()) return null;
        String before = p.substring(from, k.start());
        // what stands between the verb group and the fact ("cost ", "pay Moss ")
        String between = p.substring(v.objFrom(), k.start());
        String wh;
        int cutFrom, cutTo = k.end();
        String front = null;
        switch (k.type()) {
            case DATE -> {
                Matcher m = Pattern.compile("(?:\\s(?:only|just|early|late|back|again))?\\s(in|on|at|during)\\s(?:(?:the\\s)?(?:spring|summer|autumn|winter|end|start|middle|beginning)\\sof\\s)?" + (k.sub().equals("season") ? "(?:the\\s)?" : "") + "$").matcher(before);
                if (!m.find() || others(ctx, c, k, SpanType.DATE)) return null;
                // "since her election in 2022": the date belongs to a time phrase, not to the verb
                if (p.substring(v.objFrom(), from + m.start()).matches("(?is).*\\b(?:since|until|after|before|during|from)\\b.*")) return null;
                cutFrom = from + m.start();
                wh = switch (k.sub()) {
                    case "year" -> "In which year";
                    case "monthname" -> "In which month";
                    case "season" -> "In which season";
                    default -> "When";
                };
            }
            case PLACE -> {
                Matcher m = Pattern.compile("\\s(in|at)\\s(?:the\\s(?:[a-z-]+\\s){0,2}(?:town|city|village|county|province|district|region|port|country)\\sof\\s)?$").matcher(before);
                if (!m.find() || others(ctx, c, k, SpanType.PLACE)) return null;
                cutFrom = from + m.start();
                wh = "Where";
            }
            case NUMBER -> {
                if (k.sub().equals("fraction") || k.sub().equals("multiple") || k.text().endsWith("+")) return null;
                // the number and its noun: "ten players", "5,000 portable fans"
                int[] np = nounAfter(s, c, k);
                if (np == null) return null;
                Matcher ap = APPROX.matcher(between);
                String approx = ap.find() ? ap.group().strip() : null;
                int start = approx == null ? k.start() : v.objFrom() + ap.start();
                String lead = p.substring(v.objFrom(), start);
                Matcher prep = Pattern.compile("\\s?(for|with|within|over|after|in|at|to)\\s$").matcher(lead);
                String pre = null;
                // "counted insects at forty meadows over two summers": after an object, "over" is a preposition
                if (approx != null && !lead.strip().isEmpty() && approx.matches("(?i)over|around|about")) {
                    pre = approx.toLowerCase(Locale.ROOT);
                    approx = null;
                } else if (prep.find()) { pre = prep.group(1); start = v.objFrom() + prep.start() + (lead.charAt(prep.start()) == ' ' ? 1 : 0); lead = p.substring(v.objFrom(), start); }
                // "at least three hours before departure": a measure of time before or after something
                boolean measure = k.sub().matches("second|minute|hour|day|week|month|year|decade|century")
                        && p.substring(np[1]).matches("^ (?:before|after|earlier|later|ahead of) .*");
                if (measure) {
                    Matcher m2 = Pattern.compile("^ (?:before|after|ahead of) [a-z]+(?: [a-z]+)?|^ (?:earlier|later)").matcher(p.substring(np[1]));
                    if (m2.find() && !p.substring(np[1], np[1] + m2.end()).matches(".* (?:the|a|an|their|its)$")) np = new int[] {np[0], np[1] + m2.end()};
                    else measure = false;
                }
                // the number's phrase is the verb's object (or a "for"/"with" phrase) right after the verb
                if (!lead.strip().isEmpty() && pre == null && !measure) return null;
                String how = (approx == null ? "" : Text.upperFirst(approx.toLowerCase(Locale.ROOT)) + " ") + "how many " + p.substring(k.end(), np[1]).strip();
                front = pre == null ? Text.upperFirst(how) : Text.upperFirst(pre) + " " + Text.lowerFirst(how, false);
                cutFrom = start;
                cutTo = np[1];
                wh = null;
            }
            case MONEY -> {
                // "cost 2.4 million pounds", "pay Moss 3,600 pounds", "receive prize money of 40,000 pounds"
                String lead = between.strip();
                Matcher of = Pattern.compile("^((?:[a-z]+\\s){0,2}[a-z]+) of$").matcher(lead);
                if (lead.isEmpty() || lead.matches("\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?")) { front = "How much"; cutFrom = k.start(); }
                else if (of.matches() && !of.group(1).matches(".*\\b(?:the|a|an|its|their|his|her)\\b.*")) { front = "How much " + of.group(1); cutFrom = v.objFrom(); }
                else return null;
                wh = null;
            }
            default -> { return null; }
        }
        int end = clauseEnd(c, from);
        if (end <= k.start()) return null;
        // the question leaves out the fact it asks and any other figure or date in a phrase of its own ("over two
        // summers"), which another question may ask
        List<int[]> cuts = new ArrayList<>(List.of(new int[] {cutFrom, cutTo}));
        for (TypedSpan o : ctx.spans.get(s.index())) {
            if (o == k || o.start() < from || o.end() > end || o.start() < cutTo && o.end() > cutFrom) continue;
            if (o.type() != SpanType.NUMBER && o.type() != SpanType.DATE && o.type() != SpanType.PERCENT) continue;
            Matcher pp = OTHER_PHRASE.matcher(p.substring(from, o.start()));
            if (!pp.find()) continue;
            int to = o.end();
            if (o.type() == SpanType.NUMBER) {
                int[] np = nounAfter(s, c, o);
                if (np == null) continue;
                to = np[1];
            }
            cuts.add(new int[] {from + pp.start(), to});
        }
        cuts.sort(java.util.Comparator.comparingInt((int[] x) -> x[0]));
        StringBuilder kept = new StringBuilder();
        int pos = from;
        for (int[] x : cuts) {
            if (x[0] < pos) return null;
            kept.append(p, pos, Math.min(x[0], end)).append(' ');
            pos = Math.max(pos, x[1]);
        }
        if (pos < end) kept.append(p, pos, end);
        String rest = (v.rest() + " " + kept).replaceAll("\\s+", " ").replaceAll(" ,", ",").replaceAll(",\\s*$", "").strip();
        // a trailing clause after a comma ("..., in time for the new school term") is left out
        rest = rest.replaceFirst(",\\s.*$", "").strip();
        String subj = subject(ctx, c);
        // "When did scientists report?": a verb whose object was what it reported says nothing on its own
        if (rest.split(" ").length < 2 && rest.matches("(?i)(?:report|say|announce|warn|tell|claim|argue|find|estimate|show|suggest|write|explain|note|add|confirm|reply|believe|think)")) return null;
        String q = (front != null ? front : wh) + " " + v.aux() + " " + subj + (rest.isEmpty() ? "" : " " + rest) + "?";
        return clean(q, subj, c, false);
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "when", "while", "although",
            "though", "as", "since", "until", "unless", "if", "whereas", "so", "but", "and", "or", "that", "which", "who", "where");

    /**
     * Where the verb's own clause ends: before a clause that hangs on it ("... after their defender was sent off",
     * "... and took the lead"), found as a joining word followed by a verb of its own.
     */
    static int clauseEnd(Clause c, int from) {
        Sentence s = c.s();
        List<String> tok = s.tokens(), tag = s.tags();
        int[] at = c.at();
        for (int i = 0; i < tok.size(); i++) {
            if (at[i] < from || at[i] >= c.end()) continue;
            String t = tok.get(i).toLowerCase(Locale.ROOT);
            if (!SUBORDINATORS.contains(t) && !t.equals(",")) continue;
            boolean verb = false;
            // "and", "or": a clause or a verb phrase of its own follows, not a second noun ("letters and emails")
            // nor a second modifier of a noun ("developed and developing countries")
            int reach = t.matches("and|or") ? 4 : 99;
            if (t.matches("and|or") && i + 2 < tok.size() && tok.get(i + 1).matches("\\p{Ll}+(?:ing|ed)") && tag.get(i + 2).equals("NOUN")) continue;
            for (int j = i + 1; j < tok.size() && at[j] < c.end() && !verb && j <= i + reach; j++) {
                if (tok.get(j).equals(",")) break;
                boolean participle = tok.get(j).matches("\\p{Ll}+ed") && j + 1 < tok.size() && tag.get(j + 1).equals("NOUN");
                if (tag.get(j).matches("VERB|AUX") && !tok.get(j).matches("\\p{Ll}+ing") && !participle && j > i) verb = true;
            }
            if (verb || t.equals(",")) return at[i];
        }
        return c.end();
    }

    /** The number's noun phrase end: the number, then adjectives and nouns, ending on a plural noun. */
    private static int[] nounAfter(Sentence s, Clause c, TypedSpan k) {
        int[] at = c.at();
        List<String> tok = s.tokens(), tag = s.tags();
        int i = 0;
        while (i < tok.size() && at[i] < k.end()) i++;
        int last = -1;
        for (; i < tok.size() && at[i] < c.end(); i++) {
            String g = tag.get(i);
            if (g.equals("NOUN")) last = i;
            // "21,000 registered buyers": a participle before the noun describes it
            else if (!(g.equals("ADJ") || tok.get(i).equals("-") || g.equals("VERB") && tok.get(i).matches("\\p{Ll}+ed") && i + 1 < tok.size() && tag.get(i + 1).equals("NOUN"))) break;
        }
        if (last < 0 || !tok.get(last).matches("\\p{Ll}+s")) return null;
        // "17 reports of switches melting": an "of" phrase belongs to the noun
        int endAt = at[last] + tok.get(last).length();
        if (last + 2 < tok.size() && tok.get(last + 1).equals("of") && at[last + 1] < c.end()) {
            int j = last + 2;
            while (j < tok.size() && at[j] < c.end() && (tag.get(j).matches("DET|ADJ|NOUN|PROPN|NUM") || tag.get(j).equals("VERB") && tok.get(j).endsWith("ing"))) j++;
            if (j > last + 2) endAt = at[j - 1] + tok.get(j - 1).length();
        }
        return new int[] {k.end(), endAt};
    }

    /** Is there another span of the type in the clause (a second date makes "when" ambiguous)? */
    private static boolean others(Context ctx, Clause c, TypedSpan k, SpanType type) {
        for (TypedSpan t : ctx.spans.get(c.s().index()))
            if (t != k && t.type() == type && t.start() >= c.at()[c.verb()] && t.end() <= c.end()) return true;
        return false;
    }

    /** The person or organisation that is the whole subject (a title before a name belongs to it), or null. */
    static TypedSpan subjectSpan(Context ctx, Clause c) {
        String p = c.s().plain();
        for (TypedSpan t : ctx.spans.get(c.s().index())) {
            // "Ferry operators on the northern routes": a group with a phrase that places it
            boolean placed = t.type() == SpanType.GROUP && t.start() == c.subjStart() && t.end() < c.subjEnd()
                    && p.substring(t.end(), c.subjEnd()).matches("^ (?:on|in|at|from|across) (?:the )?[a-z -]+$");
            if (t.end() != c.subjEnd() && !placed) continue;
            boolean org = t.type() == SpanType.ORGANISATION;
            boolean people = t.type() == SpanType.GROUP && (t.sub().endsWith("people") || t.sub().equals("plural org"));
            if (t.type() != SpanType.PERSON && !org && !people) continue;
            String lead = p.substring(c.subjStart(), t.start());
            if (t.type() == SpanType.PERSON && !lead.matches("(?:(?:the |[A-Z]\\p{L}+ )?(?:[a-z]+ ){0,2})?") || (org || people) && !lead.matches("(?i)(?:the )?")) continue;
            return t;
        }
        return null;
    }

    static String askWho(Context ctx, Clause c, TypedSpan k) {
        String p = c.s().plain();
        int v = c.verb();
        String rest = p.substring(c.at()[v], clauseEnd(c, c.at()[v] + 1)).replaceAll("\\s+", " ").replaceFirst(",\\s.*$", "").strip();
        if (rest.split(" ").length < 3) return null;
        // the verb agrees with "who" (singular): "Parents have also asked" → "Who has asked"
        rest = rest.replaceFirst("^(\\S+) (?:also|too|both|all) ", "$1 ");
        String first = rest.split(" ")[0], l = lemma(c.s(), v).toLowerCase(Locale.ROOT);
        String agreed = switch (first.toLowerCase(Locale.ROOT)) {
            case "are" -> "is";
            case "were" -> "was";
            case "have" -> "has";
            case "do" -> "does";
            default -> first.equalsIgnoreCase(l) && !AUX.contains(first.toLowerCase(Locale.ROOT)) && !SAME_PAST.contains(l) ? thirdPerson(l) : first;
        };
        if (agreed == null) return null;
        rest = agreed + rest.substring(first.length());
        if (POSSESSIVE.matcher(rest).find()) return null;
        String wh = k.type() == SpanType.ORGANISATION ? "Which organisation" : "Who";
        return clean(wh + " " + rest + "?", null, c, true);
    }

    /** "ask" → "asks", "carry" → "carries", "push" → "pushes"; null for a verb without a regular form. */
    static String thirdPerson(String lemma) {
        if (!lemma.matches("[a-z]+")) return null;
        if (lemma.equals("be")) return "is";
        if (lemma.equals("have")) return "has";
        if (lemma.matches(".*[^aeiou]y")) return lemma.substring(0, lemma.length() - 1) + "ies";
        if (lemma.matches(".*(?:s|sh|ch|x|z|o)")) return lemma + "es";
        return lemma + "s";
    }

    /** The question as it stands, or null if it leans on something outside it or reads badly. */
    private static String clean(String q, String subj, Clause c, boolean who) {
        q = q.replaceAll("\\s+", " ").replaceAll(" ,", ",").replaceAll(",\\?$", "?").strip();
        if (q.split(" ").length < 5 || q.split(" ").length > 30) return null;
        if (PRONOUN.matcher(q.replaceAll("(?i)\\bthis (?:week|month|year|morning|season|term|spring|summer|autumn|winter)\\b", "")).find()) return null;
        // "its", "their", "his", "her" must have their noun in the question: the subject, kept
        Matcher m = POSSESSIVE.matcher(q);
        if (m.find() && (who || subj == null || m.start() < q.indexOf(subj) + subj.length() && q.indexOf(subj) >= 0 && m.start() < q.indexOf(subj))) return null;
        if (!Text.balanced(q) || q.contains(";") || q.contains(":")) return null;
        if (q.matches(".*\\b(?:the|a|an|of|to|and|or|in|on|for|with|by|that|which)\\?$")) return null;
        return q;
    }
}
