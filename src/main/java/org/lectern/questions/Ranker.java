package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.importing.Module;

/**
 * Ranks gated candidates and picks a balanced set: round-robin over types (each with a cap), spreading across
 * sections and evidence sentences, and rejecting near-duplicate prompts.
 */
public final class Ranker {
    private Ranker() {}

    static final List<QuestionType> ORDER = List.of(QuestionType.multiple_choice, QuestionType.main_idea,
            QuestionType.cloze, QuestionType.true_false, QuestionType.short_answer, QuestionType.select_evidence,
            QuestionType.matching, QuestionType.ordering, QuestionType.discussion);

    static Map<QuestionType, Integer> caps(Module.Kind kind) {
        boolean full = kind == null || kind == Module.Kind.article;
        Map<QuestionType, Integer> c = new EnumMap<>(QuestionType.class);
        // gap-fill and wh-questions (who, when, how many) are both multiple choice
        c.put(QuestionType.multiple_choice, full ? 6 : 3);
        c.put(QuestionType.true_false, full ? 3 : 2);
        c.put(QuestionType.cloze, full ? 3 : 2);
        c.put(QuestionType.matching, full ? 2 : 1);
        c.put(QuestionType.ordering, 1);
        c.put(QuestionType.main_idea, full ? 3 : 2);
        c.put(QuestionType.short_answer, full ? 3 : 2);
        c.put(QuestionType.select_evidence, full ? 2 : 1);
        c.put(QuestionType.discussion, full ? 6 : 3);
        return c;
    }

    /**
     * Picks the set: round-robin over the types (scarce types first, each up to its cap), best adjusted score first.
     * No two chosen questions may be near-duplicates ({@link #duplicateOf}) or show each other's answer
     * ({@link Giveaway}); choosing a question rules out every candidate it clashes with, and each such candidate is
     * reported with the rule it broke. A question's score is lowered by what it would rule out: for each clashing
     * candidate of a type that still has room, the chance that candidate would have been needed (the type's room
     * over its remaining candidates). On a long article that costs next to nothing; on a short one it keeps one
     * question that quotes a whole sentence from crowding out the several narrower ones that sentence can carry.
     */
    public static List<Candidate> select(List<Candidate> candidates, Module.Kind kind, List<QuestionGate.Rejection> rejected) {
        // weak questions (see Candidate#weak) only when the set cannot meet its minimums without them; then every
        // candidate competes, a weak one at the score it had before it was marked weak
        List<Candidate> strong = candidates.stream().filter(c -> !c.weak()).toList();
        if (strong.size() == candidates.size()) return selectFrom(candidates, kind, rejected);
        List<QuestionGate.Rejection> firstRejected = new ArrayList<>();
        List<Candidate> first = selectFrom(strong, kind, firstRejected);
        List<Candidate> all = candidates.stream().map(c -> c.weak() ? new Candidate(c.question(), c.key(), c.distractors(),
                c.score() + Candidate.WEAK, c.position()) : c).toList();
        List<QuestionGate.Rejection> secondRejected = new ArrayList<>();
        List<Candidate> second = selectFrom(all, kind, secondRejected);
        // without the weak ones when the set still meets its minimums and keeps every type it would have
        if (meetsMinimums(first, kind) && typesOf(first).containsAll(typesOf(second))) {
            rejected.addAll(firstRejected);
            for (Candidate c : candidates) if (c.weak()) rejected.add(new QuestionGate.Rejection("weak", c.question().id(), c.question().type(),
                    c.question().prompt(), "a side detail or a sentence copied as it stands, not needed for the minimums"));
            return first;
        }
        // Short of the minimums: keep the strong set and add weak questions only as the minimums need them, so that a
        // weak question never takes the place of a strong one. Only when that cannot reach what the mixed set reaches
        // (a strong question ruling out several weak ones a short text needs) does the mixed set win.
        List<QuestionGate.Rejection> toppedRejected = new ArrayList<>(firstRejected);
        List<Candidate> topped = topUp(first, candidates.stream().filter(Candidate::weak).toList(), kind, toppedRejected);
        int[] toppedShort = shortfall(topped, kind), secondShort = shortfall(second, kind);
        if (toppedShort[0] <= secondShort[0] && toppedShort[1] <= secondShort[1] && toppedShort[2] <= secondShort[2]) {
            rejected.addAll(toppedRejected);
            return topped;
        }
        boolean better = comprehension(second) > comprehension(first) || meetsMinimums(second, kind) || typesOf(second).size() > typesOf(first).size();
        rejected.addAll(better ? secondRejected : firstRejected);
        return better ? second : first;
    }

