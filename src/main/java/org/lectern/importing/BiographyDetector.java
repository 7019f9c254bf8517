package org.lectern.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author biographies: a paragraph that opens with a person's name (an author's, or any capitalised
 * name) followed by "is/was/serves as …" and a role or affiliation ("Professor", "Fellow", "Director
 * … at the … Institute"). Such paragraphs are moved to {@code about_authors}, wherever they occur —
 * including in the middle of a sentence broken by a page break.
 */
public final class BiographyDetector {
    private BiographyDetector() {}

    private static final String NAME = "((?:(?:Dr|Prof|Mr|Ms|Mrs)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})";
    private static final Pattern OPENING = Pattern.compile(
            "^" + NAME + "\\s*(?:\\([^)]{0,80}\\))?,?\\s+(?:is|was|serves as|has served as|has been|holds|leads|heads|directs|teaches|works)\\b");
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:professor|fellow|director|president|associate|chair|researcher|research|scholar|editor|analyst|"
                    + "correspondent|journalist|writer|author|lecturer|founder|co-founder|partner|ceo|member|student|"
                    + "candidate|advis[eo]r|head|dean|manager|columnist|reporter|officer|economist|historian|"
                    + "specialist|expert|consultant|ambassador|diplomat|minister|senior|principal|visiting|"
                    + "university|institute|center|centre|foundation|school|college|program|programme)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFFILIATION = Pattern.compile(
            "\\b(?:at|of|with|for) (?:the )?\\p{Lu}|\\b(?:university|institute|center|centre|foundation|council|group)\\b",
            Pattern.CASE_INSENSITIVE);

    /** True if the paragraph is an author biography. */
    public static boolean isBiography(String paragraph, List<String> authors) {
        String p = paragraph.strip().replaceAll("^[*_]+", "");
        Matcher m = OPENING.matcher(p);
        if (!m.find()) return false;
        String firstSentence = p.length() > 400 ? p.substring(0, 400) : p;
        int end = firstSentence.indexOf(". ", m.end());
        if (end > 0) firstSentence = firstSentence.substring(0, end);
        if (!ROLE.matcher(firstSentence).find() || !AFFILIATION.matcher(firstSentence).find()) return false;
        String name = m.group(1).replaceAll("^(?:Dr|Prof|Mr|Ms|Mrs)\\.?\\s+", "").toLowerCase(Locale.ROOT);
        boolean namesAuthor = authors.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(name)
                || name.endsWith(" " + lastName(a)) || a.toLowerCase(Locale.ROOT).endsWith(" " + name));
        if (namesAuthor) return true;
        // An unnamed author's bio: short, third person, mostly about roles.
        return Text.words(p) <= 180 && startsWithRoleVerb(p, m.end());
    }

    private static boolean startsWithRoleVerb(String p, int from) {
        String rest = p.substring(from, Math.min(p.length(), from + 60)).toLowerCase(Locale.ROOT);
        return rest.matches("^\\s*(?:a|an|the|currently|also)?\\s*(?:senior |junior |visiting |associate |assistant |former |"
                + "nonresident |non-resident |adjunct |distinguished |executive |deputy |vice |co-)*"
                + "(?:professor|fellow|director|president|associate|chair|researcher|scholar|editor|analyst|correspondent|"
                + "journalist|writer|lecturer|founder|co-founder|partner|ceo|head|dean|columnist|reporter|economist|historian|"
                + "specialist|consultant|ambassador)\\b.*");
    }

    private static String lastName(String author) {
        String[] parts = author.toLowerCase(Locale.ROOT).split("\\s+");
        return parts[parts.length - 1];
    }

    private static final Pattern ABOUT_HEADING = Pattern.compile(
            "^(?:about the (?:authors?|writers?|contributors?)|about (?:the )?authors?|(?:author|contributor)s?(?: bios?| biograph(?:y|ies))?)\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** A heading that introduces author biographies ("About the author"). */
    public static boolean isAboutAuthorsHeading(String block) {
        return ABOUT_HEADING.matcher(block.strip().replaceAll("^[*_#\\s]+|[*_\\s]+$", "")).matches();
    }
}
