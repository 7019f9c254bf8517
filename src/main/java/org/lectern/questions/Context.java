package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lectern.importing.Module;

/** Everything the builders share for one module: sentences, their spans, and pools of spans for distractors. */
final class Context {
    final Module module;
    final List<Module> corpus;
    final SpanTagger tagger;
    final List<Sentence> sentences;
    final List<List<TypedSpan>> spans;
    /** Self-contained statement for each sentence, or null. */
    final List<String> stems;
    /**
     * In a question-and-answer piece (three or more paragraphs that are one question each), the person who
     * answers, named before the first question; else null. Their answers' "I" and "we" are theirs.
     */
    final String speaker;
    /** Indices of the sentences that answer a question, in a question-and-answer piece. */
    final java.util.Set<Integer> answers = new java.util.TreeSet<>();
    /** Distractors already picked, by sentence and key (see {@link DistractorPicker#pick}), and how many were asked for. */
    final Map<String, List<String>> picks = new java.util.HashMap<>();
    final Map<String, Integer> pickSizes = new java.util.HashMap<>();
    /** The true/false candidates, once built (see {@link TrueFalseBuilder#build}). */
    List<Candidate> trueFalse;
    /** Number of clause statements per sentence index. */
    final Map<Integer, Integer> clauseCount = new java.util.HashMap<>();

    /** Statements to build gap-fill and true/false questions on: each sentence's stem, then its clauses. */
    final List<Clauses.Stem> units = new ArrayList<>();
    /** Distinct spans by type: article first, then related modules, then the rest of the corpus. */
    final Map<SpanType, List<PoolEntry>> pool = new TreeMap<>();
    /** Normalised text (padded with spaces) and content words of each sentence. */
    final List<String> norms = new ArrayList<>();
    final List<java.util.Set<String>> words = new ArrayList<>();
    private final java.util.Set<String> poolKeys = new java.util.HashSet<>();
    /** Plain text of this module and of the rest of the corpus (for roles). */
    final List<String> plainTexts = new ArrayList<>();
    private final Map<String, java.util.Set<String>> roleCache = new java.util.HashMap<>();

    record PoolEntry(TypedSpan span, int tier, String slug) {}

    Context(Module module, List<Module> corpus) {
        this.module = module;
        this.corpus = corpus.stream().filter(m -> !m.slug().equals(module.slug())).toList();
        this.tagger = SpanTagger.of(module, corpus);
        this.sentences = Sentences.of(module);
        this.spans = new ArrayList<>();
        this.stems = new ArrayList<>();
        for (Sentence s : sentences) {
            norms.add(" " + Text.norm(s.plain()) + " ");
            words.add(Text.contentWords(s.plain()));
            List<TypedSpan> t = tagger.tag(s.plain());
            List<TypedSpan> groups = Groups.find(s, t, this::properWord);
            if (!groups.isEmpty()) {
                List<TypedSpan> all = new ArrayList<>(t);
                all.addAll(groups);
                all.sort(java.util.Comparator.comparingInt(TypedSpan::start));
                t = List.copyOf(all);
            }
            spans.add(t);
            String stem = Text.standalone(s, t);
            stems.add(stem);
            if (stem != null) units.add(new Clauses.Stem(s, stem, s.plain().length() - stem.length(), false, null));
            List<Clauses.Stem> clauses = new ArrayList<>(Clauses.of(s, t));
            // the statement without the phrases hung on it, unless a clause already says the same
            for (Clauses.Stem tr : Clauses.trimmed(s, t, stem, s.plain().length() - (stem == null ? 0 : stem.length()))) {
                boolean same = tr.text().equals(stem);
                for (Clauses.Stem c : clauses) if (c.text().equals(tr.text())) same = true;
                if (!same) clauses.add(tr);
            }
            units.addAll(clauses);
            if (!clauses.isEmpty()) clauseCount.put(s.index(), clauses.size());
            for (TypedSpan sp : t) addPool(sp, 0, module.slug());
        }
        this.speaker = interview();
        if (speaker != null) {
            // every statement of an answer is the speaker's, first person or not
            for (int i = 0; i < units.size(); i++) {
                Clauses.Stem u = units.get(i);
                if (answers.contains(u.sentence().index())) units.set(i, new Clauses.Stem(u.sentence(), u.text(), u.offset(), u.clause(), speaker));
            }
            // an answer in the speaker's own words is a statement of theirs, quoted
            for (int i : answers) {
                Sentence s = sentences.get(i);
                if (stems.get(i) != null) continue;
                String stem = Text.standalone(s, spans.get(i), true);
                if (stem != null) units.add(new Clauses.Stem(s, stem, s.plain().length() - stem.length(), false, speaker));
            }
        }
        plainTexts.add(Sentences.plain(module.body()));
        for (Module m : this.corpus) plainTexts.add(Sentences.plain(m.body()));
        for (Module m : this.corpus) {
            int tier = module.related().contains(m.slug()) || m.related().contains(module.slug()) ? 1 : 2;
            for (TypedSpan sp : tagger.tagBody(m)) addPool(sp, tier, m.slug());
        }
    }

