package org.lectern.questions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.importing.nlp.Nlp;

/**
 * Does a statement lifted from the article lean on earlier text? A student reads it alone (as a true/false
 * statement, a claim, a question), so "Longer days do not fully make up the difference.", "the details",
 * "growth of about 10 percent", "50 percent of that", "concerns mentioned previously" and "But this …" cannot be
 * judged. Rules are about English reference, not about any article:
 * <ul>
 *   <li>backward references: "mentioned previously", "the above", "as noted", "of that", "such" without "as";</li>
 *   <li>a leading connector that ties the sentence to the one before ("But", "And", "So", "However", …);</li>
 *   <li>a definite noun phrase whose head is a relational noun (difference, change, details, rest, gap, …) or a
 *       superlative ("the biggest change"), with nothing after it that says of what (no "of", "between", "in",
 *       "to", relative clause …) and no earlier mention of the head in the sentence;</li>
 *   <li>a bare change noun ("growth", "increase", "drop") with no subject: not "sales growth", not "growth in
 *       sales", and no verb of change earlier in the sentence.</li>
 * </ul>
 */
final class ContextFree {

    private ContextFree() {}

    private static final Pattern BACKWARD = Pattern.compile("(?i)\\b(?:mentioned|noted|discussed|described|outlined|cited|listed|explained)"
            + " (?:previously|earlier|above|before)\\b|\\b(?:previously|earlier|above)[- ](?:mentioned|noted|discussed|described|cited|listed)\\b"
            + "|\\bthe above\\b|\\bas (?:noted|mentioned|discussed|described|explained|shown|seen)\\b|\\baforementioned\\b"
            + "|\\b(?:the|these|those) (?:former|latter)\\b(?=\\s*[,.;:]|\\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\\b)"
            + "|\\bthe same (?!time\\b|way\\b)(?![^.;]*\\bas\\b)[a-z]+\\b|\\b(?:mentioned|noted) above\\b");
    private static final Pattern RECIPROCAL = Pattern.compile("(?i)\\b(?:both|two|three|each|all|different|several|many|every)\\b");
    private static final Pattern OF_DEMONSTRATIVE = Pattern.compile("(?i)\\b(?:of|from|to|with|for|about|on|like) (this|that|these|those)\\b(?!\\s+(?:[a-z]+))");
    private static final Pattern OF_DEMONSTRATIVE_VERB = Pattern.compile("(?i)\\b(?:of|from|with|for|about|like) (?:this|that|these|those) (?:is|are|was|were|went|came|has|have|had|will|would|could|can|may|might|must|should|[a-z]+ed)\\b");
    /** "both sides agree": which two sides? Named only by an earlier sentence unless "of ..." follows. */
    private static final Pattern BOTH_SIDES = Pattern.compile("(?i)\\b(?:both|the two|either|neither) sides\\b(?! of\\b)");
    /**
     * Words inside a sentence that tie it to the one before: "Water does too", "The savings, meanwhile, ...",
     * "at the time" with no time given, "in both studies" with neither named.
     */
    private static final Pattern LINKED = Pattern.compile("(?i)(?:\\b(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would)"
            + "(?: not| n't)? too\\s*(?:[,.;!?]|$)|,\\s*too\\s*[,.;!?]|\\bmeanwhile\\b|\\bat the time\\b(?! of\\b| when\\b)"
            + "|\\bin both (?:studies|cases|countries|places|years|surveys|reports|groups)\\b|\\bas well\\s*[.!]?$)");
    private static final Pattern SUCH = Pattern.compile("(?i)\\bsuch\\b(?! as\\b)");
    private static final Pattern SUCH_THAT = Pattern.compile("(?i)\\bsuch (?:an? )?[a-z-]+(?: [a-z-]+)? (?:that|as)\\b");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:but|and|or|so|yet|however|moreover|furthermore|also|meanwhile|instead"
            + "|therefore|thus|hence|nevertheless|nonetheless|likewise|similarly|otherwise|besides|consequently|accordingly"
            + "|as a result|in turn|by contrast|in contrast|on the other hand|for example|for instance|in fact|indeed|even so"
            + "|that said|in other words|worse|better still|above all)\\b(?!-)(?! far\\b| much\\b| many\\b| called\\b| that\\b)");
    /** Nouns that name a relation to something else: "the difference" (between what?), "the change" (of what?). */
    static final Set<String> RELATIONAL = Set.of("difference", "differences", "change", "changes", "gap", "details", "detail",
            "rest", "remainder", "move", "step", "shift", "trend", "increase", "decrease", "rise", "fall", "decline", "drop",
            "growth", "cut", "cuts", "figure", "figures", "outcome", "effect", "effects", "impact", "consequence",
            "consequences", "reason", "reasons", "cause", "answer", "finding", "findings", "others", "other", "latter",
            "former", "same", "remaining",
            // shell nouns: they stand for a content given elsewhere ("the advice", "the arithmetic", "the problem")
            "advice", "arithmetic", "maths", "math", "logic", "argument", "arguments", "picture", "point", "problem",
            "question", "idea", "situation", "position", "approach", "lesson", "message", "verdict", "upshot",
            "catch", "snag", "trick", "irony", "paradox", "truth", "reality", "solution", "choice", "dilemma",
            "proposal", "suggestion", "claim", "promise", "danger", "worry", "concern", "objection", "objections");
    /** Shell nouns whose compounds still stand for content given elsewhere ("the turning point", "the real problem"). */
    private static final Set<String> SHELL = Set.of("point", "problem", "question", "lesson", "message", "argument", "idea", "truth", "catch", "snag");
    private static final Set<String> CHANGE = Set.of("growth", "increase", "decrease", "rise", "fall", "decline", "drop",
            "reduction", "cut", "gain", "loss", "jump", "slump", "surge", "fall-off");
    private static final Pattern CHANGE_VERB = Pattern.compile("(?i)\\b(?:fell|fall|falls|falling|fallen|rose|rise|rises|rising|risen|grew|grow|grows|growing|grown"
            + "|increase[ds]?|increasing|decrease[ds]?|decreasing|drop(?:s|ped|ping)?|decline[ds]?|declining|cut|cuts|cutting"
            + "|reduce[ds]?|reducing|gain(?:s|ed)?|lost|lose|loses|jump(?:s|ed)?|slump(?:s|ed)?|surge[ds]?|climb(?:s|ed)?|slid|sank|soared|doubled|halved|tripled)\\b");
    /** Words after a definite noun phrase that say which one is meant. */
    private static final Set<String> POSTMOD = Set.of("of", "between", "in", "to", "that", "which", "who", "whom", "whose",
            "for", "from", "on", "with", "by", "at", "among", "over", "since", "under", "when", "where", "why", "as", "than",
            "ever", "yet", "across", "against", "about", "behind", "within", "after", "before", "during", "around", "into");
    private static final Pattern SUPERLATIVE = Pattern.compile("(?i)^(?:[a-z]+est|most|least|biggest|largest|worst|best)$");

    private static final Set<String> NOT_SUPERLATIVE = Set.of("latest", "modest", "honest", "west", "interest", "earnest", "manifest");
    private static final Set<String> PARTS = Set.of("rest", "remainder", "others", "other", "remaining");

    private static final java.util.Map<String, java.util.Optional<String>> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    /** Why the statement needs the text before it, or null when it stands alone. Memoised (the gate asks per candidate). */
    static String reason(String statement) {
        if (MEMO.size() > 50_000) MEMO.clear();
        return MEMO.computeIfAbsent(statement, st -> java.util.Optional.ofNullable(compute(st))).orElse(null);
    }

    private static String compute(String statement) {
        String s = statement.strip();
        if (s.isEmpty()) return null;
        Matcher m = BACKWARD.matcher(s);
        while (m.find()) {
            // "both countries have the same status", "scholars in different countries ... the same diagrams": same as each other
            if (m.group().startsWith("the same") && RECIPROCAL.matcher(s.substring(0, m.start())).find()) continue;
            return "refers back: \"" + m.group() + "\"";
        }
        m = OF_DEMONSTRATIVE.matcher(s);
        if (m.find()) return "refers back: \"" + m.group() + "\"";
        m = OF_DEMONSTRATIVE_VERB.matcher(s);
        if (m.find()) return "refers back: \"" + m.group() + "\"";
        if (SUCH.matcher(s).find() && !SUCH_THAT.matcher(s).find()) return "refers back: \"such\"";
        m = LINKED.matcher(s);
        if (m.find()) return "refers back: \"" + m.group().replaceFirst("^,\\s*", "") + "\"";
        m = BOTH_SIDES.matcher(s);
        // (unless the sentence has named the two itself: "the two countries ... both sides")
        if (m.find() && !s.substring(0, m.start()).matches("(?is).*\\b(?:two|both|\\p{Lu}[\\p{L}-]* and \\p{Lu}[\\p{L}-]*)\\b.*")) return "refers back: \"" + m.group() + "\"";
        String body = s.replaceFirst("^(?:True or false: |According to the article, )", "");
        // a quoted excerpt that trails off ("the paragraph that begins "The objections are fa…"") points to a place
        // in the text; it states nothing
        body = body.replaceAll("[\"“][^\"“”]*…[\"”]", "\"…\"");
        m = LEADING.matcher(body);
        if (m.find()) return "opens with \"" + m.group() + "\", which ties it to the sentence before";
        String[] toks = Nlp.tokens(body);
        String[] tags = Nlp.tags(toks);
        String dem = demonstrativePronoun(toks, tags);
        if (dem != null) return "refers back: \"" + dem + "\"";
        String np = danglingDefinite(toks, tags);
        if (np != null) return "\"" + np + "\" has no referent in the statement";
        String bare = bareChange(body, toks, tags);
        if (bare != null) return "\"" + bare + "\" has no subject (growth of what?)";
        return null;
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /**
     * A demonstrative standing for a noun phrase ("promised to change that with a fare", "This is why ...",
     * "... and those will wait"): not a determiner before its noun, not "that" introducing a clause or relative
     * clause, not "so that" / "that is" as a linker. Its referent is in an earlier sentence.
     */
    static String demonstrativePronoun(String[] toks, String[] tags) {
        for (int i = 0; i < toks.length; i++) {
            String w = toks[i].toLowerCase(Locale.ROOT);
            if (!DEMONSTRATIVES.contains(w)) continue;
            String next = i + 1 < toks.length ? toks[i + 1].toLowerCase(Locale.ROOT) : "";
            String nt = i + 1 < toks.length ? tags[i + 1] : "PUNCT";
            String prev = i > 0 ? toks[i - 1].toLowerCase(Locale.ROOT) : "";
            String pt = i > 0 ? tags[i - 1] : "";
            // "giving that warning", "of those buses.": a determiner after a verb or preposition whose noun ends its
            // phrase points back (not "said that prices rose", where a verb follows the noun)
            if (!w.equals("this") && pt.matches("VERB|ADP") && nt.equals("NOUN")) {
                String after = i + 2 < toks.length ? tags[i + 2] : "PUNCT";
                if (after.matches("PUNCT|ADP|CCONJ")) return toks[i] + " " + toks[i + 1];
            }
            // a determiner: "that capacity", "these two", "those who ..."
            if (nt.matches("NOUN|PROPN|ADJ|NUM") || next.matches("who|whom|whose|which|one|ones|of")) continue;
            if (w.equals("that")) {
                // "so that", "now that", "such that"; "that is," as a linker
                if (prev.matches("so|now|such|given|except|provided") || next.equals("is") && i + 2 < toks.length && toks[i + 2].equals(",")) continue;
                // a relative pronoun after a noun, or a complementiser after a verb, adjective or "so"
                if (pt.matches("NOUN|PROPN|PRON|NUM") || pt.matches("VERB|AUX|ADJ|ADV") && nt.matches("DET|PRON|PROPN|NOUN|ADJ|NUM|ADV|AUX|VERB|PART")) continue;
                if (i == 0 && nt.matches("DET|PRON|PROPN")) continue;
            }
            // the object of a verb or a preposition, or a subject, with nothing after it that names it
            boolean object = pt.matches("VERB|ADP") && (nt.matches("ADP|PUNCT|CCONJ|SCONJ|ADV|PART") || next.isEmpty());
            boolean subject = (i == 0 || pt.equals("PUNCT") || pt.equals("CCONJ") || pt.equals("SCONJ")) && nt.matches("AUX|VERB");
            if (object || subject) return toks[i];
        }
        return null;
    }

    /** "the difference.", "the biggest change came": a definite NP with a relational or superlative head and no complement. */
    static String danglingDefinite(String[] toks, String[] tags) {
        for (int i = 0; i < toks.length; i++) {
            if (!toks[i].equalsIgnoreCase("the")) continue;
            int j = i + 1;
            boolean superlative = false;
            // the (ADJ|ADV|NUM)* NOUN
            while (j < toks.length && (tags[j].equals("ADJ") || tags[j].equals("ADV") || tags[j].equals("NUM"))) {
                if (tags[j].equals("ADJ") && SUPERLATIVE.matcher(toks[j]).matches() && !NOT_SUPERLATIVE.contains(toks[j].toLowerCase(Locale.ROOT))) superlative = true;
                j++;
            }
            // "is broadly the same.": the last adjective is the head
            if (j > i + 1 && (j >= toks.length || tags[j].equals("PUNCT")) && toks[j - 1].equalsIgnoreCase("same")) j--;
            if (j >= toks.length) continue;
            // compound nouns: take the last noun of the run as head
            int h = j;
            boolean noun = tags[h].equals("NOUN") || (tags[h].equals("ADJ") && RELATIONAL.contains(toks[h].toLowerCase(Locale.ROOT)));
            if (!noun) {
                // "the same." / "the rest." / "the latter" tagged as ADJ/PRON
                String w = toks[h].toLowerCase(Locale.ROOT);
                if (!(w.equals("rest") || w.equals("same") || w.equals("latter") || w.equals("former") || w.equals("others"))) continue;
            }
            while (h + 1 < toks.length && tags[h + 1].equals("NOUN")) h++;
            // "the rest sits in muscle": a verb in -s the tagger took for a noun after a relational head
            if (h == j + 1 && RELATIONAL.contains(toks[j].toLowerCase(Locale.ROOT)) && toks[h].matches("[a-z]+[^s]s")
                    && h + 1 < toks.length && tags[h + 1].equals("ADP")) h = j;
            String head = toks[h].toLowerCase(Locale.ROOT);
            // compound "the price change" names its own subject; "the turning point" (a shell noun) does not
            boolean relational = RELATIONAL.contains(head) && (h == j || SHELL.contains(head));
            if (!relational && !superlative) continue;
            if (head.equals("one") || head.equals("ones")) continue; // "the most productive one" compares within the sentence
            // "both plans cost the same": the same as each other
            if (head.equals("same") && RECIPROCAL.matcher(String.join(" ", java.util.Arrays.copyOf(toks, i))).find()) continue;
            if (h + 1 < toks.length) {
                String next = toks[h + 1].toLowerCase(Locale.ROOT);
                if (POSTMOD.contains(next) || tags[h + 1].equals("PROPN") || next.equals("'s") || next.equals("’s")) continue;
                // "the biggest change, the automation of the light, came …": an appositive names it
                if (next.equals(",") && h + 2 < toks.length && (tags[h + 2].equals("DET") || tags[h + 2].equals("PROPN"))) continue;
                if (next.equals("(") || next.equals(":") || next.equals("—") || next.equals("–")) continue;
                // "the question "How busy was last year?"", "the idea whether ...": a quotation or a clause names it
                if (next.matches("[\"“‘']|``|whether|how|what|why")) continue;
            }
            if (h + 1 < toks.length) {
                String next = toks[h + 1].toLowerCase(Locale.ROOT);
                String nt = tags[h + 1];
                // "the lowest penalty the law allows", "the risks facing both countries": a clause names it
                if (nt.equals("DET") || nt.equals("PRON") && !next.equals("it") || nt.equals("VERB") && next.endsWith("ing")) continue;
                // "The question is whether ...", "the aim was to ...": the complement says which
                if ((next.equals("is") || next.equals("was")) && h + 2 < toks.length
                        && toks[h + 2].toLowerCase(Locale.ROOT).matches("whether|that|to|how|what|why|who|where|when")) continue;
            }
            // "X, the most common method, passes ...": an appositive to what came just before
            if (i > 0 && toks[i - 1].equals(",") && h + 1 < toks.length && toks[h + 1].equals(",")) continue;
            // "40 percent of the bill, and the rest ...": the part is set against a share named earlier
            if (PARTS.contains(head) && shareBefore(toks, tags, i)) continue;
            // a superlative needs a scope ("the largest employer in the town"); without a relational head it still counts
            if (mentionedBefore(toks, i, head)) continue;
            StringBuilder np = new StringBuilder();
            for (int k = i; k <= h; k++) np.append(k == i ? "" : " ").append(toks[k]);
            return np.toString();
        }
        return null;
    }

    private static boolean shareBefore(String[] toks, String[] tags, int before) {
        for (int k = 0; k < before; k++) {
            // a share, or the gap of a question that asks for it ("In ____ of the meadows ...; the others ...")
            // (the gate writes the gap as "X")
            if (tags[k].equals("NUM") || toks[k].equals("X") || toks[k].toLowerCase(Locale.ROOT).matches("half|some|most|part|many|one|few|percent|%|_+")) return true;
        }
        return false;
    }

    /** Is the head (or a verb of the same stem) already in the sentence before the noun phrase? */
    private static boolean mentionedBefore(String[] toks, int before, String head) {
        String stem = head.length() > 4 ? head.substring(0, head.length() - 2) : head;
        for (int k = 0; k < before; k++) {
            String t = toks[k].toLowerCase(Locale.ROOT);
            if (t.equals(head) || t.length() >= 4 && t.startsWith(stem)) return true;
        }
        if (CHANGE.contains(head)) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < before; k++) b.append(toks[k]).append(' ');
            return CHANGE_VERB.matcher(b).find();
        }
        return false;
    }

    /** "expected growth of about 10 percent": a change noun with no possessor, modifier or complement naming what changed. */
    static String bareChange(String body, String[] toks, String[] tags) {
        for (int i = 0; i < toks.length; i++) {
            String w = toks[i].toLowerCase(Locale.ROOT);
            if (!CHANGE.contains(w) || !tags[i].equals("NOUN")) continue;
            // only as a phrase of its own ("expected growth of", "a drop of"), not in a list ("disaster, decline and")
            if (i > 0 && !(tags[i - 1].equals("VERB") || tags[i - 1].equals("AUX") || toks[i - 1].equalsIgnoreCase("a")
                    || toks[i - 1].equalsIgnoreCase("an") || tags[i - 1].equals("ADJ"))) continue;
            if (i > 0) {
                String prev = toks[i - 1].toLowerCase(Locale.ROOT);
                String pt = tags[i - 1];
                if (pt.equals("NOUN") || pt.equals("PROPN") || pt.equals("PRON") || prev.equals("'s") || prev.equals("’s")
                        || prev.endsWith("'") || (pt.equals("ADJ") && !prev.matches("[a-z]+(?:est|er)|further|modest|strong|weak|slight|sharp|steep|small|big|large|huge|significant|annual|overall|total"))) continue;
            }
            // "growth in sales", "a fall of 3 percent in exports" — the complement names what changed
            boolean named = false;
            for (int k = i + 1; k < Math.min(toks.length, i + 8); k++) {
                String t = toks[k].toLowerCase(Locale.ROOT);
                if (t.equals("in") || t.equals("for") || t.equals("among")) { named = true; break; }
                if (t.equals("of") && k + 1 < toks.length && !tags[k + 1].equals("NUM") && !toks[k + 1].matches("(?i)about|around|some|nearly|almost|over|up|more|less|just|roughly|only")) { named = true; break; }
                if (t.equals(",") || t.equals(";") || tags[k].equals("VERB")) break;
            }
            if (named) continue;
            StringBuilder before = new StringBuilder();
            for (int k = 0; k < i; k++) before.append(toks[k]).append(' ');
            if (CHANGE_VERB.matcher(before).find()) continue;
            // a subject that changes comes earlier: "Profits ..., a drop of 27 percent" has "Profits" as a noun subject
            return toks[i];
        }
        return null;
    }
}
