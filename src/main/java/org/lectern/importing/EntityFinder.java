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

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*|[,;:()\"“”!?—–]");

    record Mention(String name, String type) {}

    public static List<Module.EntityCount> find(String text, List<String> authors, List<Module.GlossaryEntry> glossary) {
        Map<String, String> acronymOrgs = new HashMap<>();
        for (Module.GlossaryEntry g : glossary) {
            if (isOrg(g.meaning().split("\\s+"))) acronymOrgs.put(g.term(), g.meaning());
        }
        List<Mention> mentions = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (String paragraph : text.split("\n+")) {
            for (List<String> seq : capitalisedSequences(paragraph)) {
                classify(seq, mentions, singles, acronymOrgs, authors);
            }
        }
        // Resolve single-word mentions to a person or organisation named in full.
        Map<String, String> typeOf = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : mentions) {
            typeOf.putIfAbsent(m.name(), m.type());
            counts.merge(m.name(), 1, Integer::sum);
        }
        for (String a : authors) typeOf.putIfAbsent(a, "person");
        Map<String, String> alias = new HashMap<>();
        Map<String, Integer> aliasUses = new HashMap<>();
        for (var e : typeOf.entrySet()) {
            if (!e.getValue().equals("person")) continue;
            String[] parts = e.getKey().split("\\s+");
            if (parts.length < 2) continue;
            for (String p : new String[]{parts[0], parts[parts.length - 1]}) {
                aliasUses.merge(p, 1, Integer::sum);
                alias.putIfAbsent(p, e.getKey());
            }
        }
        for (String s : singles) {
            String full = alias.get(s);
            if (full != null && aliasUses.get(s) == 1 && !PLACES.containsKey(s)) {
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

    /** Runs of capitalised tokens (with connectors like "of"), split at punctuation. */
    static List<List<String>> capitalisedSequences(String paragraph) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        Matcher m = TOKEN.matcher(paragraph.replaceAll("[*_\\[\\]]", " "));
        boolean sentenceStart = true;
        while (m.find()) {
            String tok = m.group();
            // Split "Japan-South" style compounds unless the compound is itself a place.
            if (tok.matches(".*\\p{L}-\\p{Lu}.*") && !PLACES.containsKey(stripPossessive(tok))) {
                String[] parts = tok.split("-(?=\\p{Lu})");
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) { flush(out, cur); }
                    cur.add(parts[i]);
                }
                sentenceStart = false;
                continue;
            }
            boolean cap = Character.isUpperCase(tok.codePointAt(0));
            if (cap && !(sentenceStart && NOT_NAMES.contains(tok.toLowerCase(Locale.ROOT)))) {
                cur.add(tok);
                if (tok.endsWith("’s") || tok.endsWith("'s")) flush(out, cur);
            } else if (!cur.isEmpty() && CONNECTORS.contains(tok)) {
                cur.add(tok);
            } else {
                flush(out, cur);
            }
            sentenceStart = tok.matches("[.!?:;\"“”]") || tok.endsWith(".") && !tok.matches("(?:\\p{Lu}\\.)+");
        }
        flush(out, cur);
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

    private static void classify(List<String> rawSeq, List<Mention> mentions, List<String> singles,
                                 Map<String, String> acronymOrgs, List<String> authors) {
        List<String> seq = new ArrayList<>();
        for (String t : rawSeq) seq.add(stripPossessive(t));
        while (!seq.isEmpty() && NOT_NAMES.contains(seq.get(0).toLowerCase(Locale.ROOT))) seq.remove(0);
        if (seq.isEmpty()) return;
        String joined = String.join(" ", seq);
        if (PLACES.containsKey(joined)) { mentions.add(new Mention(PLACES.get(joined), "place")); return; }
        if (acronymOrgs.containsKey(joined)) { mentions.add(new Mention(acronymOrgs.get(joined), "organisation")); return; }
        if (isOrg(seq.toArray(String[]::new)) && seq.size() >= 2) { mentions.add(new Mention(joined, "organisation")); return; }
        // A person title inside the run: what follows is a name, what precedes is classified on its own.
        for (int i = 0; i < seq.size(); i++) {
            int titleLen = titleAt(seq, i);
            if (titleLen > 0) {
                List<String> rest = new ArrayList<>(seq.subList(i + titleLen, seq.size()));
                if (i > 0) classify(new ArrayList<>(seq.subList(0, i)), mentions, singles, acronymOrgs, authors);
                if (!rest.isEmpty() && rest.size() <= 4 && rest.stream().noneMatch(CONNECTORS::contains)
                        && !PLACES.containsKey(String.join(" ", rest))) {
                    mentions.add(new Mention(String.join(" ", rest), "person"));
                } else if (!rest.isEmpty()) {
                    classify(rest, mentions, singles, acronymOrgs, authors);
                }
                return;
            }
        }
        // Split at connectors when the whole run was not an organisation.
        int c = indexOfConnector(seq);
        if (c > 0) {
            classify(new ArrayList<>(seq.subList(0, c)), mentions, singles, acronymOrgs, authors);
            classify(new ArrayList<>(seq.subList(c + 1, seq.size())), mentions, singles, acronymOrgs, authors);
            return;
        }
        // Longest place name inside the run ("South Korean" is not a place; "New Zealand" is).
        for (int len = seq.size() - 1; len >= 1; len--) {
            for (int i = 0; i + len <= seq.size(); i++) {
                String sub = String.join(" ", seq.subList(i, i + len));
                if (PLACES.containsKey(sub) && (len > 1 || seq.size() <= 3)) {
                    mentions.add(new Mention(PLACES.get(sub), "place"));
                    if (i > 0) classify(new ArrayList<>(seq.subList(0, i)), mentions, singles, acronymOrgs, authors);
                    if (i + len < seq.size()) classify(new ArrayList<>(seq.subList(i + len, seq.size())), mentions, singles, acronymOrgs, authors);
                    return;
                }
            }
        }
        if (seq.size() == 1) { singles.add(joined); return; }
        if (seq.size() <= 3 && seq.stream().allMatch(EntityFinder::nameLike)) {
            boolean author = authors.contains(joined);
            if (author || GIVEN.contains(seq.get(0))) mentions.add(new Mention(joined, "person"));
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
        String first = words[0];
        if (ORG_WORDS.contains(last)) return true;
        return words.length >= 3 && ORG_WORDS.contains(first) && (words[1].equals("of") || words[1].equals("for"));
    }

    static Map<String, String> places() { return new LinkedHashMap<>(PLACES); }
}
