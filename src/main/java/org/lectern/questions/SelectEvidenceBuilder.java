package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Select evidence: a claim (the main clause of a longer sentence) is stated, and the student picks the sentence
 * of the text that supports it. Auto-graded against the stored sentence.
 */
final class SelectEvidenceBuilder {
    private SelectEvidenceBuilder() {}

    private static final Pattern CUT = Pattern.compile(",? (?:because|which|while|whereas|although|but|since|despite|even as|even though) |; | — | – |, (?:and|including|such as|especially|as) ");

    private static final Set<String> KEEP_ADV = Set.of("not", "never", "no", "only", "n't", "longer", "more", "less",
            "most", "least", "too", "very", "so", "as", "how", "why", "when", "where", "already", "yet");
    private static final Set<String> INTENSIFIERS = Set.of("simply", "very", "increasingly", "markedly", "dramatically",
            "significantly", "highly", "largely", "really", "truly", "clearly", "certainly", "particularly", "especially",
            "greatly", "strongly", "deeply", "heavily", "widely", "extremely", "notably", "considerably", "substantially",
            "quite", "rather", "fairly", "ever", "even", "just", "still", "already", "currently", "now", "so far", "also");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|n't|without|cannot|neither|nor|fail\\w*|lack\\w*)\\b");

    /**
     * A claim the sentence supports without repeating its words: modifiers dropped (adverbs always, attributive
     * adjectives unless the clause is negated, where dropping one could make the claim false), an acronym and
     * its long form swapped, and an "According to the article" lead. Null if too little changed.
     */
    static String paraphrase(Context ctx, Sentence s, int offset, String clause) {
        List<String> toks = s.tokens(), tags = s.tags();
        boolean negated = NEGATION.matcher(clause).find();
        StringBuilder out = new StringBuilder();
        int pos = 0, changed = 0, clauseEnd = offset + clause.length();
        String plain = s.plain();
        int cursor = 0;
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            int at = plain.indexOf(t, cursor);
            if (at < 0) return null;
            cursor = at + t.length();
            if (at < offset) continue;
            if (at >= clauseEnd) break;
            String tag = tags.get(i);
            String next = i + 1 < tags.size() ? tags.get(i + 1) : "";
            boolean drop = tag.equals("ADV") && INTENSIFIERS.contains(t.toLowerCase(java.util.Locale.ROOT))
                    || tag.equals("ADJ") && !negated && next.equals("NOUN") && t.matches("[a-z]+(?:ous|ful|ive|al|ic|able|ible|ant|ent|less|ary|ing|ed|est|se)")
                    && !(i > 0 && tags.get(i - 1).equals("DET") && (i + 2 >= tags.size() || !tags.get(i + 2).equals("NOUN")) && false);
            if (tag.equals("ADJ") && t.matches("first|second|third|last|next|only|same|former|late|new|other|own|main|previous|final|original|many|few|several|much")) drop = false;
            // one of two adjectives joined by a comma ("a future-oriented, practical partnership") stays
            if (drop && tag.equals("ADJ") && at >= 2 && plain.startsWith(", ", at - 2)) drop = false;
            if (drop && tag.equals("ADJ") && i + 1 < toks.size() && toks.get(i + 1).equals(",")) drop = false;
            if (insideQuotes(plain, at)) drop = false;
            // never after a comparative or superlative ("the most recent"), nor inside a phrase the article repeats
            if (i > 0 && toks.get(i - 1).matches("(?i)most|more|less|least|as|so|too")) drop = false;
            if (drop && tag.equals("ADJ") && i + 1 < toks.size() && ctx.mentions(t + " " + toks.get(i + 1)) >= 2) drop = false;
            if (drop && tag.equals("ADJ") && i + 1 < toks.size() && ctx.mentions(toks.get(i + 1)) >= 2
                    && ctx.mentions(t + " " + toks.get(i + 1)) * 2 >= ctx.mentions(toks.get(i + 1))) drop = false;
            if (tag.equals("ADV") && t.matches("(?i)ever|even|just|still") && at + t.length() >= clauseEnd - 1) drop = true;
            if (drop) { changed++; continue; }
            // a fraction in words as a percentage ("by a quarter" → "by 25 percent")
            String pct = i + 1 < toks.size() ? PERCENTS.get((t + " " + toks.get(i + 1)).toLowerCase(java.util.Locale.ROOT)) : null;
            if (pct == null && t.equalsIgnoreCase("half") && (i == 0 || !toks.get(i - 1).matches("(?i)a|the|first|second"))
                    && (i + 1 >= toks.size() || !toks.get(i + 1).matches("(?i)a|an|as|-"))) pct = "50 percent";
            if (pct != null) {
                boolean space = out.length() > 0 && at > 0 && Character.isWhitespace(plain.charAt(at - 1));
                if (space) out.append(' ');
                out.append(pct);
                if (!t.equalsIgnoreCase("half")) { i++; cursor = plain.indexOf(toks.get(i), cursor) + toks.get(i).length(); }
                changed++;
                continue;
            }
            String w = plain.substring(at, at + t.length());
            String lf = w.matches("[A-Z]{2,6}") ? ctx.tagger.longFormOf(w) : null;
            if (lf != null && !clause.contains(lf)) { w = lf; changed++; }
            // an approximation said another way ("about" → "around"), a common verb by its synonym ("cut" → "reduce")
            String syn = SYNONYMS.get(w.toLowerCase(java.util.Locale.ROOT));
            // "about" and "around" are the same only before a number ("about a melted switch" is a topic)
            boolean approximation = w.toLowerCase(java.util.Locale.ROOT).matches("about|around|roughly|approximately|nearly|almost");
            boolean beforeNumber = i + 1 < toks.size() && (toks.get(i + 1).matches("\\d.*|(?i)one|two|three|four|five|six|seven|eight|nine|ten|half|twice")
                    || NumberWords.isWords(toks.get(i + 1))
                    || toks.get(i + 1).matches("(?i)a|an") && i + 2 < toks.size() && toks.get(i + 2).matches("(?i)third|quarter|half|fifth|tenth|dozen|hundred|thousand|million|billion|few|fifth|sixth"));
            if (syn != null && approximation && !beforeNumber) syn = null;
            if (syn != null && (tag.equals("ADV") || tag.equals("ADP") || tag.equals("VERB") || tag.equals("ADJ"))) {
                w = Character.isUpperCase(w.charAt(0)) ? Text.upperFirst(syn) : syn;
                changed++;
            }
            // a number in words is written in figures ("two hours" → "2 hours")
            boolean pairedNumber = i + 2 < toks.size() && toks.get(i + 1).matches("and|or|to") && NumberWords.isWords(toks.get(i + 2));
            if (NumberWords.isWords(w) && (next.equals("NOUN") || pairedNumber) && NumberWords.value(w) > 1 && !w.contains(" ")
                    && !(i + 1 < toks.size() && toks.get(i + 1).matches("(?i)(?:half|halves|thirds?|quarters?|fifths?|tenths?|times)"))) { w = Long.toString(NumberWords.value(w)); changed++; }
            boolean space = out.length() > 0 && at > 0 && Character.isWhitespace(plain.charAt(at - 1));
            if (space) out.append(' ');
            out.append(w);
            pos = at;
        }
        String c = out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([,.;:])", "$1").replaceAll(",\\s*,", ",").strip();
        // a connector set off by commas ("Critics note, however, that ...") ties the sentence to the one before
        c = c.replaceAll(", (?:however|though|meanwhile|therefore|moreover|in turn|for example|for instance),", "");
        // leave out an appositive after a name ("Northwind Air, the small airline ..., will cut ...")
        Matcher ap = APPOSITIVE.matcher(c);
        if (ap.find()) { c = ap.group(1) + " " + c.substring(ap.end()); changed++; }
        if (changed < 1) return null;
        // a number half in figures and half in words ("between eight and 10 hours") reads badly
        if (c.matches(".*\\d.*") && NUMBER_WORD.matcher(c).find() && !clause.matches(".*\\d.*")) return null;
        // "a evening ferry" after a dropped adjective
        c = AN.matcher(c).replaceAll("$1n $2");
        c = A.matcher(c).replaceAll("$1 $2");
        c = c.replaceAll("[,;:]$", "");
        if (c.split("\\s+").length < 5) return null;
        boolean proper = ShortAnswerBuilder.properNoun(ctx, c);
        // a claim that names its own source ("..., according to the charity X") needs no "according to the article"
        String claim = c.matches("(?i).*\\baccording to\\b.*") || DiscussionBuilder.SAID_AT_END.matcher(c + ".").find()
                ? Text.upperFirst(c) + "." : "According to the article, " + Text.lowerFirst(c, proper) + ".";
        if (claim.matches(".*\\b(to|of|the|a|an|and|in|on|for|that|by|with|ever|even)\\.$")) return null;
        return claim;
    }

    /** Words that can be swapped without changing what a sentence says. */
    private static final java.util.Map<String, String> SYNONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("about", "around"), java.util.Map.entry("roughly", "about"), java.util.Map.entry("approximately", "about"),
            java.util.Map.entry("nearly", "almost"), java.util.Map.entry("almost", "nearly"), java.util.Map.entry("around", "about"),
            java.util.Map.entry("began", "started"), java.util.Map.entry("begin", "start"), java.util.Map.entry("begins", "starts"),
            java.util.Map.entry("visited", "went to"), java.util.Map.entry("purchased", "bought"), java.util.Map.entry("received", "got"),
            java.util.Map.entry("cut", "reduced"), java.util.Map.entry("rose", "increased"), java.util.Map.entry("fell", "dropped"),
            java.util.Map.entry("doubled", "grew twofold"), java.util.Map.entry("large", "big"), java.util.Map.entry("big", "large"),
            java.util.Map.entry("often", "frequently"), java.util.Map.entry("quickly", "fast"), java.util.Map.entry("enough", "sufficient"),
            java.util.Map.entry("poor", "bad"), java.util.Map.entry("cancelled", "called off"), java.util.Map.entry("finished", "ended"),
            java.util.Map.entry("built", "constructed"), java.util.Map.entry("started", "began"), java.util.Map.entry("tiny", "very small"),
            java.util.Map.entry("huge", "very large"), java.util.Map.entry("rapidly", "quickly"), java.util.Map.entry("usually", "normally"));

    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(?:" + NumberWords.PATTERN + ")\\b");
    private static final java.util.Map<String, String> PERCENTS = java.util.Map.of("a quarter", "25 percent", "a fifth", "20 percent",
            "a tenth", "10 percent", "one quarter", "25 percent", "one fifth", "20 percent", "one tenth", "10 percent");
    /** ", the small airline that links the islands with the mainland," after a name: an appositive the claim can leave out. */
    private static final Pattern APPOSITIVE = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3}), (?:the|a|an) [^,]{3,90}, ");

    private static final Pattern AN = Pattern.compile("\\b([Aa]) ([aeiou]\\w*)");
    private static final Pattern A = Pattern.compile("\\b([Aa])n ((?![aeiou]|hour|honest|heir)\\w+)");

    private static boolean insideQuotes(String p, int at) {
        int straight = 0, open = 0;
        for (int i = 0; i < at; i++) {
            char c = p.charAt(i);
            if (c == '"') straight++;
            if (c == '“') open++;
            if (c == '”') open--;
        }
        return straight % 2 == 1 || open > 0;
    }

    /**
     * Is the claim meaningfully different from the sentence it points to: not a contiguous piece of it, and
     * sharing at most 70% of the sentence's content words?
     */
    static boolean different(String claim, String sentence) {
        String c = claim.replaceFirst("^According to the article, ", "").replaceAll("\\.$", "");
        if ((" " + Text.norm(sentence) + " ").contains(" " + Text.norm(c) + " ")) return false;
        Set<String> sw = Text.contentWords(sentence);
        Set<String> cw = new java.util.HashSet<>(Text.contentWords(c));
        cw.retainAll(sw);
        return sw.isEmpty() || (double) cw.size() / sw.size() <= 0.7;
    }

    /** Is the claim (without its attribution) how the sentence begins? */
    static boolean prefixOf(String claim, String sentence) {
        String c = claim.replaceFirst("^According to the article, ", "").replaceAll("\\.$", "");
        return Text.norm(sentence).startsWith(Text.norm(c));
    }

    /** The prompt: a point the article makes, and the task of finding the sentence that backs it up. */
    static final String PROMPT = "Which sentence in the text backs up this point with evidence (a figure, an example or a finding)? ";

    /** A sentence that gives evidence: a figure, a finding, a study, an example. */
    private static final Pattern EVIDENCE = Pattern.compile("(?i)\\d|%|\\b(?:per ?cent|percent|found|finds|showed|shows|(?<!case )study|studies|survey\\w*|research\\w*|"
            + "trial|data|figures?|measured|recorded|report(?:ed|s)?|for example|for instance|such as|" + NumberWords.PATTERN + ")\\b");
    /** Words that make a sentence a general point rather than evidence. */
    private static final Pattern NOT_A_POINT = Pattern.compile("(?i)\\d|%|[\"“”‘’]|\\?|\\b(?:per ?cent|percent|found|study|survey|for example|for instance|such as|said|says|told|"
            + "warns?|argues?|claims?|believes?|insists?|notes?|according|"
            + "I|we|our|you|your|" + NumberWords.PATTERN + ")\\b|\\b(?:last|next|this) (?:year|month|week)\\b");

    /**
     * Claims that need reading to place: a general point of a section (a sentence without figures, quotes or
     * reported speech) whose evidence (figures, a finding, an example) is in exactly one other sentence of the
     * same section, which shares some of its words but far from most. The student finds the sentence that backs
     * the point up, not a copy of it.
     */
    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        java.util.Set<Integer> usedEvidence = new java.util.HashSet<>();
        // how many sentences use each stem: the article's topic words link every sentence to every other
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (Sentence x : ctx.sentences) for (String w : stems(x.plain())) df.merge(w, 1, Integer::sum);
        int common = Math.max(3, ctx.sentences.size() / 8);
        for (Sentence c : ctx.sentences) {
            String point = point(ctx, c);
            if (point == null) continue;
            Set<String> cw = stems(point);
            if (cw.size() < 4) continue;
            Sentence best = null;
            int bestOverlap = 0, rivals = 0;
            for (Sentence e : ctx.sentences) {
                // the point opens its paragraph (its topic sentence) and the evidence follows in the same paragraph
                if (e == c || !e.section().equals(c.section()) || e.paragraph() != c.paragraph() || e.index() < c.index()) continue;
                Set<String> ew = stems(e.plain());
                int overlap = 0, specific = 0;
                for (String w : cw) if (ew.contains(w)) { overlap++; if (df.getOrDefault(w, 0) <= common) specific++; }
                if (overlap < 2 || specific < 2) continue;
                if (!EVIDENCE.matcher(e.plain()).find()) {
                    // another plain sentence that says much the same: the point is not pinned to one sentence
                    if (overlap * 2 >= cw.size()) rivals++;
                    continue;
                }
                if (overlap > bestOverlap) { if (best != null) rivals++; best = e; bestOverlap = overlap; }
                else rivals++;
            }
            if (best == null || rivals > 0 || usedEvidence.contains(best.index())) continue;
            // the evidence must not restate the point: most of the point's words in it would be string-matching
            if ((double) bestOverlap / cw.size() > 0.5 || !different(point, best.plain())) continue;
            if (best.words() < 6 || best.words() > 45) continue;
            Candidate cand = evidenceCandidate(ctx, c, best, point);
            if (cand != null) { out.add(cand); usedEvidence.add(best.index()); }
        }
        out.addAll(asQuestions(ctx, usedEvidence));
        return out;
    }

    /** "Diesel use fell by 61 percent ...": the subject and verb of a change the sentence gives a figure for. */
    private static final Pattern CHANGE = Pattern.compile("^((?:[A-Z][\\p{L}'’-]*)(?: [\\p{L}'’-]+){1,6}?) ((?:has |have |had )?(?:fell|fallen|rose|risen|dropped|increased|decreased|grew|grown|declined|climbed|jumped|shrank|shrunk|doubled|tripled|halved)) "
            + "(?:by |from |to )?(?:about |around |almost |nearly |more than |roughly |some )?(?:\\p{Sc})?\\d");
    /** "X happened because Y": the main clause a reason is given for. */
    private static final Pattern REASON = Pattern.compile("^([A-Z][^,;:\"“”]{20,140}?),? because ([^;:\"“”]{15,})\\.$");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|say|told|argued|argues|claimed|claims|believes|believed|warned|warns|added|noted|thinks|thought|suggests?|suggested)\\b");

    /**
     * Where no point has one clear piece of evidence, a question the answer sentence answers: which sentence gives
     * the figure for a change ("... shows how much diesel use fell?"), or explains why something happened. Only
     * when exactly one sentence of the text answers it.
     */
    static List<Candidate> asQuestions(Context ctx, java.util.Set<Integer> used) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            if (used.contains(s.index())) continue;
            String stem = ctx.stems.get(s.index());
            if (stem == null || !stem.equals(s.plain()) || s.words() > 45) continue;
            String ask = null;
            Matcher m = CHANGE.matcher(stem);
            if (m.find() && !m.group(1).matches("(?i).*\\b(?:and|or|that|which|who|when|if|while|after|before|in|of|at|on)$")
                    && !m.group(1).matches("(?i)^(?:in|on|at|by|after|before|during|since|when|while|although)\\b.*")) {
                ask = "Which sentence in the text gives the figure that shows how much " + Text.lowerFirst(m.group(1), ShortAnswerBuilder.properNoun(ctx, m.group(1))) + " " + m.group(2) + "?";
            } else {
                Matcher r = REASON.matcher(stem);
                if (r.matches() && !REPORTED.matcher(r.group(1)).find() && Builders.hasVerb(s, r.group(1)) && !Text.startsWithPronoun(r.group(1))
                        && !r.group(1).matches("(?i)^(?:in|on|at|by|after|before|during|since|when|while|although|but|and|so|partly|only)\\b.*")
                        && r.group(1).split("\\s+").length >= 5 && r.group(2).split("\\s+").length >= 4) {
                    ask = "Which sentence in the text explains why " + Text.lowerFirst(r.group(1), ShortAnswerBuilder.properNoun(ctx, r.group(1))) + "?";
                }
            }
            if (ask == null || !Text.balanced(ask) || ask.matches(".*\\w- .*")) continue;
            // exactly one sentence answers it
            Set<String> aw = Text.contentWords(ask.replaceFirst("^Which sentence in the text (?:gives the figure that shows how much|explains why) ", ""));
            boolean unique = true;
            for (Sentence t : ctx.sentences) if (t != s && Text.containment(aw, Text.contentWords(t.plain())) >= 0.6) unique = false;
            if (!unique || aw.size() < 2) continue;
            Question q = Question.of(QuestionType.select_evidence, ask, Skill.inference, 2, s.section(), List.of(s.text()),
                            Builders.explain(ask.contains("explains why") ? "This sentence gives the reason." : "This sentence gives the figure.", s))
                    .withAnswer(s.text(), null);
            q = Ids.assign(q, ask);
            out.add(new Candidate(q, s.text(), List.of(), 1.0 + MultipleChoiceBuilder.lengthScore(s), s.index()));
        }
        return out;
    }

    /** A sentence as a point to back up, or null: self-contained, general (no figures, quotes, speech), 8-30 words. */
    static String point(Context ctx, Sentence c) {
        String stem = ctx.stems.get(c.index());
        boolean opens = c.index() == 0 || ctx.sentences.get(c.index() - 1).paragraph() != c.paragraph()
                || !ctx.sentences.get(c.index() - 1).section().equals(c.section());
        // a list item ("**Pregnant women**, whose ...") is no point
        if (!opens || c.text().matches("^(?:\\*\\*|[-*] ).*") || c.plain().matches("^[^,]+, (?:whose|who|which) [^,]*\\.$")) return null;
        if (stem == null || !stem.equals(c.plain())) return null;
        int n = c.words();
        if (n < 8 || n > 30 || NOT_A_POINT.matcher(stem).find() || !c.hasVerb()) return null;
        if (!Text.balanced(stem) || stem.contains(" — ") || stem.contains(":")) return null;
        // a broken or dangling piece of text ("battery- trains", "than a set of keys")
        if (stem.matches(".*\\w- .*") || stem.matches("(?i)^(?:than|and|or|but|which|who)\\b.*")) return null;
        // a point is a main clause ("As the new government takes office, ..." sets a scene instead)
        if (stem.matches("(?i)^(?:as|when|while|after|before|since|although|though|if|with|in|on|at|by|during|for|from|despite|following|over|under|until)\\b.*")) return null;
        return stem;
    }

    /** Word stems (first five letters of content words), so "cuts" and "cutting", "reliable" and "reliability" meet. */
    static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Text.contentWords(text)) if (!w.matches("\\d.*")) out.add(w.length() > 5 ? w.substring(0, 5) : w);
        return out;
    }

    private static Candidate evidenceCandidate(Context ctx, Sentence point, Sentence e, String claim) {
        Question q = Question.of(QuestionType.select_evidence, PROMPT + claim, Skill.inference, 2, e.section(), List.of(e.text()),
                        Builders.explain("This sentence gives the evidence for the point: " + Text.lowerFirst(claim.replaceAll("\\.$", ""), ShortAnswerBuilder.properNoun(ctx, claim)) + ".", e))
                .withAnswer(e.text(), null);
        q = Ids.assign(q, claim + "|" + e.text());
        // a point stated early in its section and backed up by a figure is the section's argument, worth asking
        double score = 1.2 + MultipleChoiceBuilder.lengthScore(e);
        return new Candidate(q, e.text(), List.of(), score, e.index());
    }

    private static Candidate candidate(Context ctx, Sentence s, String claim) {
        // the claim must point to one sentence only
        Set<String> cw = Text.contentWords(claim);
        for (Sentence t : ctx.sentences) {
            if (t != s && Text.containment(cw, Text.contentWords(t.plain())) >= 0.6) return null;
        }
        Question q = Question.of(QuestionType.select_evidence, "Which sentence in the text supports this claim? " + claim, Skill.inference, 2, s.section(), List.of(s.text()),
                        Builders.explain("This sentence supports the claim: it says the same in fuller words.", s))
                .withAnswer(s.text(), null);
        q = Ids.assign(q, claim);
        return new Candidate(q, s.text(), List.of(), 1.0 + MultipleChoiceBuilder.lengthScore(s), s.index());
    }

    /**
     * Cut before ", and C" in a list "A, B, and C" (or "did A, did B, and did C"), the claim would run its last two
     * items together without "and" ("holds the fiction collection, a café run by a charity"): join them with "and".
     */
    static String joinList(Sentence s, String claim, String cut) {
        if (!cut.startsWith(", and")) return claim;
        int comma = claim.lastIndexOf(", ");
        if (comma < 0 || claim.indexOf(", ") != comma) return claim;
        String before = claim.substring(0, comma);
        // "In Dunmore, the firm ...": an opening phrase, not a list
        if (!Builders.hasVerb(s, before)) return claim;
        return before + " and " + claim.substring(comma + 2);
    }

    private static List<Candidate> fromCuts(Context ctx, java.util.Set<Sentence> done) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            String stem = ctx.stems.get(s.index());
            if (stem == null) continue;
            var m = CUT.matcher(stem);
            if (!m.find()) continue;
            String claim = stem.substring(0, m.start()).strip();
            String rest = stem.substring(m.end());
            if (rest.split("\\s+").length < 4 || claim.matches(".*(,\\s*\\S+|\\b\\w+ing)$")) continue;
            if (claim.split("\\s+").length < 7 || claim.contains(",") && claim.split(",").length > 2) continue;
            claim = joinList(s, claim, m.group());
            if (claim.split("\\s+").length > stem.split("\\s+").length * 0.8) continue;
            // a participle or prepositional opener is no claim ("Coupled with a rise in confidence, ...")
            String w0 = claim.split("\\s+")[0];
            int i0 = s.tokens().indexOf(w0);
            if (i0 >= 0 && (s.tags().get(i0).matches("ADP|SCONJ") || s.tags().get(i0).equals("VERB") && w0.matches("(?i).*(ed|ing|en)"))) continue;
            if (!Builders.hasVerb(s, claim) || claim.matches("(?i).*(\\bnot only\\b|—|–|\\bboth\\b[^,]*$|\\bbetween\\b[^,]*$).*")) continue;
            if (!Text.balanced(claim) || claim.matches(".*\\b(to|of|the|a|an|and|in|on|for|that|by|with)$")) continue;
            int offset = s.plain().length() - stem.length();
            String para = paraphrase(ctx, s, offset, claim);
            if (para != null && prefixOf(para, s.plain())) para = null;
            if (para == null) {
                // the second clause, when it stands alone, is a claim the sentence supports that is not its opening
                String second = rest.replaceAll("[.\\s]+$", "");
                if (second.split("\\s+").length < 6 || Text.startsWithPronoun(second)
                        || !Builders.hasVerb(s, second) && !second.matches("^\\S+(?: \\S+){0,3} (?:is|are|was|were|has|have|had|[a-z]{3,}ed|[a-z]{3,}s|fell|grew|rose|point|kept|lost|won|made)\\b.*")
                        || !Character.isLowerCase(second.charAt(0)) && !Character.isUpperCase(second.charAt(0))
                        || second.matches("(?i)^(to|that|which|who|when|where|if|as|in|on|of|for|with|by|from|whose|[a-z]+ing)\\b.*")
                        || second.matches("(?i).*\\b(it|they|them|this|these|he|she|him)\\b.*")
                        || second.matches("(?i)^(?:\\S+\\s){0,2}(its|their|his|her)\\b.*")) continue;
                String firstWord = second.split("\\s+")[0];
                int fi = s.tokens().lastIndexOf(firstWord);
                if (fi >= 0 && s.tags().get(fi).matches("VERB|AUX|ADP|SCONJ|CCONJ|ADV")) continue;
                para = paraphrase(ctx, s, s.plain().indexOf(second), second);
                if (para == null) continue;
            }
            if (!different(para, s.plain())) continue;
            Candidate c = candidate(ctx, s, para);
            if (c != null) { out.add(c); done.add(s); }
        }
        return out;
    }
}
