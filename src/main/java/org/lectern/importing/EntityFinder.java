package org.lectern.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Rule-based named entities: places from a bundled gazetteer, organisations by their head words
 * ("… Institute", "Ministry of …") or a defined acronym, people by a preceding title ("President X"),
 * a known given name, or being an author. Short mentions ("Trump", "NATO") count towards the full
 * name they refer to. Counts per entity, most frequent first.
 */
public final class EntityFinder {
    private EntityFinder() {}

    public static final int MAX_ENTITIES = 40;

    private static final Map<String, String> PLACES = new HashMap<>();
    private static final Set<String> ORG_WORDS = new HashSet<>();
    private static final Set<String> TITLES = new HashSet<>();
    private static final Set<String> GIVEN = new HashSet<>();
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "&");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on",
            "at", "as", "for", "with", "but", "and", "or", "yet", "since", "while", "when", "after", "before", "during", "both", "such",
            "meanwhile", "however", "indeed", "still", "then", "now", "there", "here", "what", "why", "how", "who", "which", "if",
            "although", "though", "because", "unlike", "like", "from", "to", "by", "first", "second", "third", "fourth", "lastly",
            "firstly", "secondly", "granted", "moreover", "furthermore", "nevertheless", "nonetheless", "despite", "even", "all",
            "most", "many", "some", "other", "another", "each", "every", "our", "their", "his", "her", "we", "they", "he", "she",
            "i", "you", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "former",
            "new", "according", "given", "under", "over", "between", "among", "amid", "about", "into", "across", "no", "not",
            "more", "less", "one", "two", "three", "several", "where", "whether", "so", "thus", "hence", "also", "only", "just",
            "simultaneously", "later", "earlier", "today", "yesterday", "tomorrow", "last", "next", "finally", "instead", "certainly", "rather", "existing", "expanding", "strengthening", "developing", "championing", "policy", "executive",
            "conclusion", "summary", "introduction", "key", "takeaways", "endnotes", "notes", "references", "realizing", "coupled",
            "having", "beyond", "participation", "cooperation", "reframing", "changes", "civil", "decades", "domestic", "japanese",
            "korean", "chinese", "american", "russian", "indian", "european", "british", "french", "german", "south", "north", "east",
            "west", "northern", "southern", "eastern", "western", "central", "regional", "global", "national", "international");
    private static final Set<String> EVENT_NOUNS = Set.of("summit", "accord", "accords", "agreement", "declaration", "talks",
            "process", "treaty", "doctrine", "strategy", "plan", "era", "war", "day", "act", "law", "initiative", "framework");

    static {
        for (String line : lines("places.txt")) {
            String[] kv = line.split("\\s*=>\\s*");
            PLACES.put(kv[0], kv.length > 1 ? kv[1] : kv[0]);
        }
        ORG_WORDS.addAll(lines("org-words.txt"));
        TITLES.addAll(lines("person-titles.txt"));
        GIVEN.addAll(lines("given-names.txt"));
    }

    private static List<String> lines(String resource) {
        try (var in = EntityFinder.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            for (String l : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String t = l.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.&-]*[\\p{L}\\p{N}.])?|['’]s\\b|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words that never start a name (sentence-initial function words and the like). */
    private static final Set<String> LEADING = NOT_NAMES.stream()
            .filter(w -> !Set.of("south", "north", "east", "west", "northern", "southern", "eastern", "western", "central",
                    "new", "regional", "global", "national", "international", "civil", "executive", "policy").contains(w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A Korean/Chinese-style hyphenated given name: "Jae-myung", "Dae-jung". */
    private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /** Verbs of title-case headlines, which the tagger reads as proper nouns ("Minister Sato Says …"). */
    private static final Set<String> HEADLINE_VERBS = Set.of("says", "said", "calls", "urges", "warns", "visits", "meets", "vows",
            "seeks", "plans", "agrees", "announces", "rejects", "backs", "wins", "loses", "faces", "signs", "pledges", "asks",
            "tells", "heads", "leads", "resigns", "returns", "will", "to", "is", "are", "was", "has", "had");
    private static final Pattern NOT_A_NAME_TAG = Pattern.compile("VB.*|RB.*|IN|DT|PRP.*|CC|W.*|MD|EX|TO");

    /** Words that open the name of a place ("River Tane", "Mount Kell") or end it ("Harbour Street", "Tarn Valley"). */
    public static final Set<String> GEO_FIRST = Set.of("River", "Lake", "Loch", "Mount", "Mt", "Cape", "Port", "Fort", "Isle", "Glen");
    public static final Set<String> GEO_LAST = Set.of("River", "Lake", "Street", "Road", "Lane", "Avenue", "Square", "Valley", "Hill", "Hills", "Bay",
            "Island", "Islands", "Estuary", "Sea", "Ocean", "Forest", "Canal", "Harbour", "Harbor", "Moor", "Heath", "Creek", "Falls", "Mountains",
            "Park", "Way", "Drive", "Close", "Crescent", "Gardens", "Terrace", "Junction", "Wharf", "Quay", "Dock", "Docks", "Peninsula", "Coast", "Desert",
            // A club may be called "… Town" or "… City", but far more names ending so are places ("Mexico City", "Cape Town").
            "City", "Town", "Village");

    /** Cues that a name-like run names an organisation: an apposition that calls it one, or a plural verb after it. */
    private static final String ORG_APPOSITION = ",? (?:a|an|the) (?:[\\p{L}-]+ ){0,3}(?:club|team|side|company|firm|charity|group|band|business|organisation|organization|school|college|trust|society|association|council|party|union|league|chain|retailer|brand|operator|supplier|manufacturer)\\b";
    private static final String PLURAL_VERB = ",? (?:who |which )?(?:are|were|have|sit|play|meet|face|host|visit)\\b";

    /** Does the text say the name is an organisation (by apposition or by a plural verb after it)? */
    static boolean organisationCue(String name, String text) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "(?:" + ORG_APPOSITION + "|" + PLURAL_VERB + ")").matcher(text).find();
    }

    /** Does the text use the name's last word with an article ("the Tane", "the Herons"), as people's names never are? */
    private static boolean withArticle(String name, String text) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return Pattern.compile("\\bthe " + Pattern.quote(last) + "\\b").matcher(text).find();
    }

    record Mention(String name, String type) {}

    /** What one document says: typed mentions, single capitalised words, and unresolved name-like runs. */
    private static final class Found {
        final List<Mention> mentions = new ArrayList<>();
        final List<String> singles = new ArrayList<>();
        final List<String> candidates = new ArrayList<>();
    }

    public static List<Module.EntityCount> find(String text, List<String> authors, List<Module.GlossaryEntry> glossary) {
        Map<String, String> acronymOrgs = new HashMap<>();
        for (Module.GlossaryEntry g : glossary) {
            if (isOrg(g.meaning().split("\\s+"))) acronymOrgs.put(g.term(), g.meaning());
        }
        Found f = new Found();
        for (String paragraph : text.split("\n+")) {
            for (List<String> seq : capitalisedSequences(paragraph)) classify(seq, f, acronymOrgs, authors);
        }
        Map<String, String> typeOf = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : f.mentions) {
            typeOf.putIfAbsent(m.name(), m.type());
            counts.merge(m.name(), 1, Integer::sum);
        }
        for (String a : authors) typeOf.putIfAbsent(a, "person");
        // A name-like run is a person when one of its words was a titled name ("Minister Sato") or its
        // last word is used alone elsewhere, as surnames are ("… Kenji Sato … Sato said").
        Set<String> titled = new HashSet<>();
        typeOf.forEach((n, t) -> { if (t.equals("person") && !n.contains(" ")) titled.add(n); });
        Set<String> alone = new HashSet<>(f.singles);
        List<String> unresolved = new ArrayList<>();
        for (String c : f.candidates) {
            String[] parts = c.split(" ");
            // "Millbrook Herons, a part-time club", "Herons who sit two divisions higher": an organisation, not a person
            if (organisationCue(c, text)) {
                typeOf.putIfAbsent(c, "organisation");
                counts.merge(c, 1, Integer::sum);
                continue;
            }
            // a surname is never written with an article ("the Herons"): such a run stays untyped
            if (withArticle(c, text)) { unresolved.add(c); continue; }
            if (java.util.Arrays.stream(parts).anyMatch(titled::contains) || alone.contains(parts[parts.length - 1])) {
                typeOf.putIfAbsent(c, "person");
                counts.merge(c, 1, Integer::sum);
            } else {
                unresolved.add(c);
            }
        }
        // Spelling variants of one person ("Lee Jae-myung", "Lee Jae Myung") become the most frequent form.
        Map<String, String> canonicalByKey = new TreeMap<>();
        for (var e : typeOf.entrySet()) {
            if (!e.getValue().equals("person") || !e.getKey().contains(" ")) continue;
            String key = personKey(e.getKey());
            String cur = canonicalByKey.get(key);
            if (cur == null || counts.getOrDefault(e.getKey(), 0) > counts.getOrDefault(cur, 0)) canonicalByKey.put(key, e.getKey());
        }
        for (String name : new ArrayList<>(counts.keySet())) {
            if (!"person".equals(typeOf.get(name)) || !name.contains(" ")) continue;
            String canonical = canonicalByKey.get(personKey(name));
            if (!canonical.equals(name)) counts.merge(canonical, counts.remove(name), Integer::sum);
        }
        // Untyped name-like runs that are a known person in another order ("Ishiba Shigeru") count for that person.
        for (String c : unresolved) {
            String canonical = canonicalByKey.get(personKey(c));
            if (canonical != null) counts.merge(canonical, 1, Integer::sum);
        }
        // Parts of full names ("Santos", "Lee") that belong to one person only.
        Map<String, String> alias = new HashMap<>();
        Map<String, Integer> aliasUses = new HashMap<>();
        for (String full : new java.util.TreeSet<>(canonicalByKey.values())) {
            for (String part : new java.util.LinkedHashSet<>(List.of(full.split("\\s+")))) {
                if (part.length() < 2 || PLACES.containsKey(part)) continue;
                aliasUses.merge(part, 1, Integer::sum);
                alias.putIfAbsent(part, full);
            }
        }
        for (String s : f.singles) {
            String full = alias.get(s);
            if (full != null && aliasUses.get(s) == 1) {
                counts.merge(full, 1, Integer::sum);
                typeOf.putIfAbsent(full, "person");
            }
        }
        // Single-word "people" (from "President X") fold into their full name.
        for (String name : new ArrayList<>(counts.keySet())) {
            if (!name.contains(" ") && "person".equals(typeOf.get(name)) && alias.containsKey(name) && aliasUses.get(name) == 1) {
                counts.merge(alias.get(name), counts.remove(name), Integer::sum);
            }
        }
        List<Module.EntityCount> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new Module.EntityCount(name, typeOf.get(name), n)));
        out.sort(Comparator.comparingInt(Module.EntityCount::count).reversed().thenComparing(Module.EntityCount::name));
        return out.size() > MAX_ENTITIES ? List.copyOf(out.subList(0, MAX_ENTITIES)) : out;
    }

    /** A person's name as a set of parts, ignoring order, case and hyphens: "Lee Jae-myung" ≡ "Lee Jae Myung". */
    private static String personKey(String name) {
        return new java.util.TreeSet<>(List.of(name.toLowerCase(Locale.ROOT).split("[\\s-]+"))).toString();
    }

    /**
     * Runs of proper-noun tokens in each sentence: capitalised words (a sentence's first word only if
     * tagged NNP), joined by "of"/"for"/"the"/"on"/"de"/"&" (and "and" after "of"/"for"), ending at a
     * possessive, punctuation, a number, a month or weekday, or a lowercase word.
     */
    static List<List<String>> capitalisedSequences(String paragraph) {
        List<List<String>> out = new ArrayList<>();
        String clean = paragraph.replaceAll("[*_\\[\\]]", " ");
        for (String sentence : org.lectern.importing.nlp.Nlp.sentences(clean)) {
            List<String> toks = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) toks.add(m.group());
            if (toks.isEmpty()) continue;
            String[] tags = org.lectern.importing.nlp.Nlp.posTags(toks.toArray(String[]::new));
            List<String> cur = new ArrayList<>();
            boolean start = true;
            for (int i = 0; i < toks.size(); i++) {
                String tok = toks.get(i);
                String lower = tok.toLowerCase(Locale.ROOT);
                boolean cap = Character.isUpperCase(tok.codePointAt(0)) && !MONTHS.contains(lower) && !tok.matches(".*\\d.*");
                if (cap && start && !tags[i].startsWith("NNP") && (LEADING.contains(lower) || NOT_A_NAME_TAG.matcher(tags[i]).matches())) cap = false;
                // A capitalised verb in a title-case line ("Minister Sato Says …") is not part of a name.
                if (cap && !start && (tags[i].startsWith("VB") || HEADLINE_VERBS.contains(lower))) { flush(out, cur); start = false; continue; }
                if (tok.matches("[\"“‘'(]")) { flush(out, cur); continue; } // an opening quote keeps the sentence start
                start = false;
                if (cap) {
                    // "Japan-South" style compounds split unless the compound is itself a place.
                    if (tok.matches(".*\\p{L}-\\p{Lu}.*") && !PLACES.containsKey(tok)) {
                        String[] parts = tok.split("-(?=\\p{Lu})");
                        for (int k = 0; k < parts.length; k++) {
                            if (k > 0) flush(out, cur);
                            cur.add(parts[k]);
                        }
                    } else {
                        cur.add(tok);
                    }
                } else if (tok.matches("['’]s")) {
                    flush(out, cur);
                } else if (!cur.isEmpty() && i + 1 < toks.size() && Character.isUpperCase(toks.get(i + 1).codePointAt(0))
                        && !MONTHS.contains(toks.get(i + 1).toLowerCase(Locale.ROOT))
                        && (CONNECTORS.contains(tok) && !tok.equals("and") || tok.equals("and") && (cur.contains("of") || cur.contains("for")))) {
                    cur.add(tok);
                } else {
                    flush(out, cur);
                }
            }
            flush(out, cur);
        }
        return out;
    }

    private static void flush(List<List<String>> out, List<String> cur) {
        while (!cur.isEmpty() && CONNECTORS.contains(cur.get(cur.size() - 1))) cur.remove(cur.size() - 1);
        if (!cur.isEmpty()) out.add(new ArrayList<>(cur));
        cur.clear();
    }

    private static String stripPossessive(String t) {
        return t.replaceAll("(?:['’]s|['’])$", "").replaceAll("\\.$", t.matches("(?:\\p{Lu}\\.)+") ? "." : "");
    }

    private static void classify(List<String> rawSeq, Found f, Map<String, String> acronymOrgs, List<String> authors) {
        List<String> seq = new ArrayList<>();
        for (String t : rawSeq) seq.add(stripPossessive(t));
        while (!seq.isEmpty() && (LEADING.contains(seq.get(0).toLowerCase(Locale.ROOT)) || CONNECTORS.contains(seq.get(0)))) seq.remove(0);
        if (seq.isEmpty()) return;
        String joined = String.join(" ", seq);
        if (PLACES.containsKey(joined)) { f.mentions.add(new Mention(PLACES.get(joined), "place")); return; }
        if (acronymOrgs.containsKey(joined)) { f.mentions.add(new Mention(acronymOrgs.get(joined), "organisation")); return; }
        if (isOrg(seq.toArray(String[]::new)) && seq.size() >= 2) { f.mentions.add(new Mention(joined, "organisation")); return; }
        // "River Tane", "Lake Tarn", "Harbour Street": a geographic word opens or ends the name of a place
        if (seq.size() >= 2 && seq.size() <= 4 && (GEO_FIRST.contains(seq.get(0)) || GEO_LAST.contains(seq.get(seq.size() - 1)))
                && seq.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) { f.mentions.add(new Mention(joined, "place")); return; }
        // A person title inside the run: the name-like words after it are a name, what precedes is classified on its own.
        for (int i = 0; i < seq.size(); i++) {
            int titleLen = titleAt(seq, i);
            if (titleLen > 0) {
                if (i > 0) classify(new ArrayList<>(seq.subList(0, i)), f, acronymOrgs, authors);
                int j = i + titleLen;
                int end = j;
                while (end < seq.size() && end - j < 4 && nameLike(seq.get(end)) && !PLACES.containsKey(seq.get(end))) end++;
                if (end > j) f.mentions.add(new Mention(String.join(" ", seq.subList(j, end)), "person"));
                if (end < seq.size()) classify(new ArrayList<>(seq.subList(end, seq.size())), f, acronymOrgs, authors);
                return;
            }
        }
        // An organisation head word inside a longer run: "… Institute Director" → the organisation, then the rest.
        for (int i = seq.size() - 2; i >= 1; i--) {
            if (ORG_WORDS.contains(seq.get(i)) && isOrg(seq.subList(0, i + 1).toArray(String[]::new))) {
                f.mentions.add(new Mention(String.join(" ", seq.subList(0, i + 1)), "organisation"));
                classify(new ArrayList<>(seq.subList(i + 1, seq.size())), f, acronymOrgs, authors);
                return;
            }
        }
        // Split at connectors when the whole run was not an organisation.
        int c = indexOfConnector(seq);
        if (c > 0) {
            classify(new ArrayList<>(seq.subList(0, c)), f, acronymOrgs, authors);
            classify(new ArrayList<>(seq.subList(c + 1, seq.size())), f, acronymOrgs, authors);
            return;
        }
        // Longest place name inside the run ("South Korean" is not a place; "New Zealand" is).
        for (int len = seq.size() - 1; len >= 1; len--) {
            for (int i = 0; i + len <= seq.size(); i++) {
                String sub = String.join(" ", seq.subList(i, i + len));
                if (PLACES.containsKey(sub) && (len > 1 || seq.size() <= 3)) {
                    f.mentions.add(new Mention(PLACES.get(sub), "place"));
                    if (i > 0) classify(new ArrayList<>(seq.subList(0, i)), f, acronymOrgs, authors);
                    if (i + len < seq.size()) classify(new ArrayList<>(seq.subList(i + len, seq.size())), f, acronymOrgs, authors);
                    return;
                }
            }
        }
        if (seq.size() == 1) { f.singles.add(joined); return; }
        if (seq.size() <= 3 && seq.stream().allMatch(EntityFinder::nameLike)) {
            boolean hyphenatedGiven = seq.subList(1, seq.size()).stream().anyMatch(t -> HYPHENATED_GIVEN.matcher(t).matches());
            if (authors.contains(joined) || GIVEN.contains(seq.get(0)) || hyphenatedGiven) f.mentions.add(new Mention(joined, "person"));
            else f.candidates.add(joined);
        }
    }

    private static boolean nameLike(String t) {
        return t.length() > 1 && !t.equals(t.toUpperCase(Locale.ROOT)) && !NOT_NAMES.contains(t.toLowerCase(Locale.ROOT))
                && !ORG_WORDS.contains(t) && !EVENT_NOUNS.contains(t.toLowerCase(Locale.ROOT)) && !t.matches(".*\\d.*");
    }

    private static int indexOfConnector(List<String> seq) {
        for (int i = 0; i < seq.size(); i++) if (CONNECTORS.contains(seq.get(i))) return i;
        return -1;
    }

    private static int titleAt(List<String> seq, int i) {
        for (int len = Math.min(4, seq.size() - i); len >= 1; len--) {
            if (TITLES.contains(String.join(" ", seq.subList(i, i + len)))) return len;
        }
        return 0;
    }

    static boolean isOrg(String[] words) {
        if (words.length == 0) return false;
        String last = words[words.length - 1];
        if (ORG_WORDS.contains(last)) return true;
        // "Ministry of …", "Bank of …", "Democratic Party of …": a head word followed by of/for and a name.
        for (int i = 0; i + 2 < words.length; i++) {
            if (ORG_WORDS.contains(words[i]) && (words[i + 1].equals("of") || words[i + 1].equals("for"))) return true;
        }
        return false;
    }

    static Map<String, String> places() { return new LinkedHashMap<>(PLACES); }
}
