package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks distractors of the same kind as the key (person for a person, country for a country, a date of the same
 * granularity, a number of the same unit and similar size...) from the article, its related modules and the
 * corpus, in that order. Rejects paraphrases of the key, anything the evidence sentence mentions, and anything
 * another sentence of the article makes true in the same context. Dates and numbers fall back to nearby values.
 */
final class DistractorPicker {

    private DistractorPicker() {}

    static List<String> pick(Context ctx, Sentence s, TypedSpan key, int n) {
        List<Context.PoolEntry> pool = new ArrayList<>(ctx.pool.getOrDefault(key.type(), List.of()));
        pool.sort(Comparator.comparingInt(Context.PoolEntry::tier)
                .thenComparingDouble(e -> closeness(key, e.span()))
                .thenComparing(e -> e.span().text()));
        List<String> out = new ArrayList<>();
        // after a title ("President ____") only people the texts give a comparable title
        String role = key.type() == SpanType.PERSON ? Roles.before(s.plain(), key.start()) : null;
        for (Context.PoolEntry e : pool) {
            if (out.size() == n) break;
            TypedSpan c = e.span();
            if (!sameKind(key, c)) continue;
            if (role != null && !ctx.roles(c.text()).contains(role)) continue;
            if (acceptable(ctx, s, key, c.text(), out)) out.add(c.text());
        }
        if (out.size() < n) {
            for (String syn : synthesize(key)) {
                if (out.size() == n) break;
                if (acceptable(ctx, s, key, syn, out)) out.add(syn);
            }
        }
        return out;
    }

    private static double closeness(TypedSpan key, TypedSpan c) {
        return switch (key.type()) {
            case DATE, NUMBER, MONEY, PERCENT -> Math.abs(Math.log((c.value() + 1) / (key.value() + 1)));
            default -> 0;
        };
    }

    static boolean sameKind(TypedSpan key, TypedSpan c) {
        if (key.type() != c.type()) return false;
        String kt = key.text(), ct = c.text();
        switch (key.type()) {
            case PERSON:
                return kt.split("\\s+").length == 1 == (ct.split("\\s+").length == 1);
            case ORGANISATION:
            case TERM:
                return kt.matches("[A-Z0-9&.]+") == ct.matches("[A-Z0-9&.]+") && Character.isUpperCase(kt.charAt(0)) == Character.isUpperCase(ct.charAt(0));
            case PLACE:
                return key.sub().equals(c.sub()) && kt.startsWith("the ") == ct.startsWith("the ");
            case DATE:
                return key.sub().equals(c.sub());
            case NUMBER:
                if (!key.sub().equals(c.sub())) return false;
                double r = c.value() / Math.max(key.value(), 1e-9);
                return r >= 0.2 && r <= 5 && c.value() != key.value() && kt.contains(".") == ct.contains(".");
            case MONEY:
                return key.sub().equals(c.sub()) && c.value() != key.value();
            case PERCENT:
                return c.value() != key.value() && c.value() <= 100;
            default:
                return false;
        }
    }

    /** The gate's own checks and the ambiguity checks against the article. */
    static boolean acceptable(Context ctx, Sentence s, TypedSpan key, String cand, List<String> chosen) {
        if (paraphrase(ctx.tagger, key.text(), cand)) return false;
        if (key.type() == SpanType.PERSON && paraphrase(ctx.tagger, key.canonical(), ctx.tagger.fullName(cand))) return false;
        for (String o : chosen) if (paraphrase(ctx.tagger, o, cand)) return false;
        if (inText(ctx.tagger, s.plain(), cand)) return false;
        // another sentence that states the same thing with the distractor would make it true
        String rest = s.plain().substring(0, key.start()) + " " + s.plain().substring(key.end());
        Set<String> restWords = Text.contentWords(rest);
        List<String> forms = forms(ctx.tagger, cand);
        for (Sentence t : ctx.sentences) {
            if (t.index() == s.index()) continue;
            String nt = ctx.norms.get(t.index());
            boolean has = false;
            for (String f : forms) if (nt.contains(f)) { has = true; break; }
            if (!has) continue;
            if (Text.containment(restWords, ctx.words.get(t.index())) >= 0.5) return false;
        }
        return true;
    }

