package org.lectern.questions;

import java.util.List;

/**
 * One sentence of a module body. {@code text} is verbatim (a substring of module.md, usable as evidence);
 * {@code plain} has inline Markdown removed (for prompts). Tokens and UD part-of-speech tags are of {@code plain}.
 */
public record Sentence(int index, String section, int sectionIndex, int paragraph, String text, String plain,
                       List<String> tokens, List<String> tags) {

    public int words() {
        int n = 0;
        for (String t : tags) if (!t.equals("PUNCT")) n++;
        return n;
    }

    /** Has a finite-looking verb: a VERB or AUX token. */
    public boolean hasVerb() {
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (t.equals("VERB") || t.equals("AUX")) return true;
        }
        return false;
    }
}