    private final Map<String, Boolean> properMemo = new java.util.HashMap<>();
    private String bodyPlain;

    /** Is the word a name: written with a capital after a lower-case word or a comma somewhere in the article? */
    boolean properWord(String w) {
        return properMemo.computeIfAbsent(w, x -> {
            if (bodyPlain == null) bodyPlain = Sentences.plain(module.body());
            return java.util.regex.Pattern.compile("[\\p{Ll},;] " + java.util.regex.Pattern.quote(x) + "\\b").matcher(bodyPlain).find();
        });
    }

    /** Is the sentence a paragraph of its own that asks a question (an interviewer's question)? */
    boolean questionParagraph(Sentence s) {
        if (!s.plain().endsWith("?")) return false;
        for (Sentence o : sentences) if (o != s && o.sectionIndex() == s.sectionIndex() && o.paragraph() == s.paragraph()) return false;
        return true;
    }

    /**
     * A question the piece asks and the sentences that answer it: a paragraph that is only a question ("**How busy
     * was last year?**", answered by the paragraphs up to the next such question), or a heading that is a question
     * ("## How busy was last year?", answered by its section). An interview reaches Lectern in either form: a
     * bold question line becomes a heading when the importer reads a bare file.
     */
    record Asked(String question, Sentence sentence, List<Sentence> answer) {}

    private List<Asked> asked;