    /** Same thing named differently: equal, containing, sharing a name word, acronym of, same country group. */
    static boolean paraphrase(SpanTagger tagger, String a, String b) {
        String na = Text.norm(a), nb = Text.norm(b);
        if (na.isEmpty() || nb.isEmpty()) return true;
        if (na.equals(nb)) return true;
        if ((" " + na + " ").contains(" " + nb + " ") || (" " + nb + " ").contains(" " + na + " ")) return true;
        String ga = Lexicon.placeGroup(a), gb = Lexicon.placeGroup(b);
        if (ga != null && ga.equals(gb)) return true;
        if (tagger != null) {
            String la = tagger.longFormOf(a), lb = tagger.longFormOf(b);
            if (la != null && Text.norm(la).equals(nb) || lb != null && Text.norm(lb).equals(na)) return true;
        }
        // shared capitalised name word (e.g. a surname)
        for (String w : a.split("[\\s-]+")) {
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || Lexicon.ORG_WORDS.contains(w)) continue;
            if (Set.of("The", "Of", "And", "For", "South", "North", "East", "West", "New", "United", "National",
                    "International", "Japan", "Korea").contains(w)) continue;
            for (String v : b.split("[\\s-]+")) if (v.equalsIgnoreCase(w)) return true;
        }
        String da = a.replaceAll("[^0-9.]", ""), db = b.replaceAll("[^0-9.]", "");
        if (!da.isEmpty() && da.equals(db) && a.matches(".*\\d.*")) return true;
        return false;
    }

    /** Does the text mention the candidate or something the candidate is another name for? */
    static boolean inText(SpanTagger tagger, String text, String cand) {
        String nt = " " + Text.norm(text) + " ";
        for (String f : forms(tagger, cand)) if (nt.contains(f)) return true;
        return false;
    }

    /** Normalised, space-padded forms of a name: itself, its country group's names, its acronym or long form. */
    static List<String> forms(SpanTagger tagger, String cand) {
        List<String> out = new ArrayList<>();
        out.add(" " + Text.norm(cand) + " ");
        String g = Lexicon.placeGroup(cand);
        if (g != null) for (String f : Lexicon.groupForms(g)) out.add(" " + f + " ");
        String lf = tagger == null ? null : tagger.longFormOf(cand);
        if (lf != null) out.add(" " + Text.norm(lf) + " ");
        String ac = tagger == null ? null : tagger.acronymOf(cand);
        if (ac != null) out.add(" " + Text.norm(ac) + " ");
        return out;
    }

    /** Nearby dates and numbers in the key's own format. */
    static List<String> synthesize(TypedSpan key) {
        List<String> out = new ArrayList<>();
        String t = key.text();
        switch (key.type()) {
            case DATE -> {
                java.util.regex.Matcher y = java.util.regex.Pattern.compile("(?:1[0-9]|20)\\d\\d").matcher(t);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(SpanTagger.MONTHS).matcher(t);
                if (key.sub().equals("year") || key.sub().equals("day") && y.find()) {
                    y.reset();
                    if (y.find()) {
                        int year = Integer.parseInt(y.group());
                        for (int d : new int[] {-2, 1, -3, 3, -1, 2, -5}) {
                            out.add(t.substring(0, y.start()) + (year + d) + t.substring(y.end()));
                        }
                    }
                } else if (m.find()) {
                    int mon = SpanTagger.month(m.group());
                    String[] names = SpanTagger.MONTHS.split("\\|");
                    for (int d : new int[] {-4, 3, -2, 5, 2, -6}) {
                        int nm = ((mon - 1 + d) % 12 + 12) % 12;
                        out.add(t.substring(0, m.start()) + names[nm] + t.substring(m.end()));
                    }
                }
            }
            case NUMBER, PERCENT, MONEY -> {
                java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(t);
                if (!d.find()) break;
                String digits = d.group();
                boolean commas = digits.contains(",");
                boolean decimal = digits.contains(".");
                double v = Double.parseDouble(digits.replace(",", ""));
                double[] factors = key.type() == SpanType.PERCENT ? new double[] {0.5, 1.5, 0.75, 2, 1.25}
                        : new double[] {2, 0.5, 1.5, 3, 0.75, 1.25};
                for (double f : factors) {
                    double nv = v * f;
                    if (key.type() == SpanType.PERCENT && nv > 100) continue;
                    String s = decimal ? String.format(Locale.ROOT, "%.1f", nv)
                            : commas ? String.format(Locale.ROOT, "%,d", Math.round(nv)) : Long.toString(Math.round(nv));
                    if (!decimal && Math.round(nv) == Math.round(v) || Math.round(nv) <= 0) continue;
                    out.add(t.substring(0, d.start()) + s + t.substring(d.end()));
                }
            }
            default -> { }
        }
        return out;
    }
}
