package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups that act in a text, found by part of speech and a small bundled list of head nouns (groups.txt): "smaller
 * operators", "the district council", "club members", "parents". A news article with few names still has such
 * actors, and a wrong actor is a meaningful substitution ("Parents asked the council ..." → "Engineers asked the
 * council ..."). Spans are typed {@link SpanType#GROUP}; {@code sub} is the grammatical number ("plural" or
 * "singular") and the class ("people" or "org"), as in "plural people"; {@code canonical} is the phrase as it
 * would stand mid-sentence.
 */
final class Groups {
    private Groups() {}

    /** Head noun (singular, lower case) to kind ("people" or "org"). */
    static final Map<String, String> HEADS = new TreeMap<>();
    /** Head noun to family: members of one family can describe the same actors ("company", "operator"). */
    static final Map<String, String> FAMILY = new TreeMap<>();
    private static final Map<String, String> IRREGULAR = Map.of("children", "child", "women", "woman", "men", "man");
    /** Heads that take plural agreement in their singular form ("the staff are", "police say"). */
    private static final Set<String> COLLECTIVE_PLURAL = Set.of("staff", "police");
    /** Quantifiers and determiners that stand before a group but are not part of its name. */
    private static final Set<String> NOT_MODIFIERS = Set.of("some", "many", "most", "all", "both", "several", "few",
            "other", "such", "more", "less", "each", "every", "any", "no", "own", "same", "these", "those", "this", "that",
            "its", "their", "his", "her", "our", "your", "my", "the", "a", "an", "one", "two", "three", "certain", "various");

    /** Verbs the tagger may take for nouns after a plural ("residents worry that"). */
    private static final Set<String> REPORTING = Set.of("say", "worry", "fear", "warn", "hope", "want", "argue", "claim",
            "complain", "agree", "believe", "think", "expect", "need", "plan", "doubt", "object", "vote", "call");

    static {
        for (String line : Lexicon.lines("groups.txt")) {
            String[] f = line.split("\\|");
            HEADS.put(f[0], f[2]);
            FAMILY.put(f[0], f[1]);
        }
    }

    /** The singular head for a noun, or null if it names no group. */
    static String head(String noun) {
        String l = noun.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(l)) return HEADS.containsKey(IRREGULAR.get(l)) ? IRREGULAR.get(l) : null;
        if (HEADS.containsKey(l)) return l;
        String sg = SpanTagger.singular(l);
        if (!sg.equals(l) && HEADS.containsKey(sg)) return sg;
        if (l.endsWith("es") && HEADS.containsKey(l.substring(0, l.length() - 2))) return l.substring(0, l.length() - 2);
        return null;
    }

    static boolean plural(String noun) {
        String l = noun.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(l) || COLLECTIVE_PLURAL.contains(l)) return true;
        return !HEADS.containsKey(l) && head(l) != null;
    }

    /**
     * Group spans of a sentence that do not overlap the spans already found. {@code proper} tells whether a word
     * is a name (capitalised mid-sentence somewhere in the article), so that a sentence-initial capital is dropped
     * from the canonical form only for common words.
     */
    static List<TypedSpan> find(Sentence s, List<TypedSpan> taken, java.util.function.Predicate<String> proper) {
        List<TypedSpan> out = new ArrayList<>();
        List<String> toks = s.tokens(), tags = s.tags();
        String plain = s.plain();
        int[] at = new int[toks.size()];
        int cursor = 0;
        for (int i = 0; i < toks.size(); i++) {
            int a = plain.indexOf(toks.get(i), cursor);
            if (a < 0) return out;
            at[i] = a;
            cursor = a + toks.get(i).length();
        }
        for (int i = 0; i < toks.size(); i++) {
            String h = head(toks.get(i));
            if (h == null || !tags.get(i).equals("NOUN") && !tags.get(i).equals("PROPN")) continue;
            // the head ends the phrase: not "council building", not "the council's report"
            if (i + 1 < toks.size() && (tags.get(i + 1).equals("NOUN") && !REPORTING.contains(toks.get(i + 1)) || tags.get(i + 1).equals("PROPN")
                    || toks.get(i + 1).matches("['’]s?") || toks.get(i + 1).equals("-"))) continue;
            if (!toks.get(i).matches("\\p{L}+")) continue;
            // "members of the public", "the main families of plants": the group is named after "of", or is no group
            if (i + 1 < toks.size() && toks.get(i + 1).equals("of")) continue;
            if (i > 0 && toks.get(i - 1).toLowerCase(Locale.ROOT).matches("main|two|three|four|several|different|various|broad|both|these|those")) continue;
            int from = i;
            while (from > 0 && i - from < 2) {
                String t = toks.get(from - 1), g = tags.get(from - 1);
                boolean mod = (g.equals("NOUN") || g.equals("ADJ") || g.equals("PROPN")
                        || g.equals("VERB") && t.endsWith("ing") && from - 1 == 0)
                        && t.matches("\\p{L}[\\p{L}-]*") && !NOT_MODIFIERS.contains(t.toLowerCase(Locale.ROOT));
                if (!mod) break;
                from--;
            }
            // "part-time employee": the phrase starts inside a hyphenated word
            if (from > 0 && (toks.get(from - 1).equals("-") || plain.charAt(Math.max(0, at[from] - 1)) == '-')) continue;
            // a name ("Port Halden Council") is an organisation, not a group
            boolean name = false;
            for (int j = from; j <= i; j++) if (Character.isUpperCase(toks.get(j).charAt(0)) && (j > 0 || proper.test(toks.get(j)))) name = true;
            if (name) continue;
            int start = at[from], end = at[i] + toks.get(i).length();
            TypedSpan span = new TypedSpan(SpanType.GROUP, plain.substring(start, end), start, end, "", 0, "");
            boolean clash = false;
            for (TypedSpan t : taken) if (t.overlaps(span)) clash = true;
            if (clash) continue;
            String text = span.text();
            String canonical = start == 0 && !proper.test(toks.get(0)) ? Text.lowerFirst(text, false) : text;
            String sub = (plural(toks.get(i)) ? "plural " : "singular ") + HEADS.get(h);
            out.add(new TypedSpan(SpanType.GROUP, text, start, end, sub, 0, canonical));
        }
        return out;
    }

    /** Families that name a stance, not who acts: a wrong actor only for a key of the same kind. */
    static final Set<String> STANCES = Set.of("critics", "supporters");

    /** The family of a group's head noun ("business" for "smaller operators"), or null. */
    static String family(String phrase) {
        String[] w = phrase.split("\\s+");
        String h = head(w[w.length - 1]);
        return h == null ? null : FAMILY.get(h);
    }

    /** What to call a group in a prompt ("Which group ..."): an organisation for a singular organisation, else a group. */
    static String label(TypedSpan k) {
        return k.sub().equals("singular org") ? "organisation" : "group";
    }
}
