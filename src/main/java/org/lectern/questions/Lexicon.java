package org.lectern.questions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Small bundled word lists (places, titles, organisation words), loaded once. */
final class Lexicon {

    /** Place name (any listed form, lower case) to its group key (the country or region name). */
    static final Map<String, String> PLACE_GROUP = new LinkedHashMap<>();
    /** Names tagged as places, with their kind: country, city, region. Longest first. */
    static final List<String[]> PLACE_NAMES = new ArrayList<>();
    /** Demonyms and other related non-name forms (lower case), also mapped in PLACE_GROUP. */
    static final Set<String> DEMONYMS = new TreeSet<>();
    static final List<String> TITLES = new ArrayList<>();
    static final Set<String> ORG_WORDS = new TreeSet<>();

    static {
        for (String line : lines("places.txt")) {
            String[] f = line.split("\\|");
            String country = f[0];
            PLACE_GROUP.put(country.toLowerCase(Locale.ROOT), country);
            PLACE_NAMES.add(new String[] {country, "country"});
            for (int i = 1; i < f.length; i++) {
                PLACE_GROUP.put(f[i].toLowerCase(Locale.ROOT), country);
                boolean demonym = f[i].matches(".*(an|ese|ish|ian|ic|i|ch|ss|ai|ek)$") && !f[i].matches("[A-Z.]+")
                        && i <= 3 && !f[i].contains(" ") || f[i].equals("Dutch") || f[i].equals("Swiss")
                        || f[i].equals("Greek") || f[i].equals("Thai") || f[i].equals("Lao") || f[i].equals("Filipino")
                        || f[i].equals("New Zealander") || f[i].equals("South Korean") || f[i].equals("North Korean")
                        || f[i].equals("South African");
                boolean acronym = f[i].matches("[A-Z.]+");
                if (demonym && !isCityLike(f[i])) DEMONYMS.add(f[i].toLowerCase(Locale.ROOT));
                else if (!acronym) PLACE_NAMES.add(new String[] {f[i], "city"});
            }
        }
        for (String r : lines("regions.txt")) {
            String bare = r.startsWith("the ") ? r.substring(4) : r;
            PLACE_GROUP.put(bare.toLowerCase(Locale.ROOT), bare);
            PLACE_NAMES.add(new String[] {bare, "region"});
        }
        // a few names that are both: treat as the country group only
        PLACE_NAMES.removeIf(p -> p[1].equals("city") && (p[0].equals("America") || p[0].equals("Britain")
                || p[0].equals("Great Britain") || p[0].equals("Korea") || p[0].equals("England")
                || p[0].equals("Republic of Korea") || p[0].equals("Russian Federation") || p[0].equals("Türkiye")));
        PLACE_NAMES.sort(Comparator.comparingInt((String[] p) -> -p[0].length()).thenComparing(p -> p[0]));
        TITLES.addAll(lines("titles.txt"));
        TITLES.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        ORG_WORDS.addAll(lines("org_words.txt"));
    }

    private static boolean isCityLike(String s) {
        return Set.of("Washington", "Kabul", "Canberra", "Vienna", "Brasilia", "Havana", "Moscow", "Madrid",
                "Manila", "Delhi", "Lisbon", "Santiago", "Accra", "Abuja", "Doha", "Dhaka", "Bern", "Kyiv",
                "Hanoi", "Oslo", "Cairo", "Paris", "Rome", "Athens", "Beijing", "Riyadh", "Taipei", "Tehran", "Milan").contains(s);
    }

    private static final Map<String, List<String>> GROUP_FORMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Normalised forms of every name in a place group. */
    static List<String> groupForms(String group) {
        return GROUP_FORMS.computeIfAbsent(group, g -> {
            List<String> out = new ArrayList<>();
            for (var e : PLACE_GROUP.entrySet()) if (e.getValue().equals(g)) out.add(Text.norm(e.getKey()));
            return out;
        });
    }

    private static final Set<String> COUNTRIES = new TreeSet<>();

    /** Is the place group a country (not a region or a city)? */
    static boolean isCountry(String group) {
        if (COUNTRIES.isEmpty()) synchronized (COUNTRIES) {
            if (COUNTRIES.isEmpty()) for (String line : lines("places.txt")) COUNTRIES.add(line.split("\\|")[0]);
        }
        return COUNTRIES.contains(group);
    }

    static String placeGroup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("the ")) n = n.substring(4);
        return PLACE_GROUP.get(n);
    }

    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Lexicon() {}
}
