package org.lectern.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared text rules: self-contained stems, pronouns, normalisation, similarity, hashing. */
final class Text {

    static final Set<String> PRONOUNS = Set.of("it", "its", "this", "that", "these", "those", "they", "them", "their",
            "he", "him", "his", "she", "her", "we", "our", "us", "i", "my", "you", "your", "such", "both", "the former",
            "the latter", "here", "there's", "one", "another", "others", "some");
    /** Sentence openers that tie a sentence to the previous one; stripped when followed by a comma. */
    static final List<String> CONNECTORS = List.of("but", "and", "or", "so", "yet", "still", "however", "moreover",
            "furthermore", "also", "meanwhile", "instead", "rather", "therefore", "thus", "hence", "then", "as such",
            "what's more", "what’s more", "in addition", "additionally", "first", "second", "third", "fourth", "finally",
            "similarly", "likewise", "nonetheless", "nevertheless", "otherwise", "indeed", "after all", "besides",
            "again", "at the same time", "for example", "for instance", "to begin with", "now", "on the other hand",
            "in contrast", "by contrast", "as a result", "consequently", "that said", "even so", "accordingly",
            "in turn", "of course", "in fact", "above all", "importantly", "notably", "to be sure", "at first blush",
            "secondly", "firstly", "lastly", "ultimately", "in other words", "in short", "in sum", "overall",
            "at the same time", "not only that", "beyond that", "to that end", "to this end", "on top of that");
    private static final Set<String> MID_PRONOUNS_PERSON = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> MID_PRONOUNS_THING = Set.of("they", "them", "their", "it", "its", "theirs");
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)\\b(this(?! (?:week|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter|century|decade|time|weekend|season|term)\\b)|these|those(?! who\\b)|such|the former|the latter|above|below|aforementioned|as mentioned|see also|"
                    + "click|subscribe|cookies|download|sign up|read more|image|photo|we|our|my|you|your|"
                    + "the following|here)\\b");

    private Text() {}

    /** Lower-cased first word (up to two words for two-word openers). */
    static String firstWord(String s) {
        String t = s.strip().replaceFirst("^[\"“‘'(\\[]+", "");
        int i = 0;
        while (i < t.length() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) i++;
        return t.substring(0, i).toLowerCase(Locale.ROOT);
    }

    static boolean startsWithPronoun(String s) {
        String w = firstWord(s);
        // "Some residents worry ...", "Both councils ...": a determiner before a noun, not a pronoun
        if (DETERMINERS.contains(w)) {
            String[] words = s.strip().split("\\s+");
            if (words.length > 1 && (words[1].matches("[a-z][a-z-]+[^s]s") && !NOT_NOUNS.contains(words[1])
                    || words[1].equals("X") || words[1].equals("____") || Groups.head(words[1]) != null)) return false;
        }
        return PRONOUNS.contains(w) || w.equals("there") && s.strip().toLowerCase(Locale.ROOT).startsWith("there, ");
    }

    private static final Set<String> DETERMINERS = Set.of("some", "both", "another", "such");
    /** Words after "some" that make it a pronoun ("Some says"...) rather than a determiner. */
    private static final Set<String> NOT_NOUNS = Set.of("says", "seems", "thinks", "believes", "was", "has", "does", "is",
            "remains", "goes", "comes", "makes", "takes", "wants", "needs", "argues", "claims", "fears", "worries", "hopes", "others");

    static boolean startsWithConnector(String s) {
        String l = s.strip().toLowerCase(Locale.ROOT);
        for (String c : CONNECTORS) if (l.startsWith(c + " ") || l.startsWith(c + ",")) return true;
        return false;
    }

    /**
     * A self-contained statement from a sentence: strips an opening connector that is followed by a comma, and
     * returns null if the result leans on context (pronoun or connector start, vague reference words, person
     * pronouns without a person in the sentence, a question, a fragment).
     */
    static String standalone(Sentence s, List<TypedSpan> spans) {
        return standalone(s, spans, false);
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "my", "me", "ours");
    private static final Pattern VAGUE_QUOTED = Pattern.compile(
            "(?i)\\b(this(?! (?:week|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter|century|decade|time|weekend|season|term)\\b)|these|those(?! who\\b)|such|the former|the latter|above|below|aforementioned|as mentioned|see also|"
                    + "click|subscribe|cookies|download|sign up|read more|image|photo|you|your|the following|here)\\b");

    private static final Pattern FIRST_PERSON_IN_TEXT = Pattern.compile("\\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|our|Our|us)\\b");

    /** Does the text speak in the first person ("I", "we", "our", ...): the writer's own voice, not a statement of fact? */
    static boolean speaksInFirstPerson(String text) {
        return FIRST_PERSON_IN_TEXT.matcher(text).find();
    }

    /** Is the word "I", "we", "our" or another first-person pronoun? */
    static boolean firstPerson(String word) {
        return FIRST_PERSON.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * As {@link #standalone(Sentence, List)}; with {@code quoted}, the sentence is an interviewee's answer that will
     * be quoted after their name, so first-person pronouns ("We were called out ...") refer to them and are allowed.
     */
    static String standalone(Sentence s, List<TypedSpan> spans, boolean quoted) {
        String p = s.plain();
        String l = p.toLowerCase(Locale.ROOT);
        for (String c : CONNECTORS) {
            if (l.startsWith(c + ", ")) {
                p = p.substring(c.length() + 2);
                if (!p.isEmpty() && Character.isLowerCase(p.charAt(0)) && !p.startsWith("the two")) {
                    p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
                }
                break;
            }
        }
        int offset = s.plain().length() - p.length();
        if (!fluent(p)) return null;
        if (startsWithPronoun(p) && !(quoted && firstPerson(firstWord(p))) || startsWithConnector(p)) return null;
        if ((quoted ? VAGUE_QUOTED : VAGUE).matcher(p).find()) return null;
        List<String> toks = s.tokens();
        int firstPersonAt = Integer.MAX_VALUE;
        for (TypedSpan t : spans) if (t.type() == SpanType.PERSON && t.start() >= offset) firstPersonAt = Math.min(firstPersonAt, t.start());
        int pos = 0;
        boolean nounSeen = false;
        for (int i = 0; i < toks.size(); i++) {
            String tok = toks.get(i);
            int at = s.plain().indexOf(tok, pos);
            if (at >= 0) pos = at + tok.length();
            if (at < offset) continue;
            String lt = tok.toLowerCase(Locale.ROOT);
            if (MID_PRONOUNS_PERSON.contains(lt) && (at < firstPersonAt)) return null;
            if (MID_PRONOUNS_THING.contains(lt) && !nounSeen) return null;
            String tag = s.tags().get(i);
            // "that amount", "that year": a demonstrative points back outside the sentence
            if (lt.equals("that") && tag.equals("DET")) return null;
            if (tag.equals("NOUN") || tag.equals("PROPN")) nounSeen = true;
        }
        if (!s.hasVerb()) return null;
        // "Partly because more people come ...": a reason with no main clause is a fragment
        if (p.matches("(?i)^(?:partly |mainly |largely |only |simply |probably |perhaps )?(?:because|since|although|though|whereas|unless|if|while)\\b[^,]*\\.$")) return null;
        return p;
    }

    /** Surface checks for a statement: capitalised start, ends with a full stop, balanced, not too short or long. */
    static boolean fluent(String p) {
        if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0)) && !Character.isDigit(p.charAt(0))) return false;
        if (!p.endsWith(".")) return false;
        int words = p.split("\\s+").length;
        if (words < 7 || words > 45) return false;
        if (!balanced(p)) return false;
        if (p.contains("http") || p.contains("@") || p.contains("…") || p.contains("...")) return false;
        return true;
    }

    static boolean balanced(String p) {
        int paren = 0, quotes = 0, curly = 0;
        for (char c : p.toCharArray()) {
            if (c == '(') paren++;
            if (c == ')') paren--;
            if (c == '"') quotes++;
            if (c == '“') curly++;
            if (c == '”') curly--;
            if (paren < 0) return false;
        }
        return paren == 0 && quotes % 2 == 0 && curly == 0;
    }

    private static final Pattern POSS = Pattern.compile("'s\\b");
    private static final Pattern DASH = Pattern.compile("[‐‑–—-]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}%$' ]");
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('’', '\'');
        n = POSS.matcher(n).replaceAll("");
        n = DASH.matcher(n).replaceAll(" ");
        n = OTHER.matcher(n).replaceAll(" ");
        n = SPACES.matcher(n).replaceAll(" ").strip();
        n = ARTICLE.matcher(n).replaceAll("");
        return n;
    }

    static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Sentences.words(s)) if (w.length() > 2 && !STOP.contains(w)) out.add(SpanTagger.singular(w));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        Set<String> i = new HashSet<>(a);
        i.retainAll(b);
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return (double) i.size() / u.size();
    }

    /** Share of a's words that are in b. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty()) return 0;
        int n = 0;
        for (String w : a) if (b.contains(w)) n++;
        return (double) n / a.size();
    }

    static String lowerFirst(String s, boolean properNoun) {
        if (s.isEmpty() || properNoun) return s;
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long seed(String s) {
        return Long.parseLong(hash(s).substring(0, 8), 16);
    }

    static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "are", "was", "were",
            "has", "have", "had", "its", "their", "they", "but", "not", "been", "which", "who", "will", "would",
            "can", "could", "should", "into", "also", "more", "than", "over", "between", "both", "two", "such",
            "other", "about", "after", "before", "while", "when", "where", "what", "how", "why", "all", "any",
            "some", "one", "only", "most", "many", "much", "very", "these", "those", "them", "there", "being",
            "our", "his", "her", "she", "him", "may", "might", "must", "does", "did", "done", "out", "under", "well");
}