    /** The questions the piece asks, in order, each with its answer (never empty). */
    List<Asked> asked() {
        if (asked != null) return asked;
        List<Asked> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean paragraph = questionParagraph(s);
            // a section headed by a question: its first sentence opens the answer
            boolean heading = !paragraph && s.section().strip().endsWith("?") && (i == 0 || sentences.get(i - 1).sectionIndex() != s.sectionIndex());
            if (!paragraph && !heading) continue;
            List<Sentence> answer = new ArrayList<>();
            for (int j = paragraph ? i + 1 : i; j < sentences.size(); j++) {
                Sentence n = sentences.get(j);
                if (questionParagraph(n) || n.sectionIndex() != s.sectionIndex() && n.section().strip().endsWith("?")) break;
                if (heading && n.sectionIndex() != s.sectionIndex()) break;
                answer.add(n);
            }
            if (!answer.isEmpty()) out.add(new Asked(paragraph ? s.plain() : s.section().strip(), paragraph ? s : null, List.copyOf(answer)));
        }
        return asked = List.copyOf(out);
    }

    private static final java.util.regex.Pattern INTRODUCED = java.util.regex.Pattern.compile(
            "^((?:Dr |Professor )?\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),? (?:has|have|is|was|had|who|works|worked|leads|led|runs|ran|teaches|taught|[a-z]+ed)\\b");

    /** The interviewee of a question-and-answer piece (see {@link #speaker}), filling {@link #answers}; null if none. */
    private String interview() {
        List<Asked> qs = asked();
        if (qs.size() < 3) return null;
        Asked firstAsked = qs.get(0);
        int first = firstAsked.sentence() != null ? firstAsked.sentence().index() : firstAsked.answer().get(0).index();
        if (first <= 0) return null;
        String name = null;
        for (int i = 0; i < first && name == null; i++)
            for (TypedSpan t : spans.get(i)) if (t.type() == SpanType.PERSON && tagger.fullName(t.text()).contains(" ")) { name = tagger.fullName(t.text()); break; }
        // no known person: a capitalised full name that opens a sentence of the introduction and acts ("Ana Ruiz has ...")
        for (int i = 0; i < first && name == null; i++) {
            var m = INTRODUCED.matcher(sentences.get(i).plain());
            if (m.find() && !SpanTagger.isOrgName(m.group(1)) && Lexicon.placeGroup(m.group(1)) == null
                    && Lexicon.placeGroup(m.group(1).split(" ")[0]) == null) name = m.group(1);
        }
        if (name == null) return null;
        for (Sentence s : sentences) if (s.index() >= first && !s.plain().endsWith("?")) answers.add(s.index());
        return name;
    }

    private void addPool(TypedSpan sp, int tier, String slug) {
        // a span run across a sentence boundary ("Japan. The Ministry") is no name
        String t = sp.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\n' || (ch == '.' || ch == '!' || ch == '?') && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) return;
        }
        List<PoolEntry> list = pool.computeIfAbsent(sp.type(), k -> new ArrayList<>());
        if (!poolKeys.add(sp.type() + "\u0000" + Text.norm(sp.text()))) return;
        list.add(new PoolEntry(sp, tier, slug));
    }

    /** Roles the texts give a person (by full name, the name as written, and its first and last words). */
    java.util.Set<String> roles(String person) {
        return roleCache.computeIfAbsent(person, p -> {
            java.util.Set<String> forms = new java.util.LinkedHashSet<>(Roles.forms(p));
            forms.addAll(Roles.forms(tagger.fullName(p)));
            forms.removeIf(f -> !tagger.fullName(f).equals(tagger.fullName(p)) && !f.equals(p));
            return Roles.of(forms, plainTexts);
        });
    }

    private final Map<String, String> genderMemo = new java.util.HashMap<>();
    private List<String> textSentences;

    /**
     * "m" or "f" if the texts refer to the person with only one set of gendered pronouns in the sentences that
     * name them (by full name or last name), or by Mr/Ms/Mrs; else null.
     */
    String gender(String person) {
        if (textsKey == null) textsKey = plainTexts.hashCode() + "\u0000" + plainTexts.size() + "\u0000";
        String known = GENDERS.get(textsKey + person);
        if (known == null) {
            known = genderNow(person);
            if (GENDERS.size() > 20_000) GENDERS.clear();
            GENDERS.put(textsKey + person, known);
        }
        return known.equals("?") ? null : known;
    }

    /** Genders by texts and person: the same texts always give the same answer, so the memo is shared across runs. */
    private static final Map<String, String> GENDERS = new java.util.concurrent.ConcurrentHashMap<>();
    private String textsKey;

    private String genderNow(String person) {
        String known = genderMemo.computeIfAbsent(person, p -> {
            String full = tagger.fullName(p);
            String[] w = full.split("\\s+");
            java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<![\\p{L}-])(?:" + java.util.regex.Pattern.quote(full)
                    + (w.length > 1 ? "|" + java.util.regex.Pattern.quote(w[w.length - 1]) : "") + ")(?![\\p{L}-])");
            int m = 0, f = 0;
            if (textSentences == null) {
                textSentences = new ArrayList<>();
                for (String text : plainTexts) textSentences.addAll(List.of(text.split("(?<=[.!?])\\s+")));
            }
            {
                for (String sent : textSentences) {
                    var mm = name.matcher(sent);
                    if (!mm.find()) continue;
                    String head = sent.substring(Math.max(0, mm.start() - 5), mm.start());
                    if (head.matches(".*\\bMr\\.? ?$")) m += 2;
                    if (head.matches(".*\\bM(?:s|rs)\\.? ?$")) f += 2;
                    String g = DistractorPicker.pronounGender(sent.substring(mm.end()));
                    if ("m".equals(g)) m++;
                    if ("f".equals(g)) f++;
                }
            }
            return m > 0 && f == 0 ? "m" : f > 0 && m == 0 ? "f" : "?";
        });
        return known;
    }

    private final Map<String, Integer> mentionMemo = new java.util.HashMap<>();

    /** Number of article sentences mentioning the text (memoised). */
    int mentions(String text) {
        Integer m = mentionMemo.get(text);
        if (m != null) return m;
        int c = mentionsNow(text);
        mentionMemo.put(text, c);
        return c;
    }

    private int mentionsNow(String text) {
        String n = " " + Text.norm(text) + " ";
        int c = 0;
        for (String s : norms) if (s.contains(n)) c++;
        return c;
    }
}
