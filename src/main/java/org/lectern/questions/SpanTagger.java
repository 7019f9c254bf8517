package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.importing.Module;

/**
 * Typed spans by rules and small bundled word lists (no NER model): persons (title + name, known entities and
 * authors, surnames of known persons), organisations (acronym definitions, names ending in an organisation word,
 * known entities), places (word lists), dates, numbers with a unit, money, percentages, and glossary terms.
 */
public final class SpanTagger {

    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern MONEY = Pattern.compile(
            "(?:(?:US|U\\.S\\.)?\\$|£|€)\\s?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s?(?:trillion|billion|million|thousand)\\b|(?:m|bn)\\b)?"
                    + "|\\b\\d[\\d,]*(?:\\.\\d+)?\\s(?:trillion|billion|million)?\\s?(?:dollars|yen|won|euros|yuan|pounds)\\b");
    private static final Pattern PERCENT = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)");
    private static final Pattern DAY_DATE = Pattern.compile(
            "\\b(" + MONTHS + ")\\s(\\d{1,2})(?:,\\s?|\\s)((?:1[0-9]|20)\\d\\d)\\b|\\b(\\d{1,2})\\s(" + MONTHS + ")\\s((?:1[0-9]|20)\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s((?:1[0-9]|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s(\\d{1,2})\\b(?!,?\\s?\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d–-])\\b((?:19|20)\\d\\d|(?<=(?:in|of|from|since|by|until|around|before|after|circa|between|and|to|the|c\\.) )1[0-8]\\d\\d)\\b(?![–-]\\d)(?!s\\b)");
    /** A month named without day or year ("reopen in September", "the January storms"). */
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(" + MONTHS + ")\\b(?!\\s\\d)(?![\\p{L}-])");
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "\\b(?:town|city|village|county|province|island|district|port|region) of ((?:[A-Z][\\p{L}-]+)(?: [A-Z][\\p{L}-]+)?)\\b(?![’']s? [A-Z])");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d$.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\+)?\\s(?:(?:more|new|additional|different|separate|major|key|\\w+-\\w+)\\s)?([a-z][a-z-]{2,})\\b");
    /**
     * A number in words with a unit ("six metres", "two hours", "fewer than fifty seats"); not "no one", "one of",
     * "one another" and the like, nor a count of things already named ("all three countries", "the two sides").
     */
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "(?<![\\p{L}-])(?<!\\b(?:[Nn]o|[Aa]ny|[Ee]very|[Ss]ome|[Tt]his|[Tt]hat|[Ee]ach|[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur) )\\b(" + NumberWords.PATTERN
                    + ")\\s(?:(?:more|new|additional|different|separate|major|key|\\w+-\\w+)\\s)?([a-z][a-z-]{2,})\\b");
    private static final java.util.Set<String> NOT_WORD_UNITS = java.util.Set.of("another", "other", "others", "more", "less",
            "way", "ways", "thing", "things", "side", "sides", "hand", "point", "too", "each", "both", "all", "who", "whom",
            "whose", "being", "one", "ones", "last", "first", "again", "apart", "alone", "can", "could", "may", "might",
            "must", "should", "did", "does", "not", "said", "say", "says", "also", "only", "then", "there", "here", "these",
            "those", "them", "they", "are", "is", "in", "on", "of", "at", "or", "into", "onto", "over", "under", "between",
            "among", "against", "without", "within", "through", "during", "because", "while", "where", "what", "how", "why");
    private static final Pattern ACRONYM_DEF = Pattern.compile(
            "((?:[A-Z][\\p{L}'’.-]*|of|for|and|the|on|in|&)(?:\\s(?:[A-Z][\\p{L}'’.-]*|of|for|and|the|on|in|&))*)\\s\\(([A-Z][A-Za-z0-9&.+-]{1,9})\\)");
    private static final Pattern CAP_SEQ = Pattern.compile(
            "\\b[A-Z][\\p{L}'’.-]*(?:\\s(?:of|for|and|the|on|de|&)?\\s?[A-Z][\\p{L}'’.-]*)*");
    private static final Pattern NAME = Pattern.compile("[A-Z][\\p{L}'’]+(?:-[\\p{L}]+)?(?:\\s[A-Z][\\p{L}'’]+(?:-[\\p{L}]+)?){0,3}");
    private static final List<String> NOT_UNITS = List.of("and", "the", "for", "from", "with", "that", "which", "was",
            "were", "are", "has", "had", "have", "per", "percent", "years-old", "but", "when", "will", "would", "to",
            "times", "out", "such", "its", "their", "his", "her", "until", "after", "before", "since", "about");
    private static final java.util.Set<String> NOT_NAME_WORDS = java.util.Set.of("The", "A", "An", "In", "On", "At",
            "And", "But", "Or", "For", "Of", "To", "By", "As", "If", "When", "While", "This", "That", "These", "Those",
            "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "After", "Before", "Since", "During");

    /** Known names (from module entities, authors, glossary, acronym definitions), case-sensitive. */
    private final Map<String, SpanType> known = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));
    /** Places found by their preposition ("in Dunmore"): name to kind. */
    private final Map<String, String> places = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));
    private static final Pattern IN_PLACE = Pattern.compile("(?<=[a-z,] )(?:in|near|outside|across) (\\p{Lu}\\p{Ll}{2,}(?: \\p{Lu}\\p{Ll}{2,})?)\\b(?![’'-]|\\s\\p{Lu}|\\s(?:of|and)\\s\\p{Lu})");
    /** A season as a time ("in the autumn", "next spring"), not a season of a sport or a show. */
    private static final Pattern SEASON = Pattern.compile("\\b(?:in|by|during|until|next|last|this|over) (?:the )?(spring|summer|autumn|winter)\\b(?! (?:of|term|season|holidays?|sales?|months|storms|floods|crops?|games|olympics)\\b)");
    static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

    static int season(String name) {
        for (int i = 0; i < SEASONS.length; i++) if (SEASONS[i].equals(name)) return i + 1;
        return 0;
    }

    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** Is a capitalised name after "in" no known word (month, day, title, organisation word, demonym, language)? */
    private static boolean unknownName(String name, String text) {
        for (String w : name.split(" ")) {
            if (NOT_NAME_WORDS.contains(w) || Lexicon.ORG_WORDS.contains(w) || Lexicon.TITLES.contains(w)
                    || Lexicon.DEMONYMS.contains(w.toLowerCase(Locale.ROOT)) || w.matches(MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
                    || w.matches("English|French|Spanish|German|Chinese|Latin|Arabic|Parliament|Congress|Government|Europe|Africa|Asia|America")) return false;
        }
        if (Lexicon.placeGroup(name) != null) return false;
        // a word the text also writes in lower case is no name ("in Summary", "in Practice")
        return !Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find();
    }

    /** Surname (last name token) to full name, for persons. */
    private final Map<String, String> surnames = new TreeMap<>();
    /** Glossary terms (lower case) to their canonical form. */
    private final Map<String, String> terms = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));
    /** Acronym to long form and long form to acronym, from definitions. */
    final Map<String, String> acronyms = new TreeMap<>();

    private static final Pattern TITLE_NAME;
    static {
        StringBuilder alt = new StringBuilder();
        for (String t : Lexicon.TITLES) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
        TITLE_NAME = Pattern.compile("(?i:\\b(?:" + alt + "))(?:,)?\\s(" + NAME.pattern() + ")");
    }

    private static final Pattern APPOSITIVE_PERSON;
    static {
        StringBuilder alt = new StringBuilder("coordinator|director|head|chief|founder|leader|spokesperson|spokesman|spokeswoman|author|economist|historian|scientist|researcher|professor|goldsmith|monk|inventor|governor|chair|president|minister|secretary|ceo");
        APPOSITIVE_PERSON = Pattern.compile("(?<![\\p{L}] )\\b([A-Z][\\p{L}'’]+(?:\\s[A-Z][\\p{L}'’]+){1,2}),\\s(?:the|a|an)\\s(?:[\\p{L}-]+\\s){0,2}?(?i:" + alt + ")\\b");
    }

    /** Role nouns before or after a person's name: the people heads of groups.txt and roles.txt. */
    static final java.util.Set<String> ROLES = new java.util.TreeSet<>();
    /** Nouns that introduce an organisation's name (org_roles.txt). */
    static final java.util.Set<String> ORG_ROLES = new java.util.TreeSet<>();
    private static final Pattern ROLE_NAME, NAME_ROLE, ORG_ROLE_NAME;
    /** A full name: two or three capitalised words. */
    private static final String FULL_NAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?){1,2})";
    static {
        for (String line : Lexicon.lines("groups.txt")) {
            String[] f = line.split("\\|");
            if (f.length > 2 && f[2].equals("people")) ROLES.add(f[0]);
        }
        ROLES.addAll(Lexicon.lines("roles.txt"));
        ORG_ROLES.addAll(Lexicon.lines("org_roles.txt"));
        String roles = String.join("|", ROLES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        String orgRoles = String.join("|", ORG_ROLES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        // "the striker Omar Reid", "their goalkeeper, Tom Vale,", "His lawyer, Ann Price,"
        ROLE_NAME = Pattern.compile("\\b(?:" + roles + "),? " + FULL_NAME + "\\b(?![ -]\\p{Lu})");
        // "Lena Moss, a nurse who ...", "Jo Park, the team's coach"
        NAME_ROLE = Pattern.compile("(?<!\\p{Lu}\\p{Ll}{0,20} )\\b" + FULL_NAME + ", (?:a|an|the|its|their|his|her) (?:[\\p{L}'’-]+ ){0,2}?(?:" + roles + ")\\b");
        // "the charity Home Shield", "the appliance maker Halvorsen Appliances", "the consumer group Shoppers First"
        ORG_ROLE_NAME = Pattern.compile("\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[a-z-]+ ){0,2}(?:" + orgRoles + ") ((?:\\p{Lu}[\\p{L}'’&-]*)(?: (?:of |for |and |&amp; )?\\p{Lu}[\\p{L}'’&-]*){0,5})");
    }

    private static final Pattern ROLE_BEFORE, ROLE_AFTER;
    static {
        String roles = String.join("|", ROLES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        // the whole title phrase ("Finance director", "a consumer goods analyst"), never one word cut from it
        ROLE_BEFORE = Pattern.compile("(?<![\\p{L}-])((?:[A-Za-z][a-z-]+ ){0,2}(?i:" + roles + ")),? $");
        ROLE_AFTER = Pattern.compile("^, (?:a|an|the) ((?:[a-z-]+ ){0,2}(?:" + roles + "))\\b");
    }

    /** The role noun written next to a name ("the striker ", ", a nurse"), or null. */
    static String roleOf(String text, int start, int end) {
        Matcher b = ROLE_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (b.find()) return cleanRole(b.group(1));
        Matcher a = ROLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        return a.find() ? cleanRole(a.group(1)) : null;
    }

    private static final Pattern NOT_MODIFIER = Pattern.compile(
            "(?i)(?:said|says|say|told|tells|added|adds|warned|warns|according|when|while|where|as|and|or|but|by|to|with|of|for|from|at|in|on|the|a|an|its|their|his|her|our|new|former|then|now|[a-z]+ed|[a-z]+ly)");

    /** The role phrase without the words before it that are no part of a title ("said finance director"), in lower case unless a name. */
    static String cleanRole(String role) {
        String[] w = role.split(" ");
        int from = 0;
        while (from < w.length - 1 && (NOT_MODIFIER.matcher(w[from]).matches() || Text.STOP.contains(w[from].toLowerCase(java.util.Locale.ROOT)))) from++;
        String out = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
        // a sentence's capital is no part of the title
        if (out.matches("\\p{Lu}\\p{Ll}[\\p{Ll}-]*(?: [\\p{Ll}-]+)*")) out = Character.toLowerCase(out.charAt(0)) + out.substring(1);
        return out;
    }

    /** A capitalised word not next to another capitalised word. */
    private static final Pattern ALONE = Pattern.compile("(?<![A-Z][\\p{L}-]{0,30}\\s)\\b([A-Z][\\p{L}]+)\\b(?![\\s-][A-Z])");

    private static final Map<String, SpanTagger> INSTANCES = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SpanTagger> e) { return size() > 32; }
            });
    private final Map<String, List<TypedSpan>> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Pattern> termPatterns = new ArrayList<>();

    /** One tagger per corpus (the module plus the others): knowledge is the union over all of them. */
    public static SpanTagger of(Module module, List<Module> corpus) {
        List<Module> all = new ArrayList<>();
        all.add(module);
        for (Module m : corpus) if (!m.slug().equals(module.slug())) all.add(m);
        all.sort(Comparator.comparing(Module::slug));
        StringBuilder key = new StringBuilder();
        for (Module m : all) key.append(m.slug()).append(':').append(m.body().hashCode()).append(':')
                .append(m.entities().hashCode()).append(m.glossary().hashCode()).append(';');
        return INSTANCES.computeIfAbsent(key.toString(), k -> new SpanTagger(all));
    }

    static void clearCache() { INSTANCES.clear(); }

    public SpanTagger(Module module, List<Module> corpus) {
        this(concat(module, corpus));
    }

    private static List<Module> concat(Module module, List<Module> corpus) {
        List<Module> all = new ArrayList<>();
        all.add(module);
        for (Module m : corpus) if (!m.slug().equals(module.slug())) all.add(m);
        return all;
    }

    private SpanTagger(List<Module> all) {
        for (Module m : all) {
            for (Module.EntityCount e : m.entities()) {
                SpanType t = switch (e.type() == null ? "" : e.type().toLowerCase(Locale.ROOT)) {
                    case "person" -> SpanType.PERSON;
                    case "organisation", "organization" -> SpanType.ORGANISATION;
                    case "place" -> SpanType.PLACE;
                    default -> null;
                };
                // an entity called a person whose name ends in an organisation word ("Dunmore Rovers") is an organisation
                if (t == SpanType.PERSON && e.name() != null && isOrgName(e.name())) t = SpanType.ORGANISATION;
                // ... and one whose name opens or ends with a geographic word ("River Tane") is a place
                if (t == SpanType.PERSON && e.name() != null && geographic(e.name())) t = SpanType.PLACE;
                if (t != null && e.name() != null && e.name().length() > 1) known.putIfAbsent(e.name(), t);
            }
            for (String a : m.authors()) if (a != null && a.contains(" ")) known.putIfAbsent(a, SpanType.PERSON);
            for (Module.GlossaryEntry g : m.glossary()) {
                if (g.term() == null || g.term().isBlank()) continue;
                terms.putIfAbsent(g.term().toLowerCase(Locale.ROOT), g.term());
                if (g.term().matches("[A-Z][A-Z0-9&]{1,9}") && g.meaning() != null) acronyms.putIfAbsent(g.term(), g.meaning());
            }
            Matcher d = ACRONYM_DEF.matcher(Sentences.plain(m.body()));
            while (d.find()) {
                String longForm = trimLong(d.group(1), d.group(2));
                if (longForm != null) acronyms.putIfAbsent(d.group(2), longForm);
            }
            // titles followed by names reveal persons
            String plain = Sentences.plain(m.body());
            Matcher tm = TITLE_NAME.matcher(plain);
            while (tm.find()) {
                String name = cleanName(tm.group(1));
                if (name != null && Lexicon.placeGroup(name) == null && !isOrgName(name)) known.putIfAbsent(name, SpanType.PERSON);
            }
            // "Name Surname, the chair of ...": an appositive title reveals a person too
            Matcher ap = APPOSITIVE_PERSON.matcher(plain);
            while (ap.find()) {
                String name = cleanName(ap.group(1));
                if (name != null && name.contains(" ") && Lexicon.placeGroup(name) == null && !isOrgName(name)) known.putIfAbsent(name, SpanType.PERSON);
            }
            // a role noun next to a full name: "the striker Omar Reid", "Lena Moss, a nurse"
            for (Pattern rp : List.of(ROLE_NAME, NAME_ROLE)) {
                Matcher rm = rp.matcher(plain);
                while (rm.find()) {
                    String name = cleanName(rm.group(1));
                    if (name != null && name.contains(" ") && !containsPlace(name) && !isOrgName(name) && !NOT_NAME_WORDS.contains(name.split(" ")[0])
                            && !name.matches(".*\\b(?:" + MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b.*"))
                        known.putIfAbsent(name, SpanType.PERSON);
                }
            }
            // "the charity Home Shield": a name introduced as an organisation
            Matcher om = ORG_ROLE_NAME.matcher(plain);
            while (om.find()) {
                String name = om.group(1).replaceAll("[’']s$", "");
                if (name.length() > 2 && !NOT_NAME_WORDS.contains(name.split(" ")[0]) && Lexicon.placeGroup(name) == null
                        && !name.matches("(?:" + MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b.*")) known.putIfAbsent(name, SpanType.ORGANISATION);
            }
            // "in Dunmore", "near Rossby": a capitalised name after a preposition of place, never written in lower case
            Matcher pm = IN_PLACE.matcher(plain);
            while (pm.find()) {
                String name = pm.group(1);
                if (unknownName(name, plain)) places.putIfAbsent(name, "city");
            }
        }
        for (var e : acronyms.entrySet()) {
            SpanType t = isOrgName(e.getValue()) ? SpanType.ORGANISATION : SpanType.TERM;
            known.putIfAbsent(e.getKey(), t);
            known.putIfAbsent(e.getValue(), t);
        }
        known.entrySet().removeIf(e -> e.getValue() == SpanType.PERSON && containsPlace(e.getKey()));
        StringBuilder allText = new StringBuilder();
        for (Module m : all) allText.append(Sentences.plain(m.body())).append('\n');
        String text = allText.toString();
        java.util.Set<String> alone = new java.util.HashSet<>();
        Matcher cw = ALONE.matcher(text);
        while (cw.find()) alone.add(cw.group(1));
        for (var e : known.entrySet()) {
            if (e.getValue() != SpanType.PERSON) continue;
            String[] parts = e.getKey().split("\\s+");
            if (parts.length >= 2) {
                // a short form is a name part the texts use on its own (family name first or last)
                for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
                    if (part.length() < 2 || Lexicon.placeGroup(part) != null || Lexicon.ORG_WORDS.contains(part)
                            || NOT_NAME_WORDS.contains(part) || Lexicon.TITLES.contains(part)) continue;
                    // a word the text uses with an article ("a single Bible") is a common noun, not a name
                    if (Pattern.compile("\\b(?:[Aa]n?|[Tt]he|single|every|each|this|that) " + Pattern.quote(part) + "\\b").matcher(text).find()) continue;
                    if (alone.contains(part)) surnames.putIfAbsent(part, e.getKey());
                }
            }
        }
        // an organisation called by its first word alone ("Halvorsen" for "Halvorsen Appliances")
        for (var e : known.entrySet()) {
            if (e.getValue() != SpanType.ORGANISATION) continue;
            String[] parts = e.getKey().split("\\s+");
            String w = parts[0];
            if (parts.length < 2 || w.length() < 3 || !w.matches("\\p{Lu}\\p{Ll}+") || NOT_NAME_WORDS.contains(w) || Lexicon.ORG_WORDS.contains(w)
                    || Lexicon.TITLES.contains(w) || Lexicon.placeGroup(w) != null || Lexicon.DEMONYMS.contains(w.toLowerCase(Locale.ROOT))
                    || known.containsKey(w) || surnames.containsKey(w)) continue;
            if (alone.contains(w) && !Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find()) orgShort.putIfAbsent(w, e.getKey());
        }
        for (String t : terms.keySet()) termPatterns.add(Pattern.compile("(?i)\\b" + Pattern.quote(t) + "\\b"));
    }

    /** First word of an organisation's name used alone, to the full name. */
    private final Map<String, String> orgShort = new TreeMap<>();

    private static String trimLong(String candidate, String acronym) {
        String[] words = candidate.split("\\s+");
        // keep as many trailing words as needed for the initials to cover the acronym
        char first = acronym.charAt(0);
        for (int i = 0; i < words.length; i++) {
            if (Character.toUpperCase(words[i].charAt(0)) == first && Character.isUpperCase(words[i].charAt(0))) {
                String s = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                long caps = java.util.Arrays.stream(words, i, words.length).filter(w -> Character.isUpperCase(w.charAt(0))).count();
                if (caps >= Math.min(2, acronym.replaceAll("[^A-Z]", "").length()) && caps <= acronym.length() + 3) return s;
            }
        }
        return null;
    }

    private static boolean containsPlace(String name) {
        for (String w : name.split("\\s+")) if (Lexicon.placeGroup(w) != null || Lexicon.DEMONYMS.contains(w.toLowerCase(Locale.ROOT))) return true;
        return Lexicon.placeGroup(name) != null;
    }

    /** Does the text introduce the name with a role noun ("the striker Ellis Hart", "Lena Moss, a nurse")? */
    static boolean roleNamed(String name, String text) {
        for (Pattern p : List.of(ROLE_NAME, NAME_ROLE)) {
            Matcher m = p.matcher(text);
            while (m.find()) if (m.group(1).equals(name)) return true;
        }
        return false;
    }

    /** Does the name open or end with a geographic word ("River Tane", "Harbour Street")? */
    static boolean geographic(String name) {
        String[] w = name.split("\\s+");
        return w.length >= 2 && (org.lectern.importing.EntityFinder.GEO_FIRST.contains(w[0]) || org.lectern.importing.EntityFinder.GEO_LAST.contains(w[w.length - 1]));
    }

    static boolean isOrgName(String name) {
        for (String w : name.split("\\s+")) if (Lexicon.ORG_WORDS.contains(w)) return true;
        return false;
    }

    private static String cleanName(String raw) {
        List<String> parts = new ArrayList<>();
        for (String p : raw.split("\\s")) {
            if (NOT_NAME_WORDS.contains(p)) break;
            if (p.endsWith("’s") || p.endsWith("'s")) { parts.add(p.substring(0, p.length() - 2)); break; }
            parts.add(p);
        }
        if (parts.isEmpty()) return null;
        String n = String.join(" ", parts);
        if (Lexicon.TITLES.contains(n) || n.length() < 3) return null;
        return n;
    }

    public String longFormOf(String acronym) { return acronyms.get(acronym); }

    public String acronymOf(String longForm) {
        for (var e : acronyms.entrySet()) if (e.getValue().equalsIgnoreCase(longForm)) return e.getKey();
        return null;
    }

    public String fullName(String person) { return surnames.getOrDefault(person, person); }

    private final Map<String, List<TypedSpan>> bodyMemo = new java.util.concurrent.ConcurrentHashMap<>();

    /** All spans of a module body, paragraph by paragraph (memoised per slug). */
    List<TypedSpan> tagBody(Module m) {
        return bodyMemo.computeIfAbsent(m.slug() + "\u0000" + m.body().hashCode(), k -> {
            List<TypedSpan> out = new ArrayList<>();
            for (String para : Sentences.paragraphs(m.body())) out.addAll(tag(Sentences.plain(para)));
            return List.copyOf(out);
        });
    }

    public List<TypedSpan> tag(String s) {
        return memo.computeIfAbsent(s, this::tagNow);
    }

    private List<TypedSpan> tagNow(String s) {
        List<TypedSpan> c = new ArrayList<>();
        Matcher m = MONEY.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.MONEY, m.group().strip(), m.start(), m.start() + m.group().strip().length(), moneyUnit(m.group()), amount(m.group()), m.group().strip()));
        m = PERCENT.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.PERCENT, m.group(), m.start(), m.end(), "percent", amount(m.group()), m.group()));
        m = DAY_DATE.matcher(s);
        while (m.find()) {
            int mon = m.group(1) != null ? month(m.group(1)) : month(m.group(5));
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int yr = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(6));
            c.add(new TypedSpan(SpanType.DATE, m.group(), m.start(), m.end(), "day", yr * 10000 + mon * 100 + day, m.group()));
        }
        m = MONTH_YEAR.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.DATE, m.group(), m.start(), m.end(), "month",
                Integer.parseInt(m.group(2)) * 10000 + month(m.group(1)) * 100, m.group()));
        m = MONTH_DAY.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.DATE, m.group(), m.start(), m.end(), "monthday",
                month(m.group(1)) * 100 + Integer.parseInt(m.group(2)), m.group()));
        m = YEAR.matcher(s);
        while (m.find()) {
            if (afterName(s, m.start(1))) continue;
            c.add(new TypedSpan(SpanType.DATE, m.group(1), m.start(1), m.end(1), "year", Integer.parseInt(m.group(1)) * 10000, m.group(1)));
        }
        m = NUMBER.matcher(s);
        while (m.find()) {
            String unit = m.group(3);
            if (NOT_UNITS.contains(unit) || unit.matches("(?i)" + MONTHS)) continue;
            String num = m.group(1);
            double v = amount(num);
            if (num.matches("(19|20)\\d\\d") && !unit.matches("[a-z]+s")) continue;
            if (afterName(s, m.start(1))) continue;
            c.add(new TypedSpan(SpanType.NUMBER, num + (m.group(2) == null ? "" : "+"), m.start(1),
                    m.end(1) + (m.group(2) == null ? 0 : 1), singular(unit), v, num));
        }
        m = NUMBER_WORDS.matcher(s);
        while (m.find()) {
            String unit = m.group(2);
            if (NOT_UNITS.contains(unit) || NOT_WORD_UNITS.contains(unit) || unit.matches("(?i)" + MONTHS)) continue;
            String num = m.group(1);
            // "which two countries" asks; "in which three crossings were abandoned" counts
            if (s.substring(0, m.start()).matches("(?is).*\\bwhich $") && !s.substring(0, m.start()).matches("(?is).*\\b(?:in|of|on|at|during|for|from|by|with|after|before) which $")) continue;
            long v = NumberWords.value(num);
            if (v <= 1) continue; // "one" is mostly a pronoun or determiner, and a singular unit takes no other number
            c.add(new TypedSpan(SpanType.NUMBER, num, m.start(1), m.end(1), singular(unit), v, num));
        }
        NumberWords.fractions(s, c);
        m = BARE_MONTH.matcher(s);
        while (m.find()) {
            // a capitalised "May" opening a sentence is the modal verb
            if (m.group(1).equals("May") && s.substring(0, m.start()).matches("(?s)\\s*|.*[.!?:\"“]\\s*")) continue;
            c.add(new TypedSpan(SpanType.DATE, m.group(1), m.start(1), m.end(1), "monthname", month(m.group(1)) * 100, m.group(1)));
        }
        m = SEASON.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.DATE, m.group(1), m.start(1), m.end(1), "season", season(m.group(1)), m.group(1)));
        m = WEEKDAY.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.DATE, m.group(1), m.start(1), m.end(1), "weekday", weekday(m.group(1)), m.group(1)));
        // known names first (longest first), then title + name, places, acronym defs, capitalised org names
        for (var e : known.entrySet()) addAll(c, s, e.getKey(), e.getValue(), e.getKey());
        for (var e : places.entrySet()) addAll(c, s, e.getKey(), SpanType.PLACE, e.getValue());
        for (var e : orgShort.entrySet()) addAll(c, s, e.getKey(), SpanType.ORGANISATION, e.getValue());
        for (var e : surnames.entrySet()) addAll(c, s, e.getKey(), SpanType.PERSON, e.getValue());
        for (String[] p : Lexicon.PLACE_NAMES) addAll(c, s, p[0], SpanType.PLACE, p[1]);
        // "the town of Brookfield", "the village of Hale End": a place by its description, whatever its name
        m = NAMED_PLACE.matcher(s);
        while (m.find()) c.add(new TypedSpan(SpanType.PLACE, m.group(1), m.start(1), m.end(1), "city", 0, m.group(1)));
        m = CAP_SEQ.matcher(s);
        while (m.find()) {
            String seq = m.group().replaceAll("[’']s$", "").replaceAll("(?<=\\p{Ll}{2})\\.$", "");
            String[] w = seq.split("\\s+");
            if (w.length >= 2 && Lexicon.ORG_WORDS.contains(w[w.length - 1].replaceAll("[^\\p{L}]", ""))) {
                int from = 0;
                while (from < w.length && NOT_NAME_WORDS.contains(w[from])) from++;
                String name = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
                if (name.split("\\s+").length >= 2) {
                    int st = m.start() + seq.indexOf(name);
                    c.add(new TypedSpan(SpanType.ORGANISATION, name, st, st + name.length(), "org", 0, name));
                }
            }
        }
        int ti = 0;
        for (var e : terms.entrySet()) {
            Matcher tm = termPatterns.get(ti++).matcher(s);
            while (tm.find()) c.add(new TypedSpan(SpanType.TERM, tm.group(), tm.start(), tm.end(),
                    e.getValue().matches("[A-Z0-9&]+") ? "acronym" : "term", 0, e.getValue()));
        }
        return List.copyOf(resolve(c));
    }

    private void addAll(List<TypedSpan> out, String s, String name, SpanType type, String sub) {
        int from = 0;
        while (true) {
            int i = s.indexOf(name, from);
            if (i < 0) return;
            int end = i + name.length();
            boolean leftOk = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            boolean rightOk = end == s.length() || !Character.isLetterOrDigit(s.charAt(end))
                    && !(s.charAt(end) == '-' && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1)));
            if (leftOk && rightOk) {
                String canonical = type == SpanType.PERSON ? (surnames.containsKey(name) && !name.contains(" ") ? surnames.get(name) : name)
                        : type == SpanType.PLACE ? name : name;
                String subtype = switch (type) {
                    case PLACE -> sub;
                    case PERSON -> "person";
                    case ORGANISATION -> name.matches("[A-Z0-9&.]+") ? "acronym" : "org";
                    default -> name.matches("[A-Z0-9&.]+") ? "acronym" : "term";
                };
                out.add(new TypedSpan(type, name, i, end, subtype, 0, canonical));
            }
            from = i + 1;
        }
    }

    /** Keeps non-overlapping spans: longest first, then by type priority. */
    private static List<TypedSpan> resolve(List<TypedSpan> c) {
        List<TypedSpan> sorted = new ArrayList<>(c);
        sorted.sort(Comparator.comparingInt((TypedSpan t) -> -(t.end() - t.start()))
                .thenComparing(t -> t.type().ordinal()).thenComparingInt(TypedSpan::start));
        List<TypedSpan> kept = new ArrayList<>();
        for (TypedSpan t : sorted) {
            boolean clash = false;
            for (TypedSpan k : kept) if (k.overlaps(t)) { clash = true; break; }
            if (!clash) kept.add(t);
        }
        kept.sort(Comparator.comparingInt(TypedSpan::start));
        return kept;
    }

    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}-]+) $");

    /** "the Aero 300 fan", "the Water Act 1991": a number that is part of a name, not a year or a count. */
    private static boolean afterName(String s, int at) {
        Matcher name = NAME_BEFORE.matcher(s.substring(Math.max(0, at - 30), at));
        return name.find() && !NOT_NAME_WORDS.contains(name.group(1))
                && !name.group(1).matches(MONTHS + "|Around|Since|Until|From|By|Circa|Between|Early|Late|Mid|About|Nearly|Some|Only|Just|Over|Almost");
    }

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static int weekday(String name) {
        for (int i = 0; i < WEEKDAYS.length; i++) if (WEEKDAYS[i].equals(name)) return i + 1;
        return 0;
    }

    static int month(String name) {
        String[] ms = MONTHS.split("\\|");
        for (int i = 0; i < ms.length; i++) if (ms[i].equalsIgnoreCase(name)) return i + 1;
        return 0;
    }

    static double amount(String s) {
        Matcher m = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(s);
        if (!m.find()) return 0;
        double v = Double.parseDouble(m.group().replace(",", ""));
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("trillion")) v *= 1e12;
        else if (l.contains("billion")) v *= 1e9;
        else if (l.contains("million")) v *= 1e6;
        else if (l.contains("thousand")) v *= 1e3;
        else if (l.matches(".*\\dbn")) v *= 1e9;
        else if (l.matches(".*\\dm")) v *= 1e6;
        return v;
    }

    private static String moneyUnit(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String u : List.of("yen", "won", "euros", "yuan", "pounds")) if (l.contains(u)) return u;
        if (l.startsWith("£")) return "pounds";
        if (l.startsWith("€")) return "euros";
        return "dollars";
    }

    /** Plurals that add -es: after a sibilant, and nouns that end in -s. */
    private static final Pattern ES_PLURAL = Pattern.compile(
            "(?s).*(?:ch|sh|x|z|ss)es|(?s).*\\b(?:bus|gas|lens|bias|atlas|canvas|census|virus|campus|bonus|status|focus)es");

    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        // "pitches", "dishes", "boxes", "classes", and nouns ending in -s ("buses", "gases"): -es added;
        // "houses", "rises", "cases" keep their e
        if (w.endsWith("es") && ES_PLURAL.matcher(w).matches()) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
