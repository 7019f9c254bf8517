package org.lectern.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fill-in-the-gap on a key term: glossary terms, defined acronyms and organisation names, and noun phrases the
 * article repeats. Accepted answers cover the acronym or long form, case, hyphenation and plural variants.
 */
final class ClozeBuilder {
    private ClozeBuilder() {}

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Integer> phrases = recurringPhrases(ctx);
        for (Sentence s : ctx.sentences) {
            List<Clauses.Stem> stems = new ArrayList<>();
            for (Clauses.Stem st : ctx.units) if (st.sentence() == s) stems.add(st);
            if (stems.isEmpty()) continue;
            List<TypedSpan> keys = new ArrayList<>();
            for (TypedSpan k : ctx.spans.get(s.index())) {
                if (k.type() == SpanType.TERM || k.type() == SpanType.ORGANISATION && !k.text().matches("[A-Z0-9&.]+")) {
                    // not a person with a title or affiliation ("Professor Terry Hughes of James Cook University")
                    if (k.text().matches("(?:Professor|Prof\\.|Dr\\.?|Doctor|President|Prime Minister|Minister|Mayor|Councillor|Senator|Judge|Sir|Dame|Lord|Lady) .*")) continue;
                    boolean person = false;
                    for (TypedSpan o : ctx.spans.get(s.index())) if (o.type() == SpanType.PERSON && o.overlaps(k)) person = true;
                    if (!person) keys.add(k);
                }
                // fallback: a person's full name (scored below terms)
                if (k.type() == SpanType.PERSON && k.text().matches("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]+)+")
                        && !k.text().matches("(?:Professor|Dr|President|Prime|Minister|Mayor|Councillor|Pope|King|Queen|Sir|Lord) .*")) keys.add(k);
            }
            String lower = s.plain();
            for (var e : phrases.entrySet()) {
                int i = lower.indexOf(e.getKey());
                if (i < 0) continue;
                TypedSpan k = new TypedSpan(SpanType.TERM, e.getKey(), i, i + e.getKey().length(), "phrase", 0, e.getKey());
                boolean clash = false;
                for (TypedSpan o : ctx.spans.get(s.index())) if (o.overlaps(k)) clash = true;
                if (!clash) keys.add(k);
            }
            // a compound noun said once ("life rafts", "coast guard"): a term of the article's subject, below recurring ones
            for (TypedSpan k : compounds(ctx, s)) {
                boolean clash = false;
                for (TypedSpan o : ctx.spans.get(s.index())) if (o.overlaps(k)) clash = true;
                for (TypedSpan o : keys) if (o.overlaps(k)) clash = true;
                if (!clash) keys.add(k);
            }
            for (Clauses.Stem st : stems) build(ctx, st, keys, phrases, out);
        }
        return out;
    }

    private static void build(Context ctx, Clauses.Stem st, List<TypedSpan> keys, Map<String, Integer> phrases, List<Candidate> out) {
            Sentence s = st.sentence();
            double clausal = -Clauses.bonus(ctx, st);
            // a number with its unit ("waves of ____ metres"): the unit stays in the stem, the number is the answer
            for (TypedSpan k : ctx.spans.get(s.index())) {
                if (k.type() != SpanType.NUMBER || k.text().endsWith("+") || k.sub().equals("multiple")) continue;
                // "works ____ days a week": general knowledge, not reading
                if (Slots.guessable(s, k)) continue;
                // "debated it for ____ meetings", "the last ____ years": a count of one to three is a guess, not reading
                if (smallCount(k)) continue;
                String gapped = Builders.gap(ctx, st, k);
                if (gapped == null) continue;
                List<String> accepted = new ArrayList<>(List.of(k.text()));
                boolean fraction = k.sub().equals("fraction");
                // "1,600" and "1600"; "1.6 million" and "1,600,000"
                if (!fraction) accepted.addAll(numberForms(k.text(), k.value()));
                if (fraction) accepted.addAll(fractionVariants(k.text()));
                long v = Math.round(k.value());
                if (v == k.value() && !fraction) {
                    String words = NumberWords.words(v);
                    if (NumberWords.isWords(k.text())) accepted.add(Long.toString(v));
                    else if (words != null && !accepted.contains(words)) accepted.add(words);
                    if (NumberWords.isWords(k.text())) accepted.add(k.text().toLowerCase(Locale.ROOT));
                }
                // the explanation quotes the sentence: no unit guessed from the next word ("(lasts)", "(peoples)")
                Question q = Question.of(QuestionType.cloze, "Fill in the missing " + (fraction ? "fraction" : "number") + ": " + quoted(st, gapped), Skill.recall, 1,
                                s.section(), List.of(s.text()),
                                Builders.explain("The missing " + (fraction ? "fraction" : "number") + " is \"" + k.text() + "\".", s))
                        .withAnswer(k.text(), new ArrayList<>(new LinkedHashSet<>(accepted)));
                q = Ids.assign(q, k.text() + "\u0000" + k.start());
                // "ending ____ months of consultation", "a chick takes ____ weeks": a figure that is not the point of its
                // sentence (no change, comparison, cost or cause) and said once is recall of a detail: asked only when needed
                // (and below the figures that matter when weak questions are needed after all)
                double minor = Importance.minorFigure(ctx, s, withUnit(s, k)) ? Candidate.WEAK + OPEN_COST : 0;
                // "The closure will affect about ____ jobs": a definite noun nothing in the sentence introduces leans on the
                // sentence before, which the student does not see
                if (minor == 0 && opensOnEarlierNoun(ctx, gapped.replace("____", k.text()))) minor = Candidate.WEAK + OPEN_COST;
                out.add(new Candidate(q, k.text(), List.of(), 0.8 + MultipleChoiceBuilder.lengthScore(s) - clausal - minor, s.index()));
            }
            for (TypedSpan k : keys) {
                // "Long Form (ACR)": gap both together
                TypedSpan key = k;
                String acr = ctx.tagger.acronymOf(k.text());
                String after = s.plain().substring(k.end());
                if (acr != null && after.startsWith(" (" + acr + ")")) {
                    key = new TypedSpan(k.type(), k.text(), k.start(), k.end() + acr.length() + 3, k.sub(), 0, k.canonical());
                }
                String gapped = Builders.gap(ctx, st, key);
                if (gapped == null) continue;
                if (acr != null && DistractorPicker.inText(ctx.tagger, gapped, acr)) continue;
                // "1,000 ____", "a ____ of dry logs" with key "cubic metre": a unit of measure is no term of the article
                if (unitBlank(ctx, s, k)) continue;
                // "the beating heart of ____" in a leaflet's slogan: a word inside a short quotation is the quote's, not the article's
                if (inShortQuote(s, key)) continue;
                // "2.6 ____ flowed the other way": the clause's point is the direction of a clause before it
                if (st.clause() && RELATIVE_TO_BEFORE.matcher(gapped).find()) continue;
                List<String> accepted = variants(ctx, k.text());
                if (givenInPrompt(gapped, accepted) || incidentalSource(ctx, s, k) || Importance.incidentalBlank(ctx, s, k)) continue;
                // a blank is a noun phrase: the sentence keeps its verb ("The ____ in a heat pump" lost "lies")
                if (!keepsVerb(s, key.start(), key.end(), st.offset())) continue;
                // a stock phrase ("the turning point") or a phrase said once in a short sentence: other words fit
                if (k.type() == SpanType.TERM && vagueBlank(ctx, s, k)) continue;
                // "the harder work of ____" with key "finding savings": a verb's -ing form and its object, no noun phrase
                if (k.type() == SpanType.TERM && gerund(s, k)) continue;
                // an incidental noun, a list item, a verb phrase or a topic word: several words fill the gap
                if (underdetermined(ctx, s, k)) continue;
                // "A less comfortable reading is that it is really about ____": "it" stands for something outside the sentence
                if (PRONOUN_CLAUSE.matcher(gapped).find()) continue;
                // "why ____ is chemistry" with key "bread rises": a noun and the verb of its clause, whatever the tags say
                if (k.type() == SpanType.TERM && nounThenVerb(s, key)) continue;
                // "the ____ roadmap" where the article also says "investment roadmap": another modifier fits the gap as well
                // "the established ____" with key "regional order" where the article also says "economic order": a term
                // of the article on the same head fits as well
                // either is accepted too: the gap cannot tell them apart
                List<String> rivals = new ArrayList<>(otherModifiers(ctx, s, key));
                rivals.addAll(rivalTerms(articleTerms(ctx, phrases), k.text()));
                // a common noun phrase in an ordinary sentence ("a ____ introduced in January", "the established ____")
                // has many fills (blind reviews rejected most of them as ambiguous): asked only when the sentence names or
                // defines it, else only when the set needs it
                boolean unpinned = unpinned(s, k);
                // (a person's name stays: "The case was brought by ____, a nurse who ..." describes whom it asks for)
                boolean open = openBlank(ctx, s, k) || !rivals.isEmpty() || unpinned
                        || k.type() != SpanType.PERSON && opensOnEarlierNoun(ctx, gapped.replace("____", key.text()));
                accepted = withHead(ctx, s, k, accepted);
                // "the so-called ____": the sentence asks for a name, so the bare head ("clause" of "emergency clause") is no fill
                if (namedHere(s, k)) accepted = ownForms(k.text(), acr, ctx.tagger.longFormOf(k.text()), accepted);
                if (!rivals.isEmpty()) {
                    Set<String> all = new LinkedHashSet<>(accepted);
                    all.addAll(rivals);
                    accepted = new ArrayList<>(all);
                }
                boolean name = k.type() == SpanType.PERSON;
                Question q = Question.of(QuestionType.cloze, "Fill in the missing " + (name ? "name" : "term") + ": " + quoted(st, gapped),
                                Skill.vocabulary, k.text().contains(" ") ? 2 : 1, s.section(), List.of(s.text()),
                                Builders.explain("The missing term is \"" + k.text() + "\".", s))
                        .withAnswer(k.text(), accepted);
                q = Ids.assign(q, k.text());
                double score = 0.9 + (name ? -0.2 : k.sub().equals("phrase") ? 0.1 : k.sub().equals("compound") ? -0.15 : 0.3) + MultipleChoiceBuilder.lengthScore(s) - clausal
                        - (open ? Candidate.WEAK + OPEN_COST : 0) - (unpinned ? UNPINNED_COST : 0);
                out.add(new Candidate(q, k.text(), List.of(), score, s.index()));
            }
    }

    /** Heads of phrases that say little on their own ("turning point", "key part"): many words fill such a gap. */
    static final Set<String> VAGUE_HEADS = Set.of("point", "points", "moment", "moments", "part", "parts", "way", "ways",
            "thing", "things", "time", "times", "lot", "kind", "sort", "type", "side", "sides", "end", "start", "turn",
            "matter", "fact", "case", "number", "amount", "level", "levels", "deal", "stage", "step", "steps", "factor",
            "factors", "issue", "issues", "area", "areas", "aspect", "aspects", "piece", "bit", "role", "place", "work",
            "job", "task", "effort");

    /**
     * Would other words fill the gap as well: a phrase whose head says little ("the turning point came ..."), or a
     * compound the article uses once in a short sentence, where nothing around the gap pins it down?
     */
    static boolean vagueBlank(Context ctx, Sentence s, TypedSpan k) {
        String[] w = k.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (VAGUE_HEADS.contains(w[w.length - 1])) return true;
        // "A policy that widens the gap is a ____.": a judgement's noun at the end of the sentence ("step
        // backwards", "mistake", "false economy" all fit)
        String p = s.plain();
        if (p.substring(k.end()).matches("[.!]?\\s*") && p.substring(0, k.start()).matches("(?is).*\\b(?:is|are|was|were|be|been|seems?|remains?|becomes?)\\s(?:(?:a|an|the|just|simply|really|not|no)\\s)*$")) return true;
        return "compound".equals(k.sub()) && ctx.mentions(k.text()) < 2 && s.words() < 10;
    }

    /** Heads of nouns for places, sites and parts of buildings: said once, such a compound is scenery, not a term. */
    static final Set<String> SETTING_HEADS = Set.of("room", "rooms", "hall", "halls", "space", "spaces", "store", "stores", "shop", "shops",
            "park", "parks", "attraction", "attractions", "centre", "centres", "center", "centers", "office", "offices", "street", "streets",
            "road", "roads", "repairs", "building", "buildings", "area", "areas", "site", "sites", "house", "houses", "gallery", "corner");

    private static final java.util.regex.Pattern UNIT_AFTER = java.util.regex.Pattern.compile("^[ -]([\\p{L}]+)");

    /**
     * The number with the word after it ("four weeks"), so that "four" said elsewhere of other things ("four hours")
     * does not count as the article returning to this figure.
     */
    static TypedSpan withUnit(Sentence s, TypedSpan k) {
        java.util.regex.Matcher m = UNIT_AFTER.matcher(s.plain().substring(k.end()));
        if (!m.find() || Text.STOP.contains(m.group(1).toLowerCase(Locale.ROOT))) return k;
        return new TypedSpan(k.type(), k.text() + " " + m.group(1), k.start(), k.end(), k.sub(), k.value(), k.canonical());
    }

    /** Words a unit of measure is made of ("cubic metres", "terawatt-hours", "megawatts"). */
    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile(
            "(?:cubic|square|nautical|metric|per|(?:kilo|mega|giga|tera|milli|centi)?(?:watt|metre|meter|gram|litre|liter|joule|byte)s?(?:[- ]hours?)?)");
    /** A unit's symbol: "TWh", "MW", "km", "kg", "mph". */
    private static final java.util.regex.Pattern UNIT_SYMBOL = java.util.regex.Pattern.compile("(?:[kMGT]Wh?|[kMGT]W|km|kg|mm|cm|ha|mph|kph|bn|m)");

    /**
     * Is the key a unit of measure ("cubic metre", "megawatts", "TWh"), or an acronym right after a number ("2.6 ____")?
     * The blank asks how something is measured, not what the article says.
     */
    static boolean unitBlank(Context ctx, Sentence s, TypedSpan k) {
        String t = k.text();
        if (UNIT_SYMBOL.matcher(t).matches()) return true;
        boolean all = true;
        for (String w : t.toLowerCase(Locale.ROOT).split("[\\s]+")) if (!UNITS.contains(w) && !UNIT_WORD.matcher(w).matches()) all = false;
        if (all) return true;
        String before = s.plain().substring(0, k.start());
        return t.matches("[A-Z][A-Za-z]{0,4}") && before.matches("(?s).*\\d\\s$") && ctx.tagger.longFormOf(t) == null;
    }

    /** Does the key lie inside a quotation of a dozen words or fewer (a slogan, a motto, a label)? */
    static boolean inShortQuote(Sentence s, TypedSpan k) {
        String p = s.plain();
        int open = -1;
        for (int i = k.start() - 1; i >= 0; i--) {
            char c = p.charAt(i);
            if (c == '“') { open = i; break; }
            if (c == '”') return false;
            if (c == '"') {
                int n = 0;
                for (int j = 0; j < i; j++) if (p.charAt(j) == '"') n++;
                if (n % 2 == 0) open = i;
                break;
            }
        }
        if (open < 0) return false;
        int close = -1;
        for (int i = k.end(); i < p.length(); i++) if (p.charAt(i) == '"' || p.charAt(i) == '”') { close = i; break; }
        if (close < 0) return false;
        return p.substring(open + 1, close).trim().split("\\s+").length <= 12;
    }

    /** "flowed the other way", "the reverse", "the latter": said relative to a clause before. */
    static final java.util.regex.Pattern RELATIVE_TO_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the other way|the opposite (?:way|direction)|the same way|the reverse|the former|the latter)\\b");

    /** Other ways to write a figure: with or without thousands commas; "1.6 million" as "1,600,000" and back. */
    static List<String> numberForms(String text, double value) {
        List<String> out = new ArrayList<>();
        String t = text.strip();
        if (t.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) out.add(t.replace(",", ""));
        if (t.matches("\\d{4,}")) out.add(String.format(Locale.UK, "%,d", Long.parseLong(t)));
        long v = Math.round(value);
        if (v == value && v >= 1_000_000 && !t.matches("[\\d,]+")) {
            out.add(String.format(Locale.UK, "%,d", v));
            out.add(Long.toString(v));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+(?:\\.\\d+)?) (million|billion)").matcher(t);
        if (m.matches()) out.add(m.group(1) + (m.group(2).equalsIgnoreCase("million") ? "m" : "bn"));
        if (v == value && v >= 1_000_000 && t.matches("[\\d,]+")) {
            for (long unit : new long[] {1_000_000_000L, 1_000_000L}) {
                if (v >= unit && v % (unit / 10) == 0) {
                    String n = java.math.BigDecimal.valueOf(v).divide(java.math.BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
                    out.add(n + (unit == 1_000_000L ? " million" : " billion"));
                    break;
                }
            }
        }
        return out;
    }

    /** A plain count of one to three ("two reasons", "three meetings"): guessed as often as read. */
    static boolean smallCount(TypedSpan k) {
        return k.type() == SpanType.NUMBER && k.value() >= 1 && k.value() <= 3 && k.value() == Math.rint(k.value());
    }

    /**
     * Is a lower-case blank open to other fills: a compound the article says once in a long sentence, an item of
     * a coordination ("reading, sewing, ____ and ..."), a verb phrase after "than", "to" or a modal ("seldom do
     * more than ____"), or a phrase sharing a word with the title (guessable without reading)?
     */
    static boolean underdetermined(Context ctx, Sentence s, TypedSpan k) {
        if (k.type() != SpanType.TERM || !k.text().equals(k.text().toLowerCase(Locale.ROOT))) return false;
        if ("compound".equals(k.sub()) && ctx.mentions(k.text()) < 2) {
            // a place, a building's part or a kind of site said once ("the tea room", "the town square"): incidental
            String[] w = k.text().split("\\s+");
            if (s.words() > 30 || SETTING_HEADS.contains(w[w.length - 1])) return true;
        }
        // the sentence leans on an earlier one ("The mayor has found one; ____ should ...")
        if (DiscussionBuilder.DANGLING.matcher(s.plain()).find()) return true;
        String before = s.plain().substring(0, k.start()), after = s.plain().substring(k.end());
        if (before.matches("(?is).*(?:, [^,]{1,30}, |\\b(?:and|or) )$") || after.matches("(?is)^ (?:and|or)\\b.*")) return true;
        if (before.matches("(?is).*\\b(?:than|to|will|would|can|could|may|might|must|should|did|does|do)\\s$")) return true;
        Set<String> title = Text.contentWords(ctx.module.title() == null ? "" : ctx.module.title());
        for (String w : k.text().split("\\s+")) if (title.contains(w) || title.contains(SpanTagger.singular(w))) return true;
        return false;
    }

    /**
     * A modifier and its noun ("a deep bed of gravel", "the compulsory curriculum", "trade surpluses"): the noun alone
     * still completes the sentence correctly, so it is accepted, in either number when it has one ("surpluses",
     * "surplus"); of three words also the last two ("parking requirements" for "minimum parking requirements").
     * Not when the head alone is another thing: a vague or setting head ("room" for "boiler room"), a chemical class
     * ("sulphide" for "hydrogen sulphide"), a compound on an -ing word ("bargaining chips", "building block") or a
     * phrase in quotation marks (a figure of speech).
     */
    static List<String> withHead(Sentence s, TypedSpan k, List<String> accepted) {
        return withHead(null, s, k, accepted);
    }

    static List<String> withHead(Context ctx, Sentence s, TypedSpan k, List<String> accepted) {
        String[] w = k.text().split("\\s+");
        if (w.length < 2 || w.length > 3 || !k.text().equals(k.text().toLowerCase(Locale.ROOT))) return accepted;
        String head = w[w.length - 1];
        // "the winter months": the season, not the months, is what the blank asks for
        if (w.length == 2 && TIME_HEADS.contains(head) && SEASONS.contains(w[0])) {
            Set<String> out = new LinkedHashSet<>(accepted);
            out.add(w[0]);
            return new ArrayList<>(out);
        }
        if (!head.matches("[a-z]{3,}") || VAGUE_HEADS.contains(head) || SETTING_HEADS.contains(head) || UNITS.contains(head) || TIME_HEADS.contains(head)
                || CHEMICAL.matcher(head).matches()) return accepted;
        // "at an ____ of 14 metres": the head alone must fit the article before the blank ("an depth" does not)
        String before = s.plain().substring(0, k.start()).toLowerCase(Locale.ROOT);
        boolean a = before.endsWith(" a ") || before.equals("a "), an = before.endsWith(" an ") || before.equals("an ");
        if ((a || an) && (an != "aeiou".indexOf(head.charAt(0)) >= 0)) return accepted;
        if (k.start() > 0 && "\"“‘'".indexOf(s.plain().charAt(k.start() - 1)) >= 0) return accepted;
        int i = tokenAt(s, k.start());
        if (i < 0 || i + w.length > s.tokens().size()) return accepted;
        for (int j = 0; j < w.length - 1; j++) {
            if (!s.tags().get(i + j).matches("ADJ|NOUN") || w[j].endsWith("ing")) return accepted;
        }
        // "general" of "postmaster general": an adjective after its noun is no fill on its own
        if (!s.tags().get(i + w.length - 1).equals("NOUN") || GENERIC_MODIFIERS.contains(head)) return accepted;
        Set<String> out = new LinkedHashSet<>(accepted);
        String other = otherNumber(head);
        // "hail growth zone" where the key is "growth zone": the article's own longer term fills the gap too
        List<String> longer = ctx == null ? List.of() : longerForms(ctx, s, k);
        out.addAll(longer);
        // "clouds" for "cumulonimbus clouds", "droplets" for "supercooled droplets": a head the article says of other
        // things too tests nothing; nor the head of a term the article names more fully ("zone" for "hail growth zone")
        boolean general = ctx != null && (!longer.isEmpty() || otherUses(ctx.plainTexts.get(0), k.text(), head, other) >= 2);
        if (general) {
            // the distinctive modifier alone is the term ("cumulonimbus"), when it is a noun rather than a participle or adjective
            // and a word of this term alone ("emergency" of "emergency clause" is said of other things too)
            if (w.length == 2 && longer.isEmpty() && s.tags().get(i).matches("NOUN|PROPN") && !w[0].matches(".*(?:ed|ing)")
                    && count(ctx.plainTexts.get(0), w[0]) == count(ctx.plainTexts.get(0), w[0] + " " + head) + (other == null ? 0 : count(ctx.plainTexts.get(0), w[0] + " " + other))) out.add(w[0]);
            return new ArrayList<>(out);
        }
        if (w.length == 3) out.add(w[1] + " " + head);
        out.add(head);
        // the plural of a singular head only where the noun is countable here: after "a"/"an"/"every", or said in the
        // plural in the article ("melatonins", "arthritises" otherwise)
        boolean countable = head.endsWith("s") || a || an || before.matches("(?s).*\\b(?:every|each|one|another) $")
                || ctx != null && other != null && ctx.mentions(other) > 0;
        if (other != null && countable) out.add(other);
        // "grass pitches" where the article says "grass football pitches": "football pitches" fills it too
        if (ctx != null && w.length == 2) {
            for (String x : insertions(ctx.plainTexts.get(0), w[0], head)) {
                out.add(x + " " + head);
                out.add(w[0] + " " + x + " " + head);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * How often the text says the head (in either number) other than as the end of the term: "cloud" in "shower cloud",
     * "the cloud", "cloud droplets" when the term is "cumulonimbus clouds".
     */
    static int otherUses(String text, String term, String head, String other) {
        String t = text.toLowerCase(Locale.ROOT);
        int n = 0;
        for (String h : other == null ? List.of(head) : List.of(head, other)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(h) + "\\b(?![-'’])").matcher(t);
            while (m.find()) n++;
        }
        String mod = term.toLowerCase(Locale.ROOT).substring(0, term.lastIndexOf(' ') + 1);
        for (String h : other == null ? List.of(head) : List.of(head, other)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(mod + h) + "\\b(?![-'’])").matcher(t);
            while (m.find()) n--;
        }
        return n;
    }

    /**
     * The other modifiers the article gives the noun after the blank ("investment" of "investment roadmap" for "the
     * ____ roadmap"): each fills the gap as naturally.
     */
    static List<String> otherModifiers(Context ctx, Sentence s, TypedSpan k) {
        List<String> out = new ArrayList<>();
        int[] at = Clauses.tokenStarts(s);
        if (at == null) return out;
        int n = -1;
        for (int i = 0; i < at.length; i++) if (at[i] >= k.end()) { n = i; break; }
        if (n < 0 || at[n] != k.end() + 1 || !s.tags().get(n).equals("NOUN")) return out;
        String noun = s.tokens().get(n).toLowerCase(Locale.ROOT);
        Set<String> own = new java.util.HashSet<>(List.of(k.text().toLowerCase(Locale.ROOT).split("[\\s-]+")));
        for (Sentence o : ctx.sentences) {
            List<String> t = o.tokens(), g = o.tags();
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).equalsIgnoreCase(noun) || !g.get(i - 1).matches("ADJ|NOUN|PROPN")) continue;
                if (i + 1 < t.size() && g.get(i + 1).equals("NOUN")) continue;
                String x = t.get(i - 1).toLowerCase(Locale.ROOT);
                if (own.contains(x) || Text.STOP.contains(x) || GENERIC_MODIFIERS.contains(x) || !x.matches("[a-z][a-z-]{2,}")) continue;
                if (!out.contains(x)) out.add(x);
            }
        }
        return out;
    }

    /**
     * The recurring phrases of the article on the same head noun with none of the key's other words ("economic
     * order" for "regional order").
     */
    static List<String> rivalTerms(Set<String> phrases, String key) {
        List<String> out = new ArrayList<>();
        String[] w = key.toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length < 2 || !key.equals(key.toLowerCase(Locale.ROOT))) return out;
        String head = w[w.length - 1];
        Set<String> own = new java.util.HashSet<>(List.of(w).subList(0, w.length - 1));
        for (String p : phrases) {
            String[] v = p.split("\\s+");
            if (v.length < 2 || !v[v.length - 1].equals(head) || p.equals(key)) continue;
            boolean shared = false;
            for (int i = 0; i < v.length - 1; i++) if (own.contains(v[i])) shared = true;
            if (!shared) out.add(p);
        }
        return out;
    }

    /** The article's recurring phrases and its lower-case terms. */
    static Set<String> articleTerms(Context ctx, Map<String, Integer> phrases) {
        Set<String> out = new java.util.TreeSet<>(phrases.keySet());
        for (List<TypedSpan> l : ctx.spans) for (TypedSpan t : l) if (t.type() == SpanType.TERM && t.text().equals(t.text().toLowerCase(Locale.ROOT))) out.add(t.text());
        return out;
    }

    /** How often the text says the words, case aside, as whole words. */
    static int count(String text, String words) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(words) + "\\b(?![-'’])").matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * "hail growth zone" in the article for the term "growth zone": an adjective or a noun the article puts before the
     * whole term elsewhere (not a verb or a preposition, and not the word before this gap, which the prompt shows).
     */
    static List<String> longerForms(Context ctx, Sentence here, TypedSpan k) {
        List<String> out = new ArrayList<>();
        String[] w = k.text().toLowerCase(Locale.ROOT).split("\\s+");
        for (Sentence s : ctx.sentences) {
            List<String> t = s.tokens(), g = s.tags();
            for (int i = 1; i + w.length <= t.size(); i++) {
                boolean match = true;
                for (int j = 0; j < w.length && match; j++) if (!t.get(i + j).equalsIgnoreCase(w[j])) match = false;
                if (!match || i + w.length < t.size() && t.get(i + w.length).matches("-|['’]s?")) continue;
                String x = t.get(i - 1).toLowerCase(Locale.ROOT);
                if (!g.get(i - 1).matches("ADJ|NOUN") || !x.matches("[a-z][a-z-]{2,}") || Text.STOP.contains(x) || GENERIC_MODIFIERS.contains(x)
                        || x.matches("[a-z]+(?:er|est)") && g.get(i - 1).equals("ADJ")) continue;
                // the word before this very gap
                if (s == here && here.plain().substring(0, k.start()).toLowerCase(Locale.ROOT).endsWith(x + " ")) continue;
                String f = x + " " + String.join(" ", w);
                if (!out.contains(f)) out.add(f);
            }
        }
        return out;
    }

    /** Spans of time: "winter months", "school holidays" are said by the modifier. */
    private static final Set<String> TIME_HEADS = Set.of("months", "month", "weeks", "week", "days", "day", "years", "year",
            "season", "seasons", "period", "periods", "hours", "evenings", "mornings", "nights");

    private static final Set<String> SEASONS = Set.of("winter", "summer", "spring", "autumn", "morning", "evening");

    /** Units of measure: a modifier changes the quantity ("nautical miles", "square metre", "kilowatt hours"). */
    private static final Set<String> UNITS = Set.of("mile", "miles", "metre", "metres", "meter", "meters", "foot", "feet",
            "inch", "inches", "yard", "yards", "litre", "litres", "liter", "liters", "gallon", "gallons", "ton", "tons", "tonne",
            "tonnes", "hour", "hours", "watt", "watts", "pound", "pounds", "degree", "degrees", "acre", "acres", "hectare",
            "hectares", "kilometre", "kilometres", "kilogram", "kilograms", "ounce", "ounces", "calorie", "calories");

    /** Heads naming a class of chemical compounds: "sulphide" alone is not "hydrogen sulphide". */
    private static final java.util.regex.Pattern CHEMICAL = java.util.regex.Pattern.compile(
            "(?:[a-z]*(?:ox|sulph|sulf|chlor|fluor|brom|iod|nitr|carb|phosph|hydr|cyan)(?:ide|ate|ite)s?|acids?|oxides?)");

    /** Abstract and mass nouns with no plural of their own ("security", not "securities"; "retailing"). */
    private static final java.util.regex.Pattern MASS = java.util.regex.Pattern.compile(
            "[a-z]*(?:[a-z]{3}ity|ance|ence|ness|ism|ing|ics|itis)|(?:information|advice|equipment|research|evidence|knowledge|furniture|news|software|traffic|weather|luggage|progress|access)");

    /** A Latin-looking -us noun that took -es ("surpluses", "campuses", "bonuses", "viruses", "statuses"). */
    private static final java.util.regex.Pattern US_ES = java.util.regex.Pattern.compile(".*(?:pl|mp|n|t|ir)use");

    /** The singular, with "surpluses" made "surplus", not "surpluse" (and "houses" still "house"). */
    static String singular(String w) {
        String one = SpanTagger.singular(w);
        return w.endsWith("uses") && US_ES.matcher(one).matches() ? one.substring(0, one.length() - 1) : one;
    }

    /** The noun in its other number, or null when it has none ("security") or would break ("lies" -> "ly"). */
    static String otherNumber(String head) {
        if (head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")) {
            String one = singular(head);
            return one.length() >= 3 ? one : null;
        }
        return MASS.matcher(head).matches() ? null : plural(head);
    }

    /** The words X of "{@code mod} X {@code head}" in the text ("grass football pitches"): the same thing named more fully. */
    static List<String> insertions(String text, String mod, String head) {
        List<String> out = new ArrayList<>();
        String t = text.toLowerCase(Locale.ROOT), from = mod + " ", to = " " + head;
        for (int i = t.indexOf(from); i >= 0; i = t.indexOf(from, i + 1)) {
            if (i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            int a = i + from.length(), e = a;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) e++;
            String x = t.substring(a, e);
            int end = e + to.length();
            if (x.length() < 3 || Text.STOP.contains(x) || !t.startsWith(to, e) || end < t.length() && Character.isLetter(t.charAt(end))) continue;
            if (!out.contains(x)) out.add(x);
        }
        return out;
    }

    private static int tokenAt(Sentence s, int start) {
        int[] at = Clauses.tokenStarts(s);
        if (at == null) return -1;
        for (int i = 0; i < at.length; i++) if (at[i] == start) return i;
        return -1;
    }

    /** "The worry is that it ...": a clause whose subject is a pronoun for something named before the sentence. */
    static final java.util.regex.Pattern PRONOUN_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|was|are|were|be|means|meant)\\s+that\\s+(?:it|they|he|she|this|these|those)\\s+(?!who\\b|which\\b|that\\b)");

    /** Verbs taking an object and a bare verb: "makes the stereocilia bend", "let the dough rise". */
    private static final Set<String> CAUSATIVE = Set.of("make", "makes", "made", "making", "let", "lets", "letting", "help",
            "helps", "helped", "helping", "watch", "watched", "watching", "see", "sees", "saw", "seeing", "hear", "hears", "heard",
            "feel", "feels", "felt");
    /** Words opening a clause that needs a verb of its own. */
    private static final Set<String> SUBORDINATORS = Set.of("why", "how", "whether", "if", "when", "because", "as", "until",
            "unless", "while", "once", "though", "although", "since", "where", "whenever", "after", "before");
    /** Words after a verb, seldom after a noun: "bend too far", "sound so muffled", "spread back". */
    private static final Set<String> AFTER_VERB = Set.of("too", "so", "very", "quite", "rather", "enough", "far", "further",
            "back", "apart", "together", "again", "away", "around");
    /** Verbs in -s that take "to" and a verb ("plans to create", "wants to sell"). */
    private static final Set<String> TO_VERBS = Set.of("plans", "wants", "needs", "hopes", "expects", "intends", "seeks",
            "tries", "refuses", "agrees", "threatens", "continues", "aims", "declines", "wishes", "decides", "promises", "prefers");
    private static final Set<String> POSSESSIVES = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those");

    /** Is the two-word key at {@code k} a noun and a verb? See {@link #nounThenVerb(Sentence, int)}. */
    static boolean nounThenVerb(Sentence s, TypedSpan k) {
        if (!k.text().matches("[a-z]+ [a-z]+")) return false;
        int i = tokenAt(s, k.start());
        return i >= 0 && nounThenVerb(s, i);
    }

    /**
     * Are tokens {@code i} and {@code i + 1} a noun and the verb of its clause, which the tagger may call two nouns?
     * Told by structure: after "make"/"let"/"see" a bare verb ("makes the stereocilia bend"); after "why"/"if"/"as"
     * a singular noun and a verb in -s with no other verb to come ("why bread rises is chemistry"); a degree word or
     * particle after the pair ("bend too far"); or the main clause after a fronted subordinate clause, with no verb
     * but the pair ("As the fluid moves, the stereocilia bend, and ...").
     */
    static boolean nounThenVerb(Sentence s, int i) {
        List<String> t = s.tokens(), g = s.tags();
        if (i + 1 >= t.size()) return false;
        String w1 = t.get(i).toLowerCase(Locale.ROOT), w2 = t.get(i + 1).toLowerCase(Locale.ROOT);
        int b = i - 1;
        while (b >= 0 && (g.get(b).equals("ADJ") || POSSESSIVES.contains(t.get(b).toLowerCase(Locale.ROOT)))) b--;
        String before = b >= 0 ? t.get(b).toLowerCase(Locale.ROOT) : "";
        String next = i + 2 < t.size() ? t.get(i + 2).toLowerCase(Locale.ROOT) : "";
        String nextTag = i + 2 < t.size() ? g.get(i + 2) : "PUNCT";
        boolean inS = w2.matches("[a-z]+[^s]s");
        if (CAUSATIVE.contains(before) && !inS) return true;
        if (SUBORDINATORS.contains(before) && inS && !w1.matches("[a-z]+[^s]s")
                && (next.matches("is|was|has|does") || !nextTag.matches("VERB|AUX|NOUN|PROPN"))) return true;
        if (AFTER_VERB.contains(next)) return true;
        // "one side of the scale holds \"possibly large benefits\"": a verb in -s after a singular noun, before a quotation
        if (inS && !w1.matches("[a-z]+[^s]s") && next.matches("[\"“‘]")) return true;
        // "the company plans to create": a singular noun and a verb that takes "to" and a verb
        String next2 = i + 3 < t.size() ? g.get(i + 3) : "";
        if (TO_VERBS.contains(w2) && !w1.matches("[a-z]+[^s]s") && next.equals("to") && next2.equals("VERB")) return true;
        if (!t.isEmpty() && SUBORDINATORS.contains(t.get(0).toLowerCase(Locale.ROOT)) && b >= 0 && t.get(b).equals(",") && t.indexOf(",") == b) {
            for (int j = i + 2; j < t.size() && !t.get(j).matches("[,;:.!?]") && !g.get(j).equals("CCONJ"); j++) {
                if (g.get(j).equals("VERB") || g.get(j).equals("AUX")) return false;
            }
            return true;
        }
        return false;
    }

    /**
     * What an open blank or a minor figure costs besides being weak: when a short article needs its weak questions
     * after all, every candidate competes at its score before the mark, and the pinned blanks should still come first.
     */
    static final double OPEN_COST = 0.25;

    /** "The operating margin, a measure of ...", "a process called saltwater intrusion": the sentence defines the term. */
    private static final java.util.regex.Pattern DEFINED_AFTER = java.util.regex.Pattern.compile("^(?:,|\\s[(—–-])\\s?(?:a|an|the|which is|meaning|or)\\s.*");
    private static final java.util.regex.Pattern DEFINED_BEFORE = java.util.regex.Pattern.compile("(?i).*\\b(?:called|known as|termed|dubbed|so-called)\\s[\"“‘']?$");

    /**
     * Heads with many near-synonyms that the sentence rarely pins down ("bilateral ____": relationship, relations,
     * ties; "family ____": meals, dinners): general English nouns, not terms.
     */
    static final Set<String> GENERIC_HEADS = Set.of("relationship", "relationships", "relations", "ties", "partnership",
            "partnerships", "cooperation", "collaboration", "narrative", "narratives", "politics", "meal", "meals", "food",
            "foods", "chain", "chains", "group", "groups", "material", "materials", "goods", "product", "products", "item",
            "items", "activity", "activities", "efforts", "measures", "approach", "approaches", "concerns", "problems",
            "challenges", "benefits", "conditions", "situation", "sector", "industry", "system", "systems", "process",
            "practice", "practices", "importance", "significance", "value", "values", "interests", "needs", "people",
            "providers", "options", "changes", "resources", "services", "facilities", "links", "connections", "networks");

    /**
     * Is the blank open to other fills or guessed without reading, to be asked only when the set needs it: a compound
     * the article says once ("iron pipes": "pipes", "tubes"), a phrase whose head has many near-synonyms ("bilateral
     * relationship"), or a name the title gives ("the Brinnock Salt Company" under a title on salt at Brinnock)?
     */
    static boolean openBlank(Context ctx, Sentence s, TypedSpan k) {
        String text = k.text();
        String[] w = text.split("\\s+");
        String p = s.plain();
        if (definedHere(s, k)) return false;
        if ("compound".equals(k.sub())) {
            // said once, in either number ("parking requirement" and "parking requirements" are one term said twice)
            String other = otherNumber(w[w.length - 1]);
            int n = ctx.mentions(text) + (other == null ? 0 : ctx.mentions(text.substring(0, text.lastIndexOf(' ') + 1) + other));
            if (n < 2) return true;
        }
        if (text.equals(text.toLowerCase(Locale.ROOT)) && w.length >= 2 && GENERIC_HEADS.contains(w[w.length - 1])) return true;
        if (k.type() != SpanType.PERSON && Character.isUpperCase(text.charAt(0)) && w.length >= 2 && ctx.module.title() != null) {
            Set<String> title = Text.contentWords(ctx.module.title());
            int named = 0;
            for (String x : w) {
                String l = x.toLowerCase(Locale.ROOT);
                if (Lexicon.ORG_WORDS.contains(x) || Text.STOP.contains(l) || l.length() <= 2) continue;
                if (!title.contains(l) && !title.contains(SpanTagger.singular(l))) return false;
                named++;
            }
            return named > 0;
        }
        return false;
    }

    /**
     * Is the key a common noun phrase (a recurring phrase or a compound, lower case) that the sentence neither names
     * ("a process called ____", "the so-called ____") nor defines ("____, the gas responsible for ...")? Such a gap
     * takes other fills as well: "ban" for "public order", "views" for "perceptions", "lorries" for "lorry movements".
     */
    static boolean unpinned(Sentence s, TypedSpan k) {
        if (k.type() != SpanType.TERM || !k.sub().matches("phrase|compound") || !k.text().equals(k.text().toLowerCase(Locale.ROOT))) return false;
        return !definedHere(s, k);
    }

    /**
     * What an unpinned common-noun blank costs besides being weak: blind judges rejected about two in three, so when a
     * set needs weak questions after all, a weak figure or another type's weak question goes first.
     */
    static final double UNPINNED_COST = 1.0;

    /**
     * Does the statement open with a definite noun phrase nothing in it introduces ("The closure will affect about 320
     * jobs")? Its subject is in the sentence before, which the student does not see. A definite noun later in the
     * sentence ("said the decision was fair") does not hide what the blank asks.
     */
    static boolean opensOnEarlierNoun(Context ctx, String statement) {
        String np = Anaphora.dangling(ctx, statement);
        return np != null && statement.regionMatches(true, 0, np, 0, np.length());
    }

    /** Does the sentence name the key ("a process called ____") or define it in an appositive ("____, a measure of ...")? */
    static boolean definedHere(Sentence s, TypedSpan k) {
        String p = s.plain();
        return DEFINED_AFTER.matcher(p.substring(k.end())).matches() || namedHere(s, k);
    }

    /** Does the sentence introduce the key as a name ("the so-called ____", "known as ____")? */
    static boolean namedHere(Sentence s, TypedSpan k) {
        return DEFINED_BEFORE.matcher(s.plain().substring(0, k.start())).matches();
    }

    /**
     * The accepted forms that keep the key's first word (case, hyphens, number), its acronym and its long form: after
     * "so-called" only the name fits, not its bare head.
     */
    static List<String> ownForms(String key, String acronym, String longForm, List<String> accepted) {
        String first = key.split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String a : accepted) {
            if (a.toLowerCase(Locale.ROOT).startsWith(first) || a.equals(acronym) || a.equals(longForm)) out.add(a);
        }
        return out;
    }

    /** Is the phrase a gerund with its object ("of finding savings", "by cutting costs"), whatever its tags say? */
    static boolean gerund(Sentence s, TypedSpan k) {
        String first = k.text().split("\\s+")[0];
        if (!first.matches("\\p{Ll}{3,}ing") || first.matches("(?:spring|string|ceiling|building|wedding|morning|evening|meeting|funding|housing|training|parking|planning|shipping|clothing|heating|lighting|spending|thing|king|ring|wing|swing|sibling|darling)")) return false;
        if (s.tokens().stream().anyMatch(t -> t.equals(first)) && tagOf(s, first).equals("VERB")) return true;
        return s.plain().substring(0, k.start()).matches("(?is).*\\b(?:of|by|for|on|in|without|from|about|after|before|while)\\s$");
    }

    private static String tagOf(Sentence s, String token) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.tokens().get(i).equals(token)) return s.tags().get(i);
        return "";
    }

    /**
     * Does the sentence (from {@code offset}) keep a verb of its main clause outside the blank [from, to)? Verbs in a
     * relative clause ("..., which works on ...") do not count.
     */
    static boolean keepsVerb(Sentence s, int from, int to, int offset) {
        int[] at = Clauses.tokenStarts(s);
        if (at == null) return true;
        boolean relative = false;
        for (int i = 0; i < at.length; i++) {
            String t = s.tokens().get(i).toLowerCase(Locale.ROOT), g = s.tags().get(i);
            if (at[i] < offset) continue;
            if (t.matches("which|who|whom|whose|where") || t.equals("that") && i > 0 && s.tags().get(i - 1).matches("NOUN|PROPN") && at[i] >= to) relative = true;
            else if (t.equals(",") || t.equals(";")) relative = false;
            if (at[i] >= from && at[i] < to || relative) continue;
            if (g.equals("VERB") || g.equals("AUX")) return true;
        }
        return false;
    }

    /**
     * Does the gapped statement still show the answer, or nearly ("salt water" beside "saltwater intrusion")? Compared
     * without spaces, hyphens and case, for every accepted variant.
     */
    static boolean givenInPrompt(String gapped, List<String> accepted) {
        String g = squash(gapped.replace("____", " "));
        for (String a : accepted) {
            String v = squash(a);
            if (v.length() >= 4 && g.contains(v)) return true;
        }
        return false;
    }

    private static String squash(String t) {
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static final java.util.regex.Pattern SOURCE_BEFORE = java.util.regex.Pattern.compile(
            "(?is).*\\b(?:according to|cited by|reported by|published by|compiled by|a survey by|a poll by|a study by"
            // "projections from the Institute for ...", "estimates by ...": whose model or figures, a side detail
            + "|(?:data|figures|projections?|forecasts?|estimates?|modelling|models?|research|analysis|calculations|reports?|stud(?:y|ies)|surveys?|polls?|statistics) (?:from|by))"
            + "\\s(?:the\\s)?(?:[\\p{L}-]+\\s){0,4}$");
    private static final java.util.regex.Pattern SOURCE_AFTER = java.util.regex.Pattern.compile(
            "(?is)^(?:['’]s)?\\s(?:latest\\s|recent\\s|annual\\s|monthly\\s|own\\s)?(?:poll|polls|survey|surveys|data|figures|statistics|index)\\b.*");

    private static final java.util.regex.Pattern PRODUCT_BEFORE = java.util.regex.Pattern.compile(
            "(?is).*\\b(?:projections?|forecasts?|estimates?|modelling|models?|calculations) (?:from|by)\\s(?:the\\s)?(?:[\\p{L}-]+\\s){0,4}$");

    /**
     * Is the key a source the sentence merely cites (a research firm "according to ...", a poll's sponsor) and the
     * article names no more than once? Recalling it tests nothing the article is about.
     */
    static boolean incidentalSource(Context ctx, Sentence s, TypedSpan k) {
        if (k.type() != SpanType.ORGANISATION && k.type() != SpanType.PERSON && !Character.isUpperCase(k.text().charAt(0))) return false;
        String p = s.plain();
        // the maker of a projection or an estimate stays a side detail when named twice (the article cites it again)
        int most = PRODUCT_BEFORE.matcher(p.substring(0, k.start())).matches() ? 2 : 1;
        if (ctx.mentions(k.text()) > most) return false;
        return SOURCE_BEFORE.matcher(p.substring(0, k.start())).matches() || SOURCE_AFTER.matcher(p.substring(k.end())).matches();
    }

    /** The gapped statement in quotes, after its speaker in an interview. */
    static String quoted(Clauses.Stem st, String gapped) {
        return st.speaker() == null ? "\"" + gapped + "\"" : Builders.said(st, gapped);
    }

    /** Modifiers that make a phrase a description rather than a term ("greater cooperation", "new plants"). */
    static final Set<String> GENERIC_MODIFIERS = Set.of("new", "old", "other", "many", "more", "most", "greater", "larger",
            "large", "small", "smaller", "first", "last", "such", "several", "same", "different", "major", "important",
            "key", "recent", "current", "further", "better", "good", "great", "high", "higher", "low", "lower", "long",
            "strong", "stronger", "big", "bigger", "whole", "certain", "various", "next", "previous", "early", "late",
            "full", "real", "close", "closer", "deeper", "broader", "wider", "significant", "serious", "possible",
            "likely", "main", "similar", "few", "own", "total", "overall", "general", "common");

    /**
     * Compound nouns of two lower-case nouns standing on their own ("extra life rafts", "the coast guard"), not
     * part of a longer run of nouns or a possessive.
     */
    static List<TypedSpan> compounds(Context ctx, Sentence s) {
        List<TypedSpan> out = new ArrayList<>();
        List<String> t = s.tokens(), g = s.tags();
        int cursor = 0;
        int[] at = new int[t.size()];
        for (int i = 0; i < t.size(); i++) {
            int a = s.plain().indexOf(t.get(i), cursor);
            if (a < 0) return out;
            at[i] = a;
            cursor = a + t.get(i).length();
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!g.get(i).equals("NOUN") || !g.get(i + 1).equals("NOUN")) continue;
            if (i > 0 && (g.get(i - 1).equals("NOUN") || g.get(i - 1).equals("PROPN") || t.get(i - 1).equals("-"))) continue;
            if (i + 2 < t.size() && (g.get(i + 2).equals("NOUN") || g.get(i + 2).equals("PROPN") || t.get(i + 2).matches("['’]s?|-"))) continue;
            // a verb mistagged as a noun ("the council expects the pool"), or a noun run the tagger split ("sports buildings")
            if (i + 2 < t.size() && (g.get(i + 2).equals("DET") || g.get(i + 2).equals("PRON") || t.get(i + 2).matches("[a-z]+s") && !g.get(i + 2).equals("AUX"))) continue;
            String a = t.get(i), b = t.get(i + 1);
            // "if the weather changes": a subordinate clause needs a verb, so the second "noun" is one
            if (i >= 2 && t.get(i - 1).equalsIgnoreCase("the") && t.get(i - 2).matches("(?i)if|when|as|because|until|unless|while|whether|once|before|after")) continue;
            if (i >= 3 && g.get(i - 1).equals("ADJ") && t.get(i - 2).equalsIgnoreCase("the") && t.get(i - 3).matches("(?i)if|when|as|because|until|unless|while|whether|once|before|after")) continue;
            // "literacy spread slowly": a noun and a verb with its adverb
            if (i + 2 < t.size() && g.get(i + 2).equals("ADV") && t.get(i + 2).endsWith("ly")) continue;
            // "view point out", "set up": a noun and a verb with its particle
            if (i + 2 < t.size() && t.get(i + 2).matches("out|up|down|off|away|back")) continue;
            // "protect the sea ... and pair desalination with ...": after "and", a conjunct like a verb phrase before it
            if (i > 0 && g.get(i - 1).equals("CCONJ") && verbPhraseBefore(s, i - 1)) continue;
            // "makes the stereocilia bend too far", "why bread rises": a noun and the verb of its clause
            if (nounThenVerb(s, i)) continue;
            // "a white oil-filled model sold between September and March": a noun and a participle the tagger took for a noun
            if (PARTICIPLE.matcher(t.get(i + 1)).matches()) continue;
            // a plural noun rarely modifies another ("members train" is a noun and a mistagged verb)
            if (a.matches("[a-z]+[^su]s")) continue;
            if (!a.matches("[a-z]{3,}") || !b.matches("[a-z]{3,}") || Text.STOP.contains(a) || Text.STOP.contains(b)
                    || GENERIC_MODIFIERS.contains(a) || at[i + 1] != at[i] + a.length() + 1) continue;
            String phrase = a + " " + b;
            out.add(new TypedSpan(SpanType.TERM, phrase, at[i], at[i] + phrase.length(), "compound", 0, phrase));
        }
        return out;
    }

    /** Past participles: regular ones in -ed (not "seed", "speed", "hundred") and common irregular ones. */
    static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "(?!.*(?:eed|hundred)$)[a-z]{3,}ed|sold|made|built|held|paid|told|found|given|taken|known|shown|seen|written|done|brought|bought|kept|left|lost|sent|spent|won|led|run|set|put|cut|hit|laid|meant|begun|grown|drawn|thrown|chosen|driven|broken|spoken|stolen|frozen");

    /** Does the conjunct before the conjunction at token {@code cc} open with a verb ("..., protect the sea and")? */
    private static boolean verbPhraseBefore(Sentence s, int cc) {
        int from = cc - 1;
        while (from > 0 && !s.tokens().get(from - 1).equals(",")) from--;
        return from < cc && s.tags().get(from).equals("VERB");
    }

    /** Lower-case noun phrases (adjective/noun + noun) that occur in at least two sentences. */
    static Map<String, Integer> recurringPhrases(Context ctx) {
        Map<String, Set<Integer>> seen = new TreeMap<>();
        Set<String> verbs = new java.util.HashSet<>();
        for (Sentence s : ctx.sentences) {
            List<String> t = s.tokens(), g = s.tags();
            for (int i = 0; i + 1 < t.size(); i++) {
                for (int len = 3; len >= 2; len--) {
                    if (i + len > t.size()) continue;
                    boolean ok = true;
                    for (int j = i; j < i + len; j++) {
                        String tag = g.get(j);
                        boolean last = j == i + len - 1;
                        if (last ? !tag.equals("NOUN") : !(tag.equals("NOUN") || tag.equals("ADJ"))) ok = false;
                        if (!t.get(j).matches("[a-z][a-z-]{2,}") || Text.STOP.contains(t.get(j))) ok = false;
                    }
                    if (!ok || GENERIC_MODIFIERS.contains(t.get(i))) continue;
                    String phrase = String.join(" ", t.subList(i, i + len));
                    if (!s.plain().contains(phrase)) continue;
                    if (nounThenVerb(s, i + len - 2)) verbs.add(phrase);
                    seen.computeIfAbsent(phrase, k -> new java.util.TreeSet<>()).add(s.index());
                }
            }
        }
        Map<String, Integer> out = new TreeMap<>();
        // a phrase that is a noun and a verb where it recurs ("the stereocilia bend too far") is no term anywhere
        for (var e : seen.entrySet()) if (e.getValue().size() >= 2 && !verbs.contains(e.getKey())) out.put(e.getKey(), e.getValue().size());
        // drop phrases contained in a longer recurring phrase with the same count
        out.keySet().removeIf(p -> out.entrySet().stream().anyMatch(o -> !o.getKey().equals(p)
                && o.getKey().contains(p) && o.getValue().equals(out.get(p))));
        return out;
    }

    /** Ways to write a fraction: "a third", "one third", "one-third", "1/3"; "half", "a half", "one half", "1/2". */
    static List<String> fractionVariants(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('-', ' ');
        List<String> out = new ArrayList<>();
        out.add(text.toLowerCase(Locale.ROOT));
        String bare = t.replaceFirst("^(?:a|an|one) ", "");
        String[] w = bare.split(" ");
        if (w.length == 1) {
            out.add("a " + bare);
            out.add("one " + bare);
            out.add("one-" + bare);
        } else {
            out.add(w[0] + "-" + w[1]);
            out.add(w[0] + " " + w[1]);
        }
        double v = NumberWords.fraction(text);
        for (int d = 2; d <= 10; d++) {
            long n = Math.round(v * d);
            if (n > 0 && Math.abs((double) n / d - v) < 1e-6) { out.add(n + "/" + d); break; }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    static List<String> variants(Context ctx, String term) {
        Set<String> v = new LinkedHashSet<>();
        v.add(term);
        v.add(term.toLowerCase(Locale.ROOT));
        if (term.contains("-")) v.add(term.replace('-', ' '));
        if (term.contains(" ")) v.add(term.replace(' ', '-'));
        String acr = ctx.tagger.acronymOf(term);
        if (acr != null) v.add(acr);
        String lf = ctx.tagger.longFormOf(term);
        if (lf != null) v.add(lf);
        boolean common = term.equals(term.toLowerCase(Locale.ROOT));
        if (common && term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us") && !term.endsWith("is")) {
            // not a broken lemma ("lies" -> "ly")
            String one = singular(term);
            String[] ow = one.split("\\s+");
            if (ow[ow.length - 1].length() >= 3) v.add(one);
        }
        else if (common && !MASS.matcher(term.substring(term.lastIndexOf(' ') + 1)).matches()) v.add(plural(term));
        if (term.toLowerCase(Locale.ROOT).startsWith("the ")) v.add(term.substring(4));
        // the article's own short form: "the council" for a named council, "the deck" for "concrete deck"
        String[] w = term.split("\\s+");
        if (w.length >= 2 && w.length <= 4) {
            String head = w[w.length - 1];
            // A common noun's head alone is usually a vaguer thing ("room" for "boiler room", "block" for "building
            // block"), which a blind review found accepted where it was wrong: only when the article itself goes on
            // to call it "the <head>" ("the concrete deck" ... "the deck had cracked").
            boolean shortForm = common ? java.util.regex.Pattern.compile("(?i)\\bthe " + java.util.regex.Pattern.quote(head) + "\\b(?![-'’])")
                    .matcher(ctx.plainTexts.get(0)).find() : ctx.mentions(head) > ctx.mentions(term);
            if (head.matches("\\p{L}{3,}") && shortForm && !common && ctx.tagger.longFormOf(term) == null && term.matches("\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{L}'’-]+){1,2}") && person(ctx, term)) {
                // a person: the surname, never "the Surname"
                v.add(head);
                v.add(head.toLowerCase(Locale.ROOT));
            } else if (head.matches("\\p{L}{3,}") && shortForm) {
                String h = head.toLowerCase(Locale.ROOT);
                v.add(h);
                v.add("the " + h);
                if (common && !h.endsWith("s")) v.add(h.matches(".*[^aeiou]y$") ? h.substring(0, h.length() - 1) + "ies" : h.matches(".*(?:x|z|ch|sh)$") ? h + "es" : h + "s");
            }
        }
        // "Breckstone" and "Breckstone Aggregates Ltd": the article's full name of an organisation it also calls by its
        // first word; not a firm named after partners ("Mundy & Pike ...", where "Mundy" is a person) nor a body named
        // after its place ("Castleby District Council" for the town "Castleby"), nor a group named after a place or a person
        // the blank names ("Ashcombe Bus Users' Group" for the town "Ashcombe", blind review 9)
        if (!common && !place(ctx, term) && !person(ctx, term)) for (String o : orgNames(ctx)) {
            if (!o.startsWith(term + " ") || PLACE_BODY.matcher(o.substring(term.length())).find() || o.substring(term.length() + 1).matches("(?:&|and)\\s.*")) continue;
            v.add(o);
            v.add(o.replaceFirst(" (?:Ltd|Limited|plc|PLC|Inc|LLC|Co)\\.?$", ""));
        }
        // British and American spellings ("sulphate", "sulfate"; "colour", "color")
        for (String x : List.copyOf(v)) {
            String y = x.replace("sulph", "sulf").replaceAll("(?i)\\b(col|fav|harb|behavi|lab|neighb|hon|vap|hum|rum|flav|od|arm|vig)our", "$1or")
                    .replaceAll("isation\\b", "ization").replaceAll("isations\\b", "izations");
            if (!y.equals(x)) v.add(y);
        }
        return new ArrayList<>(v);
    }

    /** A regular English plural: "study" -> "studies", "box" -> "boxes", "layer" -> "layers". */
    static String plural(String w) {
        return w.matches(".*[^aeiou]y$") ? w.substring(0, w.length() - 1) + "ies" : w.matches(".*(?:s|x|z|ch|sh)$") ? w + "es" : w + "s";
    }

    /** Words of a public body named after its place ("District Council", "County Hall", "Town Board"). */
    private static final java.util.regex.Pattern PLACE_BODY = java.util.regex.Pattern.compile(
            "\\b(?:Council|Authority|Government|Assembly|Parish|Borough|County|District|City|Town|Municipality)\\b");

    /** The organisations the article names, as it writes them. */
    private static Set<String> orgNames(Context ctx) {
        Set<String> out = new java.util.TreeSet<>();
        for (List<TypedSpan> l : ctx.spans) for (TypedSpan t : l) if (t.type() == SpanType.ORGANISATION) out.add(t.text());
        return out;
    }

    /** Does the article tag the name as a place somewhere? */
    private static boolean place(Context ctx, String name) {
        for (List<TypedSpan> l : ctx.spans) for (TypedSpan t : l) if (t.type() == SpanType.PLACE && t.text().equals(name)) return true;
        return false;
    }

    /** Does the article tag the name as a person somewhere? */
    private static boolean person(Context ctx, String name) {
        for (List<TypedSpan> l : ctx.spans) for (TypedSpan t : l) if (t.type() == SpanType.PERSON && t.text().endsWith(name)) return true;
        return false;
    }
}
