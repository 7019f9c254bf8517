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
        // the same key in a sentence and in its clauses, for several question types: picked once (a shorter list
        // is a prefix of a longer one, since each pick depends only on the ones before it)
        String memo = s.index() + "\u0000" + key.start() + "\u0000" + key.end() + "\u0000" + key.type();
        List<String> known = ctx.picks.get(memo);
        if (known != null && (known.size() >= n || known.size() < ctx.pickSizes.getOrDefault(memo, 0))) return known.subList(0, Math.min(n, known.size()));
        List<String> got = pickNow(ctx, s, key, Math.max(n, 3));
        ctx.picks.put(memo, got);
        ctx.pickSizes.put(memo, Math.max(n, 3));
        return got.subList(0, Math.min(n, got.size()));
    }

    private static List<String> pickNow(Context ctx, Sentence s, TypedSpan key, int n) {
        List<Context.PoolEntry> pool = new ArrayList<>(ctx.pool.getOrDefault(key.type(), List.of()));
        pool.sort(Comparator.comparingInt(Context.PoolEntry::tier)
                .thenComparingDouble(e -> closeness(key, e.span()))
                .thenComparing(e -> e.span().text()));
        List<String> out = new ArrayList<>();
        // after a title ("President ____") only people the texts give a comparable title
        // ... and the same after an appositive role ("____, the Chair of ...")
        String role = key.type() == SpanType.PERSON ? Roles.before(s.plain(), key.start()) : null;
        if (role == null && key.type() == SpanType.PERSON) role = Roles.after(s.plain(), key.end());
        // organisations only of the same sub-type (a ministry for a ministry, a polling firm for a polling firm)
        String orgKind = null;
        if (key.type() == SpanType.ORGANISATION) {
            orgKind = orgKind(ctx.tagger, key.text(), s.plain().substring(Math.max(0, key.start() - 30), key.start()));
            if (orgKind == null) return out;
        }
        // a gendered pronoun in the sentence ("... her position") would give a swapped person away: only people
        // the texts refer to with the same pronouns
        String gender = key.type() == SpanType.PERSON ? pronounGender(s.plain().substring(key.end())) : null;
        if (gender != null && gender.isEmpty()) return out;
        if (!Slots.usable(s, key) || Importance.incidental(ctx, s, key)) return out;
        Slots.Bounds bounds = Slots.bounds(s, key);
        // "during the ____ Summit": only names the texts give that kind of event ("CPTPP" is an agreement, no summit)
        java.util.regex.Matcher ev = EVENT_AFTER.matcher(s.plain().substring(key.end()));
        String event = (key.type() == SpanType.ORGANISATION || key.type() == SpanType.TERM || key.type() == SpanType.PLACE) && ev.find() ? ev.group(1) : null;
        String country = key.type() == SpanType.PERSON ? Roles.country(ctx, key.text()) : null;
        Set<String> sentenceRoles = new java.util.TreeSet<>();
        if (key.type() == SpanType.PERSON) for (TypedSpan t : ctx.spans.get(s.index()))
            if (t.type() == SpanType.PERSON && !t.overlaps(key)) sentenceRoles.addAll(ctx.roles(t.text()));
        if (key.type() == SpanType.PERSON && country == null) country = sideOfSentence(ctx, s, key);
        for (Context.PoolEntry e : pool) {
            if (out.size() == n) break;
            TypedSpan c = e.span();
            // another text is a source of plausible distractors only when it is related to this one
            if (e.tier() >= 2 && !sharesTopics(ctx, e.slug())) continue;
            if (!sameKind(key, c)) continue;
            // a person's slot takes only names that are people with confidence (a club or a river typed as a person would be absurd)
            if (key.type() == SpanType.PERSON && !Roles.confidentPerson(ctx, c.text())) continue;
            // a person of the same side: a leader of the same country as the key's, where the texts say so
            if (country != null && !country.equals(Roles.country(ctx, c.text()))) continue;
            // nor a person the texts give only other offices (a president for a prime minister); a key without an office
            // takes that of the people the sentence compares it with ("Lee ... like his predecessor Yoon, or ... ____")
            if (key.type() == SpanType.PERSON && role == null) {
                Set<String> kr = ctx.roles(key.text()), cr = ctx.roles(c.text());
                if (kr.isEmpty()) kr = sentenceRoles;
                if (!kr.isEmpty() && !cr.isEmpty() && java.util.Collections.disjoint(kr, cr)) continue;
                // nor a person the sentence already names ("the first Trump administration ... the ____ administration")
                if (namedInSentence(s, key, c.text())) continue;
            }
            if (gender != null && !gender.equals(ctx.gender(c.text()))) continue;
            if (orgKind != null && !orgKind.equals(orgKind(ctx.tagger, c.text(), ""))) continue;
            if (role != null && !ctx.roles(c.text()).contains(role)) continue;
            // a person from an unrelated text only if the texts give both a common role
            if (key.type() == SpanType.PERSON && e.tier() >= 2 && role == null) {
                Set<String> kr = ctx.roles(key.text());
                if (kr.isEmpty() || java.util.Collections.disjoint(kr, ctx.roles(c.text()))) continue;
            }
            if (event != null && !namesEvent(ctx, c.text(), event)) continue;
            String text = c.text();
            // "Cllrs Rob Tennant, ____ and Fiona Crane": a name in the key's form, without a title the key does not have
            if (key.type() == SpanType.PERSON) {
                text = likeKey(key.text(), text);
                if (text == null) continue;
            }
            if (key.type() == SpanType.GROUP) {
                // never the same kind of actor under another description ("ferry operators" for "smaller operators")
                if (java.util.Objects.equals(Groups.family(c.text()), Groups.family(key.text()))) continue;
                // nor two distractors that name the same kind of actor ("firms", "companies")
                boolean sameFamily = false;
                for (String o : out) if (java.util.Objects.equals(Groups.family(o), Groups.family(c.text()))) sameFamily = true;
                if (sameFamily) continue;
                // critics or supporters stand for a view: a distractor only for another view-holder
                if (Groups.STANCES.contains(Groups.family(c.text())) != Groups.STANCES.contains(Groups.family(key.text()))) continue;
                text = key.start() == 0 ? Text.upperFirst(c.canonical()) : c.canonical();
            }
            if (halfBeforeComparative(s, key, text)) continue;
            // a number in words takes the key's case ("Half of the pupils" in the pool, "about ____ of them" here)
            if (key.type() == SpanType.NUMBER && !Character.isDigit(text.charAt(0)))
                text = Character.isUpperCase(key.text().charAt(0)) ? Text.upperFirst(text) : Text.lowerFirst(text, false);
            text = Slots.inKeyFormat(key, text);
            if (text == null || !Slots.fits(ctx, s, key, text, bounds)) continue;
            if (acceptable(ctx, s, key, text, out)) out.add(text);
        }
        if (out.size() < n) {
            for (String syn : synthesize(key)) {
                if (out.size() == n) break;
                if (halfBeforeComparative(s, key, syn)) continue;
                if (!Slots.fits(ctx, s, key, syn, bounds)) continue;
                if (acceptable(ctx, s, key, syn, out)) out.add(syn);
            }
        }
        return out;
    }

    private static final java.util.Map<Context, java.util.Map<String, Boolean>> SHARED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Does another module of the corpus share this one's topics: two or more names (people, organisations, places)
     * that both mention at least twice? Articles merely imported together are no source of plausible distractors.
     */
    static boolean sharesTopics(Context ctx, String slug) {
        return SHARED.computeIfAbsent(ctx, c -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(slug, sl -> {
            org.lectern.importing.Module other = null;
            for (org.lectern.importing.Module m : ctx.corpus) if (m.slug().equals(sl)) other = m;
            if (other == null) return false;
            Set<String> mine = new java.util.HashSet<>();
            for (var e : ctx.module.entities()) if (e.count() >= 2) mine.add(Text.norm(e.name()));
            int shared = 0;
            for (var e : other.entities()) if (e.count() >= 2 && mine.contains(Text.norm(e.name()))) shared++;
            return shared >= 2;
        });
    }

    /**
     * The country of the other people the sentence names, when they are all of one country ("whether Lee would
     * emulate his predecessor Yoon, or an approach similar to ____"): the sentence sets the key on that side.
     */
    private static String sideOfSentence(Context ctx, Sentence s, TypedSpan key) {
        String side = null;
        for (TypedSpan t : ctx.spans.get(s.index())) {
            if (t.type() != SpanType.PERSON || t.overlaps(key)) continue;
            String c = Roles.country(ctx, t.text());
            // a person whose country the texts do not give ("Lee") says nothing about the side
            if (c == null) continue;
            if (side != null && !side.equals(c)) return null;
            side = c;
        }
        return side;
    }

    private static final java.util.regex.Pattern EVENT_AFTER = java.util.regex.Pattern.compile(
            "^[’']?s? ((?i:summit|conference|forum|games|cup|talks|meeting|congress|festival|olympics|championships?|expo|assembly|convention|ministerial))\\b");
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "^(?:Cllrs?|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev|Lord|Lady|Judge|President|Prime Minister|Minister|Senator|Mayor|Chancellor|Governor|General|Captain|Coach)\\.? ");

    /** Does the sentence, outside the key, name the candidate by one of its name words (a surname)? */
    static boolean namedInSentence(Sentence s, TypedSpan key, String cand) {
        String rest = s.plain().substring(0, key.start()) + " " + s.plain().substring(key.end());
        for (String w : cand.split("[\\s-]+")) {
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || TITLE.matcher(w + " ").find()) continue;
            if (java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(w) + "(?![\\p{L}-])").matcher(rest).find()) return true;
        }
        return false;
    }

    /** Do the texts name {@code name} before the event noun ("the G7 summit", "APEC Summit")? */
    static boolean namesEvent(Context ctx, String name, String event) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(name)
                + "(?:[’']s)? (?i:" + java.util.regex.Pattern.quote(event.replaceAll("s$", "")) + ")");
        for (String t : ctx.plainTexts) if (p.matcher(t).find()) return true;
        return false;
    }

    /** The candidate name in the key's form: a title only when the key has one; null if nothing is left. */
    static String likeKey(String key, String cand) {
        if (TITLE.matcher(key).find() || !TITLE.matcher(cand).find()) return cand;
        String bare = TITLE.matcher(cand).replaceFirst("");
        if (bare.isBlank() || bare.split("\\s+").length == 1 != (key.split("\\s+").length == 1)) return null;
        return bare;
    }

    /** "a third less often" takes a fraction, but "half less often" is no English. */
    private static boolean halfBeforeComparative(Sentence s, TypedSpan key, String cand) {
        return cand.equalsIgnoreCase("half") && s.plain().substring(key.end()).matches("(?is)^ (?:less|fewer|more|lower|higher|smaller|larger)\\b.*");
    }

    private static final java.util.Map<String, String> ORG_ACRONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("ASEAN", "international"), java.util.Map.entry("APEC", "international"),
            java.util.Map.entry("NATO", "international"), java.util.Map.entry("UN", "international"),
            java.util.Map.entry("EU", "international"), java.util.Map.entry("WTO", "international"),
            java.util.Map.entry("WHO", "international"), java.util.Map.entry("IMF", "international"),
            java.util.Map.entry("OECD", "international"), java.util.Map.entry("G7", "international"),
            java.util.Map.entry("G20", "international"), java.util.Map.entry("OPEC", "international"),
            java.util.Map.entry("IAEA", "international"), java.util.Map.entry("Quad", "international"),
            java.util.Map.entry("LDP", "party"), java.util.Map.entry("DP", "party"), java.util.Map.entry("PPP", "party"),
            java.util.Map.entry("CDU", "party"), java.util.Map.entry("SPD", "party"), java.util.Map.entry("CCP", "party"),
            java.util.Map.entry("Fed", "central_bank"));
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z0-9&.]+");
    private static final java.util.regex.Pattern ORG_PARTY = java.util.regex.Pattern.compile("\\b(?:Party|Democrats|Republicans|Conservatives|Liberals)\\b");
    private static final java.util.regex.Pattern ORG_ACADEMIC = java.util.regex.Pattern.compile("\\b(?:University|Institute|Institution|Academy|College|School|Foundation|Endowment|Center|Centre|Laboratory|Council on|Think Tank)\\b");
    private static final java.util.regex.Pattern ORG_CENTRAL_BANK = java.util.regex.Pattern.compile("\\b(?:Central Bank|Federal Reserve|Reserve Bank|Bank of [A-Z][a-z]+|Bundesbank)\\b");
    private static final java.util.regex.Pattern ORG_GOVERNMENT = java.util.regex.Pattern.compile("\\b(?:Ministry|Department|Agency|Administration|Office|Authority|Commission|Council|Parliament|Congress|Senate|Assembly|Cabinet|Government|Bureau|Court|Service|Police|Army|Navy|Forces|Diet|Secretariat|Board)\\b");
    private static final java.util.regex.Pattern ORG_INTERNATIONAL = java.util.regex.Pattern.compile("\\b(?:United Nations|International|World|Association of|Group of (?:Seven|Eight|Twenty)|Organization|Organisation|Alliance|Union|Forum|Cooperation|Partnership|Fund|Treaty|Commonwealth|League|Nations)\\b");
    private static final java.util.regex.Pattern ORG_COMPANY = java.util.regex.Pattern.compile("\\b(?:Inc|Corp|Corporation|Ltd|Company|Co|Group|Holdings|Research|Gallup|Poll|Polling|Times|Post|News|Press|Herald|Journal|Broadcasting|Media|Airlines|Motors|Electronics|Bank|Rail|Energy|Industries|Partners|Capital|Securities|Chamber of Commerce|Asahi|Yomiuri|Nikkei)\\b");
    private static final java.util.regex.Pattern CUE_COMPANY = java.util.regex.Pattern.compile("(?i)\\b(?:polling firm|pollster|company|firm|newspaper|broadcaster|daily|agency poll)\\s*(?:,\\s*)?$");
    private static final java.util.regex.Pattern CUE_PARTY = java.util.regex.Pattern.compile("(?i)\\bparty\\s*(?:,\\s*)?$");
    private static final java.util.regex.Pattern CUE_ACADEMIC = java.util.regex.Pattern.compile("(?i)\\b(?:think tank|university|institute)\\s*(?:,\\s*)?$");

    /**
     * Sub-type of an organisation by its head words (for an acronym, its long form), or by a cue just before it
     * ("the polling firm ..."): party, academic (university, institute, think tank), central_bank, government,
     * international, company (including media and polling firms); null if unknown.
     */
    static String orgKind(SpanTagger tagger, String name, String before) {
        String n = name;
        if (ORG_ACRONYMS.containsKey(n)) return ORG_ACRONYMS.get(n);
        if (tagger != null && ACRONYM.matcher(n).matches()) {
            String lf = tagger.longFormOf(n);
            if (lf != null) n = lf;
        }
        // "Group of Seven" is a club of countries, whatever "Group" says about companies
        if (n.matches("Group of (?:Seven|Eight|Twenty)")) return "international";
        if (ORG_PARTY.matcher(n).find()) return "party";
        if (ORG_ACADEMIC.matcher(n).find()) return "academic";
        if (ORG_CENTRAL_BANK.matcher(n).find()) return "central_bank";
        if (ORG_GOVERNMENT.matcher(n).find()) return "government";
        if (ORG_INTERNATIONAL.matcher(n).find()) return "international";
        if (ORG_COMPANY.matcher(n).find()) return "company";
        if (CUE_COMPANY.matcher(before).find()) return "company";
        if (CUE_PARTY.matcher(before).find()) return "party";
        if (CUE_ACADEMIC.matcher(before).find()) return "academic";
        return null;
    }

    private static final java.util.regex.Pattern MALE = java.util.regex.Pattern.compile("(?i)\\b(he|him|his|himself)\\b");
    private static final java.util.regex.Pattern FEMALE = java.util.regex.Pattern.compile("(?i)\\b(she|her|hers|herself)\\b");

    /** "m" or "f" for the gendered pronouns in a text, "" if both occur, null if none. */
    static String pronounGender(String text) {
        boolean m = MALE.matcher(text).find(), f = FEMALE.matcher(text).find();
        return m && f ? "" : m ? "m" : f ? "f" : null;
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
                return r >= 0.2 && r <= 5 && c.value() != key.value() && kt.contains(".") == ct.contains(".")
                        && NumberWords.isWords(kt) == NumberWords.isWords(ct);
            case MONEY: {
                double ratio = c.value() / Math.max(key.value(), 1e-9);
                return key.sub().equals(c.sub()) && c.value() != key.value() && ratio >= 0.2 && ratio <= 5;
            }
            case PERCENT:
                return c.value() != key.value() && c.value() <= 100;
            case GROUP:
                // the same grammatical number and kind: people for people, an organisation for an organisation
                return key.sub().equals(c.sub());
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
        // the same figure, unless two dates differ by their month ("March 2021", "November 2021")
        java.util.regex.Matcher ma = MONTH.matcher(a), mb = MONTH.matcher(b);
        boolean otherMonth = ma.find() && mb.find() && !ma.group().equals(mb.group());
        if (!da.isEmpty() && da.equals(db) && a.matches(".*\\d.*") && !otherMonth) return true;
        return false;
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\b(?:" + SpanTagger.MONTHS + ")\\b");

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
                if (key.sub().equals("season")) {
                    for (String o : SpanTagger.SEASONS) if (!o.equals(t)) out.add(o);
                    break;
                }
                if (key.sub().equals("weekday")) {
                    int day = SpanTagger.weekday(t);
                    for (int d : new int[] {2, -2, 3, -3, 1, -1}) out.add(SpanTagger.WEEKDAYS[((day - 1 + d) % 7 + 7) % 7]);
                    break;
                }
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
                if (key.type() == SpanType.NUMBER && (key.sub().equals("fraction") || key.sub().equals("multiple"))) {
                    out.addAll(NumberWords.near(key));
                    break;
                }
                if (key.type() == SpanType.NUMBER && NumberWords.isWords(t)) {
                    // a number in words gets nearby numbers in words, in the key's case ("six" → "four", "eight", "ten")
                    long v = NumberWords.value(t);
                    long[] near = v <= 12 ? new long[] {v + 2, v - 2, v + 1, v + 4, v - 1, v * 2, v + 3, v + 5, v * 3}
                            : new long[] {v * 2, v / 2, v * 3 / 2, v * 3, v * 3 / 4, v * 5 / 4};
                    boolean capital = Character.isUpperCase(t.charAt(0));
                    for (long nv : near) {
                        if (nv <= 1 || nv == v) continue;
                        String w = NumberWords.words(nv);
                        if (w == null) continue;
                        out.add(capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                    }
                    break;
                }
                java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(t);
                if (!d.find()) break;
                String digits = d.group();
                boolean commas = digits.contains(",");
                boolean decimal = digits.contains(".");
                double v = Double.parseDouble(digits.replace(",", ""));
                // the key's place among the sorted options varies with the key (lowest, second, third or highest),
                // so that it cannot be spotted as the middle of a series; then the other factors as a fallback
                double[][] patterns = key.type() == SpanType.PERCENT
                        ? new double[][] {{1.25, 1.5, 1.75}, {0.5, 1.25, 1.5}, {0.5, 0.75, 1.25}, {0.25, 0.5, 0.75}}
                        : new double[][] {{1.5, 2, 3}, {0.5, 1.5, 2}, {0.5, 0.75, 1.5}, {0.25, 0.5, 0.75}};
                int pattern = Math.floorMod(t.hashCode() * 31 + key.start(), patterns.length);
                List<Double> factors = new ArrayList<>();
                for (double f : patterns[pattern]) factors.add(f);
                for (double f : new double[] {1.25, 0.75, 2, 0.5, 1.5, 3, 0.25}) if (!factors.contains(f)) factors.add(f);
                // rounded like the key: a key with trailing zeros (20,000) gets distractors with as many (25,000, not 26,180)
                long whole = Math.round(v);
                long unit = 1;
                if (!decimal && whole >= 100) while (whole % (unit * 10) == 0 && unit * 10 < whole) unit *= 10;
                // a key in steps of five of that unit (250, 7,500) gets distractors in the same steps (400, not 380)
                if (unit > 1 && whole % (unit * 5) == 0 && unit * 5 < whole) unit *= 5;
                for (double f : factors) {
                    double nv = v * f;
                    if (unit > 1) nv = Math.max(unit, Math.round(nv / unit) * (double) unit);
                    if (key.type() == SpanType.PERCENT && nv > 100) continue;
                    // as many decimals as the key ("2.20 pounds" → "1.10 pounds", never "1.1 pounds")
                    int places = decimal ? digits.length() - digits.indexOf('.') - 1 : 0;
                    String s = decimal ? String.format(Locale.ROOT, "%." + places + "f", nv)
                            : commas || key.type() == SpanType.MONEY && nv >= 1000 ? String.format(Locale.ROOT, "%,d", Math.round(nv)) : Long.toString(Math.round(nv));
                    if (!decimal && Math.round(nv) == Math.round(v) || Math.round(nv) <= 0) continue;
                    out.add(t.substring(0, d.start()) + s + t.substring(d.end()));
                }
            }
            default -> { }
        }
        return out;
    }
}
