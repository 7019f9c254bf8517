package org.lectern.questions;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles (titles) the texts give people: "President Holm", "Prime Minister Anna Lindqvist", "Jane Doe, the
 * newly inaugurated prime minister". Used so that a gap after a title ("President ____") is only offered people
 * who hold a comparable title somewhere in the texts.
 */
final class Roles {
    private Roles() {}

    private static final String ALT;
    static {
        StringBuilder alt = new StringBuilder();
        for (String t : Lexicon.TITLES) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
        ALT = alt.toString();
    }
    /** A title right before a position (optionally with "former", a country word or a possessive before it). */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])(" + ALT + ")[,]?\\s*$");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?i)^,\\s(?:who is |then |now )?(?:the |a |an |its |their |[\\p{Lu}][\\p{L}]+(?:’s|'s) )?(?:[\\p{L}-]+\\s){0,3}?(" + ALT + ")\\b(?-i:(?!\\s+\\p{Lu}\\p{Ll}))");

    /** Normalised role: lower case, spelling variants merged. */
    static String norm(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace("defence", "defense").replace("chairwoman", "chair")
                .replace("chairman", "chair").replace("chief executive officer", "ceo").replace("chief executive", "ceo")
                .replace("premier", "prime minister");
        return t;
    }

    /** The title written right before position {@code start} of {@code text}, normalised, or null. */
    static String before(String text, int start) {
        String head = text.substring(Math.max(0, start - 60), start);
        Matcher m = TITLE_BEFORE.matcher(head);
        if (!m.find()) return null;
        String t = m.group(1);
        // a lower-case title word mid-sentence is only a title when it is a multi-word one ("prime minister")
        if (Character.isLowerCase(t.charAt(0)) && !t.contains(" ") && !t.equalsIgnoreCase("president")) return null;
        return norm(t);
    }

    /** The title given right after position {@code end} in an appositive ("____, the Chair of ..."), or null. */
    static String after(String text, int end) {
        Matcher a = APPOSITIVE.matcher(text.substring(end, Math.min(text.length(), end + 80)));
        return a.find() ? norm(a.group(1)) : null;
    }

    private static final java.util.Map<String, Set<String>> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every role the texts give a person, by any of the name forms (memoised per form and texts). */
    static Set<String> of(Collection<String> forms, Collection<String> texts) {
        long h = 0;
        // order-independent, so that the memo serves every module of the same corpus
        for (String t : texts) h += 1_000_003L * t.hashCode() + t.length();
        Set<String> out = new TreeSet<>();
        for (String f : forms) {
            if (f == null || f.length() < 2) continue;
            if (MEMO.size() > 20_000) MEMO.clear();
            out.addAll(MEMO.computeIfAbsent(f + "\u0000" + h, k -> ofForm(f, texts)));
        }
        return out;
    }

    private static Set<String> ofForm(String f, Collection<String> texts) {
        Set<String> out = new TreeSet<>();
        {
            Pattern p = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(f) + "(?![\\p{L}-])");
            for (String text : texts) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String r = before(text, m.start());
                    if (r != null) out.add(r);
                    Matcher a = APPOSITIVE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
                    if (a.find()) out.add(norm(a.group(1)));
                }
            }
        }
        return out;
    }

    static void clearCache() { MEMO.clear(); COUNTRY.clear(); }

    private static final java.util.Map<String, String> COUNTRY = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern PLACE_WORD = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)(?:['’]s)?(?=\\s)");
    private static final Pattern COUNTRY_AFTER = Pattern.compile(
            "^,\\s(?:the\\s|a\\s|an\\s|then\\s|now\\s)?(?:former\\s|new\\s|current\\s)?(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)(?:['’]s)?\\s");

    /**
     * The country the texts tie a person to, by the country or demonym written in the title before their name
     * ("Norwegian Prime Minister X", "Sweden's President X") or in an appositive after it ("X, Norway's prime
     * minister"); the most frequent one, or null if none or a tie.
     */
    static String country(Context ctx, String person) {
        String full = ctx.tagger.fullName(person);
        long h = 0;
        for (String t : ctx.plainTexts) h += 1_000_003L * t.hashCode() + t.length();
        String memo = full + "\u0000" + h;
        String known = COUNTRY.get(memo);
        if (known == null) {
            if (COUNTRY.size() > 20_000) COUNTRY.clear();
            java.util.Set<String> forms = new java.util.LinkedHashSet<>(forms(full));
            forms.add(person);
            // a first or last name alone only if it names no one else
            forms.removeIf(f -> !f.equals(full) && !f.equals(person) && !ctx.tagger.fullName(f).equals(full));
            String c = countryOf(forms, ctx.plainTexts);
            known = c == null ? "" : c;
            COUNTRY.put(memo, known);
        }
        return known.isEmpty() ? null : known;
    }

    static String countryOf(Collection<String> forms, Collection<String> texts) {
        java.util.Map<String, Integer> count = new java.util.TreeMap<>();
        for (String f : forms) {
            if (f == null || f.length() < 3) continue;
            Pattern p = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(f) + "(?![\\p{L}-])");
            for (String text : texts) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String head = text.substring(Math.max(0, m.start() - 60), m.start());
                    // "Norway's new prime minister, Anna Berg": the title in front of the comma
                    if (head.endsWith(", ")) head = head.substring(0, head.length() - 2) + " ";
                    int cut = Math.max(Math.max(head.lastIndexOf(". "), head.lastIndexOf(',')), Math.max(head.lastIndexOf(';'), head.lastIndexOf('—')));
                    if (cut >= 0) head = head.substring(cut + 1);
                    String found = null;
                    Matcher w = PLACE_WORD.matcher(head);
                    while (w.find()) {
                        String g = Lexicon.placeGroup(w.group(1));
                        if (g == null) g = Lexicon.placeGroup(w.group(1).split("\\s")[0]);
                        // a title between the country and the name ("Norway's new prime minister"), not a bare list ("Sweden and Denmark, Berg")
                        String title = head.substring(w.end()).strip();
                        if (g != null && Lexicon.isCountry(g) && !title.isEmpty() && title.split("\\s+").length <= 4
                                && !title.matches("(?i)(?:.*\\s)?(?:and|or|with|between|against|to|from|in|on|at|by)\\b.*")) found = g;
                    }
                    if (found == null) {
                        Matcher a = COUNTRY_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
                        if (a.find()) {
                            String g = Lexicon.placeGroup(a.group(1));
                            if (g != null && Lexicon.isCountry(g)) found = g;
                        }
                    }
                    if (found != null) count.merge(found, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (var e : count.entrySet()) {
            if (e.getValue() > top) { best = e.getKey(); top = e.getValue(); tie = false; }
            else if (e.getValue() == top) tie = true;
        }
        return tie ? null : best;
    }

    /** The name itself and its first and last name words (as the texts may use either alone). */
    static List<String> forms(String name) {
        String[] w = name.strip().split("\\s+");
        if (w.length == 1) return List.of(name);
        return List.of(name, w[w.length - 1], w[0]);
    }

    /** Common given names, to recognise an untitled person's name by its first word. */
    private static final Set<String> GIVEN = new TreeSet<>(Lexicon.lines("/org/lectern/importing/given-names.txt"));
    /** A verb that only a person (or a group of people) is the subject of, right after the name. */
    private static final String PERSON_VERB = "(?:,? (?:\\d{1,3},? )?(?:said|says|told|added|explained|recalled|admitted|smiled|laughed|wrote|writes)\\b|,? (?:who|whose) (?:is|was|has|had|trains|works|lives|joined|studied)\\b|,? (?:a|an|the) (?:\\d{1,3}-year-old|former|retired|young)\\b)";

    /**
     * Is the name a person with confidence, for a distractor in a person's slot: a known given name first, a title or
     * a role the texts give it or a role noun that introduces it ("the striker Ellis Hart"), or a person's verb after it ("Marsh said",
     * "Dunmore, a 31-year-old"); and no word of a place or an organisation in it.
     */
    static boolean confidentPerson(Context ctx, String name) {
        for (String w : name.split("\\s+"))
            if (Lexicon.ORG_WORDS.contains(w) || DiscussionMoves.GEOGRAPHIC.contains(w) || Lexicon.placeGroup(w) != null && name.split("\\s+").length == 1) return false;
        String[] parts = name.split("\\s+");
        if (parts.length >= 2 && GIVEN.contains(parts[0])) return true;
        if (!ctx.roles(name).isEmpty()) return true;
        String last = parts[parts.length - 1];
        Pattern verb = Pattern.compile("\\b(?:" + Pattern.quote(name) + "|" + Pattern.quote(last) + ")" + PERSON_VERB);
        Pattern titled = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\\.? " + Pattern.quote(last) + "\\b");
        for (String t : ctx.plainTexts) if (verb.matcher(t).find() || titled.matcher(t).find() || SpanTagger.roleNamed(name, t)) return true;
        return false;
    }
}