    /**
     * The strong set with weak questions added, best first, one at a time while a minimum still asks for one: a
     * missing comprehension type (on a full article) first, then comprehension or discussion questions short of
     * their counts. A weak question joins only with room in its type and no clash with what is chosen.
     */
    static List<Candidate> topUp(List<Candidate> strong, List<Candidate> weak, Module.Kind kind, List<QuestionGate.Rejection> rejected) {
        boolean full = kind == null || kind == Module.Kind.article;
        Map<QuestionType, Integer> caps = caps(kind);
        List<Candidate> chosen = new ArrayList<>(strong);
        List<Candidate> open = new ArrayList<>(weak);
        open.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::position)
                .thenComparing(c -> c.question().id()));
        while (!open.isEmpty()) {
            long types = typesOf(chosen).stream().filter(QuestionType::comprehension).count();
            boolean needType = full && types < Minimums.FULL_TYPES;
            boolean needComprehension = comprehension(chosen) < (full ? Minimums.FULL_COMPREHENSION : Minimums.SHORT_COMPREHENSION);
            boolean needDiscussion = discussion(chosen) < (full ? Minimums.FULL_DISCUSSION : Minimums.SHORT_DISCUSSION);
            Set<QuestionType> have = typesOf(chosen);
            Candidate pick = null;
            for (int pass = 0; pass < 2 && pick == null; pass++) {
                for (Candidate c : open) {
                    QuestionType t = c.question().type();
                    boolean helps = pass == 0 ? needType && t.comprehension() && !have.contains(t)
                            : t.comprehension() ? needComprehension || needType && !have.contains(t) : needDiscussion;
                    if (!helps || chosen.stream().filter(o -> o.question().type() == t).count() >= caps.get(t)) continue;
                    if (chosen.stream().anyMatch(o -> clash(c, o) != null)) continue;
                    pick = c;
                    break;
                }
            }
            if (pick == null) break;
            open.remove(pick);
            chosen.add(pick);
        }
        for (Candidate c : open) rejected.add(new QuestionGate.Rejection("weak", c.question().id(), c.question().type(),
                c.question().prompt(), "a side detail or a sentence copied as it stands, not needed for the minimums"));
        chosen.sort(Comparator.comparingInt((Candidate c) -> ORDER.indexOf(c.question().type()))
                .thenComparingInt(Candidate::position).thenComparing(c -> c.question().id()));
        return chosen;
    }

    /** How far the set is below each minimum: comprehension questions, discussion prompts, comprehension types. */
    private static int[] shortfall(List<Candidate> set, Module.Kind kind) {
        boolean full = kind == null || kind == Module.Kind.article;
        long types = typesOf(set).stream().filter(QuestionType::comprehension).count();
        return new int[] {
                (int) Math.max(0, (full ? Minimums.FULL_COMPREHENSION : Minimums.SHORT_COMPREHENSION) - comprehension(set)),
                (int) Math.max(0, (full ? Minimums.FULL_DISCUSSION : Minimums.SHORT_DISCUSSION) - discussion(set)),
                (int) Math.max(0, full ? Minimums.FULL_TYPES - types : 0)};
    }

    private static long discussion(List<Candidate> set) {
        return set.size() - comprehension(set);
    }

    private static Set<QuestionType> typesOf(List<Candidate> set) {
        return set.stream().map(c -> c.question().type()).collect(java.util.stream.Collectors.toSet());
    }

    private static long comprehension(List<Candidate> set) {
        return set.stream().filter(c -> c.question().type().comprehension()).count();
    }

    /** Does the set meet its minimums: comprehension questions, their types, and discussion prompts? */
    static boolean meetsMinimums(List<Candidate> set, Module.Kind kind) {
        boolean full = kind == null || kind == Module.Kind.article;
        long types = set.stream().map(c -> c.question().type()).filter(QuestionType::comprehension).distinct().count();
        long discussion = set.size() - comprehension(set);
        return comprehension(set) >= (full ? Minimums.FULL_COMPREHENSION : Minimums.SHORT_COMPREHENSION)
                && discussion >= (full ? Minimums.FULL_DISCUSSION : Minimums.SHORT_DISCUSSION)
                && (!full || types >= Minimums.FULL_TYPES);
    }

    private static List<Candidate> selectFrom(List<Candidate> candidates, Module.Kind kind, List<QuestionGate.Rejection> rejected) {
        boolean full = kind == null || kind == Module.Kind.article;
        Selection sel = new Selection(candidates, caps(kind), rejected,
                full ? Minimums.FULL_COMPREHENSION : Minimums.SHORT_COMPREHENSION, full ? Minimums.FULL_DISCUSSION : Minimums.SHORT_DISCUSSION);
        // scarce types choose first, so that a type with one or two candidates is not crowded out of its sentences
        // by a type with many
        List<QuestionType> order = new ArrayList<>(ORDER);
        order.sort(Comparator.comparingInt((QuestionType t) -> t == QuestionType.discussion ? Integer.MAX_VALUE
                : sel.left.getOrDefault(t, 0)).thenComparingInt(ORDER::indexOf));
        // a question on the main idea of a section tests a skill no other type does: it goes first (a short text
        // summed up as a whole needs the sentences its options quote for other questions, so it waits its turn)
        int mainIdea = sel.bestKeepingTypes(QuestionType.main_idea);
        if (mainIdea >= 0 && candidates.get(mainIdea).question().prompt().contains(" the section ")) sel.take(mainIdea);
        // then, type by type in turn, questions worth more than what they rule out
        boolean progress = true;
        while (progress) {
            progress = false;
            for (QuestionType t : order) {
                int best = sel.best(t);
                // the only ordering question an article offers is worth a little more than it would rule out: no
                // other type asks for the sequence of events
                double bar = t == QuestionType.ordering && sel.left.getOrDefault(t, 0) == 1 ? -0.5 : 0.3;
                if (best < 0 || sel.adjusted(best) < bar) continue;
                sel.take(best);
                progress = true;
            }
        }
        // then, while any type has room, the best of what is left, whatever its type
        for (int best = sel.best(null); best >= 0; best = sel.best(null)) sel.take(best);
        List<Candidate> chosen = new ArrayList<>(sel.chosen);
        chosen.sort(Comparator.comparingInt((Candidate c) -> ORDER.indexOf(c.question().type()))
                .thenComparingInt(Candidate::position).thenComparing(c -> c.question().id()));
        return chosen;
    }

    /** The state of a selection: which candidates are still open, what is chosen, and the spread so far. */
    private static final class Selection {
        final List<Candidate> candidates;
        final Map<QuestionType, Integer> caps;
        final List<QuestionGate.Rejection> rejected;
        final int n;
        final List<List<Integer>> clashes = new ArrayList<>();
        final boolean[] open;
        final Map<QuestionType, Integer> left = new EnumMap<>(QuestionType.class);
        final List<Candidate> chosen = new ArrayList<>();
        final Map<String, Integer> perSection = new HashMap<>();
        final Map<String, Integer> perEvidence = new HashMap<>();
        final Map<QuestionType, Integer> count = new EnumMap<>(QuestionType.class);
        final Map<Skill, Integer> perSkill = new EnumMap<>(Skill.class);
        final Map<String, Integer> perKind = new HashMap<>();
        final Map<String, Integer> perAnswer = new HashMap<>();

        final List<Giveaway.Profile> profiles;
        /** Each candidate's type and evidence, to count distinct places. */
        final String[] place;

        /** The minimum counts the set should reach: comprehension and discussion questions. */
        final int minComprehension, minDiscussion;

        Selection(List<Candidate> candidates, Map<QuestionType, Integer> caps, List<QuestionGate.Rejection> rejected,
                  int minComprehension, int minDiscussion) {
            this.minComprehension = minComprehension;
            this.minDiscussion = minDiscussion;
            this.candidates = candidates;
            this.caps = caps;
            this.rejected = rejected;
            this.n = candidates.size();
            for (int i = 0; i < n; i++) clashes.add(new ArrayList<>());
            List<Giveaway.Profile> profiles = new ArrayList<>();
            List<Info> infos = new ArrayList<>();
            for (Candidate c : candidates) { profiles.add(Giveaway.profile(c)); infos.add(info(c)); }
            this.profiles = profiles;
            place = new String[n];
            for (int i = 0; i < n; i++) place[i] = candidates.get(i).question().type() + "\u0000" + candidates.get(i).question().evidence();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!duplicate(infos.get(i), infos.get(j)) && Giveaway.shows(profiles.get(i), profiles.get(j)) == null
                            && Giveaway.shows(profiles.get(j), profiles.get(i)) == null) continue;
                    clashes.get(i).add(j);
                    clashes.get(j).add(i);
                }
            }
            open = new boolean[n];
            java.util.Arrays.fill(open, true);
            for (Candidate c : candidates) left.merge(c.question().type(), 1, Integer::sum);
        }

        boolean room(QuestionType t) {
            return count.getOrDefault(t, 0) < caps.get(t);
        }

        /** Whether each side is scarce, for a discussion candidate [0] or a comprehension one [1] (see {@link #scarce}). */
        private boolean[][] scarcity;

        /** The best open candidate of the type (of any type with room when null), or -1. */
        int best(QuestionType type) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            scarcity = new boolean[][] {{scarce(true, QuestionType.discussion), scarce(false, QuestionType.discussion)},
                    {scarce(true, QuestionType.multiple_choice), scarce(false, QuestionType.multiple_choice)}};
            for (int i = 0; i < n; i++) {
                Candidate c = candidates.get(i);
                QuestionType t = c.question().type();
                if (!open[i] || type != null && t != type || !room(t)) continue;
                double s = adjusted(i);
                if (s > bestScore || s == bestScore && tieBreak(c, best < 0 ? null : candidates.get(best)) < 0) { bestScore = s; best = i; }
            }
            return best;
        }

        /** The best open candidate of the type that does not rule out every candidate of another type, or -1. */
        int bestKeepingTypes(QuestionType type) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                Candidate c = candidates.get(i);
                if (!open[i] || c.question().type() != type || !room(type)) continue;
                Map<QuestionType, Integer> ruledOut = new EnumMap<>(QuestionType.class);
                for (int j : clashes.get(i)) if (open[j]) ruledOut.merge(candidates.get(j).question().type(), 1, Integer::sum);
                boolean keeps = true;
                for (var e : ruledOut.entrySet()) if (e.getKey() != type && e.getKey().comprehension() && e.getValue() >= left.get(e.getKey())) keeps = false;
                if (!keeps) continue;
                double s = adjusted(i);
                if (s > bestScore || s == bestScore && tieBreak(c, best < 0 ? null : candidates.get(best)) < 0) { bestScore = s; best = i; }
            }
            return best;
        }

        /** The candidate's score less the spread penalties and what choosing it would rule out. */
        double adjusted(int i) {
            Candidate c = candidates.get(i);
            QuestionType t = c.question().type();
            double s = c.score() - 0.3 * perSection.getOrDefault(c.question().section(), 0);
            for (String e : c.question().evidence()) s -= 0.6 * perEvidence.getOrDefault(e, 0);
            if (t == QuestionType.discussion) s -= 0.25 * perSkill.getOrDefault(c.question().skill(), 0)
                    + 0.3 * perKind.getOrDefault(kind(c.question()), 0);
            // true/false answers in a mix, not all "true"
            if (t == QuestionType.true_false) s -= 0.3 * perAnswer.getOrDefault(c.question().answer(), 0);
            // a comprehension type not yet in the set (more so while the set has fewer than four): every kind of
            // question the text allows is worth a place
            if (t.comprehension() && count.getOrDefault(t, 0) == 0) {
                s += 0.4;
                if (count.keySet().stream().filter(x -> x.comprehension() && count.get(x) > 0).count() < Minimums.FULL_TYPES) s += 0.5;
            }
            // each clashing candidate of a type with room: the chance it would have been needed, and more when its
            // side (comprehension or discussion) has few candidates left for what its minimum still asks
            boolean[] sc = scarcity != null ? scarcity[t == QuestionType.discussion ? 0 : 1]
                    : new boolean[] {scarce(true, t), scarce(false, t)};
            boolean scarceDiscussion = sc[0], scarceComprehension = sc[1];
            for (int j : clashes.get(i)) {
                if (!open[j]) continue;
                QuestionType u = candidates.get(j).question().type();
                int room = caps.get(u) - count.getOrDefault(u, 0) - (u == t ? 1 : 0);
                if (room <= 0) continue;
                double w = Math.min(1.0, (double) room / Math.max(1, left.get(u) - (u == t ? 1 : 0)));
                if (u == QuestionType.discussion ? scarceDiscussion : scarceComprehension) w = Math.max(w, 1.0);
                s -= 0.8 * w;
            }
            return s;
        }

        /**
         * Are the open candidates of one side (discussion, or comprehension) few for what its minimum still needs,
         * counting those of distinct sentences, if the candidate of type {@code t} is chosen?
         */
        boolean scarce(boolean discussion, QuestionType t) {
            int have = 0;
            for (Candidate c : chosen) if ((c.question().type() == QuestionType.discussion) == discussion) have++;
            if ((t == QuestionType.discussion) == discussion) have++;
            int need = (discussion ? minDiscussion : minComprehension) - have;
            if (need <= 0) return false;
            java.util.Set<String> sentences = new java.util.HashSet<>();
            for (int j = 0; j < n; j++) {
                Question q = candidates.get(j).question();
                if (open[j] && (q.type() == QuestionType.discussion) == discussion && room(q.type())) {
                    sentences.add(place[j]);
                    if (sentences.size() > need + 2) return false;
                }
            }
            return true;
        }

        /** Chooses the candidate and rules out every open candidate it clashes with, reporting why. */
        void take(int i) {
            Candidate c = candidates.get(i);
            QuestionType t = c.question().type();
            open[i] = false;
            left.merge(t, -1, Integer::sum);
            for (int j : clashes.get(i)) {
                if (!open[j]) continue;
                open[j] = false;
                Candidate o = candidates.get(j);
                left.merge(o.question().type(), -1, Integer::sum);
                QuestionGate.Rejection r = clash(o, c, profiles.get(j), profiles.get(i));
                rejected.add(new QuestionGate.Rejection(r.rule(), o.question().id(), o.question().type(), o.question().prompt(), r.reason()));
            }
            chosen.add(c);
            count.merge(t, 1, Integer::sum);
            if (t == QuestionType.true_false) perAnswer.merge(c.question().answer(), 1, Integer::sum);
            if (t == QuestionType.discussion) {
                perSkill.merge(c.question().skill(), 1, Integer::sum);
                perKind.merge(kind(c.question()), 1, Integer::sum);
            }
            perSection.merge(c.question().section(), 1, Integer::sum);
            for (String e : c.question().evidence()) perEvidence.merge(e, 1, Integer::sum);
        }
    }

    /**
     * Why {@code a} cannot be chosen beside {@code b} (as the rejection of {@code a}), or null: a near-duplicate of
     * {@code b}, or one of the two shows the other's answer.
     */
    static QuestionGate.Rejection clash(Candidate a, Candidate b) {
        return clash(a, b, Giveaway.profile(a), Giveaway.profile(b));
    }

    static QuestionGate.Rejection clash(Candidate a, Candidate b, Giveaway.Profile pa, Giveaway.Profile pb) {
        Question q = a.question();
        String dup = duplicateOf(a, List.of(b));
        if (dup != null) return new QuestionGate.Rejection("near_duplicate", q.id(), q.type(), q.prompt(), "near-duplicate of " + dup);
        String r = Giveaway.shows(pa, pb);
        if (r != null) return new QuestionGate.Rejection("gives_away", q.id(), q.type(), q.prompt(), r);
        r = Giveaway.shows(pb, pa);
        if (r != null) return new QuestionGate.Rejection("gives_away", q.id(), q.type(), q.prompt(),
                b.question().id() + " " + r.replace(q.id(), "it").replace("the answer to it", "its answer"));
        return null;
    }

    /** The kind of a discussion prompt: its opening words ("The article argues", "How might a policymaker"). */
    static String kind(Question q) {
        String[] w = q.prompt().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(3, w.length)));
    }

    private static int tieBreak(Candidate a, Candidate b) {
        if (b == null) return -1;
        int p = Integer.compare(a.position(), b.position());
        return p != 0 ? p : a.question().id().compareTo(b.question().id());
    }

    private static String dupText(Question q) {
        return switch (q.type()) {
            case main_idea, select_evidence, short_answer -> q.prompt() + " " + q.answer();
            case ordering -> String.join(" ", q.items());
            case matching -> q.prompt() + " " + q.pairs();
            default -> q.prompt();
        };
    }

    private static final java.util.regex.Pattern WORDING = java.util.regex.Pattern.compile(
            "^(?:Which [a-z]+ correctly completes this (?:sentence|statement) (?:from|based on) the article\\? |Fill in the missing [a-z]+: |True or false: )");

    /** The prompt as read, without the wording its type always uses ("True or false: ", "Fill in the missing term: "). */
    static String core(Question q) {
        String p = WORDING.matcher(q.prompt()).replaceFirst("");
        return switch (q.type()) {
            case main_idea -> p + " " + String.join(" ", q.options());
            case ordering -> String.join(" ", q.items());
            case matching -> p + " " + q.pairs();
            default -> p;
        };
    }

    /** Gap-fill and true/false questions quote their sentence (or a clause of it). */
    private static boolean quotes(Candidate c) {
        QuestionType t = c.question().type();
        return t == QuestionType.multiple_choice || t == QuestionType.cloze || t == QuestionType.true_false
                || t == QuestionType.short_answer || t == QuestionType.select_evidence;
    }

    /** Keys that are whole passages (a thesis, a model answer, a sentence to find), not facts within one. */
    private static boolean passageKey(Candidate c) {
        QuestionType t = c.question().type();
        return t == QuestionType.main_idea || t == QuestionType.short_answer || t == QuestionType.select_evidence;
    }

    /** Id of a chosen question this one nearly repeats, or null. */
    private static final Map<String, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Content words of a text, memoised (the ranker compares every candidate with every chosen question). */
    private static Set<String> words(String text) {
        if (WORDS.size() > 20_000) WORDS.clear();
        return WORDS.computeIfAbsent(text, Text::contentWords);
    }

    /** What the near-duplicate rule compares of a question, worked out once. */
    record Info(Candidate c, String normKey, String figKey, Set<String> dupWords, Set<String> coreWords, Set<String> claimWords,
                boolean passage, boolean quotes) {}

    static Info info(Candidate c) {
        Question q = c.question();
        String nk = c.key() == null ? null : Text.norm(c.key());
        Set<String> claim = null;
        if (q.type() == QuestionType.select_evidence) claim = Text.contentWords(q.prompt().replaceFirst("^.*?\\? (?:According to the article, )?", ""));
        return new Info(c, nk, nk == null ? null : Giveaway.figures(nk), Text.contentWords(dupText(q)), Text.contentWords(core(q)), claim,
                passageKey(c), quotes(c));
    }

    /**
     * Id of a chosen question this one nearly repeats, or null: the same question, the same fact asked twice (the
     * same key over the same evidence, or of the same type), a claim to find that another question already states,
     * or prompts that read nearly the same. Two questions that ask about different facts of one sentence are no
     * near-duplicates, however much of the sentence they share; whether one shows the other's answer is the
     * {@link Giveaway} rule's to decide.
     */
    static String duplicateOf(Candidate c, List<Candidate> chosen) {
        Info a = info(c);
        for (Candidate o : chosen) if (duplicate(a, info(o))) return o.question().id();
        return null;
    }

    static boolean duplicate(Info a, Info b) {
        Candidate c = a.c(), o = b.c();
        Question qc = c.question(), qo = o.question();
        if (qo.id().equals(qc.id())) return true;
        if (qc.type() == QuestionType.discussion || qo.type() == QuestionType.discussion)
            return qc.type() == qo.type() && qc.evidence().equals(qo.evidence());
        if (a.normKey() != null && b.normKey() != null && qo.type() == qc.type() && qc.type() != QuestionType.main_idea && a.normKey().equals(b.normKey())) return true;
        boolean sameFact = a.normKey() != null && b.normKey() != null && !a.passage() && !b.passage() && a.normKey().equals(b.normKey())
                && qo.evidence().equals(qc.evidence());
        if (sameFact) return true;
        if (a.quotes() && b.quotes() && !java.util.Collections.disjoint(qc.evidence(), qo.evidence()) && (restates(a, b) || restates(b, a))) return true;
        // two facts of a sentence (two spans), different ones: not the same question
        if (a.figKey() != null && b.figKey() != null && !a.passage() && !b.passage() && !a.figKey().equals(b.figKey())) return false;
        // across types, what the student reads: the statement without the type's wording, no hidden answer
        double j = qc.type() == qo.type() ? jaccard(a.dupWords(), b.dupWords()) : jaccard(a.coreWords(), b.coreWords());
        return j >= 0.6;
    }

    /**
     * Does a restate what b asks: two true statements of one sentence, or a select-evidence claim that says what a
     * true statement or a gapped sentence already says?
     */
    private static boolean restates(Info a, Info b) {
        if (b.c().key() == null) return a.c().key() == null;
        return b.claimWords() != null && !a.passage() && Text.containment(b.claimWords(), a.coreWords()) >= 0.7;
    }

    /** Jaccard similarity without building new sets. */
    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        int i = 0;
        for (String w : small) if (large.contains(w)) i++;
        return (double) i / (a.size() + b.size() - i);
    }

    /** Do both questions ask about a fact within a sentence (a span), and different ones? */
    static boolean differentFacts(Candidate a, Candidate b) {
        return a.key() != null && b.key() != null && !passageKey(a) && !passageKey(b)
                && !Giveaway.figures(Text.norm(a.key())).equals(Giveaway.figures(Text.norm(b.key())));
    }
}
